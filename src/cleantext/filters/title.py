"""The page's title: which line it is (:func:`locate_title`) and how it reads
(:func:`title_text`), and the shape of a heading (:func:`heading_like`).

>>> heading_like("組織部長訪談丨下足育才“硬功夫”"), heading_like("赌牌是块超级肥肉。")
(True, False)
"""

from __future__ import annotations

import functools
import re

from ..document import Document, Line
from .base import next_nonblank
from .cues import match_form, plain
from .lazyre import LazyPattern
from .metafields import _SENTENCE
from .paragraphs import head_end

_rx = functools.partial(LazyPattern, engine="regex")

_HEADING_BAD_END = tuple(",、;:")
_LISTY = _rx(r"^\s*(?:[•·●◇▪■□◆*\-]|\d{1,2}[.、)]|[((]?[一二三四五六七八九十]{1,3}[、.)]|#)")


def heading_like(text: str) -> bool:
    """Short enough for a title, not a sentence, not a list item or section word, some Han.

    >>> heading_like("組織部長訪談丨下足育才“硬功夫”")
    True
    >>> heading_like("wow588"), heading_like("赌牌是块超级肥肉。"), heading_like("目录")
    (False, False, False)
    """
    if len(text) > 200:
        return False
    t = match_form(text)[1].strip()
    if not 2 <= len(t) <= 90 or t.endswith(_HEADING_BAD_END) or t.endswith("。"):
        return False
    if _LISTY.match(t) or _SECTION.match(t) or "??" in t:  # "??": mojibake
        return False
    if _KEYED_SECTION.match(t):
        return False  # "关键词：城市；发展", "摘要：…": a section with its value
    if t.endswith(_COMPANY) or _MENU.match(t):
        return False
    if t.count(":") >= 2 and _FIELD_ROW.match(t):
        return False  # a listing's fields ("型態：電梯大樓　現況：整層住家")
    return _TWO_HAN.search(t) is not None


_SECTION = _rx(
    r"^(?:目录|目\s录|文章目录|本文目录|内容目录|关键词|关键字|摘要|摘\s要|前言|引言|概述|导读|"
    r"正文|简介|背景|结论|总结|参考文献|附录|说明|注意|注)\s*[::]?$"
)
"""Article section words: body, never a title, never chrome."""
ORDINAL = _rx(
    r"^\s*第\s*[一二三四五六七八九十百千零〇\d]{1,5}\s*"
    r"(?:章|节|節|单元|單元|部分|篇|回|卷|讲|講|课|課|集|期|季|条|條|款|编|編)"
)
"""A numbered part (``第四单元 修复现场``, ``第十二章 旧码头的灯``, ``第三条 …``): an article's
heading, chapter or list item, never chrome or a name."""
_KEYED_SECTION = _rx(
    r"(?i)^[\[【]?\s*(?:关键词|关键字|主题词|摘\s*要|内容提要|提要|导读|导语|keywords?|key\s+words"
    r"|abstract)\s*[\]】]?\s*:"
)
"""A section word with its value after a colon (folded): keywords or a summary, which sit
between a title and its date line and are no title."""
_TWO_HAN = _rx(r"\p{Han}[^\p{Han}]*\p{Han}")
_SUBTITLE = _rx(r"^[—\-]{1,2}")
_COMPANY = ("有限公司", "分公司", "股份公司")
"""A heading ending in a company name is site chrome or a byline, not a title."""
_MENU = _rx(r"(?:[^\s,。!?、:;,!?:;]{1,8}\s+){4,}[^\s,。!?、:;,!?:;]{1,8}$")
"""A menu bar: five or more short words separated by spaces."""
_FIELD_ROW = _rx(r"^[^\s:]{1,6}\s*:\s*[^\s:]{1,20}(?:\s+[^\s:]{1,6}\s*:\s*[^\s:]{1,20}){1,5}$")
"""Two fields or more, each a short key and a short value, spaces between (folded)."""
_BADGE = _rx(r"\s+(?:原创|原創|转载|轉載|翻译|翻譯|置顶|置頂|精华|精華)$|^标题\s*[:\uff1a\s]\s*")


