#!/usr/bin/python3
"""Seeded regression data for benchmarks.

    make-regression.py dense OUT.csv ROWS DIMS [SEED]
        ROWS x DIMS features (standard normal), then the label y = x.w + 3 + noise.
    make-regression.py sparse OUT.svm ROWS FEATURES NONZEROS [SEED]
        LIBSVM rows with NONZEROS features each (uniform indices, values in [0, 1)),
        label y = x.w + noise. Same arguments, same bytes.
    make-regression.py logistic OUT.csv ROWS DIMS [SEED]
        ROWS x DIMS features (standard normal), then a 0/1 label drawn with probability
        sigmoid(x.w + 0.5), w of norm about 2 (classes overlap: the optimum is finite).
    make-regression.py multinomial OUT.csv ROWS DIMS CLASSES [SEED]
        The same features, then a class 0..CLASSES-1 drawn from softmax(x.W + b).
    make-regression.py sparse-local OUT.svm ROWS FEATURES NONZEROS [SEED]
        The same, but row i draws its features from a window of 4096 that moves through the
        feature space with i (rows near each other share features, as topical documents do).
"""
import sys

import numpy as np


def dense(out, n, d, seed):
    rng = np.random.default_rng(seed)
    w = rng.normal(0, 1, size=d)
    with open(out, "w") as f:
        for start in range(0, n, 50_000):
            m = min(50_000, n - start)
            x = rng.normal(0, 1, size=(m, d))
            y = x @ w + 3 + rng.normal(0, 0.5, size=m)
            np.savetxt(f, np.hstack([x, y[:, None]]), fmt="%.4f", delimiter=",")


def classes(out, n, d, k, seed):
    """k = 2: 0/1 labels from a logistic model; k > 2: classes from a softmax model."""
    rng = np.random.default_rng(seed)
    w = rng.normal(0, 2 / np.sqrt(d), size=(d, 1 if k == 2 else k))
    b = 0.5 if k == 2 else rng.normal(0, 0.5, size=k)
    fmt = ["%.4f"] * d + ["%d"]
    with open(out, "w") as f:
        for start in range(0, n, 50_000):
            m = min(50_000, n - start)
            x = rng.normal(0, 1, size=(m, d))
            margin = x @ w + b
            if k == 2:
                y = (rng.random(m) < 1 / (1 + np.exp(-margin[:, 0]))).astype(int)
            else:
                p = np.exp(margin - margin.max(axis=1, keepdims=True))
                cdf = np.cumsum(p / p.sum(axis=1, keepdims=True), axis=1)
                y = np.minimum((cdf < rng.random(m)[:, None]).sum(axis=1), k - 1)
            np.savetxt(f, np.hstack([x, y[:, None]]), fmt=fmt, delimiter=",")


def sparse(out, n, features, nnz, seed, local=False):
    rng = np.random.default_rng(seed)
    w = rng.normal(0, 1, size=features)
    with open(out, "w") as f:
        for start in range(0, n, 20_000):
            m = min(20_000, n - start)
            lines = []
            for r in range(m):
                if local:
                    width = 4096
                    lo = int((start + r) / n * (features - width))
                    idx = np.sort(lo + rng.choice(width, size=nnz, replace=False))
                else:
                    idx = np.sort(rng.choice(features, size=nnz, replace=False))
                val = rng.random(nnz)
                y = val @ w[idx] + rng.normal(0, 0.1)
                lines.append(f"{y:.4f} " + " ".join(f"{i + 1}:{v:.4f}" for i, v in zip(idx, val)))
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    kind = sys.argv[1]
    if kind in ("logistic", "multinomial"):
        k = 2 if kind == "logistic" else int(sys.argv[5])
        seed_at = 5 if kind == "logistic" else 6
        classes(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), k,
                int(sys.argv[seed_at]) if len(sys.argv) > seed_at else 1)
    elif kind == "dense":
        dense(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]),
              int(sys.argv[5]) if len(sys.argv) > 5 else 1)
    else:
        sparse(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]),
               int(sys.argv[6]) if len(sys.argv) > 6 else 1, local=kind == "sparse-local")
