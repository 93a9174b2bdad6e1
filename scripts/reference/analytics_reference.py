#!/usr/bin/env python3
"""Independent reference values for Duopulse's analytics core (shared/analytics).

Computes every estimator and interval with numpy and scipy on seeded data sets and writes
test/fixtures/analytics/reference.json, which test/unit/analytics checks to 1e-9.

Independence: correlations and p-values come from scipy.stats (pearsonr, spearmanr); the
repeated-measures correlation from an ordinary least-squares ANCOVA, y ~ team + x, with dummy
variables (as the rmcorr R package fits it), not from within-team centring; intervals from
numpy's arctanh/tanh and scipy.stats.norm.ppf; indices from the raw answers, not from
sufficient statistics; trends from numpy.polyfit.

Usage (from the repository root):
    python3 scripts/reference/analytics_reference.py
"""

import datetime
import json
import pathlib
import sys

import numpy as np
import scipy
from scipy import stats

SEED = 20260401
OUT = pathlib.Path("test/fixtures/analytics/reference.json")
Z975 = float(stats.norm.ppf(0.975))
Z80 = float(stats.norm.ppf(0.8))


def insufficient(n, reason):
    return {"state": "insufficient-evidence", "n": int(n), "reason": reason}


def check_pairs(x, y):
    if len(x) != len(y):
        return insufficient(min(len(x), len(y)), "length-mismatch")
    if len(x) == 0:
        return insufficient(0, "empty")
    if len(x) < 4:
        return insufficient(len(x), "too-few-points")
    if len(set(x)) == 1 or len(set(y)) == 1:
        return insufficient(len(x), "constant-series")
    return None


def ok(n, r, se, p, df):
    z = np.arctanh(np.clip(r, -1.0, 1.0))
    lo, hi = np.tanh(z - Z975 * se), np.tanh(z + Z975 * se)
    return {
        "state": "ok",
        "n": int(n),
        "estimate": float(r),
        "ci95": [float(lo), float(hi)],
        "pValue": float(p),
        "df": int(df),
    }


def pearson(x, y):
    bad = check_pairs(x, y)
    if bad:
        return bad
    n = len(x)
    res = stats.pearsonr(np.asarray(x, float), np.asarray(y, float))
    return ok(n, res.statistic, 1 / np.sqrt(n - 3), res.pvalue, n - 2)


def spearman(x, y):
    bad = check_pairs(x, y)
    if bad:
        return bad
    n = len(x)
    res = stats.spearmanr(np.asarray(x, float), np.asarray(y, float))
    r = float(res.statistic)
    return ok(n, r, np.sqrt((1 + r * r / 2) / (n - 3)), res.pvalue, n - 2)


def rmcorr(groups, x, y):
    n = len(x)
    if n == 0:
        return insufficient(0, "empty")
    levels = sorted(set(groups))
    df = n - len(levels) - 1
    if df < 2:
        return insufficient(n, "too-few-points")

    def within_constant(values):
        return all(len({v for g, v in zip(groups, values) if g == lev}) == 1 for lev in levels)

    if within_constant(x) or within_constant(y):
        return insufficient(n, "constant-series")
    dummies = np.array([[1.0 if g == lev else 0.0 for lev in levels] for g in groups])
    yv = np.asarray(y, float)
    full = np.column_stack([dummies, np.asarray(x, float)])
    beta, *_ = np.linalg.lstsq(full, yv, rcond=None)
    rss_full = float(np.sum((yv - full @ beta) ** 2))
    beta_r, *_ = np.linalg.lstsq(dummies, yv, rcond=None)
    rss_reduced = float(np.sum((yv - dummies @ beta_r) ** 2))
    ss_x = rss_reduced - rss_full
    r = float(np.sign(beta[-1]) * np.sqrt(ss_x / (ss_x + rss_full)))
    f = ss_x / (rss_full / df) if rss_full > 0 else np.inf
    p = float(stats.f.sf(f, 1, df))
    return ok(n, r, 1 / np.sqrt(df - 1), p, df)


def between_teams(groups, x, y):
    levels = sorted(set(groups))
    mx = [float(np.mean([v for g, v in zip(groups, x) if g == lev])) for lev in levels]
    my = [float(np.mean([v for g, v in zip(groups, y) if g == lev])) for lev in levels]
    return spearman(mx, my)


def min_detectable(n):
    return None if n < 4 else float(np.tanh((Z975 + Z80) / np.sqrt(n - 3)))


def lagged(periods, xs, ys):
    def pairs(a, b):
        px, py = [], []
        for t in range(len(periods) - 1):
            if periods[t] in a and periods[t + 1] in b:
                px.append(a[periods[t]])
                py.append(b[periods[t + 1]])
        return px, py

    fx, fy = pairs(xs, ys)
    bx, by = pairs(ys, xs)
    return {
        "pearson": {"xLeadsY": pearson(fx, fy), "yLeadsX": pearson(bx, by)},
        "spearman": {"xLeadsY": spearman(fx, fy), "yLeadsX": spearman(bx, by)},
    }


