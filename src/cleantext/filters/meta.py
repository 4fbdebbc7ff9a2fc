"""Publication metadata: label date/source/byline lines ``meta`` and fill ``Document.meta``.

Two filters, run after the chrome cues of :mod:`.boilerplate`:

* :class:`MetaLines` labels lines made of metadata *fields* — a date/time, or a cue key and
  its value (``來源:鄉村干部報網``, ``責編:…``, ``閱讀:420``, ``本報記者 劉瓊``) — and a few
  whole-line shapes (journal issue ``電信科學 2014年3期``, document number ``東府〔2021〕54號``,
  reading time, paper affiliations with postal codes). A line is meta only when it is made of
  fields: no sentence punctuation, short values, and it starts with a field or holds two of
  them. ``記者:呂部長,您好!…`` (an interview question) is body, and so are an event's
  ``时间:…`` / ``地点:…`` lines. Page context adds paper author lists (next to the
  affiliation/journal line or above the abstract) and a notice's signatories (organisation
  names above its date line). Weak keys (``时间``, ``查看``, ``文`` …) count only in the page
  head, before the first paragraph. A user name alone between the title and the first meta
  line (``admin``) is a byline too.
* :class:`MetaExtractor` fills ``doc.meta`` from the labelled lines: ``title`` (see
  :func:`find_title`), ``published`` (ISO 8601), ``source``, ``authors`` (see
  :func:`author_names`; without a byline line, from a news lead such as
  ``新华社北京4月18日电(记者史竞男)``), ``editor``.

Cue keys are written in Simplified and matched on the folded line (:mod:`.cues`), so
``來源``/``来源`` and ``來(lái)源`` all match. The vocabulary is :data:`KEYS`.

>>> from cleantext.document import Document
>>> doc = Document.from_text("标题\\n2024-08-02 16:57:00  來源:鄉村干部報網\\n正文。")
>>> _ = MetaLines()(doc)
>>> [(ln.label, ln.reason) for ln in doc.lines]
[(None, ''), ('meta', 'meta:date'), (None, '')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .. import recache
from ..document import Document, Line, Meta
from .base import next_nonblank
from .cues import _piece, anchored, fold, match_form, page_hits, plain, preimage
from .dates import DATE, ROC_NUMERIC, find_dates, find_loose_dates, iso
from .lazyre import LazyPattern
from .pagefacts import PageFacts, page_facts

if TYPE_CHECKING:
    import regex

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
    }
)
_HARD_SEP = frozenset(KEYS["credit"]) | {"图文", "文图", "主播"}
"""Keys that are ordinary words too (``设计``, ``图文并茂``): only before ``:`` ``|`` ``/``
``丨`` ``·``."""
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
_HARD = frozenset(":|丨︱│]】")
"""The separators after which a key of :data:`_HARD_SEP` counts (not ``/`` or ``·``)."""
"""The separators of :data:`_SEP` (stripped)."""


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


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` factored by prefix (``发(?:布|表)``): each branch starts
    with its own literal, so ``re`` skips to the next possible first character and tries
    one branch per character instead of every word."""
    first: dict[str, list[str]] = {}
    for w in sorted(words):
        first.setdefault(w[0], []).append(w[1:])
    out = []
    for c, tails in first.items():
        rest = [t for t in tails if t]
        if not rest:
            out.append(re.escape(c))
        else:
            opt = "?" if "" in tails else ""
            out.append(f"{re.escape(c)}(?:{_trie(rest)}){opt}")
    return "|".join(out)


_AGO = ("秒前", "钟前", "时前", "天前", "周前", "月前")
"""How a relative date ends (``3小时前``): :data:`_CUE` finds it by its ``前``."""
_CUE_WORDS = (set(_KIND) - {"文", "图"} - _HARD_SEP) | {
    *("综合报", "综合消息", "本报讯", "配图", "图片"),  # lone bylines, credits
    *("收藏", "点赞", "评论", "分享", "转发", "回复"),  # counts
    "原标题",
    "民国",  # a Republic-of-China date
    *(" 摄", "/摄"),  # photo credits ("新华社记者 张三 摄")
    "专讯",  # a Hong Kong paper's lead mark ("明報專訊")
}
# a word that contains another one adds nothing to a search for either ("发布时间": "时间");
# looked up by the word's own substrings (a few dozen), not by every other word (at import)
_CUE_WORDS = {
    w
    for w in _CUE_WORDS
    if not any(
        w[i:j] in _CUE_WORDS
        for i in range(len(w))
        for j in range(i + 1, len(w) + 1)
        if j - i < len(w)
    )
}
_CUE = LazyPattern(
    _trie(sorted(_CUE_WORDS))
    # the one-character keys only before a separator
    + "".join(rf"|{k}(?=\s*[{re.escape(''.join(sorted(_SEPS)))}])" for k in "文图")
    + r"|19\d\d|20\d\d|"  # a year: dates, journal issues, document numbers, edit notes
    + "|".join(rf"{d}\d{{5}}" for d in "0123456789")  # a postal code (affiliations)
    # dates without their year (:func:`.dates.find_loose_dates`): "3月5日", a time
    # ("03-05 10:20", "昨天 10:20"), "3小时前"
    + r"|月(?:(?<=\d月)|(?<=\d\s月))(?=\s*\d)|:(?<=\d:)(?=\d\d)"
    + rf"|前(?<=(?:{'|'.join(_AGO)}))"
    + r"|B(?=[Yy]\s+[A-Z])|A(?=(?i:uthor))"  # English bylines (capitalised: "a" is common)
    + r"|报(?=[道导][)\]】 ]*$)"  # a correspondent's byline ends so
    # keys that are ordinary words too, before a separator ("设计：张三", not "设计理念"):
    # led by the separator, rarer than the keys' characters
    + "".join(
        rf"|{re.escape(c)}(?:(?<=(?:{'|'.join(sorted(_HARD_SEP))}){re.escape(c)})"
        rf"|(?<=(?:{'|'.join(sorted(_HARD_SEP))})\s{re.escape(c)}))"
        for c in sorted(_HARD)
    )
)
"""Something every metadata rule needs: a key or cue word, a year or a postal code. Most
lines have none and are ruled out by this one scan (every branch starts with a literal,
so ``re`` jumps between the characters that can start one: a branch led by a class or a
group would make it try every branch at every character, ten times slower)."""


@functools.cache
def _unfolded_cue() -> re.Pattern[str]:
    """:data:`_CUE` on the plain line as written: a match where :data:`_CUE` has one on the
    folded line. The words by their anchors (:func:`.cues.anchored`); ``文`` / ``图`` before a
    separator, years and postal codes by their first character, digits and separators in
    either width (folding keeps ``\\s`` and ``\\d`` characters what they are)."""
    return recache.compile(recache.derived("meta-unfolded-cue", _unfolded_cue_source))


