#!/usr/bin/python3
"""Seeded inputs that take k-means down its rarer paths, for train-models.sh.

    make-data.py DIR

Writes DIR/dups.csv (4 distinct points, 100 rows: empty clusters, fewer distinct clusters than
k), huge.csv (values near 1e306: scaled sums, infinite inertia), tiny.csv (values near 1e-3),
sparse.libsvm (LIBSVM rows), and seeded blobs with their initial centroids (blobs1*, blobs2*).
"""
import subprocess
import sys
from pathlib import Path

import numpy as np


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    blobs = Path(__file__).resolve().parents[2] / "datasets" / "make-blobs.py"
    subprocess.run([sys.executable, str(blobs), str(out / "blobs1.csv"), "3000", "5", "6", "1"],
                   check=True)
    subprocess.run([sys.executable, str(blobs), str(out / "blobs2.csv"), "20000", "8", "10", "7"],
                   check=True)
    rng = np.random.default_rng(3)
    rows = np.repeat(rng.integers(0, 3, size=(4, 2)).astype(float), 25, axis=0)
    np.savetxt(out / "dups.csv", rows, fmt="%.1f", delimiter=",")
    h = rng.normal(0, 1, size=(200, 3)) * 1e306
    h[:100] += 5e306
    np.savetxt(out / "huge.csv", h, fmt="%.17g", delimiter=",")
    with open(out / "sparse.libsvm", "w") as f:
        for _ in range(1500):
            c = rng.integers(0, 3)
            idx = sorted(set(rng.integers(1, 30, size=6).tolist()))
            f.write(str(c) + " " + " ".join(f"{j}:{rng.normal(c * 3 + j % 3, 1):.5f}"
                                            for j in idx) + "\n")
    t = rng.normal(0, 1, size=(300, 4)) * 1e-3
    t[:150] += 5e-3
    np.savetxt(out / "tiny.csv", t, fmt="%.17g", delimiter=",")


if __name__ == "__main__":
    main()