def title_text(line: Line) -> str:
    """The title as it should read: kept text without pinyin debris, site badges or a
    ``标题`` field label.

    >>> title_text(Line("如何構建企業級AI智能體系統 原創"))
    '如何構建企業級AI智能體系統'
    """
    return _BADGE.sub("", plain(line.kept_text)).strip()


def find_title(doc: Document) -> int | None:
    """Index of the title line, or ``None`` (see :func:`locate_title`)."""
    return locate_title(doc)[0]


def locate_title(doc: Document, end: int | None = None) -> tuple[int | None, bool]:
    """Index of the title line (or ``None``) and whether a metadata line anchors it.

    The title is the heading-like line right above the first metadata line of the page head
    (a subtitle ``——…`` is skipped over; chrome in between is allowed for a long heading);
    without one, the head line that repeats the last item of a breadcrumb, else the first
    heading-like undecided line of the head (below its last breadcrumb, when one is there).
    """
    lines = doc.lines
    end = head_end(doc) if end is None else end
    for m in range(min(end, len(lines))):
        if lines[m].label != "meta":
            continue
        crossed = False
        skip = _contents_above(lines, m)
        for j in range(m - 1, -1, -1):
            ln = lines[j]
            if ln.label in ("blank", "meta", "spam") or not ln.kept_text or j >= skip:
                continue
            if ln.label == "boilerplate":
                # share buttons and font-size pickers sit between a title and its date; a
                # menu or a breadcrumb above the date leaves only a long line for the title
                crossed = crossed or ln.reason not in _BY_TITLE
                continue
            text = match_form(ln.kept_text)[1].strip()
            if heading_like(text) and (
                _SUBTITLE.match(text)
                or len(text) < 4
                or _COLUMN_PATH.match(text)
                or text.startswith(_CAPTION)
            ):
                # a subtitle, a short label, the column's path ("澎湃号·政务 > 某县融媒体
                # 中心") or a photo's caption ("图为…"): the title is further up
                continue
            if _KEYED_SECTION.match(text):
                continue  # the article's keywords or summary under its title
            if _BAR_ROW.match(text.strip()):
                break  # a menu's row ("裁判書查詢 | 判解函釋 | 法學論著 | 法規"), no title
            if _FIELD_LINE.match(text) and _field_above(lines, j):
                break  # a product's or a record's field list ("容量：4L"), no title above
            if len(text) <= 20 and not _HAN.search(text):
                continue  # a user name or a counter between the title and the date
            if len(text) <= 20 and _FIELD_RANGE.search(text):
                continue  # a job's or a listing's fields ("18-28K·14薪", "3-5年 本科")
            if (heading_like(text) or _crumb_heading(lines, j)) and (
                not crossed or len(text) >= 10
            ):
                return j, True
            break
        else:
            continue
        if not heading_like(text) and _SENTENCE.search(text):
            # running text above this meta line (a thread's first post above its floor and
            # date): the title is above it, never under a later meta line (a reply)
            break
    crumb = _crumb_title(lines, end)
    if crumb is not None:
        return crumb, False
    # the article starts below its breadcrumb: a sidebar of product or category names above
    # the breadcrumb is not the title ("产品分类" / "PCB多层板" / … / "当前位置：首页 > …")
    start = 0
    for j in range(min(end, len(lines))):
        if lines[j].reason == "boilerplate:breadcrumb" or (
            # a path no chrome line announced ("家用电器 > 厨房小电 > 电饭煲" under a shop's menu)
            lines[j].label is None
            and ">" in lines[j].kept_text
            and _PATH.match(match_form(lines[j].kept_text)[1].strip())
        ):
            start = j + 1
    if start and not any(
        lines[j].label in (None, "body")
        and heading_like(lines[j].kept_text)
        and len(match_form(lines[j].kept_text)[1].strip()) >= 6  # not "新闻", the crumb's item
        for j in range(start, min(end, len(lines)))
    ):
        start = 0
    first = None
    for j in range(start, min(end, len(lines))):
        ln = lines[j]
        if ln.label in (None, "body") and (heading_like(ln.kept_text) or _crumb_heading(lines, j)):
            if _bar_row(lines, j) or _bar_row(lines, next_nonblank(lines, j, 1)):
                continue  # a menu's row, or the site's name above it
            if _FIELD_LINE.match(match_form(ln.kept_text)[1].strip()) and (
                _field_above(lines, j) or _field_above(lines, j, 1)
            ):
                continue  # a field of a list ("职称:主任医师" under a doctor's name)
            if len(match_form(ln.kept_text)[1].strip()) >= 6:
                return _title_below(lines, j, end), False
            if first is None:
                first = j
    return first, False