def _unfolded_cue_source() -> str:
    def pre(chars: str) -> str:
        return _piece("".join(sorted({p for c in chars for p in preimage(c)})))

    # every branch led by a literal character (see :data:`_CUE`)
    seps = pre("".join(sorted(_SEPS)))
    parts = list(anchored(sorted(_CUE_WORDS)).values())
    parts += [rf"{re.escape(p)}(?=\s*{seps})" for key in "文图" for p in preimage(key)]
    for d in "0123456789":
        year = {"1": "9", "2": "0"}.get(d)
        after = rf"{_piece(preimage(year))}\d\d|\d{{5}}" if year else r"\d{5}"
        parts += [rf"{p}(?={after})" for p in preimage(d)]
    # dates without their year (``\d`` and ``\s`` match full-width forms as written)
    parts += [rf"{p}(?:(?<=\d{p})|(?<=\d\s{p}))(?=\s*\d)" for p in preimage("月")]
    parts += [rf"{re.escape(p)}(?<=\d{re.escape(p)})(?=\d\d)" for p in preimage(":")]
    ago = "|".join(sorted(w for end in _AGO for w in _spellings(end)))
    parts += [rf"{p}(?<=(?:{ago}))" for p in preimage("前")]
    upper = pre("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    for c, rest in (("B", rf"{pre('yY')}\s+{upper}"), ("A", pre_word("uthor"))):
        parts += [rf"{re.escape(p)}(?={rest})" for p in preimage(c)]
    keys = "|".join(sorted(w for key in _HARD_SEP for w in _spellings(key)))
    for c in sorted({p for sep in _HARD for p in preimage(sep)}):
        e = re.escape(c)
        parts.append(rf"{e}(?:(?<=(?:{keys}){e})|(?<=(?:{keys})\s{e}))")
    ends = pre(")]】 \u3000")
    parts += [rf"{p}(?={pre('道导')}{ends}*(?:\n|\Z))" for p in preimage("报")]
    return "|".join(parts)


def pre_word(word: str) -> str:
    """``word`` on the text as written, any case: each character by its caseless preimage."""
    return "".join(_piece(preimage(c, caseless=True)) for c in word)


def _spellings(word: str) -> list[str]:
    """Every way of writing ``word`` that folds to it (few characters: a short list)."""
    out = [""]
    for c in word:
        out = [w + p for w in out for p in preimage(c)]
    return out


def _suspects(lines: list[Line], kept: list[str] | None = None) -> set[int]:
    """The undecided lines :func:`judge_meta` may label (it returns ``None`` for the others):
    those a scan of the page's plain lines (:func:`_unfolded_cue`) finds a cue in, without
    folding them. ``kept``: the lines' kept texts, if the caller has them."""
    todo = [i for i, line in enumerate(lines) if line.label is None]
    if kept is None:
        kept = [line.kept_text for line in lines]
    texts = [_scanned(kept[i]) for i in todo]
    return {todo[k] for k in page_hits(texts, _unfolded_cue(), lambda k, m: True)}


_STRIPPED_LEAD = frozenset("•·●◇▪■□◆*-[【(@〔〖「")
"""The characters of :data:`_LEAD` besides ``\\s`` (every ``regex`` ``\\s`` is ``str.isspace``:
a test checks it)."""
_STRIPPED_END = frozenset("]】)〕〗」")
"""What :func:`_strip` takes off the end besides spaces."""


def _scanned(text: str) -> str:
    """The plain ``text`` :func:`_suspects` scans: ``""`` for a line :func:`judge_meta`
    rules out by its length (over 400 characters, or over 200 once stripped: a paragraph),
    told without folding it when neither end is something :func:`_strip` takes off."""
    if len(text) > 400:
        return ""
    p = plain(text)
    if len(p) <= 200:
        return p
    first, last = fold(p[0]), fold(p[-1])  # (folding maps each character on its own)
    if first in _STRIPPED_LEAD or first.isspace() or last in _STRIPPED_END or last.isspace():
        return "" if len(_strip(fold(p))[1]) > 200 else p
    return ""


_DIGIT = _rx(r"\d")
_CHUNK_SEP = _rx(r"[\s|/丨︱│·]+")
_HAN = _rx(r"\p{Han}")
_SIX_DIGITS = _rx(r"\d{6}")
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
_PUB_VERB = _rx(r"(?:发布|发表|更新|修改|首发)$")
_JOURNAL = _rx(r"^\S.{1,24}?\s*(?:19|20)\d\d\s*年\s*(?:第\s*)?\d{1,2}\s*期$")
_DOCNO = _rx(r"^\S{1,12}[〔\[(](?:19|20)\d\d[〕\])]\s*(?:第\s*)?\d{1,4}\s*号$")
_EDITED = _rx(r"^本帖最后由.{1,40}?于\s*(?:19|20)\d\d.{0,30}编辑$")
"""A forum post's edit note: ``本帖最后由 某人 于 2020-1-1 12:00 编辑``."""
_READTIME = _rx(
    r"^(?:阅读(?:本文|全文|完)?|预计阅读|预计)(?:大概|大约|约)?(?:需要|需|时间|时长)?\s*:?\s*"
    r"(?:大概|大约|约)?\s*\d+\s*分钟"
)
_LONE = _rx(
    r"^(?:综合报道|综合报导|综合消息|本报讯"
    r"|(?:\d*\s*(?:浏览|阅读|收藏|点赞|评论|分享|转发)\s*(?:\d+|\(\d+\)?)?\s*){1,4})$"
)
_BYLINE_ONLY = frozenset(KEYS["byline"]) | frozenset(KEYS["editor"])
_NAMEY = _rx(r"^[\p{Han}\w·.\s、/|丨\-]{1,40}$|^\p{Han}{2,3}(?:,\p{Han}{2,3}){1,5}$")
"""A byline value: names (and a comma list of short Han names, ``张三,李四``)."""
_CREDIT = _rx(r"^(?:(?:图片来源|图源)\s*[:|/]?|(?:摄影|配图|图片|图)\s*[:|/])\s*\S.{0,28}$")
_AFFILIATION = _rx(
    r"^[(\[]?\s*(?:\d\s*[.、]\s*)?[^。!?]{0,300}?(?:大学|学院|研究所|研究院|研究中心|医院|实验室|"
    r"公司|学校|中心)[^。!?]{0,300}?\d{6}[^。!?]{0,300}$"
)
"""An author affiliation in journal style: institution names with 6-digit postal codes."""
_NAMES = _rx(r"^(?:\p{Han}\s?\p{Han}{1,3}[\d,*]{0,12}(?:[,、;\s]+|$)){1,12}$")
"""A list of personal names (2-4 Han characters, optional affiliation digits)."""
_NAMES_UNFOLDED = _rx(r"^(?:\p{Han}\s?\p{Han}{1,3}[\d,*，＊]{0,12}(?:[,、;\s，；]+|$)){1,12}$")
""":data:`_NAMES` on the text as written: the characters folding to ``,`` ``*`` ``;`` added
(folding keeps Han, ``\\s`` and ``\\d`` characters what they are: tests check the table)."""
_ABSTRACT = _rx(r"(?i)^[\[【]?\s*(?:摘\s*要|关键词|关键字|abstract)")
_ROLE = (
    r"(?:文字|文|撰文|采写|记者|通讯员|图片|图|摄影|摄像|视频|编辑|责任编辑|责编|审核|审校|校对|初审|复审|"
    r"终审|一审|二审|三审|编审|美编|排版|设计|统筹|监制|出品|策划|供稿|来源|作者|翻译|编译|主编|值班编辑|"
    r"实习编辑|图文|制图|剪辑|配音|签发)"
)
_NAMES_VALUE = r"[^\s:|/,;。]{1,12}(?:[ 、][^\s:|/,;。]{1,12}){0,3}"
_CREDITS = _rx(
    rf"^{_ROLE}\s*[:|/]\s*{_NAMES_VALUE}(?:(?:\s+|\s*[|/,;]\s*){_ROLE}\s*[:|/]\s*{_NAMES_VALUE})+$"
)
"""A credit line of two or more role/name pairs: ``文字：李明远　图片：王芳``,
``审核：张伟　责任编辑：刘洋``."""
_ORIGINAL_TITLE = _rx(r"^原标题\s*:\s*\S")
_VOTES = _rx(
    r"^\d[\d,.]*\s*[kw万]?\+?\s*(?:人|位)\s*(?:赞同|点赞|赞|喜欢|觉得很赞|推荐|收藏)了?"
    r"(?:该|这个|此|这篇)?(?:回答|文章|内容|答案)?$"
)
"""A Q&A answer's vote count: ``156 人赞同了该回答``."""
_QA_COUNTS = _rx(r"^关注者\s*[\d,.]+\s*[kw万]?\s*被浏览\s*[\d,.]+\s*[kw万]?$")
"""A Q&A question's counts: ``关注者 128 被浏览 45,210``."""
_PTT_AUTHOR = _rx(
    r"^作者\s*:?\s*[A-Za-z0-9_.]{2,14}\s*(?:\([^()]{0,30}\))?(?:\s+(?:看板|站内)\s*:?\s*\S{1,20})?$"
)
"""A bulletin-board header: ``作者  twmoon (月光下的貓)  看板  C_Chat``."""
_EN_BYLINE = _rx(r"(?i)^(?:posted|published|updated|last\s+updated|written|by)(?![a-z]).{0,60}$")
"""An English byline or date line (``Posted by admin on March 5, 2024``) once it holds a date."""
_SPACED_KEY = _rx(
    r"^(\p{Han})[ ]{1,4}(\p{Han})(?:[ ]{1,4}(\p{Han}))?(?:[ ]{1,4}(\p{Han}))?(?=\s*:)"
)
"""A key spaced out to align a table, at the start of the line (``索  引  号：``)."""


def _join_key(m: regex.Match[str]) -> str:
    joined = "".join(g for g in m.groups() if g)
    return joined if joined in _KIND else m[0]


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


_LOOSE_HINT = re.compile(r"\d\s*月|\d:\d\d|[秒钟时天周月]前|\d/\d\d?/\d{4}")
"""What every date of :func:`.dates.find_loose_dates` holds (``re``: a cheap test first)."""


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


def judge_meta(
    text: str, *, head: bool = True, memo: dict[str, Fields] | None = None
) -> str | None:
    """The meta reason for one line of text, or ``None``. ``head``: the line is in the page
    head (before the first long paragraph), where weaker cues are trusted.

    >>> judge_meta("2024-08-02 16:57:00  來源:鄉村干部報網  ")
    'meta:date'
    >>> judge_meta("本報記者 劉瓊 通訊員 張靜 實習生蔣歆")
    'meta:byline'
    >>> judge_meta("責編:鄉村干部報編輯")
    'meta:editor'
    >>> judge_meta("記者:呂部長,您好!金安區如何打造村級后備力量“蓄水池”?") is None
    True
    """
    if len(text) > 400:
        return None
    _, folded = match_form(text)
    if len(folded) > 200 and len(_strip(folded)[1]) > 200:
        return None  # (before the cue scan: long lines hold most of a page's text)
    if _CUE.search(folded) is None:
        return None
    _, s = _strip(folded)
    if not s or len(s) > 200:
        return None
    # most lines hold no digit: the rules that need one (journal issue, document number,
    # reading time, edit note, affiliation postal code, dates, counts) are skipped for them
    digit = _DIGIT.search(s) is not None
    if not digit and len(s) <= 80 and _CREDITS.match(s):
        return "meta:credit"
    if s.startswith("原标题") and _ORIGINAL_TITLE.match(s):
        return "meta:docinfo"
    if digit and len(s) <= 40 and _VOTES.match(s):
        return "meta:votes"
    if s.startswith("关注者") and _QA_COUNTS.match(s):
        return "meta:counter"
    if s.startswith("作者") and _PTT_AUTHOR.match(s):
        return "meta:byline"
    if digit and _EN_BYLINE.match(s) and not _SENTENCE.search(s) and find_dates(s):
        return "meta:date"
    if s[1:2] == " " and ":" in s:  # "索  引  号："
        s = _SPACED_KEY.sub(_join_key, s, count=1)
    if len(s) <= 40:
        if digit and _JOURNAL.match(s):
            return "meta:journal"
        if digit and _DOCNO.match(s):
            return "meta:docno"
        if head and _LONE.match(s):
            return "meta:counter" if not s.startswith(("综合", "本报")) else "meta:byline"
    if s.startswith("打印"):
        return None  # "打印时间：…": when the page was printed, not published
    if digit and _READTIME.match(s):
        return "meta:reading-time"
    if digit and _EDITED.match(s):
        return "meta:date"
    if len(s) <= 30 and _CREDIT.match(s) and not _SENTENCE.search(s):
        return "meta:credit"
    if s.endswith("摄") and len(s) <= 30 and _PHOTO.match(s):
        return "meta:credit"
    if "记者" in s and len(s) <= 60:
        t = folded.strip()
        m = _LEAD_BYLINE.match(t)
        if m is not None and m.end() == len(t):
            return "meta:byline"  # a news lead's dateline alone: "本报讯(记者 张三)"
        if _REPORTER.match(s):
            return "meta:byline"
    if len(s) <= 40 and s.endswith(("报道", "报导")) and _REPORTED.match(s):
        return "meta:byline"
    if len(s) <= 12 and s.endswith("专讯") and _LONE_LEAD.match(s):
        return "meta:byline"
    if len(s) <= 60 and not digit and _EN_AUTHOR.match(s):
        return "meta:byline" if head else None
    if not digit and _KEY_WORD.search(s) is None:
        return None  # no key, no date, no count: no field
    if head and len(s) >= 12 and _SIX_DIGITS.search(s) and _AFFILIATION.match(s):
        return "meta:affiliation"
    s = _QSEP.sub(" | ", s)
    keys, dates = fields(s, digit, memo)  # (neither substitution adds or takes a digit)
    if not keys and not dates:
        return None
    if not head:
        keys = [k for k in keys if k[2] not in _HEAD_ONLY]
        if not keys and not (dates and len(s) <= 30 and dates[0][0] == 0):
            return None
    nfields = len(keys) + len(dates)
    if _SENTENCE.search(s) and nfields < 3:
        return None
    # what is left once keys and dates are taken out must be short values
    spans = sorted([(a, b) for a, b, _, _ in keys] + [(a, b) for a, b, _ in dates])
    rest, pos = [], 0
    for a, b in spans:
        if a >= pos:
            rest.append(s[pos:a])
            pos = b
    rest.append(s[pos:])
    chunks = [c for c in _CHUNK_SEP.split("".join(x + " " for x in rest)) if c]
    longest = max((len(c) for c in chunks), default=0)
    if longest > (60 if nfields >= 3 else 30):
        return None
    if sum(map(len, chunks)) >= PROSE_REST and _SENTENCE.search(s):
        # a news lead (新京报讯(记者 吴婷婷)3月5日,记者从…获悉,今年本市将…): clauses around
        # its fields, the article's first paragraph
        return None
    if not keys and not any(v for _, _, v in dates):
        # dates without a year only: the date alone (a weekday allowed), or, with a time
        # ("昨天 10:20", "3小时前"), beside a name or two ("澎湃新闻 03-05 10:20")
        if not head or _NUMBERED.match(s):
            return None
        words = [c for c in chunks if not _WEEKDAY.fullmatch(c)]
        timed = any(":" in s[a:b] or s[b - 1] == "前" for a, b, _ in dates)
        if words and not (timed and len(words) <= 2 and longest <= 12):
            return None
        for a, b, _ in dates:  # set apart: not "会议将于3月5日 10:00举行"
            if (a and s[a - 1] not in _APART) or (b < len(s) and s[b] not in _APART):
                return None
    elif not keys and _NUMBERED.match(s):
        return None  # "1. 2024年3月5日 召开动员大会": a list item
    first = min([(a, kind) for a, _, _, kind in keys] + [(a, "date") for a, _, _ in dates])
    if first[0] == 0:
        kind = first[1]
        if kind in ("byline", "editor") and not dates and len(keys) == 1:
            # a lone byline/editor key: the value must look like names
            value = s[keys[0][1] :]
            if not _NAMEY.match(value or "x") or len(s) > 45:
                return None
            if keys[0][2] in _WEAK and s[keys[0][1] - 1].isspace() and len(value.split()) > 2:
                return None  # "編輯 鎖定 討論 上傳視頻": a row of buttons
        if kind == "date" and not dates and len(keys) < 2 and longest > 0:
            return None  # a date key without a date: only with other fields or no value
        if kind == "date" and not keys and not head:
            after = s[dates[0][1] :]
            if after and not after[0].isspace() and "T" not in dates[0][2]:
                return None  # "2024年3月1日起施行": a sentence in the body
        return f"meta:{kind}"
    if nfields >= 2 and (len(keys) >= 1 or len(dates) >= 2):
        return f"meta:{'date' if dates else first[1]}"
    if dates and head and (len(s) <= 30 or (len(s) <= 60 and _PUB_VERB.search(s))):
        return "meta:date"
    if dates and head and len(s) <= 60 and len(chunks) <= 4 and longest <= 12:
        return "meta:date"  # "3.2萬播放 · 總彈幕數156 2021-06-17 20:14:32": short fields
    return None


PROSE_REST = 40
"""Characters of a line with a sentence mark besides its fields from which it is prose."""

_APART = frozenset(" |/丨︱│·:()[]【】")
"""What sets a field apart from its neighbours on a date line."""
_WEEKDAY = _rx(r"(?:星期|周|礼拜)[一二三四五六日天]")
_NUMBERED = _rx(r"(?:\d{1,2}[.、)]\s|[一二三四五六七八九十]{1,3}[、.)])")
"""A list item's number (``1. ``, ``三、``)."""
_PHOTO = _rx(
    r"^(?:(?:新华社|中新社|本报|本刊|特约|见习)?记者\s*)?(?:\p{Han}{2,4}|[A-Za-z][\w.]{1,19})"
    r"(?:[\s、]+\p{Han}{2,4}){0,3}\s*[\s/]\s*摄$"
)
"""A photo credit: ``张三 摄``, ``新华社记者 张三 摄``, ``张三/摄``."""


_REPORTER = _rx(
    r"^[^\s,。!?:]{0,8}?记者\s*\p{Han}{2,4}(?:[、\s]+\p{Han}{2,4}){0,3}\s*"
    r"(?:/\s*\p{Han}{0,10}?(?:报导|报道)|\p{Han}{0,6}\d{1,2}日电)$"
)
"""A Taiwan byline or dateline alone on its line: ``記者陳怡君／台北報導``,
``中央社記者陳怡君台北5日電``."""
_REPORTED = _rx(r"^\S{2,16}(?:\s+\S{2,12}){1,3}(?<![据的了])(?:报道|报导)$")
"""A correspondent's byline: paper, name and place (``英國《金融時報》 蒂姆·布拉德肖
舊金山報道``)."""
_LONE_LEAD = _rx(r"^\p{Han}{1,6}专讯$")
"""A Hong Kong paper's lead mark alone: ``【明報專訊】``."""
_EN_AUTHOR = _rx(
    r"^(?:By|BY|Author\s*:?|AUTHOR\s*:?)\s+"
    r"[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,3}$"
)
"""An English byline without a date: ``By John Smith``, ``Author: Jane Doe``."""


def _lone_count(text: str, joined: bool = False) -> str | None:
    """``meta:counter`` for a line of counts alone (``阅读 (2386)``, ``浏览 1,234 次``); with
    ``joined``, only for a view count joined to others (``瀏覽 5,432 | 回應 23``)."""
    s = _strip(match_form(text)[1])[1]
    if not s or not _DIGIT.search(s):
        return None
    if _COUNTS.match(s) or (not joined and _LONE.match(s)):
        return "meta:counter"
    return None


_COUNT = r"\s*:?\s*\(?\d[\d,.]*\s*[万wk]?\)?\s*次?"
_COUNTS = _rx(
    rf"^(?:浏览|阅读|点击|人气){_COUNT}(?:\s*[|·/]?\s*(?:回复|回应|评论|收藏|点赞){_COUNT}){{1,3}}$"
)
"""A view count and others joined by separators (``瀏覽 5,432 | 回應 23``): a thread's counts,
after its posts as above them."""


def _open_key(text: str) -> str | None:
    """The key a line ends with when its value is left to the next line (``作者：``,
    ``来源：新华网　作者：``), or ``None``."""
    if not text.rstrip(" \u3000)]】）］").endswith((":", "：")):
        return None  # (most meta lines: no fold, no field scan)
    folded = _strip(match_form(text)[1])[1].rstrip()
    if not folded.endswith(":"):
        return None
    keys = fields(folded)[0]
    return keys[-1][2] if keys and keys[-1][1] >= len(folded) else None


def _bare_value(text: str) -> bool:
    """A short value alone on its line: no key of its own, no sentence."""
    folded = _strip(match_form(text)[1])[1]
    return (
        0 < len(folded) <= 30
        and not _SENTENCE.search(folded)
        and not folded.endswith(":")
        and next(_key_matches(folded), None) is None
    )


def _own_key(text: str) -> bool:
    """The line starts with a key and a separator of its own (``责任编辑:李薇``), so it is
    not the bare value of a key on the line above."""
    folded = _strip(match_form(text)[1])[1]
    first = next(_key_matches(folded), None)
    return first is not None and first[0] == 0 and first[3].strip() in (":", "|", "/")


def is_paragraph(text: str) -> bool:
    """A line of running text: long, with sentence punctuation after a Han character.

    >>> is_paragraph("赌牌是块超级肥肉。")
    False
    """
    if len(text) < 40:
        return False  # plain text is never longer
    text = plain(text)
    # on the folded text: "。", or "!" / "?" after a word (:data:`_PARA`); told on the plain
    # text as written (:data:`_PARA_UNFOLDED`), as a paragraph is long and folding costs
    # ~300 instructions per character
    return len(text) >= 40 and ("。" in text or _PARA_UNFOLDED.search(text) is not None)


_PARA = _rx(r"[!?](?<=[\p{Han}\w”」)].)")
"""``!`` or ``?`` after a word on the folded text (the look-behind after the mark: ``regex``
then scans for the mark instead of trying the look-behind at every character)."""
_PARA_UNFOLDED = _rx(r"[!?！？](?<=[\p{Han}\w”」)）].)")
""":data:`_PARA` on the text as written: the characters folding to ``!``, ``?`` and ``)``
added (folding keeps Han characters Han and word characters word characters, and no other
character folds to ``。``, ``”`` or ``」``: tests check the table)."""


def head_end(doc: Document) -> int:
    """Index of the first undecided paragraph-like line (``len(doc.lines)`` if none)."""
    # four filters ask on each page: the page's paragraphs are told once (PageFacts)
    return page_facts(doc).head_end(doc.lines)


def next_paragraph(lines: list[Line], start: int, stop: int) -> int | None:
    """Index of the first paragraph-like line in ``lines[start:stop]``, or ``None``."""
    for i in range(start, min(stop, len(lines))):
        line = lines[i]
        if len(line.clean) >= 40 and line.label in (None, "body") and is_paragraph(line.kept_text):
            return i
    return None


def article_foot(doc: Document, end: int, facts: PageFacts | None = None) -> tuple[int, int]:
    """The foot of the article as ``(start, stop)`` line indices: from the line after the
    last paragraph-like line past ``end`` (the end of the page head) to the first chrome line
    below it. A byline, a source or a date may close the article there, as in the head
    (``文 | 张三``, ``时间：…``); below the chrome are comments and lists. ``(n, n)`` if the
    page has no paragraph past its head. ``facts``: the page's, if the caller has them."""
    lines = doc.lines
    n = len(lines)
    last = (facts or page_facts(doc)).last_paragraph(lines, end)
    if last is None:
        return n, n
    stop = last + 1
    while stop < n and lines[stop].label not in ("boilerplate", "spam"):
        stop += 1
    return last + 1, stop


class MetaLines:
    """Label metadata lines ``meta`` (reasons ``meta:date``, ``meta:source``, ``meta:byline``,
    ``meta:editor``, ``meta:counter``, ``meta:docinfo``, ``meta:journal``, ``meta:docno``,
    ``meta:reading-time``)."""

    name = "meta-lines"

    @staticmethod
    def _names_above(lines: list[Line], meta: list[int], end: int) -> None:
        """An author's or account's name (one to three short lines: name, headline) between
        the article's first line (title or lead) and the first meta line of the page, a
        date line, in the head or after one paragraph (a lead or a long title):
        ``算法小陈`` / ``2022-03-05 10:20 · 阅读 3,417``. The line above them must be a heading
        or a paragraph longer than each and holding none (a short title above its date is
        the title); of the blocks that fit, the longest."""
        first = next((i for i in meta if lines[i].label == "meta"), None)
        if first is None or lines[first].reason not in ("meta:date", "meta:votes"):
            return
        if lines[first].reason == "meta:votes" and first > end:
            return  # a vote count after a paragraph: the article's own lines above it
        if first > end and (
            next_paragraph(lines, end + 1, first) is not None
            or _CLOCK.search(lines[first].kept_text) is None
        ):
            return  # after a paragraph: only above a timestamp ("2022-03-05 10:20")
        cand, j = [], next_nonblank(lines, first, -1)
        while j is not None and len(cand) < 4:
            if _FOLLOW.match(lines[j].text) is None:  # a follow button between: passed over
                if lines[j].label is not None:
                    break
                cand.append(j)
            j = next_nonblank(lines, j, -1)
        best = 0
        for size in range(1, min(3, len(cand) - 1) + 1):
            if not _name_line(lines[cand[size - 1]].kept_text):
                break
            above = match_form(lines[cand[size]].kept_text)[1].strip()
            if not (heading_like(above) or (len(above) > 40 and _MENU.match(above) is None)):
                # a title, or a long line (a lead, a paragraph); a menu bar above is chrome:
                # the line under it is the title (``即時 政治 社會 …`` / ``訂閱`` / the title)
                continue
            names = [match_form(lines[k].kept_text)[1].strip() for k in cand[:size]]
            if all(len(n) < len(above) and n not in above for n in names):
                best = size
        for k in cand[:best]:
            lines[k].mark("meta", "meta:byline")

    @staticmethod
    def _name_by_button(lines: list[Line], end: int) -> None:
        """An author's or channel's name right above its follow/message buttons in the head,
        a date line a few lines above it, below a longer line (the title, a notice):
        ``數據分析課堂`` / ``發消息`` / ``+ 關注 1.2萬``."""
        for f in range(min(end, len(lines))):
            text = lines[f].text
            if len(text) > 24 or not ("注" in text or "消息" in text or "私信" in text):
                continue  # (a button is short and holds one of these)
            if lines[f].label not in (None, "boilerplate") or not _FOLLOW.match(text):
                continue
            j = next_nonblank(lines, f, -1)
            while j is not None and _FOLLOW.match(lines[j].text):
                j = next_nonblank(lines, j, -1)
            if j is None or lines[j].label is not None or not _name_line(lines[j].kept_text):
                continue
            k = next_nonblank(lines, j, -1)
            if k is None or lines[k].label == "meta":
                return  # the name rule above the date line has judged it
            # a date line just above, or a meta line right under the buttons ("晴川閣主" /
            # "關注" / "2023.08.11 21:04 字數 1,632"): the author's block, not a short title
            near, m = False, k
            for _ in range(3):
                if m is None:
                    break
                near = near or lines[m].reason == "meta:date"
                m = next_nonblank(lines, m, -1)
            b = next_nonblank(lines, f, 1)
            if not near and b is not None and lines[b].label == "meta":
                near = True
                # chrome between the title and the name ("讚賞支持") is passed over
                for _ in range(3):
                    if k is None or lines[k].label != "boilerplate":
                        break
                    k = next_nonblank(lines, k, -1)
                if k is None or lines[k].label is not None:
                    return
            name = match_form(lines[j].kept_text)[1].strip()
            above = match_form(lines[k].kept_text)[1].strip()
            if near and len(above) > len(name) and name not in above:
                lines[j].mark("meta", "meta:byline")
            return

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        facts = page_facts(doc)
        end = facts.head_end(lines)
        meta = []  # meta lines (and date lines), for the passes below
        judged = _suspects(lines, facts.kept)
        memo = doc.cache.setdefault("fields", {})  # the extractor reads the same lines
        # the article's foot matters only to lines after the head that hold a cue
        n = len(lines)
        tail, foot = article_foot(doc, end, facts) if any(i > end for i in judged) else (n, n)
        for i, line in enumerate(lines):
            if line.label is None:
                if i not in judged:
                    continue  # judge_meta would say None
                reason = judge_meta(line.kept_text, head=i < end or tail <= i < foot, memo=memo)
                if reason is None and i > end and len(line.kept_text) <= 40:
                    # "阅读 (2386)" below the chrome; "瀏覽 5,432 | 回應 23" under the last post
                    reason = _lone_count(line.kept_text, joined=i < foot)
                if reason is not None:
                    prev = next_nonblank(lines, i, -1)
                    if (
                        prev is not None
                        and lines[prev].reason == "boilerplate:profile"
                        and len(line.kept_text) <= 12
                        and not _own_key(line.kept_text)
                    ):
                        continue  # the value of a forum profile key ("注册时间" / "2018-7-6")
                    line.mark("meta", reason)
                    meta.append(i)
            elif line.label == "meta" or line.reason == "meta:date":
                meta.append(i)
        # a key whose value the page put on the next line ("作者：" / "张三")
        for i in meta:
            if lines[i].label == "meta" and _open_key(lines[i].kept_text) is not None:
                j = next_nonblank(lines, i, 1)
                if j is not None and lines[j].label is None and _bare_value(lines[j].kept_text):
                    lines[j].mark("meta", lines[i].reason)
        # a user name alone between the title and the first meta line ("admin")
        first = next((i for i in meta if i < end and lines[i].label == "meta"), None)
        j = next_nonblank(lines, first, -1) if first is not None else None
        if j is not None and lines[j].label is None and _USER.fullmatch(lines[j].kept_text):
            k = next_nonblank(lines, j, -1)
            if k is not None and lines[k].label is None and heading_like(lines[k].kept_text):
                lines[j].mark("meta", "meta:byline")
        # a Q&A answer's author block: one or two short lines (name, headline) between chrome
        # and the vote count ("老王谈芯片" / "半导体行业从业者" / "156 人赞同了该回答")
        for i in meta:
            if lines[i].reason != "meta:votes":
                continue
            block, j = [], next_nonblank(lines, i, -1)
            while j is not None and len(block) < 2 and lines[j].label is None:
                folded = match_form(lines[j].kept_text)[1].strip()
                if len(folded) > 24 or _BLOCK_BAD.search(folded) or _LISTY.match(folded):
                    break
                block.append(j)
                j = next_nonblank(lines, j, -1)
            if block and j is not None and lines[j].label == "boilerplate":
                for k in block:
                    lines[k].mark("meta", "meta:byline")
        # "时间:… / 地点:…" is an event's details, not publication metadata
        for i in meta:
            line = lines[i]
            if line.label == "meta" and _EVENT_TIME.match(match_form(line.kept_text)[1]):
                near = [next_nonblank(lines, i, -1), next_nonblank(lines, i, 1)]
                if any(
                    j is not None and _EVENT_FIELD.match(match_form(lines[j].kept_text)[1])
                    for j in near
                ):
                    line.label, line.reason = None, ""
        # author lists of papers: a line of names in the head next to other paper metadata
        # (affiliation, journal, date) or right before the abstract/keywords
        for i in range(min(end, len(lines))):
            line = lines[i]
            if line.label is not None:
                continue
            # told on the plain text as written (:data:`_NAMES_UNFOLDED`), not folded
            text = plain(line.kept_text)
            if len(text) > 80 or not _NAMES_UNFOLDED.match(text):
                continue
            folded = match_form(line.kept_text)[1]
            if _SECTION.match(folded):
                continue
            near = [next_nonblank(lines, i, -1), next_nonblank(lines, i, 1)]
            paper = _PAPER if len(folded.split()) > 1 or "," in folded else _PAPER_STRICT
            if any(j is not None and lines[j].reason in paper for j in near) or (
                near[1] is not None and _ABSTRACT.match(match_form(lines[near[1]].kept_text)[1])
            ):
                line.mark("meta", "meta:authors")
        # signatories of a notice: organisation names right above its date line
        for i in meta:
            line = lines[i]
            if line.reason != "meta:date" or not _DATE_ONLY.match(match_form(line.kept_text)[1]):
                continue
            j = next_nonblank(lines, i, -1)
            for _ in range(3):
                if j is None or lines[j].label is not None:
                    break
                folded = match_form(lines[j].kept_text)[1].strip()
                if len(folded) > 24 or not _ORG.search(folded) or _SENTENCE.search(folded):
                    break
                lines[j].mark("meta", "meta:signatory")
                j = next_nonblank(lines, j, -1)
        self._names_above(lines, meta, end)
        self._name_by_button(lines, end)
        self._post_heads(lines, meta)
        # a rating in the head ("综合评分 8.6（103人做过这道菜）"), and a notice's release mark
        # under its date ("（此件主动公开）")
        for i in range(min(end, len(lines))):
            line = lines[i]
            text = line.kept_text
            if (
                line.label is None
                and ("评分" in text or "評分" in text)
                and len(text) <= 40
                and _RATING.match(match_form(text)[1].strip())
            ):
                line.mark("meta", "meta:counter")
        for i in meta:
            j = next_nonblank(lines, i, 1)
            if (
                j is not None
                and lines[j].label is None
                and "此件" in lines[j].kept_text
                and _RELEASE.match(match_form(lines[j].kept_text)[1].strip())
            ):
                lines[j].mark("meta", "meta:docinfo")
        # the region a self-media page shows under its date line, without its key ("广东")
        for i in meta:
            j = next_nonblank(lines, i, 1)
            if (
                i < end
                and j is not None
                and lines[j].label is None
                and len(lines[j].kept_text) <= 4
                and match_form(lines[j].kept_text)[1].strip() in _REGIONS
            ):
                lines[j].mark("meta", "meta:location")
        return doc

    @staticmethod
    def _post_heads(lines: list[Line], meta: list[int]) -> None:
        """A poster's name right above the timestamp of a post in a thread, the post under
        them (a sentence, a floor number passed over): ``老貓不睡`` / ``2023-06-18 22:15`` /
        ``#2`` / ``臥室一定要有一台，…``. A list of titles with dates has no post under its
        dates."""
        first = next((i for i in meta if lines[i].label == "meta"), None)
        # under a comment heading ("评论 (12)") the posts are readers' comments: chrome (a
        # count of answers or replies, "2个回答", heads the thread's own posts)
        comments = next(
            (
                i
                for i, ln in enumerate(lines)
                if ln.reason == "boilerplate:comments" and _COMMENT_WORD.search(ln.kept_text)
            ),
            len(lines),
        )
        for i in meta:
            if i == first or i > comments or lines[i].reason != "meta:date":
                continue  # (the article's own date: the name rules above have judged it)
            j = next_nonblank(lines, i, -1)
            if j is None or lines[j].label is not None:
                continue
            name = lines[j].kept_text.strip()
            if not (_name_line(name) or _USER.fullmatch(name)):
                continue
            if not _STAMP.match(match_form(lines[i].kept_text)[1].strip()):
                continue
            k = next_nonblank(lines, i, 1)
            if k is not None and FLOOR.match(match_form(lines[k].kept_text)[1].strip()):
                k = next_nonblank(lines, k, 1)
            if k is None or lines[k].label is not None:
                continue
            # a post: a sentence, or a line no timestamp follows (in a list of titles with
            # dates, each line under a date is the next title, a date under it)
            after = next_nonblank(lines, k, 1)
            if _POST_MARK.search(match_form(lines[k].kept_text)[1]) is not None or not (
                after is not None
                and lines[after].reason == "meta:date"
                and _STAMP.match(match_form(lines[after].kept_text)[1].strip())
            ):
                lines[j].mark("meta", "meta:byline")
                # the post's first line is the thread's text, however short ("小火慢炖"):
                # no later rule takes it for a button or a related title
                lines[k].mark("body", "body:post")


_FOLLOW = re.compile(
    r"^\s*\+?\s*(?:关注|關注|发消息|發消息|私信)(?:他|她|TA|作者)?(?:\s*[\d.]+\s*[万萬wk]?)?\s*$"
)
"""A follow or message button beside an author's name (``關注他``, ``+ 关注 1.2万``,
``發消息``)."""
_CLOCK = re.compile(r"\d[:：]\d\d")
_NAME_BAD = _rx(r"[,。!?;:、“”\"《》()\[\]【】<>|_=+#@/\\]")
"""What a name alone on its line does not hold (on folded text)."""


def _name_line(text: str) -> bool:
    """A short line that can be a person's or an account's name (``算法小陈``,
    ``Linux運維小哥``, ``某互聯網公司 算法工程師``): 2-16 characters, no punctuation, not
    only digits, not a list item or a section word."""
    if len(text) > 40:
        return False
    folded = match_form(text)[1].strip()
    return (
        2 <= len(folded) <= 16
        and "\t" not in folded  # a table's row ("重量<tab>單耳5g")
        and _NAME_BAD.search(folded) is None
        and not folded.replace(" ", "").isdigit()
        and not _LISTY.match(folded)
        and not _SECTION.match(folded)
        and not _SUBTITLE.match(folded)
        and _KEY_WORD.search(folded) is None
        and "关注" not in folded  # a follow button: "關注他", "+ 关注"
    )


_REGIONS = frozenset(
    [
        "北京",
        "天津",
        "上海",
        "重庆",
        "河北",
        "山西",
        "辽宁",
        "吉林",
        "黑龙江",
        "江苏",
        "浙江",
        "安徽",
        "福建",
        "江西",
        "山东",
        "河南",
        "湖北",
        "湖南",
        "广东",
        "海南",
        "四川",
        "贵州",
        "云南",
        "陕西",
        "甘肃",
        "青海",
        "台湾",
        "内蒙古",
        "广西",
        "西藏",
        "宁夏",
        "新疆",
        "香港",
        "澳门",
    ]
)
"""Provinces and regions (folded), as an IP location shows them."""
_STAMP = _rx(
    r"^(?:(?:发表|发布|回复|回覆|发帖)(?:于|时间\s*:?)\s*)?(?:19|20)\d\d\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})"
    r"\s+\d{1,2}:\d\d(?::\d\d)?$"
)
"""A timestamp alone: a date and a time (``2023-06-18 22:15``, ``发表于 2024-03-05 21:14``)."""
FLOOR = _rx(r"^(?:#\s*\d{1,5}|\d{1,5}\s*[楼樓#fF]|第\s*\d{1,5}\s*[楼樓]|沙发|沙發|板凳|地板)$")
"""A post's floor number in a thread (``#2``, ``2樓``, ``沙发``), on folded text."""
_RATING = _rx(
    r"^(?:综合|用户|平均|总)?评分\s*:?\s*\d{1,2}(?:\.\d{1,2})?\s*分?(?:\s*[(]?[^()]{0,20}[)]?)?$"
)
"""A rating and what it counts (folded): ``综合评分 8.6（103人做过这道菜）``."""
_RELEASE = _rx(r"^\(\s*此件(?:主动|依申请|不予)?公开(?:发布)?\s*\)$")
"""A government notice's release mark (folded): ``（此件主动公开）``."""
_COMMENT_WORD = re.compile(r"评论|評論|留言|comment", re.I)
_POST_MARK = re.compile(r"[,。!?;]")
"""What a post has and a title in a list of titles has not (on folded text)."""
_USER = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]{1,19}")
_BLOCK_BAD = re.compile(r"[,。!?;:、“”《》]")
"""A site user name (``admin``): ASCII, one word."""
_DATE_ONLY = _rx(
    r"^\s*(?:19|20)\d\d\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})\s*$"
)
_ORG = _rx(
    r"^[\p{Han}()]{2,}(?:办公室|办公厅|委员会|人民政府|政府|管理局|局|厅|委|公司|协会|学会|中心|研究院|"
    r"研究所|大学|学院|医院|银行|集团|部)$"
)
_EVENT_TIME = _rx(r"^\s*(?:[一二三四五六七八九十]+[、.]|\d+[.、])?\s*(?:时间|日期)\s*:")
_EVENT_FIELD = _rx(
    # one optional `\s*` after the number, not two around it: linear on long runs of spaces
    r"^\s*(?:(?:[一二三四五六七八九十]+[、.]|\d+[.、])\s*)?"
    r"(?:地点|地址|主办|承办|参会|参加|会议|活动|主题|内容|对象|报名|主讲|嘉宾)"
)
_PAPER = frozenset({"meta:affiliation", "meta:journal", "meta:date"})
_PAPER_STRICT = frozenset({"meta:affiliation", "meta:journal"})


