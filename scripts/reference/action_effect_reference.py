#!/usr/bin/env python3
"""Independent reference values for the before/after effect of a manager's action
(shared/analytics/action-effect.ts), written to test/fixtures/analytics/action-effect-reference.json.

Written from the method's definition with numpy and scipy, not from the TypeScript: the change is
the mean of the weekly figures after the action minus the mean before (the action's week left
out); its variance is the figures' sampling variance plus AR(1) weekly swings of variance tau^2,
  Var = sum_ij a_i a_j (delta_ij v_i + tau^2 phi^|t_i - t_j|),  a = -1/k before, +1/k after,
tau^2 from successive differences of every week up to the last one compared (von Neumann 1941):
  tau^2 = max(0, sum d^2 - sum(v_t + v_t-1)) / (2 P (1 - phi)), floored at half its standard error
  sqrt(2/P) mean(d^2) / (2 (1 - phi));
and the 95% interval uses scipy.stats.t with Satterthwaite degrees of freedom
  df = Var^2 / (swing^2 / dfs),  dfs = max(1, (P - 1) share^2),  share = (sum d^2 - sampling) / sum d^2.

Usage (from the repository root):
    python3 scripts/reference/action_effect_reference.py
"""

import json
import pathlib

import numpy as np
from scipy import stats

PHI = 0.4

# 14 consecutive weeks; the action is in week index 9 (2026-W19); 4 weeks before, 4 after.
WEEKS = [f"2026-W{w:02d}" for w in range(10, 24)]
ACTION = 9
SERIES = {
    "wellbeing": {
        "values": [62.0, 65.0, 61.0, 64.0, 66.0, 63.0, 60.0, 64.0, 62.0, 70.0, 68.0, 71.0, 69.0, 72.0],
        "se": [3.1, 2.9, 3.3, 3.0, 2.8, 3.2, 3.4, 3.0, 2.9, 3.1, 3.0, 2.7, 3.2, 2.9],
        "n": [12, 14, 11, 13, 15, 12, 10, 13, 14, 12, 13, 16, 12, 14],
    },
    # customer: week index 11 has no figure (too few responses): 3 weeks after.
    "customer": {
        "values": [81.0, 79.5, 82.0, 80.5, 78.0, 80.0, 83.0, 79.0, 81.5, 77.0, 76.5, None, 78.0, 75.5],
        "se": [1.9, 2.0, 1.8, 2.1, 2.2, 1.9, 1.8, 2.0, 2.1, 2.0, 2.2, None, 1.9, 2.3],
        "n": [40, 38, 44, 35, 31, 41, 45, 39, 36, 37, 33, None, 42, 30],
    },
}


def effect(values, se, n):
    used = [t for t in range(len(values)) if values[t] is not None and t != ACTION]
    x = np.array([values[t] for t in used], dtype=float)
    v = np.array([se[t] ** 2 for t in used], dtype=float)
    pos = np.array(used)
    before = [i for i, t in enumerate(used) if ACTION - 4 <= t < ACTION]
    after = [i for i, t in enumerate(used) if ACTION < t <= ACTION + 4]
    step = np.diff(pos) == 1
    d2 = np.diff(x)[step] ** 2
    samp = (v[1:] + v[:-1])[step]
    pairs = len(d2)
    excess = max(0.0, d2.sum() - samp.sum())
    tau2 = excess / (2 * pairs * (1 - PHI))
    tau2_se = np.sqrt(2 / pairs) * d2.mean() / (2 * (1 - PHI))
    tau2 = max(tau2, 0.5 * tau2_se)
    share = excess / d2.sum()
    idx = before + after
    a = np.array([-1 / len(before)] * len(before) + [1 / len(after)] * len(after))
    t = pos[idx]
    corr = PHI ** np.abs(t[:, None] - t[None, :])
    sampling = float(np.sum(a**2 * v[idx]))
    swing = float(tau2 * a @ corr @ a)
    var = sampling + swing
    dfs = max(1.0, (pairs - 1) * share**2)
    df = var**2 / (swing**2 / dfs)
    crit = stats.t.ppf(0.975, df)
    change = x[after].mean() - x[before].mean()
    se_change = np.sqrt(var)
    return {
        "beforeWeeks": [WEEKS[used[i]] for i in before],
        "afterWeeks": [WEEKS[used[i]] for i in after],
        "beforeMean": float(x[before].mean()),
        "afterMean": float(x[after].mean()),
        "beforeAnswers": int(sum(n[used[i]] for i in before)),
        "afterAnswers": int(sum(n[used[i]] for i in after)),
        "change": float(change),
        "se": float(se_change),
        "df": float(df),
        "low": float(change - crit * se_change),
        "high": float(change + crit * se_change),
    }


def main():
    out = {
        "method": "two windows of 4 weeks around the action; AR(1) swings, phi 0.4; Satterthwaite t",
        "weeks": WEEKS,
        "actionWeek": WEEKS[ACTION],
        "series": SERIES,
        "effects": {side: effect(**SERIES[side]) for side in SERIES},
    }
    path = pathlib.Path("test/fixtures/analytics/action-effect-reference.json")
    path.write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(out["effects"], indent=2))


if __name__ == "__main__":
    main()
