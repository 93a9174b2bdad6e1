#!/usr/bin/env python3
"""Independent reference values for the pay shrinkage estimator (shared/pay/shrinkage.ts).

Generates seeded centres (advisors nested in teams, raw responses) and computes, from the raw
responses rather than from sufficient statistics:
- the within-advisor and advisors-within-teams sums of squares as residual sums of squares of
  least-squares fits with dummy variables (numpy.linalg.lstsq): y ~ advisor and y ~ team;
- the variance components by the ANOVA method for the unbalanced nested design (Searle,
  Casella & McCulloch 1992), n0 = (N - sum_t sum_i n_ti^2 / N_t) / (A - T);
- each advisor's empirical Bayes estimate n/(n + sigma2/tau2) * own mean + rest * team mean.
For a one-team centre, the F statistic MSB/MSW is checked against scipy.stats.f_oneway.

Writes test/fixtures/pay/shrinkage-reference.json, which test/unit/pay checks to 1e-9.

Usage (from the repository root):
    python3 scripts/reference/shrinkage_reference.py
"""

import json
import pathlib

import numpy as np
import scipy
from scipy import stats

SEED = 20261130
OUT = pathlib.Path("test/fixtures/pay/shrinkage-reference.json")


def residual_ss(y, groups):
    labels = sorted(set(groups))
    design = np.array([[1.0 if g == label else 0.0 for label in labels] for g in groups])
    coef, *_ = np.linalg.lstsq(design, y, rcond=None)
    return float(np.sum((y - design @ coef) ** 2))


def reference(name, advisors):
    """advisors: list of (advisor_id, team_id, np.array of responses)."""
    present = [a for a in advisors if len(a[2]) > 0]
    y = np.concatenate([a[2] for a in present]).astype(float)
    by_advisor = [a[0] for a in present for _ in a[2]]
    by_team = [a[1] for a in present for _ in a[2]]
    n_total, n_adv, n_team = len(y), len(present), len(set(by_team))
    ss_within = residual_ss(y, by_advisor)
    ss_between = residual_ss(y, by_team) - ss_within
    case = {
        "name": name,
        "advisors": [
            {
                "advisorId": a[0],
                "teamId": a[1],
                "stats": {"n": int(len(a[2])), "sum": float(np.sum(a[2])), "sumSq": float(np.sum(np.square(a[2], dtype=float)))},
            }
            for a in advisors
        ],
    }
    counts = {"advisors": n_adv, "teams": n_team, "responses": n_total}
    if n_adv - n_team < 1:
        case["prior"] = {"state": "insufficient-evidence", "reason": "fewer-advisors-than-teams-plus-one", **counts}
        return case
    ms_within = ss_within / (n_total - n_adv)
    ms_between = ss_between / (n_adv - n_team)
    if n_team == 1:
        f = stats.f_oneway(*[a[2].astype(float) for a in present]).statistic
        assert abs(f - ms_between / ms_within) < 1e-9 * max(1.0, f)
    team_n = {t: sum(len(a[2]) for a in present if a[1] == t) for t in set(by_team)}
    nested = sum(sum(len(a[2]) ** 2 for a in present if a[1] == t) / team_n[t] for t in team_n)
    n0 = (n_total - nested) / (n_adv - n_team)
    tau2 = max(0.0, (ms_between - ms_within) / n0)
    team_mean = {t: float(np.mean(np.concatenate([a[2] for a in present if a[1] == t]))) for t in team_n}
    if tau2 == 0.0:
        case["prior"] = {"state": "no-spread", "withinVariance": ms_within, **counts}
        weight = {a[0]: 0.0 for a in present}
    else:
        kappa = ms_within / tau2
        case["prior"] = {
            "state": "estimated",
            "withinVariance": ms_within,
            "betweenVariance": tau2,
            "priorStrength": kappa,
            **counts,
        }
        weight = {a[0]: len(a[2]) / (len(a[2]) + kappa) for a in present}
    case["shrunk"] = [
        {
            "advisorId": a[0],
            "teamId": a[1],
            "n": int(len(a[2])),
            "raw": float(np.mean(a[2])),
            "teamMean": team_mean[a[1]],
            "ownWeight": weight[a[0]],
            "shrunk": weight[a[0]] * float(np.mean(a[2])) + (1 - weight[a[0]]) * team_mean[a[1]],
        }
        for a in present
    ]
    return case


def centre(rng, teams, advisors_per_team, scale, binary):
    advisors = []
    for t in range(teams):
        team_effect = rng.normal(0, 0.6)
        for a in range(advisors_per_team):
            n = int(rng.choice([0, 1, 3, 8, 20, 45, 90]))
            effect = rng.normal(0, 0.5)
            if binary:
                p = 1 / (1 + np.exp(-(1.2 + team_effect + effect)))
                values = rng.binomial(1, p, size=n)
            else:
                values = np.clip(np.rint(rng.normal(8.2 + team_effect + effect, 1.6, size=n)), 0, scale)
            advisors.append((f"t{t}-a{a}", f"team-{t}", values))
    return advisors


def main():
    rng = np.random.default_rng(SEED)
    same = np.array([7, 8, 9, 10, 8])
    cases = [
        reference("satisfaction, 4 teams", centre(rng, 4, 9, 10, False)),
        reference("once-and-done, 3 teams", centre(rng, 3, 12, 1, True)),
        reference("satisfaction, one team", centre(rng, 1, 10, 10, False)),
        reference("no spread: identical advisors", [(f"a{i}", f"team-{i % 2}", same) for i in range(6)]),
        reference("one advisor per team", [("a1", "team-1", same), ("a2", "team-2", same[:3])]),
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    provenance = {"seed": SEED, "numpy": np.__version__, "scipy": scipy.__version__, "script": "scripts/reference/shrinkage_reference.py"}
    OUT.write_text(json.dumps({"provenance": provenance, "cases": cases}, indent=1) + "\n")
    print(f"wrote {OUT}: {len(cases)} cases")


if __name__ == "__main__":
    main()