# --- title ------------------------------------------------------------------------------------

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
    if t.endswith(_COMPANY) or _MENU.match(t):
        return False
    return _TWO_HAN.search(t) is not None


_SECTION = _rx(
    r"^(?:目录|目\s录|文章目录|本文目录|内容目录|关键词|关键字|摘要|摘\s要|前言|引言|概述|导读|"
    r"正文|简介|背景|结论|总结|参考文献|附录|说明|注意|注)\s*[::]?$"
)
"""Article section words: body, never a title, never chrome."""
_TWO_HAN = _rx(r"\p{Han}[^\p{Han}]*\p{Han}")
_SUBTITLE = _rx(r"^[—\-]{1,2}")
_COMPANY = ("有限公司", "分公司", "股份公司")
"""A heading ending in a company name is site chrome or a byline, not a title."""
_MENU = _rx(r"(?:[^\s,。!?、:;,!?:;]{1,8}\s+){4,}[^\s,。!?、:;,!?:;]{1,8}$")
"""A menu bar: five or more short words separated by spaces."""
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
        for j in range(m - 1, -1, -1):
            ln = lines[j]
            if ln.label in ("blank", "meta", "spam") or not ln.kept_text:
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
            if _FIELD_LINE.match(text) and _field_above(lines, j):
                break  # a product's or a record's field list ("容量：4L"), no title above
            if len(text) <= 20 and not _HAN.search(text):
                continue  # a user name or a counter between the title and the date
            if heading_like(text) and (not crossed or len(text) >= 10):
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
        if ln.label in (None, "body") and heading_like(ln.kept_text):
            if _FIELD_LINE.match(match_form(ln.kept_text)[1].strip()) and (
                _field_above(lines, j) or _field_above(lines, j, 1)
            ):
                continue  # a field of a list ("职称:主任医师" under a doctor's name)
            if len(match_form(ln.kept_text)[1].strip()) >= 6:
                return _title_below(lines, j, end), False
            if first is None:
                first = j
    return first, False


