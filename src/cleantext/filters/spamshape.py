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
from ..spam.lexicon import fold, union_pattern
from ..spam.structure import (
    EDGE,
    SCRIPT_CHARS,
    SPLICE_OTHER,
    ad_patterns,
    ad_tail,
    article_context,
    block_features,
    category_menu,
    contact_watermark,
    edge_blocks,
    edge_lines,
    fold_context,
    junk_run,
    junk_run_possible,
    other_script,
    plain_list,
    query_titles,
    script_classes,
    script_splice,
    shape_candidates,
    shape_features,
    shares,
    title_cuts,
    title_junk_possible,
)
from .spam import _CONDEMN, _STRONG, _WARNING, page_scan

_FEW_LINES = 12
"""Lines with Simplified-only characters (not labelled before) beyond which a page is not
taken as Traditional by :meth:`ShapeSpam._splices` (a Traditional page's are few)."""


AD_QUERY = 0.8
"""Item score from which a doorway query that asks first reads as an ad (an article's titles
that ask first score 0.3 at most over the corpus and the tuning sets)."""


def _sold(text: str) -> bool:
    """Whether a line names what an ad sells: a strong term of the lexicon, and no warning
    (查处, 谨防…: news of a crackdown names the same trades)."""
    folded = fold(text)
    return union_pattern(_STRONG).search(folded) is not None and not (
        _WARNING.search(folded) or _CONDEMN.search(folded)
    )


_RUN_CUTS = ("spam:keyword-splice", "spam:title-prefix", "spam:title-suffix")


def _spliced_only(line: Any) -> bool:
    """Whether every cut of a line is a keyword splice's or a keyword run's (the rest of the
    line unjudged: a doorway's list of trades, 台中徵信社推薦|外遇抓姦|婚前調查|收費標準, leaves
    two keywords the run rule reads as a title)."""
    return bool(line.cuts) and all(c.reason in _RUN_CUTS for c in line.cuts)


def _without(folded: str, line: str) -> str:
    """The folded page without one of its (folded) lines."""
    at = folded.find(line)
    return folded[:at] + folded[at + len(line) :] if at >= 0 else folded


class _Script:
    """The class of the other script than the page's (:func:`~cleantext.spam.structure.
    other_script`, judged without the lines the steps before found), on first use, once a
    page: the sub-steps that need it share it (its character-class scans cost)."""

    def __init__(self, scan: Any, done: set[int]) -> None:
        self.scan, self.done = scan, set(done)
        self._other: Any = None

    @property
    def other(self) -> Any:
        if self._other is None:
            self._other = other_script(self.scan.texts, self.done, self.scan.script_counts)
        return self._other


