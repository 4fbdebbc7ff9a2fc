"""The chrome/meta red-team sets ``fixtures/chrome_unseen_A.jsonl`` to ``_J.jsonl``.

Only what makes the sets trustworthy is checked here: the builders reproduce every file byte
for byte, every page has one label per line, and every body line of A-D not written by the
builder is a body line of its host page in the developer corpus (not one of its mixed lines),
in the host's order. The later sets (E, F, G, H, I, J) are written whole, article included:
their promised sizes, and that none of their lines is copied from the developer corpus, from A
or C, or from the readable written sets before them (F and G from E, H from E and G, I from E,
G and H, J from E, G, H and I; none is compared with the held-out F). Their scores are
recorded in the commits that added them, never asserted (B, D and F are held out for good; J
is measured blind by the lead). A failure names page ids, counts and positions, never a line.
"""

from __future__ import annotations

import json

import pytest

from redteam import CORPUS, FIXTURES, LABELS, first_difference, load_builder, read_set

HALVES = ["A", "B", "C", "D"]
# sets written whole by their own builder (build_chrome_unseen_<X>.py): X -> promised
# (pages, Traditional pages, lines per label), as stated in the builder's docstring
WRITTEN: dict[str, tuple[int, int, dict[str, int]]] = {
    "E": (30, 14, {"body": 166, "meta": 94, "boilerplate": 411, "blank": 226}),
    "F": (30, 15, {"body": 155, "meta": 89, "boilerplate": 354, "blank": 208}),
    "G": (30, 14, {"body": 296, "meta": 76, "boilerplate": 383, "blank": 125}),
    "H": (30, 12, {"body": 248, "meta": 66, "boilerplate": 342, "blank": 199}),
    "I": (30, 12, {"body": 163, "meta": 71, "boilerplate": 244, "blank": 129}),
    "J": (30, 12, {"body": 150, "meta": 61, "boilerplate": 188, "blank": 126}),
}
# held out for good: later sets are not compared with them (a failure would show their lines)
HELD_OUT = {"B", "D", "F"}


def pages(half: str) -> list[dict]:
    return read_set(f"chrome_unseen_{half}")


@pytest.mark.parametrize("half", HALVES + list(WRITTEN))
def test_one_label_per_line_and_blank_exactly_when_empty(half: str) -> None:
    got = pages(half)
    assert len(got) >= 25
    for page in got:
        lines = page["text"].split("\n")
        assert len(lines) == len(page["labels"]), page["id"]
        for n, (line, label) in enumerate(zip(lines, page["labels"], strict=True)):
            assert label in LABELS
            assert (label == "blank") == (not line.strip()), (page["id"], n)
        # every page has an article and chrome or meta around it
        assert "body" in page["labels"] and {"meta", "boilerplate"} & set(page["labels"])


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
def test_the_builder_reproduces_every_file_byte_for_byte() -> None:
    builder = load_builder("build_chrome_unseen")
    corpus = [json.loads(x) for x in CORPUS.read_text("utf-8").splitlines() if x]
    built = builder.build(corpus)
    assert sorted(built) == HALVES
    for half, got in built.items():  # B and D are held out: no text in a failure
        want = (FIXTURES / f"chrome_unseen_{half}.jsonl").read_text("utf-8")
        differ = first_difference(builder.render(got), want)
        assert differ is None, (half, differ)


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
@pytest.mark.parametrize("half", HALVES)
def test_unwritten_body_lines_are_the_hosts_body_lines_in_order(half: str) -> None:
    builder = load_builder("build_chrome_unseen")
    corpus = {p["id"]: p for p in map(json.loads, CORPUS.read_text("utf-8").splitlines())}
    written = {
        s[2:] for spec in builder.SPECS for part in spec[3:] for s in part if s.startswith("B|")
    }
    for page in pages(half):
        host = corpus[page["host"]]
        # a host's mixed lines (body with spliced spam) are not clean article lines: never taken
        mixed = set(host.get("mixed_lines") or ())
        host_body = [
            t
            for i, (t, lab) in enumerate(zip(host["text"].split("\n"), host["labels"], strict=True))
            if lab == "body" and i not in mixed
        ]
        body = [
            t
            for t, lab in zip(page["text"].split("\n"), page["labels"], strict=True)
            if lab == "body" and t not in written
        ]
        assert len(body) >= 2, page["id"]
        in_order = body == host_body[: len(body)]
        assert in_order, page["id"]  # B and D are held out: the lines are not shown


@pytest.mark.parametrize("half", WRITTEN)
def test_a_written_set_is_rebuilt_byte_for_byte(half: str) -> None:
    builder = load_builder(f"build_chrome_unseen_{half}")
    want = (FIXTURES / f"chrome_unseen_{half}.jsonl").read_text("utf-8")
    # the failure names the first page that differs, never its text (F is held out, J is
    # measured blind)
    differ = first_difference(builder.render(builder.build()), want)
    assert differ is None, (half, differ)


@pytest.mark.parametrize("half", WRITTEN)
def test_a_written_set_has_the_promised_pages_and_labels(half: str) -> None:
    npages, nhant, counts = WRITTEN[half]
    got = pages(half)
    assert [p["id"] for p in got] == [f"c{half}{n:02d}" for n in range(1, npages + 1)]
    assert len({p["kind"] for p in got}) == npages  # one site per page
    assert sum(p["script"] == "hant" for p in got) == nhant
    assert {p["script"] for p in got} == {"hans", "hant"}
    labels = [lab for p in got for lab in p["labels"]]
    assert {lab: labels.count(lab) for lab in counts} == counts
    assert "spam" not in labels  # chrome sets: no injected junk
    for page in got:
        # an article (title + paragraphs) with both meta and site chrome around it
        assert page["labels"].count("body") >= 3, page["id"]
        assert {"meta", "boilerplate"} <= set(page["labels"]), page["id"]
        assert page["labels"][0] != "blank" and page["labels"][-1] != "blank", page["id"]


def _long_lines(pages_: list[dict]) -> set[str]:
    return {t.strip() for p in pages_ for t in p["text"].split("\n") if len(t.strip()) >= 6}


@pytest.mark.parametrize("half", WRITTEN)
def test_a_written_set_copies_no_line_of_the_sets_before_it(half: str) -> None:
    mine = _long_lines(pages(half))
    # the readable earlier sets; F must not reuse E's sentences or chrome strings either
    before = ["A", "C", *(h for h in WRITTEN if h < half and h not in HELD_OUT)]
    for other in before:
        # counted, not listed: the failure must not print lines of either set
        shared = len(mine & _long_lines(pages(other)))
        assert not shared, f"{shared} lines of {half} are in {other}"
    assert not {p["id"] for p in pages(half)} & {p["id"] for h in before for p in pages(h)}


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
@pytest.mark.parametrize("half", WRITTEN)
def test_a_written_set_copies_no_line_of_the_developer_corpus(half: str) -> None:
    corpus = [json.loads(x) for x in CORPUS.read_text("utf-8").splitlines() if x]
    shared = len(_long_lines(pages(half)) & _long_lines(corpus))
    assert not shared, f"{shared} lines of {half} are in the developer corpus"