_CAPTION = ("图为", "图:", "图/", "上图", "下图", "左图", "右图", "资料图")
"""How a photo's caption starts (folded): between the title and its date, it is no title."""
_BY_TITLE = frozenset({"boilerplate:share", "boilerplate:widget"})
"""Chrome that sits between a title and its date line (share bars, font-size pickers)."""
_COLUMN_PATH = _rx(r"^[^\s>»›→]{1,12}(?:\s+(?:>|»|›|→)\s+[^\s>»›→]{1,20}){1,3}$")
"""A column's path between a title and its date: short items between spaced ``>``."""
_PATH = _rx(r"^[^\s>»›→]{1,12}(?:\s+>\s+[^\s>»›→]{1,12}){2,5}$")
"""A breadcrumb: three to six short items between spaced ``>``."""
_FIELD_LINE = _rx(r"^[^\s:]{1,6}(?:\s*:\s*|\t+)\S[^:\t]{0,40}$")
"""A field of a list, ``容量:4L`` (folded colon) or ``重量<tab>5g``: a short key, one short
value."""


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


# --- extraction -------------------------------------------------------------------------------

_VALUE_END = _rx(r"\s{2,}|\s*[|?丨︱│]\s*|\s+(?=\S{1,6}\s*[:])")
_NAME_SPLIT = _rx(r"[\s、;;/|丨︱│]+")
_NOT_AUTHOR = frozenset(
    {"图片来源", "图源", "摄影", "图", "楼主", "录入", "发布者", *KEYS["credit"]}
    | {"提问者", "提问人", "发问者", "回答者", "答主"}  # a Q&A page's users, not the text's
)
"""Byline keys that do not name an author of the text (credits, uploaders)."""
_NOT_PUBLISHED = ("归档", "注册", "登录", "截止", "成文")
_NOT_NAME = frozenset({"报道", "报导", "采写", "整理", "摄", "供图", "等"})
"""Words a byline puts around names (``記者 王小明 報道``), never a name."""
_HAN_ONLY = _rx(r"\p{Han}+")
_LEAD_BYLINE = _rx(
    r"[^\s(\[,。]{2,24}?[电讯]\s*[(\[]\s*"
    r"((?:本报|本刊|特约|见习)?记者[^()\[\]。!?]{2,40})[)\]]"
)
"""A news lead's dateline and byline: ``新华社北京4月18日电(记者史競男)``, ``本报讯(记者 刘琼)``,
``财联社3月5日讯(记者 顾烨)``."""


