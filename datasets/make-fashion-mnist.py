#!/usr/bin/python3
"""Fashion-MNIST (train + test, 70,000 x 784 pixels) as CSV from Debian's dataset-fashion-mnist.

    make-fashion-mnist.py OUT.csv [K]

Writes OUT.csv (no header, 784 integer columns) and OUT.init.csv (the first K rows, default 10).
"""
import gzip
import sys

import numpy as np

SRC = "/usr/share/datasets/fashion-mnist/"


def images(name):
    with gzip.open(SRC + name, "rb") as f:
        data = f.read()
    n = int.from_bytes(data[4:8], "big")
    return np.frombuffer(data, dtype=np.uint8, offset=16).reshape(n, 784)


def main():
    out = sys.argv[1]
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    x = np.vstack([images("train-images-idx3-ubyte.gz"), images("t10k-images-idx3-ubyte.gz")])
    np.savetxt(out, x, fmt="%d", delimiter=",")
    np.savetxt(out.replace(".csv", ".init.csv"), x[:k], fmt="%d", delimiter=",")


if __name__ == "__main__":
    main()
