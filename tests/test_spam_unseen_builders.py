"""The spam red-team sets ``fixtures/spam_unseen_A.jsonl`` … ``_W.jsonl`` are what they claim.

Only what makes the sets trustworthy is checked, never a score (E-H are held out for good):
the builders reproduce every file byte for byte, every page has one label per line and a
unique id, every mixed line holds the spam parts it lists, and the injected text of each
later half (H to W) is neither in an earlier builder (which people tuning read) nor
anywhere in an earlier half (so it measures new wording, not memory). Halves I (for tuning),
J (held out for good), K and L to W (written blind, each on 30 host articles of its own; L to S
for tuning, T to W measured by the lead only) also have the shape their brief asks for: whole
spam lines, mixed lines, body+meta lines (I's from real hosts of the developer
corpus, J's to W's written for them and in no earlier page) and enough hard-negative kinds.
A failure names page ids, counts and positions, never a line of a set: the sets written blind
and the held-out ones are read by the lead only, whoever runs the suite.
"""

from __future__ import annotations

import json

import pytest

from redteam import CORPUS, FIXTURES, LABELS, first_difference, load_builder, read_set

HALVES = "ABCDEFGHIJKLMNOPQRSTUVW"
LATER = "HIJKLMNOPQRSTUVW"  # halves built by their own file, ids continuing after the one before
ON_CORPUS = "HI"  # ... of these, the ones whose hosts are pages of the developer corpus


def pages(half: str) -> list[dict]:
    return read_set(f"spam_unseen_{half}")


def render(got: list[dict]) -> str:
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in got)


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
def test_the_builders_reproduce_every_half_byte_for_byte() -> None:
    corpus = [json.loads(x) for x in CORPUS.read_text("utf-8").splitlines() if x]
    built = load_builder("build_spam_unseen").build(corpus)
    assert sorted(built) == list("ABCDEFG")  # H is built only by its own file
    for half, got in built.items():
        want = (FIXTURES / f"spam_unseen_{half}.jsonl").read_text("utf-8")
        differ = first_difference(render(got), want)
        assert differ is None, (half, differ)
    for half in ON_CORPUS:  # H is held out: its text must never show in a failure
        mod = load_builder(f"build_spam_unseen_{half}")
        want = (FIXTURES / f"spam_unseen_{half}.jsonl").read_text("utf-8")
        differ = first_difference(mod.render(mod.build(corpus)), want)
        assert differ is None, (half, differ)


@pytest.mark.parametrize("half", "JKLMNOPQRSTUVW")
def test_a_written_builder_reproduces_its_half_from_its_own_hosts(half: str) -> None:
    mod = load_builder(f"build_spam_unseen_{half}")
    want = (FIXTURES / f"spam_unseen_{half}.jsonl").read_text("utf-8")
    # the failure names the first page that differs, never its text (J and K are held out;
    # T to W are measured blind, off limits to the people tuning while they are fresh)
    differ = first_difference(mod.render(mod.build()), want)
    assert differ is None, (half, differ)
    # every page stands on the host its table names, in that host's script
    hosts = {h["id"]: h for h in mod.hosts()}
    for page, spec in zip(pages(half), mod.SPECS, strict=True):
        assert page["kind"] == spec[0] and page["host"] == mod.HOST_OF[spec[0]]
        assert hosts[page["host"]]["script"] == page["script"] == spec[2]


@pytest.mark.parametrize("half", HALVES)
def test_one_label_per_line_and_mixed_lines_hold_their_spam(half: str) -> None:
    got = pages(half)
    assert len(got) >= 15
    for page in got:
        lines = page["text"].split("\n")
        assert len(lines) == len(page["labels"]), page["id"]
        for n, (line, label) in enumerate(zip(lines, page["labels"], strict=True)):
            assert label in LABELS, page["id"]
            assert (label == "blank") == (not line.strip()), (page["id"], n)
        parts = page["spam_parts"]
        assert sorted(map(int, parts)) == sorted(page["mixed_lines"]), page["id"]
        for i, spans in parts.items():
            line = lines[int(i)]
            assert spans and all(s.strip() and s in line for s in spans), (page["id"], i)
            # labelled by its majority: spam only when the spam parts are most of the line
            majority = sum(len(s) for s in spans) * 2 > len(line.strip())
            assert (page["labels"][int(i)] == "spam") == majority, (page["id"], i)
        if page["kind"].startswith("hn-"):
            assert "spam" not in page["labels"] and not parts, page["id"]
        else:
            assert "spam" in page["labels"] or parts, page["id"]


def test_page_ids_are_unique_across_halves() -> None:
    ids = [p["id"] for half in HALVES for p in pages(half)]
    assert len(ids) == len(set(ids))


def test_h_text_is_in_neither_the_main_builder_nor_a_to_g() -> None:
    h = load_builder("build_spam_unseen_H")
    source = (FIXTURES / "build_spam_unseen.py").read_text("utf-8")
    a_to_g = "\n".join(p["text"] for half in "ABCDEFG" for p in pages(half))
    assert {spec[1] for spec in h.SPECS} == {"H"}
    injected, negatives = injected_and_negatives(h.SPECS)
    # positions only: H is held out, its text must never show in a failure
    seen = [n for n, text in enumerate(negatives) if text in source]
    assert not seen, f"hard negatives {seen} of H are in the main builder"
    assert len(injected) >= 40
    seen = [n for n, t in enumerate(injected) if t.strip() in source or t.strip() in a_to_g]
    assert not seen, f"injected texts {seen} of H are in the main builder or A-G"