_PLACE_TAIL = _rx(
    r"\s*/\s*[^/\s]{1,10}?(?:报道|报导)$|(?<=\p{Han}{2})\p{Han}{2}\s*\d{1,2}\s*日\s*电$"
)
"""Where a byline's value goes on to the place of the report, after the names: ``／台北報導``,
``／綜合報導`` (Taiwan), ``台北5日電`` (a dateline: the place taken as two characters)."""


def author_names(value: str) -> list[str]:
    """The personal names in a byline value.

    Names are separated by spaces, ``、``, ``;``, ``/`` or ``|``, and by commas when every
    part is short; a comma between longer Han parts belongs to a nickname. Words such as
    ``報道`` around the names are dropped, and so are cue words (``文/图``: text and photos).

    >>> author_names("王小明 報道"), author_names("张三,李四"), author_names("图 张三")
    (['王小明'], ['张三', '李四'], ['张三'])
    >>> author_names("心若向陽,何謂悲傷")
    ['心若向陽,何謂悲傷']
    >>> author_names("王小明／台北即時報導"), author_names("王小明台北5日電")
    (['王小明'], ['王小明'])
    """
    tail = _PLACE_TAIL.search(match_form(value)[1])
    if tail is not None and tail.start() > 0:
        value = plain(value)[: tail.start()]  # "王小明／台北報導", "王小明台北5日電"
    out = []
    for chunk in _NAME_SPLIT.split(value):
        parts = chunk.split(",")
        han = len(parts) > 1 and all(_HAN_ONLY.fullmatch(p) for p in parts)
        if han and any(len(p) > 3 for p in parts):
            parts = [chunk]  # personal names are 2-3 characters: one nickname
        for name in parts:
            folded = match_form(name)[1]
            if folded.endswith(("报道", "报导")) and len(name) >= 4:
                name, folded = name[:-2], folded[:-2]  # "王小明報道"
            if name and folded not in _NOT_NAME and folded not in _KIND and len(name) <= 20:
                out.append(name)
    return out


