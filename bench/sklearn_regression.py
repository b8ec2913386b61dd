#!/usr/bin/python3
"""scikit-learn (and SciPy's L-BFGS, which scikit-learn's lbfgs solvers call) on giraph-ml's
regression objectives, for bench/run.sh.

    sklearn_regression.py MODE DATA.csv L2 MAX_ITER OUT.json

DATA.csv has the label in its last column. MODE and what it fits:
  normal  sklearn.linear_model.LinearRegression (least squares; L2 must be 0, as in the
          benchmark's linreg rows; LinearRegression has no penalty).
  lbfgs   min (1/2n)|Xz w + b - y|^2 + (L2/2)|w|^2 with scipy.optimize.minimize(L-BFGS-B) on
          features z scaled to unit sample standard deviation. scikit-learn 1.2 has no
          unconstrained L-BFGS least-squares solver (Ridge(solver="lbfgs") requires
          positive=True), so this is the same SciPy routine its LogisticRegression uses,
          on giraph-ml's linreg --solver lbfgs objective.
  logreg  sklearn.linear_model.LogisticRegression(solver="lbfgs") on z (as above), with
          C = 1/(n L2): scikit-learn's C * sum(log-loss) + |w|^2/2 is n*C times giraph-ml's
          mean log-loss + (L2/2)|w|^2 with --standardize (the penalty on the coefficients of
          unit-deviation features). With more than two classes: multi_class="multinomial".
Both iterative modes stop as giraph-ml's default --tolerance does: L-BFGS-B's relative
objective decrease (ftol, SciPy's default 2.2e-9) or a gradient entry below 1e-9, at most
MAX_ITER iterations. Scaling the features counts in the fit time (giraph-ml's fit pays it too).

Writes OUT.json with load_s, fit_s, iterations, intercept and weights (on the original feature
scale; a list per class for multinomial) and prints one line: load_s fit_s iterations
"""
import json
import sys
import time

import numpy as np
import pandas as pd
from scipy import optimize
from sklearn.linear_model import LinearRegression, LogisticRegression

TOLERANCE = 1e-9


def least_squares_lbfgs(z, y, l2, max_iter):
    n, d = z.shape

    def objective(p):
        r = z @ p[:d] + p[d] - y
        grad = np.empty(d + 1)
        grad[:d] = z.T @ r / n + l2 * p[:d]
        grad[d] = r.sum() / n
        return 0.5 * r @ r / n + 0.5 * l2 * p[:d] @ p[:d], grad

    res = optimize.minimize(objective, np.zeros(d + 1), jac=True, method="L-BFGS-B",
                            options={"maxiter": max_iter, "gtol": TOLERANCE})
    return res.x[:d], res.x[d], int(res.nit)


def main():
    mode, data, l2, max_iter, out = sys.argv[1], sys.argv[2], float(sys.argv[3]), \
        int(sys.argv[4]), sys.argv[5]
    t0 = time.perf_counter()
    xy = pd.read_csv(data, header=None, dtype=np.float64).to_numpy()
    x, y = xy[:, :-1], xy[:, -1]
    del xy
    t1 = time.perf_counter()
    if mode == "normal":
        if l2 != 0:
            raise SystemExit("normal: LinearRegression has no penalty; L2 must be 0")
        m = LinearRegression().fit(x, y)
        w, b, iterations = m.coef_, float(m.intercept_), 1
    else:
        sd = x.std(axis=0, ddof=1)
        sd[sd == 0] = 1
        z = x / sd
        if mode == "lbfgs":
            w, b, iterations = least_squares_lbfgs(z, y, l2, max_iter)
            w = w / sd
        elif mode == "logreg":
            multi = len(np.unique(y)) > 2
            m = LogisticRegression(solver="lbfgs", C=1 / (len(y) * l2), tol=TOLERANCE,
                                   max_iter=max_iter,
                                   multi_class="multinomial" if multi else "auto").fit(z, y)
            coef = m.coef_ / sd
            w = coef if multi else coef[0]
            b = m.intercept_ if multi else float(m.intercept_[0])
            iterations = int(np.max(m.n_iter_))
        else:
            raise SystemExit(f"unknown mode {mode}")
    t2 = time.perf_counter()
    with open(out, "w") as f:
        json.dump({"load_s": t1 - t0, "fit_s": t2 - t1, "iterations": iterations,
                   "intercept": np.asarray(b).tolist(), "weights": np.asarray(w).tolist()}, f)
    print(f"{t1 - t0:.3f} {t2 - t1:.3f} {iterations}")


if __name__ == "__main__":
    main()
