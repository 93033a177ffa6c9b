#!/usr/bin/env python3
"""Test vectors for models/liu2025-os and models/liu2025-os-full, computed from
the nomogram rules in the README alone (no project code): Table 7 hazard ratios of Liu et al. 2025
(Am J Cancer Res 15(8):3795-3807), rms nomogram() points, an exponential baseline with a
14-month median for the Control-group mean profile, and intervals from independent coefficients.

Usage: python3 tools/liu2025-vectors.py   (prints the reference check and both testVectors arrays)
"""
import json
import math

Z = 1.959964
MEDIAN_REF = 14.0  # months, Control group (etoposide + ifosfamide)
HORIZONS = [12, 24, 36]

# id: (kind, coefficient name, HR, CI low, CI high, admissible values); categorical values are
# (reference level, non-reference level); linear values are every integer on the axis.
PREDICTORS = {
    "treatment": ("cat", "treatment=thal-ifo", 0.632, 0.456, 0.879, ("etop-ifo", "thal-ifo")),
    "pulmonaryMetastases": ("lin", "pulmonaryMetastases", 1.256, 1.011, 1.557, range(1, 16)),
    "tStage": ("cat", "tStage=high", 1.453, 1.029, 2.043, ("low", "high")),
    "nStage": ("cat", "nStage=high", 1.389, 1.022, 1.887, ("low", "high")),
    "radiotherapy": ("cat", "radiotherapy=yes", 1.589, 1.084, 2.336, ("no", "yes")),
    "ldh": ("cat", "ldh=high", 1.356, 1.061, 1.730, ("low", "high")),
    "age": ("lin", "age", 1.018, 0.985, 1.052, range(20, 81)),
    "sex": ("cat", "sex=male", 1.203, 0.742, 1.952, ("female", "male")),
    "tumorType": ("cat", "tumorType=osteosarcoma", 1.457, 0.836, 2.541, ("soft-tissue-sarcoma", "osteosarcoma")),
    "tumorSite": ("cat", "tumorSite=femur", 1.312, 0.846, 2.033, ("other", "femur")),
    "heartDisease": ("cat", "heartDisease=yes", 1.567, 0.623, 3.928, ("no", "yes")),
}
SIX = ["treatment", "pulmonaryMetastases", "tStage", "nStage", "radiotherapy", "ldh"]
FULL = SIX + ["age", "sex", "tumorType", "tumorSite", "heartDisease"]

# Design-column means. Control group of Table 1 (the reference profile, 3 metastases assumed)
# and Observation group (used only for the reconstruction check against its 22-month median).
CONTROL = {"treatment": 0, "pulmonaryMetastases": 3, "tStage": 21 / 40, "nStage": 15 / 40,
           "radiotherapy": 11 / 40, "ldh": 14 / 40, "age": 28, "sex": 23 / 40,
           "tumorType": 28 / 40, "tumorSite": 18 / 40, "heartDisease": 4 / 40}
OBSERVATION = {"treatment": 1, "pulmonaryMetastases": 3, "tStage": 27 / 55, "nStage": 23 / 55,
               "radiotherapy": 18 / 55, "ldh": 22 / 55, "age": 30, "sex": 31 / 55,
               "tumorType": 37 / 55, "tumorSite": 23 / 55, "heartDisease": 5 / 55}


def beta(pid):
    return math.log(PREDICTORS[pid][2])


def se_beta(pid):
    _, _, _, lo, hi, _ = PREDICTORS[pid]
    return (math.log(hi) - math.log(lo)) / (2 * Z)


def design(pid, value):
    """Design-column value: the number for a linear term, 0/1 for a level."""
    kind, _, _, _, _, values = PREDICTORS[pid]
    if kind == "lin":
        return value
    if value not in values:
        raise ValueError(f"{pid}: unknown level {value!r}")
    return 0 if value == values[0] else 1


def f(pid, value):
    return beta(pid) * design(pid, value)


def scale_of(ids):
    # rms nomogram(): the widest predictor spans 0-100 points
    return 100 / max(max(f(p, v) for v in PREDICTORS[p][5]) - min(f(p, v) for v in PREDICTORS[p][5]) for p in ids)


