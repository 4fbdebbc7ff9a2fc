"""The datatrove adapter, run with datatrove's local executor on the spam fixture pages."""

from __future__ import annotations

import gzip
import json
import pickle
from pathlib import Path

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("orjson")

from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from cleantext.integrations.datatrove import CleantextFilter

FIXTURE = Path(__file__).parent / "fixtures" / "datatrove_pages.jsonl"
FOOTER = "主站蜘蛛池模板: 国产精品| 亚洲| 久久| 欧美日韩"


def read_out(folder: Path) -> list[dict]:
    out = []
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            out += [json.loads(x) for x in fh]
    return out


def test_local_executor_cleans_records_and_keeps_metadata(tmp_path: Path) -> None:
    pages = [json.loads(x) for x in FIXTURE.read_text(encoding="utf-8").splitlines()]
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(FIXTURE.parent), glob_pattern=FIXTURE.name),
            CleantextFilter(keep_original=True),
            JsonlWriter(str(tmp_path / "out")),
        ],
        tasks=1,
        workers=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    out = {doc["id"]: doc for doc in read_out(tmp_path / "out")}
    assert set(out) == {p["id"] for p in pages}
    for page in pages:
        doc = out[page["id"]]
        meta = doc["metadata"]["cleantext"]
        assert meta["original"] == page["text"]
        assert len(meta["labels"]) == len(page["text"].split("\n"))
        assert sum(meta["label_counts"].values()) == len(meta["labels"])
        assert "主站蜘蛛池模板" not in doc["text"]
        assert 0.0 <= meta["spam_score"] <= 1.0
    seed = out["seed"]["metadata"]["cleantext"]
    assert seed["label_counts"]["spam"] >= 1 and seed["removed_chars"] > 0


def test_batches_give_what_one_document_at_a_time_gives(tmp_path: Path) -> None:
    # datatrove hands documents to filter_batch (run_many, filter by filter) in batches of
    # batch_size; the records must be those of one document at a time
    outs = []
    for size in (1, 3):
        LocalPipelineExecutor(
            pipeline=[
                JsonlReader(str(FIXTURE.parent), glob_pattern=FIXTURE.name),
                CleantextFilter(to="hans", batch_size=size),
                JsonlWriter(str(tmp_path / f"out{size}")),
            ],
            tasks=1,
            workers=1,
            logging_dir=str(tmp_path / f"logs{size}"),
        ).run()
        outs.append(
            {doc["id"]: (doc["text"], doc["metadata"]) for doc in read_out(tmp_path / f"out{size}")}
        )
    assert outs[0] == outs[1] and len(outs[0]) == len(FIXTURE.read_text().splitlines())
    step = CleantextFilter(drop_spider_pool=True)
    docs = [Document(text=f"标题\n正文。\n{FOOTER}", id="a"), Document(text="\n \n", id="b")]
    alone = [
        CleantextFilter(drop_spider_pool=True).filter(Document(text=d.text, id=d.id)) for d in docs
    ]
    assert step.filter_batch(docs) == alone


def test_drop_spider_pool_and_empty_with_reasons(tmp_path: Path) -> None:
    step = CleantextFilter(drop_spider_pool=True)
    spam = Document(text=f"标题\n正文。\n{FOOTER}", id="a")
    empty = Document(text="\n \n", id="b")
    body = Document(text="只有正文,没有任何广告。", id="c")
    results = [step.filter(d) for d in (spam, empty, body)]
    if spam.metadata["cleantext"]["is_spider_pool"]:
        assert results[0] == (False, "spider_pool")
    assert results[1] == (False, "empty") and results[2] is True
    assert body.text == "只有正文,没有任何广告。"
    assert CleantextFilter(drop_empty=False).filter(Document(text="", id="d")) is True


def test_the_step_pickles_without_its_pipeline() -> None:
    step = CleantextFilter(to="hans")
    step.filter(Document(text="正文。", id="x"))
    assert step._pipeline is not None
    clone = pickle.loads(pickle.dumps(step))
    assert clone._pipeline is None and clone.to == "hans"
    doc = Document(text="鄉村幹部。", id="y")
    assert clone.filter(doc) is True and doc.text == "乡村干部。"


def test_unknown_target_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown target"):
        CleantextFilter(to="klingon")
