"""Independent reference values for compare-metrics' integration tests: scikit-learn, scipy, numpy.

Reads one JSON request per call on stdin ({"op": ..., ...}) and prints one JSON answer.
"""
import json
import math
import sys

import numpy as np


def classification(req):
    from sklearn import metrics as m

    y, p = req["y"], req["pred"]
    out = {"accuracy": m.accuracy_score(y, p), "mcc": float(m.matthews_corrcoef(y, p))}
    for avg in ("macro", "micro", "weighted"):
        out[f"precision_{avg}"] = m.precision_score(y, p, average=avg, zero_division=0)
        out[f"recall_{avg}"] = m.recall_score(y, p, average=avg, zero_division=0)
        out[f"f1_{avg}"] = m.f1_score(y, p, average=avg, zero_division=0)
    pos = req.get("pos")
    if pos is not None:
        out["precision"] = m.precision_score(y, p, pos_label=pos, zero_division=0)
        out["recall"] = m.recall_score(y, p, pos_label=pos, zero_division=0)
        out["f1"] = m.f1_score(y, p, pos_label=pos, zero_division=0)
    score = req.get("score")
    if score is not None:
        yb = [1 if v == pos else 0 for v in y]
        if len(set(yb)) == 2:
            out["roc_auc"] = m.roc_auc_score(yb, score)
        out["pr_auc"] = float(m.average_precision_score(yb, score))
        out["brier"] = m.brier_score_loss(yb, score)
        out["log_loss"] = m.log_loss(yb, score, labels=[0, 1])
    proba = req.get("proba")
    if proba is not None:
        out["log_loss"] = m.log_loss(y, proba, labels=req["proba_classes"])
    labels = req["labels"]
    out["confusion"] = m.confusion_matrix(y, p, labels=labels).tolist()
    return out


def regression(req):
    from sklearn import metrics as m

    y, p = req["y"], req["pred"]
    return {
        "mae": m.mean_absolute_error(y, p),
        "mse": m.mean_squared_error(y, p),
        "rmse": math.sqrt(m.mean_squared_error(y, p)),
        "r2": m.r2_score(y, p),
        "mape": m.mean_absolute_percentage_error(y, p),
    }


def mcnemar(req):
    from scipy import stats

    out = []
    for b, c in req["pairs"]:
        n = b + c
        exact = stats.binomtest(min(b, c), n, 0.5).pvalue if n > 0 else 1.0
        chi2 = (abs(b - c) - 1) ** 2 / n if n > 0 else 0.0
        out.append({"exact": float(exact), "chi2": chi2, "p_cc": float(stats.chi2.sf(chi2, 1))})
    return out


def delong(req):
    """DeLong straight from the definition: O(mn) kernel, structural components, 2x2 covariance."""
    from scipy import stats

    y = np.array(req["y"])
    a = np.array(req["a"], dtype=float)  # baseline
    b = np.array(req["b"], dtype=float)  # candidate
    pos, neg = y == 1, y == 0
    m, n = pos.sum(), neg.sum()

    def psi(x, z):
        return (x[:, None] > z[None, :]) + 0.5 * (x[:, None] == z[None, :])

    v10, v01, auc = [], [], []
    for s in (b, a):
        k = psi(s[pos], s[neg])
        auc.append(k.mean())
        v10.append(k.mean(axis=1))
        v01.append(k.mean(axis=0))
    s10 = np.cov(np.vstack(v10))
    s01 = np.cov(np.vstack(v01))
    S = s10 / m + s01 / n
    var = S[0, 0] + S[1, 1] - 2 * S[0, 1]
    delta = auc[0] - auc[1]
    z = delta / math.sqrt(var) if var > 0 else 0.0
    return {"aucCandidate": auc[0], "aucBaseline": auc[1], "variance": var, "z": z, "p": float(2 * stats.norm.sf(abs(z)))}


def bootstrap(req):
    from scipy import stats

    d = np.array(req["d"], dtype=float)
    res = stats.bootstrap((d,), np.mean, n_resamples=req["resamples"], method="percentile",
                          confidence_level=req["level"], random_state=np.random.default_rng(req["seed"]),
                          vectorized=True)
    return {"low": float(res.confidence_interval.low), "high": float(res.confidence_interval.high),
            "se": float(res.standard_error)}


def adjust(req):
    p = np.array(req["p"], dtype=float)
    k = len(p)
    order = np.argsort(p, kind="stable")
    holm = np.empty(k)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (k - rank) * p[i]))
        holm[i] = running
    bh = np.empty(k)
    running = 1.0
    for rank in range(k - 1, -1, -1):
        i = order[rank]
        running = min(running, min(1.0, k * p[i] / (rank + 1)))
        bh[i] = running
    return {"holm": holm.tolist(), "bh": bh.tolist()}


def special(req):
    from scipy import special as sp, stats

    xs = req["x"]
    return {
        "erfc": [float(sp.erfc(x)) for x in xs],
        "ppf": [float(stats.norm.ppf(q)) for q in req["q"]],
        "gammaln": [float(sp.gammaln(x)) for x in req["g"]],
    }


OPS = {f.__name__: f for f in (classification, regression, mcnemar, delong, bootstrap, adjust, special)}

if __name__ == "__main__":
    request = json.load(sys.stdin)
    json.dump(OPS[request["op"]](request), sys.stdout)
