"""Gambling sites' brand codes spliced into text: a brand and its Latin code (``鼎盛ds8877``).

Gambling sites name themselves by a brand and a code of its pinyin initials and lucky digits
(``新葡京xpj3388``, ``星辉体育xh365``, ``金沙js9955``), and spider pools splice that name into
titles, sentences and bylines, with no punctuation around it and where a company's or an
author's name was (``…今年下半年通车鼎盛国际ds8877新增的两个地铁站…``). Product models, flights
and standards glue letters and digits to Han text too (``运动控制卡eci2418``, ``航班mu5735``),
but their letters are not the initials of the words before them.

>>> from cleantext.document import Document
>>> body = "新建的两个地铁站将服务沿线居民,预计年底前通车。" * 6
>>> line = "地铁线预计在今年下半年通车鼎盛国际ds8877新增两个站。"
>>> doc = BrandCode()(Document.from_text(line + "\\n" + body))
>>> doc.lines[0].kept_text
'地铁线预计在今年下半年通车新增两个站。'
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right

from ..document import Document
from ..spam.structure import _FUNCTION
from .lazyre import LazyPattern
from .spam import (
    _BRANDS,
    _bigrams,
    _without_line,
    item_spam,
    item_spans,
    page_scan,
    undecided_folded,
)

_GLUED = LazyPattern(r"[A-Za-z](?<=[\u4e00-\u9fff][A-Za-z])[A-Za-z]{1,7}\d{2,5}(?![A-Za-z0-9])")
"""A Latin code (two to eight letters, two to five digits) glued after a Han character, as
written on the page: the lines worth a look, found in one scan of the page (led by a letter,
not by the Han character: ``re`` then skips to the letters, the page's rarer characters)."""
_CODE = LazyPattern(r"(?<=[\u4e00-\u9fff])([a-z]{2,8})\d{2,5}(?![a-z0-9])")
"""The same code in folded text (lower case)."""
_SHORT_GLUED = LazyPattern(r"(?:体育|體育|娱乐|娛樂|国际|國際)[A-Za-z]{2,8}\d?(?![A-Za-z0-9])")
"""A code of letters and at most one digit glued after a gambling trade word, as written
(``天博體育tb``, ``千亿体育qy8``): the lines worth a look for a brand code without digits."""
_SHORT_CODE = LazyPattern(r"(?<=体育|娱乐|国际)([a-z]{2,8})\d?(?![a-z0-9])")
"""The same code in folded text."""
_HAN_RUN = LazyPattern(r"[\u4e00-\u9fff]{1,10}$")
_TRADE_TAIL = LazyPattern(r"(?:国际|体育|娱乐城|娱乐|彩票|棋牌|电竞|真人|集团|官网|平台)$")
"""What a gambling brand may carry between its name and its code (``鼎盛国际ds8877``)."""
_GAMBLING_TAIL = LazyPattern(r"(?:体育|娱乐城|娱乐|彩票|棋牌|电竞|真人)$")
"""The trade words that make a code after them a gambling site's whatever its letters
(``云顶娱乐gd7788``, ``万博体育manbetx0771``)."""
_OPEN, _CLOSE = "【[(（", "】])）"
_SITE_WORDS = LazyPattern(r"(?:官网|官方网站|网址|网页版|手机版|入口|登录|注册|下载|app|平台)*")
"""Site words after the code, cut with it."""
_WORDS = LazyPattern(r"[^\W_]")
"""Word characters (the share of a line its brand names take)."""
BRAND_PREFIX = "澳门"
"""A place a brand may be led by (``澳门金沙js9955``), cut with it."""

# GB2312's first level (3,755 common characters) is ordered by pinyin: the first character of
# each initial letter (no words begin with i, u or v)
_GB_FIRST = (
    (0xB0A1, "a"),
    (0xB0C5, "b"),
    (0xB2C1, "c"),
    (0xB4EE, "d"),
    (0xB6EA, "e"),
    (0xB7A2, "f"),
    (0xB8C1, "g"),
    (0xB9FE, "h"),
    (0xBBF7, "j"),
    (0xBFA6, "k"),
    (0xC0AC, "l"),
    (0xC2E8, "m"),
    (0xC4C3, "n"),
    (0xC5B6, "o"),
    (0xC5BE, "p"),
    (0xC6DA, "q"),
    (0xC8BB, "r"),
    (0xC8F6, "s"),
    (0xCBFA, "t"),
    (0xCDDA, "w"),
    (0xCEF4, "x"),
    (0xD1B9, "y"),
    (0xD4D1, "z"),
    (0xD7FA, ""),  # the second level (ordered by radical) begins here
)
_GB_KEYS = [k for k, _ in _GB_FIRST]
_NAME_CHARS = {
    # second-level characters common in brand and shop names
    "鑫": "x",
    "淼": "m",
    "焱": "y",
    "垚": "y",
    "琦": "q",
    "琪": "q",
    "钰": "y",
    "玥": "y",
    "禧": "x",
    "祺": "q",
    "晟": "s",
    "昊": "h",
    "瀚": "h",
    "煜": "y",
    "璟": "j",
    "懿": "y",
    "珑": "l",
    "弈": "y",
    "濠": "h",
    "玺": "x",
    "赟": "y",
    "熠": "y",
    "骐": "q",
    "骅": "h",
    "旻": "m",
    "昇": "s",
    "泓": "h",
    "沣": "f",
    "翊": "y",
    "钜": "j",
    "琨": "k",
    "珀": "p",
    "瑾": "j",
    "璐": "l",
    "宸": "c",
    "恺": "k",
    "铠": "k",
    "麒": "q",
    "麟": "l",
}


@functools.cache
def initial(ch: str) -> str:
    """The pinyin initial letter of a (Simplified) Han character, or ``""`` when unknown
    (a rare character).

    >>> initial("鼎") + initial("盛") + initial("鑫") + initial("亍")
    'dsx'
    """
    got = _NAME_CHARS.get(ch)
    if got is not None:
        return got
    try:
        code = ch.encode("gb2312")
    except UnicodeEncodeError:
        return ""
    if len(code) != 2:
        return ""
    k = bisect_right(_GB_KEYS, code[0] * 256 + code[1]) - 1
    return _GB_FIRST[k][1] if k >= 0 else ""


def _initials(text: str) -> str:
    return "".join(initial(c) or "?" for c in text)


@functools.cache
def _known_end() -> LazyPattern:
    names = sorted((b for b in _BRANDS if not b.isascii()), key=len, reverse=True)
    return LazyPattern(f"(?:{'|'.join(names)})$")


def code_spans(folded: str) -> list[tuple[int, int, int, bool]]:
    """(start, code's start, end, sure) of the brands with a glued code in a folded line: a code
    whose letters are the initials of the two to four Han characters before it (or of their
    first ones: ``凯旋门kx1166``), a trade word between them allowed (``乐发彩票lf6677``), or
    any code after a known brand (``澳门银河gh8899``); site words after the code are part of
    the span. ``sure``: the brand is a known one, or a gambling trade word stands before its
    code (``云顶娱乐gd7788``: then its letters need not be the brand's initials). A code of
    letters and one digit at most after a trade word is a brand's when its letters are the
    brand's initials (``天博体育tb``; never sure).

    >>> code_spans("通车鼎盛国际ds8877新增"), code_spans("运动控制卡eci2418和")
    ([(2, 6, 12, False)], [])
    >>> code_spans("记者 天博体育tb/云林报导"), code_spans("新浪体育nba直播")
    ([(3, 7, 9, False)], [])
    """
    out = []
    for m in _CODE.finditer(folded):
        span = _brand_before(folded, m)
        if span is not None:
            out.append(span)
    for m in _SHORT_CODE.finditer(folded):
        # letters and at most one digit after a trade word: only a brand whose initials
        # the letters are (天博体育tb; 新浪体育nba is a site and a league), never sure
        s = m.start()
        run = _HAN_RUN.search(folded, max(0, s - 10), s)
        tail = _TRADE_TAIL.search(run.group()) if run is not None else None
        if run is None or tail is None:
            continue
        core = run.group()[: tail.start()]
        letters = m.group(1)
        if len(core) < len(letters) or _initials(core[-len(letters) :]) != letters:
            continue
        start = s - len(run.group()) + len(core) - len(letters)
        if folded[max(0, start - 2) : start] == BRAND_PREFIX:
            start -= 2
        out.append((start, s, _SITE_WORDS.match(folded, m.end()).end(), False))
    return out


def _brand_before(folded: str, m: re.Match[str]) -> tuple[int, int, int, bool] | None:
    """(start, code's start, end, sure) of the brand before the code ``m`` (:data:`_CODE`),
    or ``None`` (:func:`code_spans`)."""
    s = m.start()
    run = _HAN_RUN.search(folded, max(0, s - 10), s)
    if run is None:
        return None
    han = run.group()
    tail = _TRADE_TAIL.search(han)
    core = han[: tail.start()] if tail is not None else han
    base = s - len(han)
    letters = m.group(1)
    k = len(letters)
    start = None
    known = _known_end().search(core)
    if known is not None:
        start = base + known.start()
    else:
        for n in (k, k + 1):
            if len(core) >= n and _initials(core[len(core) - n : len(core) - n + k]) == letters:
                start = base + len(core) - n
                break
    if start is None and tail is not None and _GAMBLING_TAIL.search(han) and core:
        # a brand (two characters, three when the third is no function character: the
        # run may go on before it) and a trade
        n = 3 if len(core) == 3 and not _FUNCTION.match(core) else min(len(core), 2)
        start = base + len(core) - n
    if start is None:
        return None
    if folded[max(0, start - 2) : start] == BRAND_PREFIX:
        start -= 2
    end = _SITE_WORDS.match(folded, m.end()).end()
    if start and end < len(folded):
        # the name alone in a bracket: the bracket goes with it (【万博体育manbetx0771】)
        k = _OPEN.find(folded[start - 1])
        if k >= 0 and folded[end] == _CLOSE[k]:
            start, end = start - 1, end + 1
    sure = known is not None or (tail is not None and _GAMBLING_TAIL.search(han) is not None)
    return start, s, end, sure


OWN_FIELD = 4
"""Han characters a line keeps besides its one brand code for the rest to be a field of its
own (:func:`_own_field`)."""
_HAN = LazyPattern(r"[\u4e00-\u9fff]")
_GAP_BEFORE = LazyPattern(r"(?:^|\s{2,}|[|\uff5c])\s*$")
_GAP_AFTER = LazyPattern(r"^\s*(?:$|\s{2,}|[|\uff5c])")


def _own_field(folded: str, span: tuple[int, int]) -> bool:
    """Does a line with one brand code keep a field of its own without it? The brand is a
    field itself (a bar or a wide gap, or the line's edge, on either side) and the rest holds
    :data:`OWN_FIELD` Han characters and no spam term: a studio's name swapped for a brand
    before its booking count (``鸿博娱乐hb888  |  已预约 326 对新人``). Then the brand is cut and
    the field kept; a brand with an offer after it, a brand inside a footer's sentence
    (``本站由 乐发彩票lf6677 提供技术支持``) or a list of brands is a spam line.

    >>> _own_field("鸿博娱乐hb888  |  已预约 326 对新人", (0, 11))
    True
    >>> _own_field("宏运hy6688 | 首存送彩金", (0, 8)), _own_field("宏运hy6688 | 官网", (0, 8))
    (False, False)
    >>> _own_field("本站由 乐发彩票lf6677 提供技术支持", (4, 14))
    False
    """
    a, b = span
    if not (_GAP_BEFORE.search(folded[:a]) and _GAP_AFTER.match(folded[b:])):
        return False
    if a == 0 and b == len(folded):
        return False
    rest = folded[:a] + " " + folded[b:]
    if len(_HAN.findall(rest)) < OWN_FIELD:
        return False
    return not any(item_spam(rest[x:y])[1] for x, y in item_spans(rest))


class BrandCode:
    """A gambling brand with its code spliced into a title, a sentence or a byline
    (:func:`code_spans`), cut (``spam:brand-code``; the line is spam when they are half its
    word characters: a list of brands) when the rest of the page names neither
    the code nor, for a brand known by its initials alone, any bigram of the brand: a page's
    own product, plant or company (``…控制卡eci2418和eci2618``) is named again. The rest of the
    line counts as page."""

    name = "brand-code"

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        scan = page_scan(doc)
        page: list[str] = []  # the page folded without its spam lines, on first use
        cands = sorted({*scan.lines_matching(_GLUED), *scan.lines_matching(_SHORT_GLUED)})
        for _, line, _, folded in undecided_folded(lines, cands):
            spans = code_spans(folded)
            if not spans:
                continue
            if not page:
                page.append(scan.folded_without_spam(lines))
            others = _without_line(page[0], folded)
            found = []
            for a, at, b, sure in spans:
                if any(c.start < b and a < c.end for c in line.cuts):
                    continue
                code = (_CODE.match(folded, at) or _SHORT_CODE.match(folded, at)).group()
                rest = "\n".join((others, folded[:a], folded[b:]))
                if sure:
                    # the same gambling name elsewhere is the same splice (a company's name
                    # replaced twice); a brand known by its initials alone may be a product
                    rest = rest.replace(folded[a:at].strip(_OPEN) + code, "\n")
                if code in rest:
                    continue
                # the brand's own name (not 澳门 before it or 国际, 体育 after it)
                name = _TRADE_TAIL.sub("", folded[a:at].strip(_OPEN)).removeprefix(BRAND_PREFIX)
                if not sure and any(g in rest for g in _bigrams(name)):
                    continue
                found.append((a, b))
            if not found:
                continue
            # a list of such names (the line is mostly brands): the line is spam
            words = len(_WORDS.findall(folded))
            if sum(len(_WORDS.findall(folded, a, b)) for a, b in found) * 2 >= words and (
                len(found) >= 2 or not _own_field(folded, found[0])
            ):
                line.mark("spam", "spam:brand-code")
                continue
            for a, b in found:
                line.cut(a, b, "spam", "spam:brand-code")
        return doc
