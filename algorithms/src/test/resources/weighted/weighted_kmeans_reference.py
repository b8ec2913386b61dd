# Reference for WeightedKMeansCliTest: weighted Lloyd from the same initial centroids, in numpy.
# Run: /usr/bin/python3 weighted_kmeans_reference.py  (prints the constants pasted in the test)
import numpy as np
data = np.loadtxt("points.csv", delimiter=",", skiprows=1)
y, x, w = data[:, 0], data[:, 1:3], data[:, 3]
c = np.loadtxt("init.csv", delimiter=",")
for it in range(100):
    d2 = ((x[:, None, :] - c[None, :, :]) ** 2).sum(axis=2)
    a = d2.argmin(axis=1)
    new = np.array([(w[a == j, None] * x[a == j]).sum(axis=0) / w[a == j].sum()
                    for j in range(len(c))])
    shift = np.sqrt(((new - c) ** 2).sum(axis=1)).max()
    c = new
    if shift == 0:
        break
d2 = ((x[:, None, :] - c[None, :, :]) ** 2).sum(axis=2)
a = d2.argmin(axis=1)
print("centroids", [[repr(v) for v in row] for row in c])
print("inertia", repr((w * d2[np.arange(len(x)), a]).sum()))
print("assignment", a.tolist())
print("cluster weights", [repr(w[a == j].sum()) for j in range(len(c))])