def survival(lp, t):
    return math.exp(-math.log(2) / MEDIAN_REF * t * math.exp(lp))


def vector(ids, description, inputs):
    scale = scale_of(ids)
    points = {p: (f(p, inputs[p]) - min(f(p, v) for v in PREDICTORS[p][5])) * scale for p in ids}
    lp = sum(f(p, inputs[p]) for p in ids) - sum(beta(p) * CONTROL[p] for p in ids)
    se = math.sqrt(sum(((design(p, inputs[p]) - CONTROL[p]) * se_beta(p)) ** 2 for p in ids))
    return {
        "description": description,
        "inputs": {p: inputs[p] for p in ids},
        "expected": {
            "points": points,
            "totalPoints": sum(points.values()),
            "linearPredictor": lp,
            "linearPredictorSe": se,
            "survival": [{"time": t, "estimate": survival(lp, t), "lower": survival(lp + Z * se, t),
                          "upper": survival(lp - Z * se, t)} for t in HORIZONS],
            "medianSurvival": MEDIAN_REF * math.exp(-lp),
        },
    }


def observation_median(ids):
    lp = sum(beta(p) * (OBSERVATION[p] - CONTROL[p]) for p in ids)
    return MEDIAN_REF * math.exp(-lp)


BASE = {"treatment": "etop-ifo", "pulmonaryMetastases": 3, "tStage": "high", "nStage": "low",
        "radiotherapy": "no", "ldh": "low", "age": 28, "sex": "male", "tumorType": "osteosarcoma",
        "tumorSite": "other", "heartDisease": "no"}
LOWEST = {"treatment": "etop-ifo", "pulmonaryMetastases": 1, "tStage": "low", "nStage": "low",
          "radiotherapy": "no", "ldh": "low", "age": 28, "sex": "female",
          "tumorType": "soft-tissue-sarcoma", "tumorSite": "other", "heartDisease": "no"}
WORST = {"treatment": "etop-ifo", "pulmonaryMetastases": 15, "tStage": "high", "nStage": "high",
         "radiotherapy": "yes", "ldh": "high", "age": 80, "sex": "male", "tumorType": "osteosarcoma",
         "tumorSite": "femur", "heartDisease": "yes"}
CASES = [
    ("reference-like (most common level of each predictor in the Control group)", BASE),
    ("every reference level, 1 metastasis", LOWEST),
    ("worst: 15 metastases and every risk level", WORST),
    ("thalidomide + ifosfamide on the reference-like profile", {**BASE, "treatment": "thal-ifo"}),
    ("mid profile", {**BASE, "pulmonaryMetastases": 7, "nStage": "high", "ldh": "high", "age": 45,
                     "sex": "female", "tumorSite": "femur"}),
    ("lowest possible: thalidomide + ifosfamide, 1 metastasis, every other reference level",
     {**LOWEST, "treatment": "thal-ifo", "age": 20}),
    ("thalidomide + ifosfamide with 9 metastases and radiotherapy", {**BASE, "treatment": "thal-ifo",
     "pulmonaryMetastases": 9, "tStage": "low", "nStage": "high", "radiotherapy": "yes", "age": 36}),
]
FULL_ONLY = [("age extreme: reference-like profile at 20", {**BASE, "age": 20}),
             ("age extreme: reference-like profile at 80", {**BASE, "age": 80})]


def describe(label, ids, inputs):
    return label + "; " + ", ".join(f"{p}={inputs[p]}" for p in ids)


if __name__ == "__main__":
    for name, ids in (("liu2025-os", SIX), ("liu2025-os-full", FULL)):
        print(f"# {name}: scale {scale_of(ids)!r} points per LP unit; "
              f"Observation-group mean profile median {observation_median(ids)!r} months (reported 22)")
    six = [vector(SIX, describe(d, SIX, i), i) for d, i in CASES]
    full = [vector(FULL, describe(d, FULL, i), i) for d, i in CASES + FULL_ONLY]
    print(json.dumps({"liu2025-os": six, "liu2025-os-full": full}, indent=2))