def _bar_row(lines: list[Line], j: int | None) -> bool:
    return j is not None and _BAR_ROW.match(match_form(lines[j].kept_text)[1].strip()) is not None


_BAR_ROW = _rx(r"^[^|\d]{1,8}(?:\s*\|\s*[^|\d]{1,8}){2,}$")
"""Three short items or more between ``|``, no figure (folded): a menu's or a button row."""
_FIELD_RANGE = _rx(r"\d\s*[-~]\s*\d+\s*[Kk千万年岁人元薪]")
"""A range of figures with its unit (folded): a salary, years of experience, a size."""
_CAPTION = ("图为", "图:", "图/", "上图", "下图", "左图", "右图", "资料图")
"""How a photo's caption starts (folded): between the title and its date, it is no title."""
_BY_TITLE = frozenset({"boilerplate:share", "boilerplate:widget", "boilerplate:tags"})
"""Chrome that sits between a title and its date line (share bars, font-size pickers, tags)."""
_COLUMN_PATH = _rx(r"^[^\s>»›→]{1,12}(?:\s+(?:>|»|›|→)\s+[^\s>»›→]{1,20}){1,3}$")
"""A column's path between a title and its date: short items between spaced ``>``."""
_PATH = _rx(r"^[^\s>»›→]{1,12}(?:\s+>\s+[^\s>»›→]{1,12}){2,5}$")
"""A breadcrumb: three to six short items between spaced ``>``."""
_FIELD_LINE = _rx(r"^[^\s:「『《“\[【(]{1,6}(?:\s*:\s*|\t+)\S[^:\t]{0,40}$")
"""A field of a list, ``容量:4L`` (folded colon) or ``重量<tab>5g``: a short key, one short
value; a colon inside quotes or brackets is a title's (``「九龍城寨：城市記憶」專題展覽``)."""


def _field_above(lines: list[Line], j: int, step: int = -1) -> bool:
    """Whether the nearest text line above ``j`` (below it, with ``step`` 1) is an undecided
    field too (a field list, not a title with a colon: ``专访:张三`` stands under chrome or
    alone)."""
    k = next_nonblank(lines, j, step)
    return (
        k is not None
        and lines[k].label in (None, "body")
        and lines[k].kept_text != lines[j].kept_text  # a title printed twice is no list
        and bool(_FIELD_LINE.match(match_form(lines[k].kept_text)[1].strip()))
    )


_NUMBERED = _rx(r"^\s*\d{1,2}(?:\.\d{1,2})*\s+\p{Han}")
"""A numbered heading of a table of contents (``1 形态特征``, ``2.1 栖息环境``)."""