def rounded(values, digits=3):
    return [round(float(v), digits) for v in values]


def correlation_sets(rng):
    sets = []

    def add(name, x, y):
        x, y = list(map(float, x)), list(map(float, y))
        sets.append({
            "name": name,
            "x": x,
            "y": y,
            "pearson": pearson(x, y),
            "spearman": spearman(x, y),
        })

    for n in (0, 1, 2, 3):
        add(f"n={n}", rounded(rng.normal(70, 10, n)), rounded(rng.normal(80, 5, n)))
    add("n=4 minimal", [61.0, 64.5, 70.25, 66.0], [72.0, 75.5, 79.0, 74.0])
    add("mismatched lengths", rounded(rng.normal(size=6)), rounded(rng.normal(size=5)))
    add("constant x", [65.0] * 8, rounded(rng.normal(80, 5, 8)))
    add("constant y", rounded(rng.normal(60, 5, 8)), [72.5] * 8)
    add("constant repeating decimal", [0.1] * 6, rounded(rng.normal(size=6)))
    for i, (n, rho) in enumerate([(5, 0.6), (8, -0.4), (12, 0.0), (26, 0.5), (52, 0.3), (104, -0.7)]):
        cov = [[1, rho], [rho, 1]]
        xy = rng.multivariate_normal([0, 0], cov, n)
        add(f"bivariate normal #{i} n={n} rho={rho}", rounded(60 + 10 * xy[:, 0]), rounded(75 + 8 * xy[:, 1]))
    add("large n=2000", rounded(rng.normal(size=2000), 6), rounded(rng.normal(size=2000), 6))
    ties_x = rng.integers(1, 6, 30)
    add("ties on 1-5 scale", ties_x, np.clip(ties_x + rng.integers(-1, 2, 30), 1, 5))
    add("heavy ties", [1, 1, 1, 2, 2, 3, 3, 3, 3, 4], [2, 1, 2, 2, 3, 3, 3, 4, 4, 4])
    add("perfect positive", [1, 2, 3, 4, 5, 6], [10, 20, 30, 40, 50, 60])
    add("perfect negative ranks", [1, 2, 3, 4, 5], [9, 7, 6, 2, 1])
    add("monotone non-linear", [1, 2, 3, 4, 5, 6, 7], [1, 4, 9, 16, 25, 36, 49])
    add("outlier", [1, 2, 3, 4, 5, 6, 7, 8], [2, 1, 4, 3, 6, 5, 8, 80])
    return sets


def lagged_sets(rng):
    sets = []
    weeks = [f"2026-W{w:02d}" for w in range(1, 27)]
    full_x = dict(zip(weeks, rounded(rng.normal(65, 8, 26))))
    full_y = {w: round(0.5 * full_x[weeks[max(0, i - 1)]] + float(rng.normal(40, 3)), 3) for i, w in enumerate(weeks)}
    sets.append(("complete 26 weeks", weeks, full_x, full_y))
    gappy_x = {k: v for i, (k, v) in enumerate(full_x.items()) if i % 5 != 2}
    gappy_y = {k: v for i, (k, v) in enumerate(full_y.items()) if i % 7 != 4}
    sets.append(("gaps in both series", weeks, gappy_x, gappy_y))
    short = weeks[:5]
    sets.append(("too few pairs", short, {w: full_x[w] for w in short}, {w: full_y[w] for w in short}))
    sets.append(("constant lagged y", weeks[:10], {w: full_x[w] for w in weeks[:10]}, {w: 70.0 for w in weeks[:10]}))
    sets.append(("empty", weeks[:6], {}, {}))
    out = []
    for name, periods, xs, ys in sets:
        out.append({"name": name, "periods": periods, "x": xs, "y": ys, **lagged(periods, xs, ys)})
    return out


