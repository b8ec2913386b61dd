#!/usr/bin/python3
"""Reference values for MultinomialReferenceTest: scikit-learn's multinomial logistic
regression on datasets/iris.csv and datasets/wine.csv (Debian python3-sklearn 1.2.1).

giraph-ml minimises (1/n) sum_i loss_i + (l2/2) sum_c |w_c|^2 (intercepts unpenalised), which
is scikit-learn's objective with C = 1/(n l2). The penalty is matched exactly:
  * --standardize=false penalises the raw coefficients: scikit-learn on the raw features;
  * --standardize (the default) penalises w_j * s_j, s_j the feature's sample standard
    deviation (ddof=1): scikit-learn on X / s, whose coefficients v give w = v / s (the
    intercepts are unchanged, since X / s is not centred).
scikit-learn's lbfgs stops on its relative objective change (ftol = 64 eps) with gradients
near 1e-5 (1e-4 on raw wine), so its solution is then refined by Newton's method in numpy
(pseudo-inverse steps: the intercepts' common shift is free; the refined intercepts keep
scikit-learn's zero sum) to a gradient below 1e-13. Both are printed with how far apart.

Sample weights (MultinomialWeightsTest): giraph-ml then minimises
(1/W) sum_i w_i loss_i + (l2/2) sum_c |w_c|^2, W = sum_i w_i, which is scikit-learn's objective
with sample_weight=w and C = 1/(W l2). Iris rows weigh 0, 0.5, 1, 2.5 by row index mod 4 (as
WeightedRegressionTest.irisWeights), penalty on the raw coefficients (--standardize=false),
refined by the weighted Newton's method as above; the weighted metrics are scikit-learn's
log_loss, accuracy_score, confusion_matrix and precision_recall_fscore_support with
sample_weight=w, of the refined model.
Run from the repository root: algorithms/src/test/resources/regression/multinomial_reference.py
"""
import numpy as np
from scipy.special import softmax
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (accuracy_score, confusion_matrix, log_loss,
                             precision_recall_fscore_support)


def newton(z, y, w, b, l2, rw=None):
    """Refines (w, b) of the penalised multinomial objective on z (row weights rw) by Newton."""
    rows, d = z.shape
    rw = np.ones(rows) if rw is None else rw
    n = rw.sum()
    k = w.shape[0]
    onehot = np.eye(k)[y]
    za = np.hstack([z, np.ones((rows, 1))])
    theta = np.hstack([w, b[:, None]])
    pen = np.ones(d + 1)
    pen[d] = 0
    for _ in range(50):
        p = softmax(za @ theta.T, axis=1)
        g = (p - onehot).T @ (za * rw[:, None]) / n + l2 * theta * pen
        if np.abs(g).max() < 1e-14:
            break
        h = np.zeros((k * (d + 1), k * (d + 1)))
        for c in range(k):
            for e in range(k):
                weight = rw * p[:, c] * ((c == e) - p[:, e])
                h[c * (d + 1):(c + 1) * (d + 1), e * (d + 1):(e + 1) * (d + 1)] = \
                    (za * weight[:, None]).T @ za / n
        h += l2 * np.diag(np.tile(pen, k))
        theta = theta - (np.linalg.pinv(h, rcond=1e-14) @ g.ravel()).reshape(k, d + 1)
    return theta[:, :d], theta[:, d], np.abs(g).max()


def fit(path, l2, standardize):
    data = np.loadtxt(path, delimiter=",", skiprows=1)
    x, y = data[:, :-1], data[:, -1]
    n = len(y)
    s = x.std(axis=0, ddof=1) if standardize else np.ones(x.shape[1])
    model = LogisticRegression(solver="lbfgs", multi_class="multinomial", C=1 / (n * l2),
                               tol=1e-14, max_iter=100000).fit(x / s, y)
    classes = np.searchsorted(model.classes_, y)
    w, b, grad = newton(x / s, classes, model.coef_, model.intercept_, l2)
    print("// scikit-learn vs refined: coefficients %.2g, intercepts %.2g; refined gradient %.2g"
          % (np.abs(model.coef_ / s - w / s).max(), np.abs(model.intercept_ - b).max(), grad))
    return w / s, b


for name, path, l2, standardize in [
        ("iris raw", "datasets/iris.csv", 0.01, False),
        ("iris standardized", "datasets/iris.csv", 0.01, True),
        ("wine standardized", "datasets/wine.csv", 0.01, True),
        ("wine raw", "datasets/wine.csv", 0.1, False)]:
    w, b = fit(path, l2, standardize)
    print("//", name, "l2 =", l2)
    print("{" + ",\n".join("{" + ", ".join(repr(v) for v in row) + "}" for row in w) + "}")
    print("{" + ", ".join(repr(v) for v in b) + "}")


def weighted_iris(l2):
    data = np.loadtxt("datasets/iris.csv", delimiter=",", skiprows=1)
    x, y = data[:, :-1], data[:, -1]
    rw = np.array([0, 0.5, 1, 2.5])[np.arange(len(y)) % 4]
    model = LogisticRegression(solver="lbfgs", multi_class="multinomial",
                               C=1 / (rw.sum() * l2), tol=1e-14,
                               max_iter=100000).fit(x, y, sample_weight=rw)
    classes = np.searchsorted(model.classes_, y)
    w, b, grad = newton(x, classes, model.coef_, model.intercept_, l2, rw)
    print("// weighted: scikit-learn vs refined: coefficients %.2g, intercepts %.2g; refined "
          "gradient %.2g" % (np.abs(model.coef_ - w).max(), np.abs(model.intercept_ - b).max(),
                             grad))
    print("// iris weighted raw l2 =", l2, "total weight", rw.sum())
    print("{" + ",\n".join("{" + ", ".join(repr(v) for v in row) + "}" for row in w) + "}")
    print("{" + ", ".join(repr(v) for v in b) + "}")
    p = softmax(x @ w.T + b, axis=1)
    predicted = model.classes_[p.argmax(axis=1)]
    print("// log_loss, accuracy_score")
    print(repr(log_loss(y, p, sample_weight=rw)), repr(accuracy_score(y, predicted,
                                                                      sample_weight=rw)))
    print("// confusion_matrix")
    print(repr(confusion_matrix(y, predicted, sample_weight=rw).tolist()))
    print("// precision, recall, f1, support")
    for v in precision_recall_fscore_support(y, predicted, sample_weight=rw, zero_division=0):
        print(repr(v.tolist()))


weighted_iris(0.01)