def _value(plain: str, folded: str, start: int) -> str:
    """The value after a key: up to the next field (key, date, wide space or separator)."""
    rest = folded[start:]
    stop = len(rest)
    m = _VALUE_END.search(rest)
    if m and m.start() > 0:
        stop = m.start()
    for k_start, _, key, sep, boundary in _key_matches(rest):
        if key in _HARD_SEP and (not boundary or sep.strip() not in _HARD):
            continue  # a word ("网络整理|"), not the next field
        if boundary or len(key) >= 2:
            stop = min(stop, k_start)  # the next field; at 0 the value is empty
            break
    d = DATE.search(rest)
    if d and d.start() > 0:
        stop = min(stop, d.start())
    hint = stop <= 80 and _LOOSE_HINT.search(rest, 0, stop) is not None
    for a, _, _ in find_loose_dates(rest[:stop]) if hint else ():
        if a > 0:
            stop = a  # "王五 3小时前"
            break
    # brackets and separators stripped as folded (full-width ones too), cut from the plain text
    seg = folded[start : start + stop]
    body = seg.strip(_VALUE_STRIP)
    if not body:
        return ""
    lead = len(seg) - len(seg.lstrip(_VALUE_STRIP))
    return plain[start + lead : start + lead + len(body)]


_VALUE_STRIP = " :|/[]【】()〔〕〖〗「」丨·"


