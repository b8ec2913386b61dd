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
Run from the repository root: algorithms/src/test/resources/regression/multinomial_reference.py
"""
import numpy as np
from scipy.special import softmax
from sklearn.linear_model import LogisticRegression


def newton(z, y, w, b, l2):
    """Refines (w, b) of the penalised multinomial objective on z by Newton steps."""
    n, d = z.shape
    k = w.shape[0]
    onehot = np.eye(k)[y]
    za = np.hstack([z, np.ones((n, 1))])
    theta = np.hstack([w, b[:, None]])
    pen = np.ones(d + 1)
    pen[d] = 0
    for _ in range(50):
        p = softmax(za @ theta.T, axis=1)
        g = (p - onehot).T @ za / n + l2 * theta * pen
        if np.abs(g).max() < 1e-14:
            break
        h = np.zeros((k * (d + 1), k * (d + 1)))
        for c in range(k):
            for e in range(k):
                weight = p[:, c] * ((c == e) - p[:, e])
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
