"""Which lines may hold metadata, told by one scan of the page (:func:`_suspects`).

Every metadata rule needs a key or cue word, a year or a postal code (:data:`_CUE`); most
lines have none. :func:`_unfolded_cue` is the same scan on the lines as written, so that
most lines are ruled out without folding them (:mod:`.cues`).

>>> from cleantext.document import Line
>>> sorted(_suspects([Line("正文没有什么。"), Line("来源:新华社"), Line("2024-03-05")]))
[1, 2]
"""

from __future__ import annotations

import functools
import re

from .. import recache
from ..document import Line
from .cues import _piece, _trie, anchored, fold, page_hits, plain, preimage
from .lazyre import LazyPattern
from .metafields import _HARD, _HARD_SEP, _KIND, _SEPS, RECORD_KEYS, _strip

_AGO = ("秒前", "钟前", "时前", "天前", "周前", "月前")
"""How a relative date ends (``3小时前``): :data:`_CUE` finds it by its ``前``."""
_CUE_WORDS = (set(_KIND) - {"文", "图"} - _HARD_SEP) | {
    *("综合报", "综合消息", "本报讯", "配图", "图片"),  # lone bylines, credits
    *("收藏", "点赞", "评论", "分享", "转发", "回复"),  # counts
    "原标题",
    "民国",  # a Republic-of-China date
    *(" 摄", "/摄"),  # photo credits ("新华社记者 张三 摄")
    "专讯",  # a Hong Kong paper's lead mark ("明報專訊")
    *RECORD_KEYS,  # a record's own fields ("批准文号：…", "演唱：…")
    *("档案照", "资料照", "档案图", "资料图", "提供)"),  # bracketed credits ("（影片由讀者提供）")
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