class _Mixed:
    """Junk runs stuck to the page's own lines (:func:`~cleantext.spam.structure.junk_run`),
    against the page folded once, on the first line that needs it."""

    def __init__(self, texts: list[str], skip: set[int], script: _Script) -> None:
        self.texts, self.skip, self.script = texts, skip, script
        self._folded: str | None = None

    def junk(self, i: int) -> tuple[int, int] | None:
        text = self.texts[i]
        if not junk_run_possible(text):
            return None
        if self._folded is None:
            # the context the shape features folded (the same lines): folded once
            self._folded = fold_context(article_context(self.texts, self.skip))
        return junk_run(text, self._folded, other=self.script.other)

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
        # a list with no ad's signal whose items are a site's categories is its menu, in
        # either script (Java教程 | 單機遊戲 | 考研資料 …: a mirror leaves its template
        # unconverted); the model, which learnt other-script lists at the edge as junk, scored
        # such menus 0.94-1.00
        cands = [i for i in cands if i in ad_lines or not category_menu(texts[i])]
        script = _Script(scan, done)
        # cheap test first: most pages have no block of phrases at their edges
        every = edge_blocks(texts)
        blocks = [b for b in every if not (done | set(cands)).intersection(b)]
        if every and len(blocks) < len(every):
            self._block_rest(doc, texts, every, script, scan.joined)
        self._ad_tails(doc, scan, ad_lines - done - set(cands))
        self._splices(doc, texts, done | set(cands), scan, script)
        ends = edge_lines(texts)
        known = {i for i in done if lines[i].label == "spam"}
        # a title whose trade terms the splice rule cut (上海侦探社婚外情调查取证电话: 侦探社婚外情
        # 调查) is judged whole: a doorway foreign to the page is spam, not its fragments
        spliced = {i for i in done if lines[i].label is None and _spliced_only(lines[i])}
        skip = (done - spliced) | set(cands)
        for i in query_titles(
            texts, skip=skip, ends=ends, spam=known, sold=_sold, ad=self._reads_as_ad
        ):
            lines[i].mark("spam", "spam:query-title")
            done.add(i)
        self._stuck(doc, texts, done | set(cands), ad_lines, scan.joined, ends, script)
        if not cands and not blocks:
            return doc
        from ..spam.model import load  # the model is read on the first page that needs it

        model = load(self.path)
        shape = model.shape
        if shape is None:
            return doc
        threshold = shape.threshold if self.threshold is None else self.threshold
        # a list the item model reads as no ads at all (a state lottery's results menu, a
        # list of tobacco-control topics, a forum signature) is a site's own, whatever its
        # shape: the shape model has no words to tell it from junk
        items = model.items.score if model.items is not None else None

        def plain(text: str) -> bool:
            return items is not None and plain_list(text, items)

        spam = {i for i in done if lines[i].label == "spam"}
        feats = shape_features(texts, cands, spam)
        mixed = _Mixed(texts, set(cands) | spam, script)
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
            elif p >= threshold and not plain(texts[i]):
                lines[i].mark("spam", f"spam:model {p:.2f}")
        for block, x in block_features(texts, done | set(cands), spam) if blocks else ():
            # the block judged as one list line in its place
            p = shape.score(x)
            if p >= threshold and not plain(" | ".join(texts[i] for i in block)):
                for i in block:
                    lines[i].mark("spam", f"spam:model {p:.2f} block")
        return doc

    def _reads_as_ad(self, text: str) -> bool:
        """Whether the item model reads a whole phrase as an ad (:data:`AD_QUERY` or more)."""
        from ..spam.model import load  # read on the first page that needs it

        items = load(self.path).items
        return items is not None and items.score(text) >= AD_QUERY

    @staticmethod
    def _stuck(
        doc: Document,
        texts: list[str],
        done: set[int],
        ad_lines: set[int],
        joined: str,
        ends: set[int],
        script: _Script,
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
        for i in heads:
            text = texts[i]
            other = script.other
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
    def _block_rest(
        doc: Document, texts: list[str], blocks: list[list[int]], script: _Script, joined: str
    ) -> None:
        """Label spam the rest of a block of one phrase per line at the page's edge whose
        other lines (two thirds or more) a step labelled spam, when a line of it is in the
        other script than the page and shares no character bigram with the page
        (``spam:edge-block``: the same injection, one phrase the lexicon does not know)."""
        lines = doc.lines
        folded = ""
        for block in blocks:
            spam = sum(1 for i in block if lines[i].label == "spam")
            rest = [i for i in block if lines[i].undecided]
            if not rest or spam * 3 < 2 * len(block) or spam + len(rest) < len(block):
                continue
            other = script.other
            if other is False:
                return
            hans, hant = script_classes()
            own = hant if other is hans else hans
            folded = folded or fold(joined)
            for i in rest:
                text = texts[i]
                if own.search(text) or not other.search(text):
                    continue
                if not shares(text, _without(folded, fold(text))):
                    lines[i].mark("spam", "spam:edge-block")

    @staticmethod
    def _splices(
        doc: Document, texts: list[str], done: set[int], scan: Any, script: _Script
    ) -> None:
        """Cut Simplified junk spliced into the paragraphs of a Traditional page after a clause
        mark (:func:`~cleantext.spam.structure.script_splice`; ``spam:script-splice``)."""
        # Simplified junk spliced into a Traditional page (spider pools convert the article
        # they copy, not their keywords): most pages are Simplified, told by their first
        # characters; a Traditional page's lines with Simplified-only characters are few
        hans, hant = script_classes()
        if not hant.search(scan.joined, 0, SCRIPT_CHARS) or script.other is not hans:
            # the page's script judged on its head first (what the cut needs, shared with the
            # other sub-steps): a Simplified page with a Traditional-only character in its
            # first lines (a quoted name or title) is not scanned line by line
            return
        lines = []
        for i in scan.lines_matching(hans):
            if len(lines) == _FEW_LINES:
                return  # Simplified lines all over: not a Traditional page
            if i not in done and len(texts[i]) >= 20:
                lines.append(i)
        todo = [
            i
            for i in lines
            if doc.lines[i].label is None
            and not doc.lines[i].cuts
            and len(hans.findall(texts[i])) >= SPLICE_OTHER
        ]
        if not todo:
            return
        other = hans
        own = hant
        folded: list[str] = []  # the page folded, on the first span that needs it
        for i in todo:
            line = doc.lines[i]
            text = texts[i]

            def context(text: str = text) -> str:
                if not folded:
                    folded.append(fold(scan.joined))
                return _without(folded[0], fold(text))

            for a, b in script_splice(text, own, other, context):
                line.cut(a, b, "spam", "spam:script-splice")

    @staticmethod
    def _ad_tails(doc: Document, scan: Any, lines: set[int]) -> None:
        """Cut ads glued to the end of paragraphs in the other script than the page's
        (:func:`~cleantext.spam.structure.ad_tail`; ``spam:ad-tail``)."""
        texts, joined = scan.texts, scan.joined
        todo = [i for i in sorted(lines) if len(texts[i]) >= 26 and not doc.lines[i].cuts]
        if not todo:
            return
        other = other_script(texts, counts=scan.script_counts)
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