def _contents_above(lines: list[Line], m: int) -> int:
    """Where a table of contents right above line ``m`` starts: two numbered parts or more
    (``第一單元 …`` / ``第二單元 …``, ``1 形态特征`` / ``2 栖息环境``) and a short heading over
    them (``展覽分區``, ``目录``), between the title and its date; ``m`` if there is none."""
    run, j = [], next_nonblank(lines, m, -1)
    while (
        j is not None
        and lines[j].label is None
        and (ORDINAL.match(lines[j].kept_text) or _NUMBERED.match(lines[j].kept_text))
    ):
        run.append(j)
        j = next_nonblank(lines, j, -1)
    if len(run) < 2:
        return m
    if j is not None and lines[j].label is None and len(lines[j].kept_text.strip()) <= 6:
        return j
    return run[-1]


def under_crumb(lines: list[Line], j: int) -> bool:
    """Whether the nearest text line above ``j`` is a breadcrumb (labelled, or a path of
    short items between spaced ``>`` that no rule has labelled yet)."""
    k = next_nonblank(lines, j, -1)
    if k is None:
        return False
    if lines[k].reason == "boilerplate:breadcrumb":
        return True
    return (
        lines[k].label in (None, "boilerplate")  # (a path a menu rule took)
        and ">" in lines[k].kept_text
        and _PATH.match(match_form(lines[k].kept_text)[1].strip()) is not None
    )


def _crumb_heading(lines: list[Line], j: int) -> bool:
    """Whether line ``j``, spaced words that read as a menu (``87鍵 熱插拔機械鍵盤 RGB背光 PBT鍵帽
    繁體注音版``, ``天府三街 地铁口 精装三房 南北通透 满五唯一``), is the page's heading: right
    under its breadcrumb, where a product's or a listing's title stands (a menu bar stands
    above the breadcrumb)."""
    if not under_crumb(lines, j):
        return False
    t = match_form(lines[j].kept_text)[1].strip()
    return (
        6 <= len(t) <= 60
        and _MENU.match(t) is not None
        and len(_HAN.findall(t)) >= 6
        and not _SENTENCE.search(t)
    )


_SITE_SEP = re.compile(r"\s*(?:[_|｜丨—]|\s-\s|--)\s*")


def _title_below(lines: list[Line], j: int, end: int) -> int:
    """``j``, or the head line below it that ``j`` starts with before a separator: the
    page's ``<title>`` copied above its heading (``标题_站点名`` … ``标题``)."""
    text = match_form(lines[j].kept_text)[1].strip()
    if _SITE_SEP.search(text) is None:
        return j
    for k in range(j + 1, min(end, len(lines), j + 12)):
        ln = lines[k]
        if ln.label not in (None, "body") or not ln.kept_text:
            continue
        other = match_form(ln.kept_text)[1].strip()
        if len(other) >= 4 and text.startswith(other) and _SITE_SEP.match(text, len(other)):
            return k
    return j


_CRUMB_SEP = re.compile(r"[>»›→]")


def _crumb_title(lines: list[Line], end: int) -> int | None:
    """Index of a head line that repeats the last item of a breadcrumb above it
    (``首页 > 新闻 > 标题`` … ``标题``): the page names its own title there. The first
    three such breadcrumbs are looked at, each with the 30 lines below it (linear time)."""
    end = min(end, len(lines))
    crumbs = 0
    for j in range(end):
        if lines[j].reason != "boilerplate:breadcrumb":
            continue
        last = _CRUMB_SEP.split(match_form(lines[j].kept_text)[1])[-1].strip()
        if len(last) < 6:
            continue
        crumbs += 1
        if crumbs > 3:
            return None
        stem = last.rstrip(".…")  # a long title may be cut short in the breadcrumb
        for k in range(j + 1, min(end, j + 31)):
            ln = lines[k]
            if ln.label not in (None, "body") or not heading_like(ln.kept_text):
                continue
            text = match_form(ln.kept_text)[1].strip()
            if text == last or (stem != last and len(stem) >= 6 and text.startswith(stem)):
                return k
    return None


_HAN = _rx(r"\p{Han}")
