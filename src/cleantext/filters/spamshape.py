"""The shape step: spam lists of families the lexicon does not know (issue 4).

Runs after the lexicon rules and the lexicon-gated model, on the lines they left: short
list-shaped lines with an ad's signal are scored by the shape model
(:mod:`cleantext.spam.structure`), and those above its threshold are labelled ``spam`` with
the reason ``spam:model 0.97``.

>>> from cleantext.document import Document
>>> page = "论文代写代发 | 期刊论文发表 | 职称论文代发 | 本科毕业论文代写 | 快速见刊\\n\\n"
>>> page += "某市召开座谈会\\n\\n" + "会议听取了各部门的工作汇报,研究部署下一阶段的重点任务。" * 6
>>> doc = ShapeSpam()(Document.from_text(page))
>>> doc.lines[0].label, doc.lines[0].reason.split()[0]
('spam', 'spam:model')
>>> doc.lines[2].label is None
True
"""

from __future__ import annotations

from typing import Any

from ..document import Document
from ..spam.lexicon import fold
from ..spam.structure import (
    EDGE,
    ad_patterns,
    ad_tail,
    article_context,
    block_features,
    contact_watermark,
    edge_blocks,
    edge_lines,
    junk_run,
    junk_run_possible,
    other_script,
    query_titles,
    script_classes,
    shape_candidates,
    shape_features,
    title_cuts,
    title_junk_possible,
)
from .spam import page_scan


def _without(folded: str, line: str) -> str:
    """The folded page without one of its (folded) lines."""
    at = folded.find(line)
    return folded[:at] + folded[at + len(line) :] if at >= 0 else folded


class _Mixed:
    """Junk runs stuck to the page's own lines (:func:`~cleantext.spam.structure.junk_run`),
    against the page folded once, on the first line that needs it."""

    def __init__(self, texts: list[str], skip: set[int], done: set[int]) -> None:
        self.texts, self.skip, self.done = texts, skip, done
        self._folded: str | None = None
        self._other: Any = None

    def junk(self, i: int) -> tuple[int, int] | None:
        text = self.texts[i]
        if not junk_run_possible(text):
            return None
        if self._folded is None:
            self._folded = fold(article_context(self.texts, self.skip))
            self._other = other_script(self.texts, self.done)
        return junk_run(text, self._folded, other=self._other)

    def score(self, shape: Any, i: int, span: tuple[int, int], spam: set[int]) -> float:
        """The shape model's score of the junk run alone, as a line in the line's place."""
        texts = list(self.texts)
        texts[i] = self.texts[i][span[0] : span[1]]
        x = shape_features(texts, [i], spam).get(i)
        return 0.0 if x is None else float(shape.score(x))


class ShapeSpam:
    """Label list-shaped lines the shape model scores as spam (lines no step labelled)."""

    name = "spam-shape"

    def __init__(self, model: str | None = None, threshold: float | None = None) -> None:
        self.path = model
        self.threshold = threshold

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        # lines a step before labelled or cut are neither judged again nor the article's
        # context (the spam ones): no features for the lists the lexicon rules caught
        done = {i for i, ln in enumerate(lines) if ln.cuts or ln.label not in (None, "blank")}
        # the ad patterns run once over the whole page (the spam steps' shared scan), not
        # once a line
        scan = page_scan(doc)
        texts = scan.texts
        ad_lines = {i for pat in ad_patterns() for i in scan.lines_matching(pat)}
        cands = shape_candidates(texts, skip=done, ad_lines=ad_lines)
        # cheap test first: most pages have no block of phrases at their edges
        blocks = edge_blocks(texts, done | set(cands))
        self._ad_tails(doc, texts, ad_lines - done - set(cands), scan.joined)
        ends = edge_lines(texts)
        for i in query_titles(texts, skip=done | set(cands), ends=ends):
            lines[i].mark("spam", "spam:query-title")
            done.add(i)
        self._stuck(doc, texts, done | set(cands), ad_lines, scan.joined, ends)
        if not cands and not blocks:
            return doc
        from ..spam.model import load  # the model is read on the first page that needs it

        shape = load(self.path).shape
        if shape is None:
            return doc
        threshold = shape.threshold if self.threshold is None else self.threshold
        spam = {i for i in done if lines[i].label == "spam"}
        feats = shape_features(texts, cands, spam)
        mixed = _Mixed(texts, set(cands) | spam, done)
        for i, x in feats.items():
            p = shape.score(x)
            span = mixed.junk(i)
            if span is not None:
                # a title or heading of the page with junk stuck to it: the junk is cut, the
                # line kept; the junk judged alone, in the line's place, when the whole line
                # scores below the threshold (the title's words dilute its unrelatedness)
                if p < threshold:
                    p = mixed.score(shape, i, span, spam)
                if p >= threshold:
                    lines[i].cut(span[0], span[1], "spam", f"spam:model {p:.2f} junk")
            elif p >= threshold:
                lines[i].mark("spam", f"spam:model {p:.2f}")
        for block, x in block_features(texts, done | set(cands), spam) if blocks else ():
            # the block judged as one list line in its place
            p = shape.score(x)
            if p >= threshold:
                for i in block:
                    lines[i].mark("spam", f"spam:model {p:.2f} block")
        return doc

    @staticmethod
    def _stuck(
        doc: Document,
        texts: list[str],
        done: set[int],
        ad_lines: set[int],
        joined: str,
        ends: set[int],
    ) -> None:
        """Cut junk stuck to the page's title lines (``spam:title-junk``: an unrelated
        ``【…】`` prefix, trailing ``_`` segments in the other script) and bracketed contact
        watermarks at the end of lines (``spam:contact-watermark``)."""
        heads = [
            i
            for i in sorted(ends)[:EDGE]
            if i not in done and ("【" in texts[i] or "_" in texts[i])
        ]
        marks = [i for i in sorted(ad_lines - done) if texts[i].rstrip().endswith((")", "\uff09"))]
        if not heads and not marks:
            return
        folded = ""  # the page folded, on the first line that needs it (folding costs)
        other = None
        for i in heads:
            text = texts[i]
            if other is None:
                other = other_script(texts, done)
            if not title_junk_possible(text, other):
                continue
            folded = folded or fold(joined)
            ctx = _without(folded, fold(text))
            span = title_cuts(text, ctx, other)
            if span is not None and not doc.lines[i].cuts:
                doc.lines[i].cut(span[0], span[1], "spam", "spam:title-junk")
        for i in marks:
            text = texts[i]
            folded = folded or fold(joined)
            start = contact_watermark(text, _without(folded, fold(text)))
            if start is not None and not doc.lines[i].cuts:
                doc.lines[i].cut(start, len(text.rstrip()), "spam", "spam:contact-watermark")

    @staticmethod
    def _ad_tails(doc: Document, texts: list[str], lines: set[int], joined: str) -> None:
        """Cut ads glued to the end of paragraphs in the other script than the page's
        (:func:`~cleantext.spam.structure.ad_tail`; ``spam:ad-tail``)."""
        todo = [i for i in sorted(lines) if len(texts[i]) >= 26 and not doc.lines[i].cuts]
        if not todo:
            return
        other = other_script(texts)
        if other is False:
            return
        hans, hant = script_classes()
        own = hant if other is hans else hans
        for i in todo:
            text = texts[i]
            at = joined.find(text)  # the page without this line: bigrams of the paragraph
            context = joined[:at] + joined[at + len(text) :] if at >= 0 else joined
            start = ad_tail(text, own, other, context)
            if start is not None:
                doc.lines[i].cut(start, len(text), "spam", "spam:ad-tail")
