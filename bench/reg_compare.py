#!/usr/bin/python3
"""Side-by-side regression rows for bench/run.sh: every engine's model scored on one objective.

    reg_compare.py NAME MODE DATA.csv L2 ENGINE=RESULT:WHOLE_S:RSS_KB ...

MODE is normal, lbfgs (least squares) or logreg (binary, or multinomial when the weights are
a matrix, one row per class in sorted label order). The first ENGINE is giraph-ml, whose
RESULT is its output directory (summary.json, model.json); the others' RESULT is the JSON that
bench/sklearn_regression.py or SparkRegression wrote (load_s, fit_s, iterations, intercept,
weights). Each model, on the original feature scale, is scored with giraph-ml's objective in
float64 numpy here, independently of the engines' own reports:
    least squares  (1/2n) sum (x.w + b - y)^2 + (L2/2) sum (w_j s_j)^2
    logistic       (1/n) sum log(1 + e^m) - y m, m = x.w + b,  + (L2/2) sum (w_j s_j)^2
    multinomial    (1/n) sum -log softmax(x.W' + b)_y           + (L2/2) sum (W_cj s_j)^2
with s_j the features' sample standard deviations (--standardize's scale). Prints per engine:
iterations, load, fit and whole-process seconds, peak RSS, the objective, its excess over the
lowest objective in the block (relative), and the largest coefficient difference from
giraph-ml's relative to giraph-ml's largest coefficient; then giraph-ml / engine ratio rows.
"""
import json
import os
import sys

import numpy as np
import pandas as pd


def load_result(path):
    if os.path.isdir(path):
        s = json.load(open(os.path.join(path, "summary.json")))
        m = json.load(open(os.path.join(path, "model.json")))
        return {"load_s": s["input"].get("load_seconds", 0), "fit_s": s["train_seconds"],
                "iterations": s["iterations"],
                "intercept": m["intercept"] if "intercept" in m else m["intercepts"],
                "weights": m["weights"]}
    return json.load(open(path))


def objective(mode, x, y, sd, l2, w, b):
    m = x @ w.T + b
    if w.ndim == 2:
        _, cls = np.unique(y, return_inverse=True)
        top = m.max(axis=1)
        lse = top + np.log(np.exp(m - top[:, None]).sum(axis=1))
        loss = np.mean(lse - m[np.arange(len(y)), cls])
    elif mode == "logreg":
        yb = (y > 0).astype(np.float64)  # labels 0/1 or -1/1
        loss = np.mean(np.maximum(m, 0) + np.log1p(np.exp(-np.abs(m))) - yb * m)
    else:
        loss = 0.5 * np.mean((m - y) ** 2)
    return loss + 0.5 * l2 * np.sum((w * sd) ** 2)


def main():
    name, mode, data, l2 = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    xy = pd.read_csv(data, header=None, dtype=np.float64).to_numpy()
    x, y = xy[:, :-1], xy[:, -1]
    sd = x.std(axis=0, ddof=1)
    rows = []
    for arg in sys.argv[5:]:
        engine, rest = arg.split("=", 1)
        path, whole, rss = rest.rsplit(":", 2)
        r = load_result(path)
        w = np.asarray(r["weights"], dtype=np.float64)
        r.update(engine=engine, whole=float(whole), rss=float(rss) / 1024, w=w,
                 obj=objective(mode, x, y, sd, l2, w, np.asarray(r["intercept"])))
        rows.append(r)
    best = min(r["obj"] for r in rows)
    ours = rows[0]
    scale = max(np.max(np.abs(ours["w"])), 1e-300)
    for r in rows:
        dw = np.max(np.abs(r["w"] - ours["w"])) / scale
        print(f"{name:<14} {mode:<7} {r['engine']:<10} {r['iterations']:>5} {r['load_s']:>8.2f} "
              f"{r['fit_s']:>8.2f} {r['whole']:>8.2f} {r['rss']:>8.0f} {r['obj']:>16.10g} "
              f"{(r['obj'] - best) / abs(best):>9.1e} {dw:>9.1e}")
    ratio = lambda a, b: a / b if b > 0 else float("nan")
    for r in rows[1:]:
        label = "ratio/" + r["engine"]
        print(f"{name:<14} {mode:<7} {label:<10} {'':>5} {ratio(ours['load_s'], r['load_s']):>8.2f} "
              f"{ratio(ours['fit_s'], r['fit_s']):>8.2f} {ratio(ours['whole'], r['whole']):>8.2f} "
              f"{ratio(ours['rss'], r['rss']):>8.2f}")


if __name__ == "__main__":
    main()