@functools.cache
def _reporter() -> re.Pattern[str]:
    """Where the fold of a text holds ``记者``, on the text as written (``記者`` too)."""
    return re.compile("|".join(anchored(["记者"]).values()))


def _convert_fields(meta: Meta, to: str) -> None:
    """Convert the text fields of ``meta`` to the script ``to``, in one conversion of the
    fields joined by line breaks (a call of ``to_script`` costs ~5 µs before its first
    character; four or five a page were 2 % of ``clean(to=...)``). The same result as one call
    per field: no conversion phrase, entity or pinyin debris spans a line break (a field
    holding a break, or an entity decoded to one, is converted alone).

    >>> meta = Meta(title="頭髮", source=None, authors=["張三", "李四"])
    >>> _convert_fields(meta, "hans")
    >>> meta.title, meta.source, meta.authors
    ('头发', None, ['张三', '李四'])
    """
    from ..convert import to_script  # tables load on first use

    fields = [meta.title, meta.source, meta.editor, *meta.authors]
    texts = [f for f in fields if f is not None]
    if not texts:
        return
    parts = None
    if not any("\n" in t for t in texts):
        parts = to_script("\n".join(texts), to).split("\n")
    if parts is None or len(parts) != len(texts):  # a break in a field, or a decoded one
        parts = [to_script(t, to) for t in texts]
    converted = iter(parts)
    meta.title, meta.source, meta.editor = (
        None if f is None else next(converted) for f in fields[:3]
    )
    meta.authors = list(converted)


