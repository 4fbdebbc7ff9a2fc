"""The item model's calibration: the rules' levels keep their operating points after a retrain.

The rules read the item model at fixed levels (0.5, 0.8, 0.9…, :data:`LEVELS`); a retrain
moves scores, so ``cleantext train`` stores knots that map the new model's raw scores to the
levels at the same share of plain items of a generated calibration set.
"""

from __future__ import annotations

import functools
import json
import math
from pathlib import Path

import pytest

import cleantext
from cleantext.filters import spamads, spamitems
from cleantext.spam import structure
from cleantext.spam.items import LEVELS, ItemModel, calibration
from cleantext.spam.itemsynth import training_items
from cleantext.spam.model import ModelError, load

SHIPPED = Path(cleantext.__file__).parent / "spam" / "data" / "model.json"
MODULES = {"spamads": spamads, "spamitems": spamitems, "structure": structure}

# items of real lines of the corpus's pages and of the red-team sets, ads and not
REAL_ITEMS = [
    "代开住宿费发票",
    "黑户贷款秒批",
    "足球投注官网",
    "人民日报",
    "工作汇报",
    "产业发展座谈会",
    "免费下载",
    "草莓视频",
    "私家侦探",
    "百度网盘",
    "联系电话",
]


def test_every_level_is_the_value_of_the_constants_named_with_it() -> None:
    # one table lists the levels the rules read the model at: a constant changed or added
    # without it would not be calibrated
    scores = [lv.score for lv in LEVELS]
    assert scores == sorted(set(scores))
    plains = [lv.plain for lv in LEVELS]
    assert plains == sorted(plains, reverse=True) and all(0 < p < 0.1 for p in plains)
    for lv in LEVELS:
        names = [w.rstrip(":;") for w in lv.names.split() if "." in w and w[0].islower()]
        assert names, lv
        for name in names:
            module, attr = name.split(".")
            if attr.isupper():
                assert getattr(MODULES[module], attr) == lv.score, name


@functools.cache
def _shipped_items() -> str:
    return json.dumps(json.loads(SHIPPED.read_text("utf-8"))["items"])


def _model(bias_shift: float = 0.0, plain: list[str] | None = None) -> ItemModel:
    """The shipped item model, its bias shifted (a retrain moving every score), calibrated
    on ``plain`` items when given."""
    data = json.loads(_shipped_items())
    data.pop("calibration", None)
    data["bias"] = data["bias"] + bias_shift
    if plain is not None:
        raw = ItemModel(data).raw
        data["calibration"] = calibration([raw(t) for t in plain])
    return ItemModel(data)


@pytest.fixture(scope="module")
def plain_items() -> list[str]:
    _, neg = training_items([], seed=1000, n_spam=10, n_plain=3000)
    return sorted(set(neg))


def test_a_shifted_model_scores_the_same_once_calibrated(plain_items: list[str]) -> None:
    base = _model(0.0, plain_items)
    shifted = _model(1.5, plain_items)
    raw = _model(1.5)
    moved = 0
    for item in REAL_ITEMS:
        assert shifted.score(item) == pytest.approx(base.score(item), abs=1e-3), item
        moved += abs(raw.score(item) - base.score(item)) > 0.05
    assert moved >= 3  # uncalibrated, the shift moves real items across the levels


def test_calibrated_levels_hold_the_stated_share_of_plain_items(plain_items: list[str]) -> None:
    model = _model(-2.0, plain_items)
    scores = [model.score(t) for t in plain_items]
    for lv in LEVELS:
        share = sum(s >= lv.score for s in scores) / len(scores)
        # quantiles of a few thousand items: within two items of the stated share
        assert abs(share - lv.plain) <= 2 / len(scores) + 1e-9, (lv.score, share, lv.plain)


def test_a_model_without_calibration_scores_raw() -> None:
    model = _model()
    assert model.calibrated is None
    for item in REAL_ITEMS:
        assert model.score(item) == pytest.approx(1 / (1 + math.exp(-model.raw(item))))


def test_calibration_knots_that_do_not_rise_are_a_broken_model(tmp_path: Path) -> None:
    data = json.loads(SHIPPED.read_text("utf-8"))
    data["items"]["calibration"] = {"knots": [[0.5, 0.0], [0.1, 1.0]]}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), "utf-8")
    with pytest.raises(ModelError, match="broken spam model"):
        load(str(bad))
