"""The spam model: shipped format, loading, retraining, user models, cross-validation."""

from __future__ import annotations

import json
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

import cleantext
from cleantext.evaluate import cross_validate, domain_folds, registrable_domain
from cleantext.spam import features
from cleantext.spam.model import FORMAT, ModelError, SpamModel, load
from conftest import run_cli

SAMPLE = Path(__file__).parent / "fixtures" / "spam_sample.jsonl"
PAGES = [json.loads(x) for x in SAMPLE.read_text("utf-8").splitlines()]
SHIPPED = Path(cleantext.__file__).parent / "spam" / "data" / "model.json"


def test_shipped_model_is_small_plain_json() -> None:
    assert SHIPPED.stat().st_size < 5_000_000
    data = json.loads(SHIPPED.read_text("utf-8"))
    assert data["format"] == FORMAT and data["version"] == 1
    assert data["dense"] == list(features.DENSE) and data["hash_bits"] == features.HASH_BITS
    assert 0 < data["threshold"] < 1
    assert isinstance(load(), SpamModel)


def test_hashing_is_stable_crc32() -> None:
    # the ids must never depend on Python's randomised hash()
    mask = (1 << features.HASH_BITS) - 1
    expected = sorted({zlib.crc32(g.encode()) & mask for g in ["国", "产", "国产"]})
    assert features.ngram_ids("国产") == expected
    code = "from cleantext.spam.features import ngram_ids; print(ngram_ids('国产精品 av'))"
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env={"PYTHONHASHSEED": seed},
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(runs) == 1


def test_clean_does_not_import_sklearn_or_jieba() -> None:
    code = (
        "import sys, cleantext\n"
        "cleantext.clean('国产精品一区二区_亚洲欧美_久久精品视频\\n标题\\n简介:某片在线观看在线播放')\n"
        "print(sorted(m for m in ('sklearn', 'jieba', 'scipy', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_model_reason_carries_the_score() -> None:
    from cleantext.document import Document
    from cleantext.filters.spam import SpamModelFilter

    filler = "这是一段从别处抓来的填充文字,和标题毫无关系。另一句话讲的是天气和交通。"
    doc = Document.from_text("国产精品 在线观看视频 " + filler)
    SpamModelFilter(threshold=0.2)(doc)
    line = doc.lines[0]
    assert line.label == "spam" and line.reason.startswith("spam:model ")
    assert 0.2 <= float(line.reason.split()[1]) <= 1.0
    assert (
        SpamModelFilter(threshold=1.01)(Document.from_text(doc.lines[0].text)).lines[0].label
        is None
    )


def test_video_doorway_paragraph_is_spam() -> None:
    filler = "这是一段从别处抓来的填充文字,和标题毫无关系。另一句话讲的是天气和交通。"
    page = (
        f"某某影视\n\n简介:某某新片在线观看在线播放,本片由某某演出本剧,剧情描述:{filler}\n\n正文。"
    )
    assert cleantext.clean(page).lines[2].reason == "spam:video-doorway"


def test_bad_model_files_give_clear_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(ModelError, match="not a cleantext spam model"):
        cleantext.clean("正文", model=str(bad))
    with pytest.raises(OSError, match="cannot load"):
        cleantext.clean("正文", model=str(tmp_path / "missing.json"))
    pickle_like = tmp_path / "model.pkl"
    pickle_like.write_bytes(b"\x80\x04\x95")
    with pytest.raises(ModelError):
        cleantext.clean("正文", model=str(pickle_like))


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model retrained from the sample with the CLI, as a user would."""
    out = tmp_path_factory.mktemp("model") / "mine.json"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "cleantext",
            "train",
            str(SAMPLE),
            "-o",
            str(out),
            "--synthetic",
            "1",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    return out


def test_train_is_reproducible_and_usable(trained: Path, tmp_path: Path) -> None:
    from cleantext.spam.train import read_pages, train_model

    again = train_model(read_pages([str(SAMPLE)]), synthetic=1)
    # the whole model: weights, heads and the item model's calibration
    assert json.loads(trained.read_text("utf-8")) == again
    assert len(again["items"]["calibration"]["knots"]) > 1
    page = PAGES[0]["text"]
    doc = cleantext.clean(page, model=str(trained))
    assert doc.lines[0].label == "spam"
    proc = run_cli(["--model", str(trained), "--explain", "-"], page.encode())
    assert proc.returncode == 0 and b"spam:" in proc.stdout


def test_eval_with_a_user_model(trained: Path) -> None:
    proc = run_cli(["eval", str(SAMPLE), "--model", str(trained)])
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    assert "spam" in out and "kept as spam" in out


# --- cross-validation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("http://www.news.gov.cn/a.html", "news.gov.cn"),
        ("https://m.kiddlux.com/zhishi/1.html", "kiddlux.com"),
        ("https://a.b.example.com.tw/x", "example.com.tw"),
        ("http://www.site.org.tw", "site.org.tw"),
        ("https://x.y.com.hk:8080/p?q=1", "y.com.hk"),
        ("http://www.beijing.bj.cn/", "beijing.bj.cn"),
        ("https://zzfmdn.com/art/全球.html", "zzfmdn.com"),
    ],
)
def test_registrable_domain(url: str, domain: str) -> None:
    assert registrable_domain(url) == domain


def test_folds_never_split_a_domain() -> None:
    folds = domain_folds(PAGES, 3)
    assert sorted(i for f in folds for i in f) == list(range(len(PAGES)))
    where = {}
    for k, fold in enumerate(folds):
        for i in fold:
            where.setdefault(registrable_domain(PAGES[i]["url"]), set()).add(k)
    assert all(len(ks) == 1 for ks in where.values())


def test_cross_validation_on_the_sample() -> None:
    report = cross_validate(PAGES, 2, synthetic=1)
    assert len(report.pages) == len(PAGES)
    assert report.keep_as_spam == 0.0  # never a body/meta line taken as spam
    assert report.per_label["spam"].recall >= 0.9
    assert report.per_label["spam"].precision >= 0.95
