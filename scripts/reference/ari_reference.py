"""Reference adjusted Rand index figures for test/unit/logics/adjusted-rand-index.test.ts.

Run from the repository root:  python3 scripts/reference/ari_reference.py
It writes test/fixtures/logics/ari-reference.json. Made with numpy (labels, contingency table)
and scipy.special.comb (exact pair counts), independently of any clustering library: the
formula is Hubert & Arabie (1985), written out below from the contingency table.
"""

import json
import pathlib

import numpy as np
from scipy.special import comb


def ari(a, b):
    _, ai = np.unique(a, return_inverse=True)
    _, bi = np.unique(b, return_inverse=True)
    table = np.zeros((ai.max() + 1, bi.max() + 1), dtype=np.int64)
    np.add.at(table, (ai, bi), 1)
    index = comb(table, 2, exact=False).sum()
    rows = comb(table.sum(axis=1), 2, exact=False).sum()
    cols = comb(table.sum(axis=0), 2, exact=False).sum()
    expected = rows * cols / comb(len(a), 2, exact=False)
    maximum = (rows + cols) / 2
    if maximum == expected:
        return 1.0
    return float((index - expected) / (maximum - expected))


def main():
    rng = np.random.RandomState(20260312)
    cases = [
        {"name": "identical", "a": [0, 0, 1, 1, 2, 2], "b": [0, 0, 1, 1, 2, 2]},
        {"name": "renamed", "a": [0, 0, 1, 1, 2, 2], "b": [5, 5, 3, 3, 9, 9]},
        {"name": "textbook", "a": [0, 0, 0, 1, 1, 1], "b": [0, 0, 1, 1, 2, 2]},
        {"name": "one-group-vs-split", "a": [0, 0, 0, 0], "b": [0, 0, 1, 1]},
        {"name": "both-one-group", "a": [1, 1, 1], "b": [2, 2, 2]},
        {"name": "all-singletons", "a": [0, 1, 2, 3], "b": [3, 2, 1, 0]},
        {"name": "below-chance", "a": [0, 0, 1, 1], "b": [0, 1, 0, 1]},
    ]
    for i, (n, ka, kb, noise) in enumerate(
        [(50, 2, 2, 0.0), (50, 3, 3, 1.0), (200, 3, 4, 0.3), (300, 5, 3, 0.5), (1000, 6, 6, 0.1), (97, 4, 2, 0.8)]
    ):
        a = rng.randint(0, ka, size=n)
        b = np.where(rng.rand(n) < noise, rng.randint(0, kb, size=n), a % kb)
        cases.append({"name": f"random-{i}", "a": a.tolist(), "b": b.tolist()})
    for case in cases:
        case["ari"] = ari(np.array(case["a"]), np.array(case["b"]))
    out = pathlib.Path("test/fixtures/logics/ari-reference.json")
    out.write_text(
        json.dumps(
            {
                "madeBy": "python3 scripts/reference/ari_reference.py (numpy "
                + np.__version__
                + ", scipy.special.comb; no clustering library)",
                "cases": cases,
            },
            indent=1,
        )
        + "\n"
    )


if __name__ == "__main__":
    main()
