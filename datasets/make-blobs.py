#!/usr/bin/python3
"""Seeded Gaussian blobs as CSV, plus initial centroids (the first k rows) for benchmarks.

    make-blobs.py OUT.csv ROWS DIMS K [SEED]

Writes OUT.csv (no header, DIMS columns) and OUT.init.csv (k rows). Same arguments, same bytes.
"""
import sys

import numpy as np


def main():
    out, n, d, k = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    seed = int(sys.argv[5]) if len(sys.argv) > 5 else 1
    rng = np.random.default_rng(seed)
    centres = rng.uniform(-10, 10, size=(k, d))
    chunk = 100_000
    with open(out, "w") as f:
        for start in range(0, n, chunk):
            m = min(chunk, n - start)
            labels = rng.integers(0, k, size=m)
            rows = centres[labels] + rng.normal(0, 1.5, size=(m, d))
            np.savetxt(f, rows, fmt="%.6f", delimiter=",")
    first = np.loadtxt(out, delimiter=",", max_rows=k)
    np.savetxt(out.replace(".csv", ".init.csv"), first, fmt="%.6f", delimiter=",")


if __name__ == "__main__":
    main()
