"""Metadata fields: the key vocabulary (:data:`KEYS`) and the fields of a line.

A field is a key and its value (``來源:鄉村干部報網``, ``責編:…``, ``閱讀:420``, ``本報記者 劉瓊``)
or a date. Keys are written in Simplified and matched on the folded line (:mod:`.cues`), so
``來源``/``来源`` and ``來(lái)源`` all match. :func:`fields` finds a line's keys and dates
(:mod:`.metajudge` decides from them whether the line is meta, :mod:`.metaextract` reads the
values); a key may also leave its value to the next line (:func:`_open_key`,
:func:`_bare_value`).

>>> fields("来源:新华社 2024-03-05")
([(0, 3, '来源', 'source')], [(7, 17, '2024-03-05')])
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .cues import match_form
from .dates import ROC_NUMERIC, find_dates, find_loose_dates, iso
from .lazyre import LazyPattern

_rx = functools.partial(LazyPattern, engine="regex")


# --- cue vocabulary (Simplified; matched on folded text) ------------------------------------

KEYS: dict[str, tuple[str, ...]] = {
    "date": (
        "发布时间",
        "发布日期",
        "发表时间",
        "发表日期",
        "发稿时间",
        "更新时间",
        "更新日期",
        "上传时间",
        "录入时间",
        "归档时间",
        "成文日期",
        "创建时间",
        "发文日期",
        "刊登日期",
        "公开日期",
        "修改于",
        "修改时间",
        "最后更新",
        "最后更新日期",
        "最后更新时间",
        "最近更新时间",
        "最近更新",
        "最后修改",
        "首发于",
        "首发时间",
        "出版日期",
        "出版时间",
        "上线时间",
        "播出时间",
        "收稿日期",
        "修回日期",
        "编辑于",
        "创建于",
        "发布于",
        "发表于",
        "更新于",
        "时间",
        "日期",
    ),
    "source": (
        "文章来源",
        "新闻来源",
        "信息来源",
        "稿件来源",
        "内容来源",
        "来源",
        "稿源",
        "出处",
        "摘自",
        "转自",
        "转载自",
        "供稿",
        "原文链接",
        "原文地址",
        "图文来源",
        "资料来源",
        "供稿单位",
        "发稿单位",
        "发布单位",
        "发文单位",
        "发布部门",
        "来源单位",
        "本文来源",
        "本文分享自",
        "发布机关",
        "英文来源",
    ),
    "byline": (
        "作者",
        "本报记者",
        "本刊记者",
        "特约记者",
        "见习记者",
        "记者",
        "通讯员",
        "实习生",
        "撰文",
        "文/图",
        "图/文",
        "撰稿",
        "编译",
        "翻译",
        "摄影",
        "图片来源",
        "图源",
        "发布人",
        "发布者",
        "录入",
        "楼主",
        "提问者",
        "提问人",
        "发问者",
        "回答者",
        "答主",
        "主播",
        "译者",
        "主笔",
        "执笔",
        "投稿人",
        "发明人",
        "采写",
        "本文作者",
        "文章作者",
        "报导",
        "报道",
        "原文作者",
        "文图",
        "图文",
        "文字",
        "文",
        "图",
    ),
    "editor": (
        "责任编辑",
        "值班编辑",
        "实习编辑",
        "编辑",
        "责编",
        "审核",
        "审校",
        "校对",
        "审稿",
        "编审",
        "责任校对",
        "签发",
        "初审",
        "复审",
        "终审",
        "本文编辑",
    ),
    "credit": (
        "视频",
        "摄像",
        "统筹",
        "出品",
        "监制",
        "策划",
        "美编",
        "排版",
        "制图",
        "剪辑",
        "配音",
        "设计",
        "插画",
        "整理",
        "供图",
        # a health article's reviewing doctor, a notice's press contact
        "审核专家",
        "审稿专家",
        "医学审核",
        "专家审核",
        "新闻联络人",
        "新闻联系人",
        "媒体联络人",
        "媒体联系人",
    ),
    "counter": (
        "浏览次数",
        "浏览量",
        "浏览",
        "阅读量",
        "阅读数",
        "阅读",
        "点击数",
        "点击量",
        "点击",
        "查看",
        "回复",
        "人气",
        "本文热度",
        "热度",
        "字号",
        "评论数",
        "点阅次数",
        "点阅数",
        "浏览人次",
        "阅读次数",
        "播放量",
        "访问量",
        "访问次数",
        "赞同",
        "点赞数",
        "留言",
        "点击次数",
        "编辑次数",
        "本文字数",
        "全文字数",
        "字数",
        "查看次数",
        "下载次数",
    ),
    "docinfo": (
        "文档序号",
        "文章编号",
        "中图分类号",
        "文献标识码",
        "文献标志码",
        "DOI编码",
        "DOI",
        "ISSN",
        "信息索引号",
        "索引号",
        "信息分类",
        "主题词",
        "发文机关",
        "申请号",
        "本文链接",
        "本文地址",
        "基金项目",
        "发文字号",
        "文号",
        "主题分类",
        "公开方式",
        "公开范围",
        "有效性",
        "发布机构",
        "分类号",
        "编号",
        "IP属地",
        "IP 属地",
        "组配分类",
        "体裁分类",
        "公开号",
        "公告号",
    ),
}
"""Metadata keys by kind. A key counts when followed by a separator (``:`` ``|`` ``/``) or,
for dates/counters, directly by a number; byline keys also take a space or a name."""

RECORD_KEYS = (
    *("项目编号", "批准文号", "标准号", "ISBN", "统一书号", "专利号", "IPC分类号", "中图分类号"),
    *("裁判字号", "案号", "公开(公告)号", "采购人", "采购单位", "代理机构", "招标人", "生产企业"),
    *("生产厂家", "申请(专利权)人", "专利权人", "发明人", "设计人", "出版社", "出版发行"),
    *("出版单位", "主管部门", "归口单位", "起草单位", "开发者", "上传者", "上传人", "留言人"),
    *("办理单位", "答复单位", "回复单位", "演唱", "作词", "作曲", "编曲", "所属专辑", "裁判案由"),
    *("案由", "标准状态", "载体形态"),
)
"""The keys of a record's own fields (folded): its number, who issued, made, filed, sang or
uploaded it, what it is (a book's ISBN and publisher, a patent's number and inventors, a
standard's number and authority, a drug's approval number and maker, a tender's buyer and
agent, a ruling's number and cause, a song's singer and writers, an app's developer)."""

_KIND = {k: kind for kind, keys in KEYS.items() for k in keys}
# keys that are ordinary words too: only at the start of a line or after a separator, and
# (for the weakest) only in the page head
_WEAK = frozenset(
    {
        "时间",
        "日期",
        "文",
        "图",
        "编辑",
        "查看",
        "回复",
        "点击",
        "阅读",
        "浏览",
        "热度",
        "编号",
        "审核",
        "校对",
        "翻译",
        "录入",
        "字号",
        "出处",
        "文字",
        "签发",
        "留言",
        "赞同",
    }
)
_HEAD_ONLY = frozenset(
    {
        "时间",
        "日期",
        "文",
        "图",
        "查看",
        "回复",
        "点击",
        "阅读",
        "浏览",
        "编号",
        "翻译",
        "出处",
        "审核",
        "校对",
        "文字",
        "签发",
        "资料来源",  # between paragraphs, the source of the table or figures above
    }
)
_HARD_SEP = frozenset(k for k in KEYS["credit"] if len(k) == 2) | {
    "图文",
    "文图",
    "主播",
    "报道",
    "报导",
}
"""Keys that are ordinary words too (``设计``, ``图文并茂``): only before ``:`` ``|`` ``/``
``丨`` ``·``. (Two characters each: :data:`.metascan._CUE` looks behind for them; the longer
credit keys, ``审核专家``, are no ordinary words.)"""
_NAME_NEXT = frozenset(
    {
        "实习生",
        "通讯员",
        "记者",
        "本报记者",
        "本刊记者",
        "特约记者",
        "见习记者",
        "图源",
        "图片来源",
        "摄影",
        "发表于",
        "发布于",
        "更新于",
        "编辑于",
        "创建于",
    }
)
"""Keys that may run straight into the value (``實習生蔣歆``, ``发表于2020-06-07``)."""
_COUNT_VALUE = _rx(r"\s*(?:[(\[]?\d|$|[|?]|\S{1,8}\s*:)")
_COUNT_RUN = _rx(r"[(\[]?\d[\d.,]*\s*[kw万千]?\+?[)\]]?\s*(?:人次|次|人)?(?![\p{Han}\d])")
"""A count run straight into its key (``阅读量1.2k``, ``人氣(512)``): a number, no word after."""
_ALT = "|".join(sorted(_KIND, key=len, reverse=True))
_KEY_WORD = LazyPattern(_ALT)
"""Any key word at all (plain literals: ``re`` scans for them much faster than ``regex``)."""
_BY_FIRST: dict[str, list[str]] = {}
for _k in sorted(_KIND, key=len, reverse=True):  # longest first, as in _ALT
    _BY_FIRST.setdefault(_k[0], []).append(_k)
_BOUNDARY = _rx(r"[\s|?·•@\[\]【】()0-9,;>]")
"""A character after which a weak key may start (or the start of the text)."""
_SEP = _rx(r"\s*[:|/丨︱│·\]】]\s*|\s*(?=\d)|\s+(?=\S)|(?=[\p{Han}《「“])|(?=[(\[]\d)")
"""What may follow a key: a separator (``丨`` and ``·`` too: ``文丨张三``, ``文·张三``), a
number, a space before the value, or a name."""


_SEPS = frozenset(":|/丨︱│·]】")
"""The separators of :data:`_SEP` (stripped)."""
_HARD = frozenset(":|丨︱│]】")
"""The separators after which a key of :data:`_HARD_SEP` counts (not ``/`` or ``·``)."""


def _key_matches(text: str, pos: int = 0) -> Iterator[tuple[int, int, str, str, bool]]:
    """Each key in ``text`` from ``pos`` as ``(start, end, key, sep, at_boundary)``, left to
    right and not overlapping (``end`` is past the separator): at each position the longest
    key followed by a :data:`_SEP` wins. ``at_boundary``: the key starts the text or follows
    a :data:`_BOUNDARY` character.

    >>> list(_key_matches("来源:新华社 作者 张三"))
    [(0, 3, '来源', ':', True), (7, 10, '作者', ' ', True)]
    """
    m = _KEY_WORD.search(text, pos)
    while m is not None:
        start = m.start()
        for key in _BY_FIRST[text[start]]:
            if text.startswith(key, start):
                sep = _SEP.match(text, start + len(key))
                if sep is not None:
                    boundary = start == 0 or _BOUNDARY.match(text, start - 1) is not None
                    yield start, sep.end(), key, sep[0], boundary
                    m = _KEY_WORD.search(text, sep.end())
                    break
        else:
            m = _KEY_WORD.search(text, start + 1)


_DIGIT = _rx(r"\d")
_LEAD = _rx(r"^[\s•·●◇▪■□◆*\-\[【(@〔〖「]+")
_SENTENCE = _rx(r"[。!;]|(?<=\S)\?|\?(?=\S)|(?<=\p{Han}),(?=\p{Han}.{8,})")
_QSEP = _rx(r"\s[?·]\s|\s\?$")  # '?' debris and '·' used as field separators
_COUNT_FIELD = _rx(
    r"(?i)(?<![\w.])\d[\d.,]*\s*[kw万千]?\+?\s*(?:人|次)?\s*"
    r"(?:阅读|浏览|点赞|收藏|评论|回复|转发|分享|点击)"
    r"(?!\p{Han})"
)
"""A count written before its word: ``1.2k 阅读``, ``3 点赞``, ``286次浏览``, ``1234 次点击``."""
_COUNT_WORD = LazyPattern(r"阅读|浏览|点赞|收藏|评论|回复|转发|分享|点击")
"""The words of :data:`_COUNT_FIELD` (a cheap test before its slow look-behind)."""


def _strip(folded: str) -> tuple[int, str]:
    """Remove leading bullets/brackets and trailing brackets; return (offset, text)."""
    m = _LEAD.match(folded)
    start = m.end() if m else 0
    # trailing brackets and spaces, scanned from the end: a regex search for `[...]+$` is
    # quadratic on a long run of spaces that is not at the end
    end = len(folded)
    while end > start and (folded[end - 1].isspace() or folded[end - 1] in "]】)〕〗」"):
        end -= 1
    return start, folded[start:end]


_LOOSE_HINT = re.compile(
    r"[\d秒钟时天周月](?:(?<=\d)(?:\s*月|:\d\d|/\d\d?/\d{4})|(?<=[秒钟时天周月])前)"
)
"""What every date of :func:`.dates.find_loose_dates` holds (``re``: a cheap test first):
``5月``, ``9:30``, ``3天前``, ``5/6/2024``; led by one class, which ``re`` skips to."""


Fields = tuple[list[tuple[int, int, str, str]], list[tuple[int, int, str]]]


def fields(folded: str, digit: bool | None = None, memo: dict[str, Fields] | None = None) -> Fields:
    """Key fields ``(start, end, key, kind)`` and dates ``(start, end, iso)`` in a folded line
    (``iso`` is ``""`` for a date without its year: :func:`.dates.find_loose_dates`).
    ``digit``: whether the line holds a digit, if the caller knows. ``memo``: the fields of
    the lines of this page told so far, by text (the metadata rules and the extractor read
    most meta lines alike: a quarter of the calls); the lists are shared, never changed.

    >>> fields("来源:新华社 2024-03-05")
    ([(0, 3, '来源', 'source')], [(7, 17, '2024-03-05')])
    """
    if memo is not None:
        found = memo.get(folded)
        if found is None:
            found = memo[folded] = fields(folded, digit)
        return found
    keys = []
    for start, end, key, sep, boundary in _key_matches(folded):
        if not boundary and (key in _WEAK or len(key) < 2):
            continue  # weak keys only at a boundary
        kind = _KIND[key]
        # "浏览器", "阅读理解", "记者节": a word, not a key; but a count may run straight
        # into its number ("阅读量1.2k", "人氣(512)")
        if (
            not sep
            and (key not in _NAME_NEXT or start == 0)
            and (kind != "counter" or _COUNT_RUN.match(folded, end) is None)
        ):
            continue
        if kind == "counter" and not _COUNT_VALUE.match(folded, end):
            continue  # a counter key holds a number (or nothing): "回复:谢谢" is a reply
        if not sep.strip() and kind not in ("byline", "editor", "date", "counter", "source"):
            continue
        if key in ("文", "图") and sep.strip() not in _SEPS:
            continue
        if key in _HARD_SEP and (sep.strip() not in _HARD or not boundary):
            continue
        keys.append((start, end, key, kind))
    if digit is None:
        digit = _DIGIT.search(folded) is not None  # counts and dates need one
    counted = digit and _COUNT_WORD.search(folded) is not None
    for m in _COUNT_FIELD.finditer(folded) if counted else ():
        if not any(a <= m.start() < b for a, b, _, _ in keys):
            keys.append((m.start(), m.end(), "count", "counter"))
    keys.sort()
    dates = find_dates(folded) if digit else []
    if digit and len(folded) <= 80 and _LOOSE_HINT.search(folded) is not None:
        loose = find_loose_dates(folded, dates)
        if loose:
            dates = sorted(dates + loose)
    for _, end, _, kind in keys if digit else ():
        if kind == "date":  # a Republic-of-China date after a date key ("發布日期：113-03-08")
            m = ROC_NUMERIC.match(folded, end)
            if m is not None and not any(a <= m.start("roc") < b for a, b, _ in dates):
                value = iso(m, "roc")
                if value is not None:
                    dates.append((m.start("roc"), m.end(), value))
                    dates.sort()
    return keys, dates


def _open_key(text: str) -> str | None:
    """The key a line ends with when its value is left to the next line (``作者：``,
    ``来源：新华网　作者：``), or ``None``."""
    if not text.rstrip(" \u3000)]】）］").endswith((":", "：", "﹕", "︰", "∶")):
        return None  # (most meta lines: no fold, no field scan)
    folded = _strip(match_form(text)[1])[1].rstrip()
    if not folded.endswith(":"):
        return None
    keys = fields(folded)[0]
    return keys[-1][2] if keys and keys[-1][1] >= len(folded) else None


def _bare_value(text: str, key: str | None = None) -> bool:
    """A short value alone on its line: no key of its own, no sentence; for a date or count
    ``key`` (``浏览量：`` / ``发布日期：``), a digit (``1,293``), not the title below a date
    line that ends with an empty count.

    >>> _bare_value("1,293", "浏览量"), _bare_value("关于开展2024年度考评工作的通知", "浏览量")
    (True, False)
    """
    folded = _strip(match_form(text)[1])[1]
    return (
        0 < len(folded) <= 30
        and not _SENTENCE.search(folded)
        and not folded.endswith(":")
        and _fits(_KIND.get(key or ""), folded)
        and next(_key_matches(folded), None) is None
    )


def _fits(kind: str | None, value: str) -> bool:
    """Whether ``value`` can be the value of a key of ``kind``: a count is a number, a date
    starts with a digit; a name or a source may be any short text."""
    if kind == "counter":
        return _BARE_COUNT.match(value) is not None
    if kind == "date":
        return value[:1].isdigit()
    return True


_BARE_COUNT = _rx(r"^\(?\d[\d,.]*\s*[万wk]?\+?\s*次?\)?$")


def _own_key(text: str) -> bool:
    """The line starts with a key and a separator of its own (``责任编辑:李薇``), so it is
    not the bare value of a key on the line above."""
    folded = _strip(match_form(text)[1])[1]
    first = next(_key_matches(folded), None)
    return first is not None and first[0] == 0 and first[3].strip() in (":", "|", "/")
