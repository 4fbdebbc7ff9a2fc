"""The :class:`MetaExtractor` filter: fill ``doc.meta`` from the labelled lines.

``title`` (:func:`.title.find_title`), ``published`` (ISO 8601, the first publication date
of the meta lines), ``source``, ``authors`` (:func:`author_names`; without a byline line,
from a news lead such as ``新华社北京4月18日电(记者史竞男)``), ``editor``. With a target script
the text fields are converted like :attr:`Document.text`.

>>> author_names("王小明 報道"), author_names("张三,李四")
(['王小明'], ['张三', '李四'])
"""

from __future__ import annotations

import functools
import re

from ..document import Document, Line, Meta
from ..lazy import module
from .cues import anchored, match_form, plain
from .dates import DATE, find_loose_dates, han_date
from .lazyre import LazyPattern
from .metafields import (
    _HARD,
    _HARD_SEP,
    _KIND,
    _LOOSE_HINT,
    _QSEP,
    _WEAK,
    KEYS,
    Fields,
    _bare_value,
    _key_matches,
    _open_key,
    _strip,
    fields,
)
from .metajudge import _LEAD_BYLINE, _REPORTER
from .title import find_title, title_text

_rx = functools.partial(LazyPattern, engine="regex")

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
    to_script = module("cleantext.convert").to_script  # tables load on first use

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
            if key is not None and _bare_value(line.kept_text, key):
                self._take(_KIND[key], key, plain(line.kept_text).strip(), meta)
            self._fields(line, meta, published, memo)
            key = _open_key(line.kept_text)
            signed = han_date(line.kept_text) if line.reason == "meta:date" else None
            if signed is not None:
                published.append((3, signed))  # a notice's signature: after any dated line
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
