#!/usr/bin/python3
"""scikit-learn's Lloyd k-means on the same file and initial centroids, for bench/run.sh.

    sklearn_kmeans.py DATA.csv INIT.csv K ITERATIONS [lloyd|elkan]

Prints one line: load_s fit_s iterations inertia
"""
import sys
import time

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans


def main():
    data, init, k, iterations = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    algorithm = sys.argv[5] if len(sys.argv) > 5 else "lloyd"
    t0 = time.perf_counter()
    x = pd.read_csv(data, header=None, dtype=np.float64).to_numpy()
    c = np.loadtxt(init, delimiter=",", ndmin=2)
    t1 = time.perf_counter()
    km = KMeans(n_clusters=k, init=c, n_init=1, max_iter=iterations, tol=0.0,
                algorithm=algorithm).fit(x)
    t2 = time.perf_counter()
    print(f"{t1 - t0:.3f} {t2 - t1:.3f} {km.n_iter_} {km.inertia_:.10g}")


if __name__ == "__main__":
    main()