class MetaExtractor:
    """Fill ``doc.meta`` (title, published, source, authors, editor) from labelled lines.

    With a target script (``clean(text, to="hans")``) the text fields are converted like
    :attr:`Document.text`.
    """

    name = "meta-extract"

    def __call__(self, doc: Document) -> Document:
        meta = doc.meta
        t = find_title(doc)
        if t is not None and meta.title is None:
            meta.title = title_text(doc.lines[t]) or None
        published: list[tuple[int, str]] = []
        key = None  # a key whose value is on the next line ("作者：" / "张三")
        memo = doc.cache.setdefault("fields", {})
        for line in doc.lines:
            if line.label != "meta":
                key = key if line.label == "blank" else None
                continue
            if key is not None and _bare_value(line.kept_text):
                self._take(_KIND[key], key, plain(line.kept_text).strip(), meta)
            self._fields(line, meta, published, memo)
            key = _open_key(line.kept_text)
        if not meta.authors:
            self._lead_authors(doc, t, meta)
        if published and meta.published is None:
            published.sort(key=lambda p: p[0])
            meta.published = published[0][1]
        if doc.to is not None:
            _convert_fields(meta, doc.to)
        return doc

    @staticmethod
    def _fields(
        line: Line, meta, published: list[tuple[int, str]], memo: dict[str, Fields] | None = None
    ) -> None:
        plain, folded = match_form(line.kept_text)
        folded = _QSEP.sub(" | ", folded)
        keys, dates = fields(folded, memo=memo)
        for start, _, value in dates:
            if not value:
                continue  # no year: the page's date is not known
            before = folded[max(0, start - 8) : start]
            if any(w in before for w in _NOT_PUBLISHED):
                continue
            rank = 0 if any(w in before for w in ("发布", "发表", "日期", "时间")) else 1
            if "更新" in before:
                rank = 2
            published.append((rank, value))
        for _, end, key, kind in keys:
            if kind in ("source", "byline", "editor"):
                MetaExtractor._take(kind, key, _value(plain, folded, end), meta)
        if "记者" in folded and not any(kind == "byline" for *_, kind in keys):
            # "記者王小明／台北報導", "中央社記者王小明台北5日電": the key glued to the name
            k = folded.find("记者")
            if _REPORTER.match(_strip(folded)[1]) is not None:
                MetaExtractor._take("byline", "记者", plain[k + 2 :].strip(), meta)

    @staticmethod
    def _take(kind: str, key: str, value: str, meta) -> None:
        """Fill the field of ``kind`` from the ``value`` of ``key``."""
        if kind == "source" and meta.source is None and value and "图" not in key:
            meta.source = value
        elif kind == "byline" and key not in _NOT_AUTHOR:
            for name in author_names(value):
                if name not in meta.authors:
                    meta.authors.append(name)
        elif kind == "editor" and meta.editor is None and value:
            meta.editor = value

    @staticmethod
    def _lead_authors(doc: Document, title: int | None, meta) -> None:
        """Authors from a news lead at the start of the first text lines (no byline line)."""
        looked = 0
        for i, line in enumerate(doc.lines):
            if i == title or line.label not in (None, "body") or not line.kept_text:
                continue
            m = None
            # "记者" looked for on the plain text as written: these are paragraphs, mostly,
            # and folding costs ~300 instructions per character
            if _reporter().search(plain(line.kept_text)) is not None:
                text, folded = match_form(line.kept_text)
                m = _LEAD_BYLINE.match(folded) if "记者" in folded else None
            if m is not None:
                a, b = m.span(1)
                for _, end, key, _, boundary in _key_matches(folded[a:b]):
                    if not boundary and (key in _WEAK or len(key) < 2):
                        continue
                    if _KIND[key] == "byline" and key not in _NOT_AUTHOR:
                        for name in author_names(_value(text[a:b], folded[a:b], end)):
                            if name not in meta.authors:
                                meta.authors.append(name)
                return
            looked += 1
            if looked == 3:
                return
