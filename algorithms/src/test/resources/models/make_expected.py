# Expected predictions of the model fixtures, computed with numpy from each fixture's own
# parameters, never from giraph-ml's output. Run from algorithms/src/test/resources/models.
#   kmeans: nearest centroid by squared Euclidean distance (asserting no near ties);
#   linreg: b + x1*w1 + x2*w2, summed left to right from the intercept (the order changes the
#           last bit: b + (x1*w1 + x2*w2) differs on row 2);
#   logreg: the logistic function of that sum, as 1/(1+e^-z) for z >= 0 and e^z/(1+e^z) for
#           z < 0 (the overflow-safe form; 1/(1+e^-z) differs by one ulp on rows 0 and 3);
#   nearest-centroid: the class of the nearest centroid by squared Euclidean distance
#           (asserting no near ties), printed as a float ('-1.0', '0.5').
import json
import numpy as np

for name in ['kmeans', 'linreg', 'logreg', 'nearest-centroid']:
    d = f'{name}/format-1'
    m = json.load(open(f'{d}/model.json'))
    X = np.loadtxt(f'{d}/input.csv', delimiter=',', skiprows=1)
    if name == 'kmeans':
        C = np.array(m['centroids'])
        dist = ((X[:, None, :] - C[None, :, :]) ** 2).sum(-1)
        srt = np.sort(dist, 1)
        assert (srt[:, 1] - srt[:, 0] > 1).all()
        col, vals = 'cluster', [str(int(v)) for v in dist.argmin(1)]
    elif name == 'nearest-centroid':
        C = np.array(m['centroids'])
        dist = ((X[:, None, :] - C[None, :, :]) ** 2).sum(-1)
        srt = np.sort(dist, 1)
        assert (srt[:, 1] - srt[:, 0] > 1).all()
        col, vals = 'class', [repr(float(m['classes'][j])) for j in dist.argmin(1)]
    else:
        w = np.array(m['weights'])
        z = []
        for x in X:
            s = np.float64(m['intercept'])
            for j in range(len(w)):
                s = s + x[j] * w[j]
            z.append(s)
        z = np.array(z)
        if name == 'logreg':
            e = np.exp(-np.abs(z))
            z = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
        col = 'probability' if name == 'logreg' else 'prediction'
        vals = [repr(float(v)) for v in z]
    with open(f'{d}/expected-predictions.csv', 'w') as f:
        f.write('row,' + col + '\n' + ''.join(f'{i},{v}\n' for i, v in enumerate(vals)))
