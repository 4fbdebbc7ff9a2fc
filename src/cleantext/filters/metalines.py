"""The :class:`MetaLines` filter: label metadata lines ``meta``.

Each line that may hold a field (:mod:`.metascan`) is judged on its own
(:func:`.metajudge.judge_meta`), as a head line before the first paragraph and in the
article's foot; then page context: a key's value on the next line (``作者：`` / ``张三``), an
event's ``时间`` / ``地点`` lines given back to the body, names told by their neighbours
(:mod:`.namelines`), a rating in the head, a notice's release mark, the region a self-media
page shows under its date line.

>>> from cleantext.document import Document
>>> doc = Document.from_text("标题\\n2024-08-02 16:57:00  來源:鄉村干部報網\\n正文。")
>>> [(ln.label, ln.reason) for ln in MetaLines()(doc).lines]
[(None, ''), ('meta', 'meta:date'), (None, '')]
"""

from __future__ import annotations

import functools

from ..document import Document
from .base import next_nonblank
from .cues import match_form
from .lazyre import LazyPattern
from .metafields import _bare_value, _open_key, _own_key
from .metajudge import _lone_count, judge_meta
from .metascan import _suspects
from .namelines import (
    _answer_authors,
    _name_by_button,
    _names_above,
    _paper_authors,
    _post_heads,
    _reply_heads,
    _signatories,
    _user_name,
)
from .pagefacts import page_facts
from .paragraphs import article_foot

_rx = functools.partial(LazyPattern, engine="regex")


class MetaLines:
    """Label metadata lines ``meta`` (reasons ``meta:date``, ``meta:source``, ``meta:byline``,
    ``meta:editor``, ``meta:counter``, ``meta:docinfo``, ``meta:journal``, ``meta:docno``,
    ``meta:reading-time``)."""

    name = "meta-lines"

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
            key = _open_key(lines[i].kept_text) if lines[i].label == "meta" else None
            if key is not None:
                j = next_nonblank(lines, i, 1)
                if (
                    j is not None
                    and lines[j].label is None
                    and _bare_value(lines[j].kept_text, key)
                ):
                    lines[j].mark("meta", lines[i].reason)
        _reply_heads(lines, meta)
        _user_name(lines, meta, end)
        _answer_authors(lines, meta)
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
        _paper_authors(lines, end)
        _signatories(lines, meta)
        _names_above(lines, meta, end)
        _name_by_button(lines, end)
        _post_heads(lines, meta)
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


_RATING = _rx(
    r"^(?:综合|用户|平均|总)?评分\s*:?\s*\d{1,2}(?:\.\d{1,2})?\s*分?(?:\s*[(]?[^()]{0,20}[)]?)?$"
)
"""A rating and what it counts (folded): ``综合评分 8.6（103人做过这道菜）``."""
_RELEASE = _rx(r"^\(\s*此件(?:主动|依申请|不予)?公开(?:发布)?\s*\)$")
"""A government notice's release mark (folded): ``（此件主动公开）``."""


_EVENT_TIME = _rx(r"^\s*(?:[一二三四五六七八九十]+[、.]|\d+[.、])?\s*(?:时间|日期)\s*:")
_EVENT_FIELD = _rx(
    # one optional `\s*` after the number, not two around it: linear on long runs of spaces
    r"^\s*(?:(?:[一二三四五六七八九十]+[、.]|\d+[.、])\s*)?"
    r"(?:地点|地址|主办|承办|参会|参加|会议|活动|主题|内容|对象|报名|主讲|嘉宾)"
)
