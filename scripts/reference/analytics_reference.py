#!/usr/bin/env python3
"""Independent reference values for Duopulse's analytics core (shared/analytics).

Computes every estimator and interval with numpy and scipy on seeded data sets and writes
test/fixtures/analytics/reference.json, which test/unit/analytics checks to 1e-9.

Independence: correlations and p-values come from scipy.stats (pearsonr, spearmanr; exact
Spearman p-values from scipy.stats.permutation_test over every pairing); the
repeated-measures correlation from an ordinary least-squares ANCOVA, y ~ team + x, with dummy
variables (as the rmcorr R package fits it), not from within-team centring; intervals from
numpy's arctanh/tanh and scipy.stats.norm.ppf; indices from the raw answers, not from
sufficient statistics; trends from numpy.polyfit; effective sample sizes (Pyper & Peterman
1998) from numpy autocorrelations written out from the paper's formula; Benjamini-Hochberg from
scipy.stats.false_discovery_control, Holm from its definition.

Agreement rule (shared/analytics/fisher-interval.ts, agreeingTest): a perfect |r| = 1 is read
half a rank step inside (1 - 6/(n(n^2-1))) for its interval, whose far bound stays +-1; the
reported p is max(test p, the interval's own p 2*Phi(-|atanh r|/se)); when that p >= .05 the
interval is widened to reach 0.

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


def agree(r, n, se_of, test_p):
    perfect = abs(r) > 1 - 1e-12
    pivot = np.sign(r) * (1 - 6 / (n * (n * n - 1))) if perfect else r
    se = se_of(pivot)
    z = np.arctanh(pivot)
    lo, hi = np.tanh(z - Z975 * se), np.tanh(z + Z975 * se)
    if perfect and r > 0:
        hi = 1.0
    if perfect and r < 0:
        lo = -1.0
    p = max(float(test_p), float(2 * stats.norm.sf(abs(z) / se)))
    if p >= 0.05:
        lo, hi = min(lo, 0.0), max(hi, 0.0)
    return float(lo), float(hi), p


def ok(n, r, se_of, test_p, df, method="t", effective_n=None):
    lo, hi, p = agree(r, n, se_of, test_p)
    out = {
        "state": "ok",
        "n": int(n),
        "estimate": float(r),
        "ci95": [lo, hi],
        "pValue": p,
        "testPValue": float(test_p),
        "pValueMethod": method,
        "df": float(df),
    }
    if effective_n is not None:
        out["effectiveN"] = float(effective_n)
    return out


def spearman_permutation_p(x, y):
    """Exact (n <= 9) or, up to n = 30, scipy permutation test with 200k resamples; t beyond."""
    n = len(x)
    rx, ry = stats.rankdata(x), stats.rankdata(y)
    if n > 30:
        return float(stats.spearmanr(x, y).pvalue), "t"

    def abs_spearman(a, axis=-1):
        a = np.asarray(a, float)
        ac = a - a.mean(axis=axis, keepdims=True)
        xc = rx - rx.mean()
        return np.abs((ac * xc).sum(axis=axis) / np.sqrt((ac * ac).sum(axis=axis) * (xc * xc).sum()))

    exact = n <= 9
    res = stats.permutation_test((ry,), abs_spearman, permutation_type="pairings", vectorized=True,
                                 n_resamples=np.inf if exact else 200_000, alternative="greater",
                                 rng=np.random.default_rng(SEED))
    return float(min(1.0, res.pvalue)), "exact-permutation" if exact else "monte-carlo-permutation"


def pearson(x, y):
    bad = check_pairs(x, y)
    if bad:
        return bad
    n = len(x)
    res = stats.pearsonr(np.asarray(x, float), np.asarray(y, float))
    return ok(n, float(res.statistic), lambda _r: 1 / np.sqrt(n - 3), res.pvalue, n - 2)


def spearman(x, y):
    bad = check_pairs(x, y)
    if bad:
        return bad
    n = len(x)
    res = stats.spearmanr(np.asarray(x, float), np.asarray(y, float))
    r = float(res.statistic)
    p, method = spearman_permutation_p(x, y)
    return ok(n, r, lambda q: np.sqrt((1 + q * q / 2) / (n - 3)), p, n - 2, method)


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
    return ok(n, r, lambda _r: 1 / np.sqrt(df - 1), p, df)


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
        "pearson": {"xLeadsY": series_correlation("pearson", fx, fy), "yLeadsX": series_correlation("pearson", bx, by)},
        "spearman": {"xLeadsY": series_correlation("spearman", fx, fy),
                     "yLeadsX": series_correlation("spearman", bx, by)},
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


def modified_acf(x, lags):
    """Pyper & Peterman (1998) eq. 2, written out term by term."""
    x = np.asarray(x, float)
    n = len(x)
    d = x - x.mean()
    den = float(np.dot(d, d))
    if den == 0:
        return np.zeros(lags)
    return np.array([n / (n - j) * float(np.dot(d[: n - j], d[j:])) / den for j in range(1, lags + 1)])


def effective_n(x, y):
    n = len(x)
    lags = n // 5
    s = float(np.sum(modified_acf(x, lags) * modified_acf(y, lags)))
    return n / max(1.0, 1 + 2 * s)


def pooled_effective_n(teams):
    points, weighted = 0, 0.0
    for x, y in teams:
        n = len(x)
        lags = n // 5
        ax, ay = modified_acf(x, lags), modified_acf(y, lags)
        ax = np.clip(ax + (1 + 2 * ax.sum()) / n, -1, 1)
        ay = np.clip(ay + (1 + 2 * ay.sum()) / n, -1, 1)
        points += n
        weighted += n * (1 + 2 * float(np.sum(ax * ay)))
    return min(points, points * points / weighted)


def series_correlation(method, x, y):
    bad = check_pairs(x, y)
    if bad:
        return bad
    n = len(x)
    sx, sy = (stats.rankdata(x), stats.rankdata(y)) if method == "spearman" else (x, y)
    r = float(stats.pearsonr(np.asarray(sx, float), np.asarray(sy, float)).statistic)
    ne = effective_n(x, y)
    if ne < 6:
        return {**insufficient(n, "too-few-effective-points"), "effectiveN": ne}
    df = ne - 2
    t = abs(r) * np.sqrt(df / (1 - r * r))
    p = float(2 * stats.t.sf(t, df))
    if method == "spearman":
        se_of = lambda _q: np.sqrt(1.06 / (ne - 3))  # noqa: E731  Fieller, Hartley & Pearson 1957
    else:
        se_of = lambda _q: 1 / np.sqrt(ne - 3)  # noqa: E731
    return ok(n, r, se_of, p, df, "t", ne)


def pooled_series(groups, x, y):
    levels = list(dict.fromkeys(groups))
    n = len(x)
    base = rmcorr(groups, x, y)
    if base["state"] != "ok":
        return base
    teams = [([a for g, a in zip(groups, x) if g == lev], [b for g, b in zip(groups, y) if g == lev]) for lev in levels]
    ne = pooled_effective_n(teams)
    df = ne - len(levels) - 1
    if df < 4:
        return {**insufficient(n, "too-few-effective-points"), "effectiveN": ne}
    r = base["estimate"]
    t = abs(r) * np.sqrt(df / (1 - r * r))
    return ok(n, r, lambda _r: 1 / np.sqrt(df - 1), float(2 * stats.t.sf(t, df)), df, "t", ne)


def ar1(rng, phi, n):
    e = rng.normal(size=n + 50)
    out = np.zeros(n + 50)
    for t in range(1, n + 50):
        out[t] = phi * out[t - 1] + e[t]
    return out[50:]


def serial_sets(rng):
    out = []
    for name, phi, n, rho in [("white noise 26 weeks", 0.0, 26, 0.0), ("AR(1) 0.4, 26 weeks", 0.4, 26, 0.0),
                              ("AR(1) 0.7, 26 weeks", 0.7, 26, 0.0), ("AR(1) 0.7, 52 weeks, related", 0.7, 52, 0.5),
                              ("AR(1) 0.9, 12 weeks", 0.9, 12, 0.0), ("AR(1) 0.4, 10 weeks", 0.4, 10, 0.3)]:
        x = ar1(rng, phi, n)
        y = rho * x + np.sqrt(1 - rho * rho) * ar1(rng, phi, n)
        x, y = rounded(60 + 8 * x), rounded(70 + 6 * y)
        out.append({"name": name, "x": x, "y": y, "acfX": [float(v) for v in modified_acf(x, n // 5)],
                    "effectiveN": effective_n(x, y), "pearson": series_correlation("pearson", x, y),
                    "spearman": series_correlation("spearman", x, y)})
    return out


def pooled_serial_sets(rng):
    out = []
    for name, phi, teams, weeks, slope in [("8 teams AR(1) 0.4", 0.4, 8, 26, 0.0), ("8 teams AR(1) 0.7 related", 0.7, 8, 26, 0.4),
                                           ("3 teams of 9 weeks AR(1) 0.9", 0.9, 3, 9, 0.0)]:
        groups, xs, ys = [], [], []
        for t in range(teams):
            x = ar1(rng, phi, weeks)
            y = slope * x + ar1(rng, phi, weeks)
            groups += [f"team-{t}"] * weeks
            xs += rounded(60 + rng.normal(0, 5) + 8 * x)
            ys += rounded(70 + rng.normal(0, 5) + 6 * y)
        teams_xy = [([a for g, a in zip(groups, xs) if g == lev], [b for g, b in zip(groups, ys) if g == lev])
                    for lev in dict.fromkeys(groups)]
        out.append({"name": name, "observations": [{"group": g, "x": a, "y": b} for g, a, b in zip(groups, xs, ys)],
                    "effectiveN": pooled_effective_n(teams_xy), "pooled": pooled_series(groups, xs, ys)})
    return out


def holm(p):
    p = np.asarray(p, float)
    m = len(p)
    order = np.argsort(p, kind="stable")
    adj = np.empty(m)
    running = 0.0
    for k, i in enumerate(order):
        running = max(running, min(1.0, (m - k) * p[i]))
        adj[i] = running
    return adj


def adjustment_sets(rng):
    families = [[0.01, 0.04, 0.03, 0.5], [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216],
                [0.05, 0.05, 0.05, 0.05, 0.05], [1.0], list(map(float, rng.uniform(size=48))),
                list(map(float, np.concatenate([rng.uniform(0, 0.002, 5), rng.uniform(size=43)])))]
    return [{"pValues": f, "benjaminiHochberg": [float(v) for v in stats.false_discovery_control(f, method="bh")],
             "holm": [float(v) for v in holm(f)]} for f in families]


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
                         "repeated measures se=1/sqrt(df-1) as rmcorr's psych::r.con(r, df + 2); "
                         "p and interval made to agree (module docstring)",
            "spearmanPValue": "scipy.stats.permutation_test, pairings, |r| greater: exact for n <= 9, "
                              "200000 seeded resamples for n <= 30, spearmanr's t beyond",
            "effectiveN": "Pyper & Peterman 1998, 1/N* = 1/N + (2/N) sum_{j<=N/5} r_xx(j) r_yy(j), modified "
                          "autocorrelations, N* <= N; pooled: (sum N_i)^2 / sum N_i (1 + 2 S_i) with the "
                          "mean-bias correction (1 + 2 sum_k r(k))/N_i on each autocorrelation",
            "adjustment": "Benjamini-Hochberg: scipy.stats.false_discovery_control(method='bh'); Holm 1979 by definition",
        },
        "correlation": correlation_sets(rng),
        "lagged": lagged_sets(rng),
        "repeatedMeasures": rm_sets(rng),
        "power": [{"n": n, "minimumDetectable": min_detectable(n)} for n in (0, 3, 4, 5, 8, 13, 26, 52, 100, 1000)],
        "indices": indices,
        "nps": nps,
        "trend": trend_sets(rng),
        "serial": serial_sets(rng),
        "pooledSerial": pooled_serial_sets(rng),
        "adjustment": adjustment_sets(rng),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(doc, indent=1, allow_nan=False) + "\n")
    print(f"wrote {OUT}: {len(doc['correlation'])} correlation, {len(doc['lagged'])} lagged, "
          f"{len(doc['repeatedMeasures'])} repeated-measures data sets")


if __name__ == "__main__":
    main()