def injected_and_negatives(specs: list[tuple]) -> tuple[list[str], list[str]]:
    """What a detector must find (spam lines, spam parts of mixed lines) and the longer
    hard-negative lines it must keep, from a builder's specs."""
    injected, negatives = [], []
    for _kind, _half, _script, _where, lines in specs:
        for row in lines:
            if len(row) > 2:
                injected += row[2]
            elif row[1] == "spam":
                injected.append(row[0])
            elif len(row[0]) >= 12 and "{T}" not in row[0]:
                negatives.append(row[0])
    return injected, negatives


@pytest.mark.parametrize("half", "IJKLMNOPQRSTUVW")
def test_a_new_half_repeats_no_earlier_builder_or_half(half: str) -> None:
    mod = load_builder(f"build_spam_unseen_{half}")
    assert {spec[1] for spec in mod.SPECS} == {half}
    before = HALVES[: HALVES.index(half)]
    sources = [(FIXTURES / "build_spam_unseen.py").read_text("utf-8")]
    sources += [
        (FIXTURES / f"build_spam_unseen_{h}.py").read_text("utf-8") for h in LATER if h < half
    ]
    earlier = "\n".join(p["text"] for h in before for p in pages(h)) + "\n".join(sources)
    injected, negatives = injected_and_negatives(mod.SPECS)
    assert len(injected) >= 50
    # the failure names positions only: an `in` inside the assert would have pytest print the
    # earlier sources around it (they hold the held-out builders), and the new half's own text
    # is not for everyone's eyes either while it is measured blind
    repeated = [n for n, text in enumerate(injected) if text.strip() in earlier]
    assert not repeated, f"injected texts {repeated} of {half} are in an earlier half or builder"
    joined = "\n".join(sources)
    copied = [n for n, text in enumerate(negatives) if text in joined]
    assert not copied, f"hard negatives {copied} of {half} are in an earlier builder"


def whole_spam_lines(got: list[dict]) -> int:
    """Lines labelled spam that are not mixed lines (those hold real content too)."""
    return sum(
        lab == "spam" and i not in p["mixed_lines"]
        for p in got
        for i, lab in enumerate(p["labels"])
    )


def hard_negative_kinds(got: list[dict]) -> set[str]:
    """``hn-crackdown-…`` and ``hn-crackdown-…-hant`` are one kind: the segment after ``hn``."""
    return {p["kind"].split("-")[1] for p in got if p["kind"].startswith("hn-")}


@pytest.mark.parametrize("half", "JKLMNOPQRSTUVW")
def test_a_written_half_has_the_shape_it_promises(half: str) -> None:
    got = pages(half)
    assert 55 <= len(got) <= 80
    assert whole_spam_lines(got) >= 50
    assert sum(len(p["mixed_lines"]) for p in got) >= 8
    kept = [
        line
        for p in got
        for line, lab in zip(p["text"].split("\n"), p["labels"], strict=True)
        if lab in ("body", "meta")
    ]
    assert len(kept) >= 500
    assert len(hard_negative_kinds(got)) >= 20
    assert {p["script"] for p in got} == {"hans", "hant"}
    # the articles are written for the half: no longer body+meta line is in an earlier half
    before = HALVES[: HALVES.index(half)]
    earlier = {line for h in before for p in pages(h) for line in p["text"].split("\n")}
    fresh = [line for line in kept if len(line.strip()) >= 12]
    assert len(fresh) >= 400
    # counted, not listed: a repeated line would show the earlier (perhaps held-out) half's text
    repeated = sum(line in earlier for line in fresh)
    assert repeated == 0, f"{repeated} body/meta lines of {half} are in an earlier half"


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
@pytest.mark.parametrize("half", "JKLMNOPQRSTUVW")
def test_a_written_half_copies_no_developer_page(half: str) -> None:
    dev = {
        line
        for p in map(json.loads, CORPUS.read_text("utf-8").splitlines())
        for line in p["text"].split("\n")
    }
    got = [line for p in pages(half) for line in p["text"].split("\n") if len(line.strip()) >= 12]
    copied = sum(line in dev for line in got)
    assert copied == 0, f"{copied} lines of {half} are in the developer corpus"


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
@pytest.mark.parametrize("half", "I")
def test_a_paired_half_has_the_shape_it_promises(half: str) -> None:
    got = pages(half)
    corpus = {p["id"]: p for p in map(json.loads, CORPUS.read_text("utf-8").splitlines())}
    assert whole_spam_lines(got) >= 50
    assert sum(len(p["mixed_lines"]) for p in got) >= 8
    hosted = 0  # body+meta lines taken unchanged from a real page of the developer corpus
    for p in got:
        real = set(corpus[p["host"]]["text"].split("\n"))
        hosted += sum(
            lab in ("body", "meta") and line in real
            for line, lab in zip(p["text"].split("\n"), p["labels"], strict=True)
        )
    assert hosted >= 500
    assert len(hard_negative_kinds(got)) >= 20