def rm_sets(rng):
    out = []

    def add(name, groups, x, y):
        x, y = list(map(float, x)), list(map(float, y))
        out.append({
            "name": name,
            "observations": [{"group": g, "x": a, "y": b} for g, a, b in zip(groups, x, y)],
            "rmcorr": rmcorr(groups, x, y),
            "betweenTeams": between_teams(groups, x, y),
        })

    def simulate(teams, periods, slope, noise, missing=0.0):
        groups, xs, ys = [], [], []
        for t in range(teams):
            level_x, level_y = rng.normal(60, 10), rng.normal(75, 8)
            for _ in range(periods):
                if rng.random() < missing:
                    continue
                dx = rng.normal(0, 5)
                groups.append(f"team-{t:02d}")
                xs.append(round(level_x + dx, 3))
                ys.append(round(level_y + slope * dx + rng.normal(0, noise), 3))
        return groups, xs, ys

    add("empty", [], [], [])
    add("two teams two points each", ["a", "a", "b", "b"], [1, 2, 3, 4], [2, 3, 3, 5])
    add("df=2", ["a", "a", "a", "b", "b"], [1, 2, 3, 4, 6], [2, 3, 5, 5, 6])
    add("6 teams 8 periods positive", *simulate(6, 8, 0.6, 3))
    add("12 teams 13 periods negative", *simulate(12, 13, -0.4, 4))
    add("20 teams 26 periods with gaps", *simulate(20, 26, 0.2, 5, missing=0.2))
    add("single team (Pearson)", *simulate(1, 10, 0.5, 2))
    add("teams with one observation", ["a", "b", "c", "c", "c", "d", "d", "d", "d"],
        [5, 6, 1, 2, 3, 4, 5, 7, 6], [1, 2, 3, 2, 4, 6, 5, 8, 9])
    add("constant within teams", ["a", "a", "b", "b", "c", "c", "d", "d"],
        [1, 1, 2, 2, 3, 3, 4, 4], [5, 6, 7, 8, 6, 7, 9, 9])
    add("ties on 1-5 scale", [f"t{i % 5}" for i in range(40)],
        rng.integers(1, 6, 40), rng.integers(1, 6, 40))
    return out


def index_sets(rng):
    out = []
    scales = {"satisfaction": (0, 10), "recommendation": (0, 10), "effort": (1, 7), "pulse": (1, 5),
              "resolved": (0, 1)}
    for kind, (lo, hi) in scales.items():
        for n in (0, 1, 2, 17, 250):
            values = [int(v) for v in rng.integers(lo, hi + 1, n)]
            arr = np.asarray(values, float)
            if n == 0:
                expected = {"n": 0, "value": None, "se": None}
            else:
                mean = float(arr.mean())
                sem = float(arr.std(ddof=1) / np.sqrt(n)) if n > 1 else None
                if kind in ("satisfaction", "recommendation"):
                    value, se = 10 * mean, None if sem is None else 10 * sem
                elif kind == "effort":
                    value, se = (7 - mean) / 6 * 100, None if sem is None else 100 / 6 * sem
                elif kind == "pulse":
                    value, se = (mean - 1) / 4 * 100, None if sem is None else 25 * sem
                else:
                    value = 100 * mean
                    se = None if n < 2 else 100 * float(np.sqrt(mean * (1 - mean) / n))
                expected = {"n": n, "value": value, "se": se}
            out.append({"kind": kind, "values": values, "expected": expected})
    nps = []
    for n in (0, 1, 9, 40, 300):
        ratings = rng.integers(0, 11, n)
        scores = np.where(ratings >= 9, 1.0, np.where(ratings <= 6, -1.0, 0.0))
        counts = {"promoters": int((ratings >= 9).sum()), "passives": int(((ratings >= 7) & (ratings <= 8)).sum()),
                  "detractors": int((ratings <= 6).sum())}
        expected = {"n": n, "value": None if n == 0 else float(100 * scores.mean()),
                    "se": None if n < 2 else float(100 * scores.std(ddof=0) / np.sqrt(n))}
        nps.append({"ratings": [int(r) for r in ratings], "counts": counts, "expected": expected})
    return out, nps


def trend_sets(rng):
    out = []
    for m in (3, 6, 12):
        positions = list(range(20 - m, 20))
        values = rounded(rng.normal(60, 5, m) + np.arange(m) * rng.normal(0, 2))
        out.append({"positions": positions, "values": values, "slope": float(np.polyfit(positions, values, 1)[0])})
    return out


def main():
    rng = np.random.default_rng(SEED)
    indices, nps = index_sets(rng)
    doc = {
        "provenance": {
            "script": "scripts/reference/analytics_reference.py",
            "command": "python3 scripts/reference/analytics_reference.py",
            "seed": SEED,
            "python": sys.version.split()[0],
            "numpy": np.__version__,
            "scipy": scipy.__version__,
            "generatedOn": datetime.date.today().isoformat(),
            "intervals": "Fisher z, 95%: Pearson se=1/sqrt(n-3); Spearman Bonett-Wright se=sqrt((1+r^2/2)/(n-3)); "
                         "repeated measures se=1/sqrt(df-1) as rmcorr's psych::r.con(r, df + 2)",
        },
        "correlation": correlation_sets(rng),
        "lagged": lagged_sets(rng),
        "repeatedMeasures": rm_sets(rng),
        "power": [{"n": n, "minimumDetectable": min_detectable(n)} for n in (0, 3, 4, 5, 8, 13, 26, 52, 100, 1000)],
        "indices": indices,
        "nps": nps,
        "trend": trend_sets(rng),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(doc, indent=1, allow_nan=False) + "\n")
    print(f"wrote {OUT}: {len(doc['correlation'])} correlation, {len(doc['lagged'])} lagged, "
          f"{len(doc['repeatedMeasures'])} repeated-measures data sets")


if __name__ == "__main__":
    main()
