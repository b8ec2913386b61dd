#!/usr/bin/python3
"""Reference values for WeightedRegressionTest (sample weights in linreg and logreg).

Run from the repository root: /usr/bin/python3 bench/weights/weighted_glm_reference.py
Needs numpy, scipy and scikit-learn (Debian: apt-get install python3-sklearn); printed with
repr() so the Java constants are the exact doubles. Row i (0-based, file order) has weight:
  diabetes: ((7 i) mod 5) / 2        -> 0, 0.5, 1, 1.5, 2 (every fifth row weighs 0)
  iris:     [0, 0.5, 1, 2.5][i mod 4]
"""
import numpy as np
from scipy import stats
import sklearn
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (accuracy_score, log_loss, mean_absolute_error,
                             mean_squared_error, r2_score, roc_auc_score)


def show(name, values):
    values = np.atleast_1d(values)
    print(name, "=", "{" + ", ".join(repr(float(v)) for v in values) + "}")


d = np.loadtxt("datasets/diabetes.csv", delimiter=",", skiprows=1)
X, y = d[:, :10], d[:, 10]
n = len(y)
w = ((7 * np.arange(n)) % 5) / 2.0

# Weighted OLS = ordinary least squares on the rows scaled by sqrt(w).
A = np.hstack([X, np.ones((n, 1))])
s = np.sqrt(w)
beta = np.linalg.lstsq(A * s[:, None], y * s, rcond=None)[0]
show("DIABETES_WLS", beta)
pred = A @ beta
show("DIABETES_WLS_METRICS r2 rmse mae", [r2_score(y, pred, sample_weight=w),
     np.sqrt(mean_squared_error(y, pred, sample_weight=w)),
     mean_absolute_error(y, pred, sample_weight=w)])

# statsmodels' WLS inference, by its formulas, on the rows of positive weight.
p = w > 0
Ap, yp, wp = A[p], y[p], w[p]
nobs, m = len(yp), A.shape[1]
resid = yp - Ap @ beta
ssr = np.sum(wp * resid ** 2)
df = nobs - m
cov = ssr / df * np.linalg.inv(Ap.T @ (wp[:, None] * Ap))
se = np.sqrt(np.diag(cov))
t = beta / se
pv = 2 * stats.t.sf(np.abs(t), df)
ybar = np.average(yp, weights=wp)
r2 = 1 - ssr / np.sum(wp * (yp - ybar) ** 2)
adj = 1 - (nobs - 1) / df * (1 - r2)
llf = -nobs / 2 * (np.log(2 * np.pi) + np.log(ssr / nobs) + 1) + 0.5 * np.sum(np.log(wp))
show("DIABETES_WLS_SE", se)
show("DIABETES_WLS_T", t)
show("DIABETES_WLS_P", pv)
show("DIABETES_WLS_FIT r2 adj_r2 llf aic", [r2, adj, llf, -2 * llf + 2 * m])

# Weighted ridge on standardised features, Spark's convention: weighted means, standard
# deviation for reliability weights sqrt(sum w (x - mean)^2 / (W - sum w^2 / W)); objective
# sum w (y - Xb - c)^2 / (2 W) + l2/2 |b * std|^2.
l2 = 0.1
W = w.sum()
mu = w @ X / W
std = np.sqrt(w @ (X - mu) ** 2 / (W - (w ** 2).sum() / W))
Z = (X - mu) / std
yc = y - w @ y / W
u = np.linalg.solve(Z.T @ (w[:, None] * Z) / W + l2 * np.eye(10), Z.T @ (w * yc) / W)
coef = u / std
show("DIABETES_WEIGHTED_RIDGE", np.append(coef, w @ y / W - mu @ coef))

# Binary logistic regression on iris (versicolor against the rest), raw features, with
# scikit-learn's objective sum w loss + |b|^2 / (2C): C = 1 / (W l2) is ours,
# (1/W) sum w loss + l2/2 |b|^2.
print("# scikit-learn", sklearn.__version__)
d = np.loadtxt("datasets/iris.csv", delimiter=",", skiprows=1)
X, y = d[:, :4], (d[:, 4] == 1).astype(float)
n = len(y)
w = np.array([0, 0.5, 1, 2.5])[np.arange(n) % 4]
l2 = 0.05
C = 1 / (w.sum() * l2)
# solver="lbfgs" stops after 29 iterations on these raw features (scipy's ftol of 64 eps
# ends it with a gradient of 7.5e-5 whatever tol says), agreeing to 5e-4 only; newton-cg
# solves the same objective to a gradient below 1e-10, which is printed as the check (it may
# warn that it missed its own tolerance, which is on the unnormalised sum: ignore it).
lbfgs = LogisticRegression(C=C, solver="lbfgs", tol=1e-14, max_iter=100000)
lbfgs.fit(X, y, sample_weight=w)
show("IRIS_WEIGHTED_LOGREG_SKLEARN_LBFGS", np.append(lbfgs.coef_[0], lbfgs.intercept_))
lr = LogisticRegression(C=C, solver="newton-cg", tol=1e-11, max_iter=100000)
lr.fit(X, y, sample_weight=w)
b = np.append(lr.coef_[0], lr.intercept_)
show("IRIS_WEIGHTED_LOGREG", b)
margin = X @ b[:4] + b[4]
residual = w * (1 / (1 + np.exp(-margin)) - y) / w.sum()
gradient = np.append(X.T @ residual + l2 * b[:4], residual.sum())
print("# gradient norm of (1/W) sum w loss + l2/2 |b|^2 there:", np.abs(gradient).max())
prob = lr.predict_proba(X)[:, 1]
show("IRIS_WEIGHTED_METRICS log_loss accuracy auc", [log_loss(y, prob, sample_weight=w),
     accuracy_score(y, prob >= 0.5, sample_weight=w), roc_auc_score(y, prob, sample_weight=w)])
