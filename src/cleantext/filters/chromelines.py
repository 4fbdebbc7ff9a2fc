"""The :class:`ChromeLines` filter: each line judged on its own against the cue vocabulary
(:data:`.chromecues.CUES`), by :func:`judge_chrome`.

Cues that are ordinary words as well (contact keys, forum profile keys, lone numbers) only
count in the page *head*, before the first paragraph of running text. Most lines hold no
cue: one scan of the page for the cues' words (:func:`_suspects`) and a look at each line's
first characters rule them out without folding them; a cue's pattern runs only on a line
its first character or one of its words rules in (:func:`_candidates`).

>>> from cleantext.document import Document
>>> doc = ChromeLines()(Document.from_text("您的位置: 首頁 > 技術雜談 > 正文\\n分享到\\n正文。"))
>>> [ln.reason for ln in doc.lines]
['boilerplate:breadcrumb', 'boilerplate:share', '']
"""

from __future__ import annotations

import functools
import re

from .. import recache
from ..document import Document
from .chromecues import CUES, Cue
from .chromepatterns import _RX
from .cues import _fold_table, anchor_index, anchored, match_form, page_hits, preimage
from .lazyre import LazyPattern
from .pagefacts import page_facts

_LEAD_CHARS = "•·●◇▪■□◆"
_WORDY = frozenset({"login", "copyright", "share"})
"""Cues that are also ordinary words: inside a sentence they only count at its start."""


def _bit_masks(cues: list[Cue]) -> tuple[dict[str, int], int]:
    """Cues (bit masks over ``cues``) by the first character of a line, and the cues that
    take any decimal digit first (``regex`` knows more digits than ``str``)."""
    first: dict[str, int] = {}
    for i, cue in enumerate(cues):
        for c in cue.first:
            first[c] = first.get(c, 0) | 1 << i
    return first, first["0"]


_FIRST, _DIGIT_CUES = _bit_masks(CUES)
_COUNTERS = sum(1 << i for i, cue in enumerate(CUES) if cue.reason == "counter")
_DECIMAL = re.compile(r"\d+\.\d")


def _latin(word: str) -> bool:
    return _RX.latin.search(word) is not None


@functools.cache
def _word_cues(latin: bool) -> dict[str, int]:
    """The cues (a bit mask over :data:`CUES`) each word rules in; words with ASCII letters
    (``latin``, lowercased: matched on the lowercased line) or the others.

    A scan finds the longest word at a position and goes on after it, so a word also rules
    in the cues of the words it hides: inside it, or starting inside it and running on.
    """
    cues: dict[str, int] = {}
    for i, cue in enumerate(CUES):
        for w in cue.words:
            if _latin(w) == latin:
                cues[w.lower()] = cues.get(w.lower(), 0) | 1 << i
    running: dict[str, int] = {}  # a proper prefix of a word -> the cues of its words
    for w, mask in cues.items():
        for k in range(1, len(w)):
            running[w[:k]] = running.get(w[:k], 0) | mask
    hidden: dict[str, int] = {}
    for w in cues:
        mask = 0
        for k in range(len(w)):
            mask |= running.get(w[k:], 0)
            for j in range(k + 1, len(w) + 1):
                mask |= cues.get(w[k:j], 0)
        hidden[w] = mask
    return hidden


@functools.cache
def _scan(mask: int, latin: bool) -> re.Pattern[str] | None:
    """One scan for the words (``latin`` or not) of the cues in ``mask``. Literals only, no
    groups: ``re`` then skips ahead to the first characters of the words."""
    cues = _word_cues(latin)
    words = sorted((w for w in cues if cues[w] & mask), key=len, reverse=True)
    return recache.compile("|".join(map(re.escape, words))) if words else None


@functools.cache
def _gate(n: int, head: bool) -> tuple[int, re.Pattern[str] | None, re.Pattern[str] | None]:
    """For a line of length ``n``: the cues that may run on it (a bit mask over :data:`CUES`)
    and the word scans for them."""
    mask = sum(
        1 << i for i, cue in enumerate(CUES) if n <= cue.max_len and (head or not cue.head_only)
    )
    return mask, _scan(mask, False), _scan(mask, True)


def _candidates(s: str, head: bool) -> tuple[int, int]:
    """The cues (a bit mask over :data:`CUES`) whose pattern may match ``s``, a stripped
    folded line (for most lines none), and those of them ruled in by a word of theirs.

    A cue ruled in by its first character alone can only match at the start of ``s``: each
    alternative of its pattern starts with ``^`` but those that hold one of its words (a test
    checks every pattern), so it is matched there, not searched for along the line."""
    c = s[0]
    first = _FIRST.get(c)
    if first is None:
        first = _DIGIT_CUES if c.isdecimal() or c > "\uffff" else 0
    mask = 0
    eligible, words, latin = _gate(min(len(s), 601), head)
    if words is not None:
        cues = _word_cues(False)
        m = words.search(s)
        while m is not None:
            mask |= cues[m[0]]
            m = words.search(s, m.end())
    if latin is not None and _RX.latin.search(s) is not None:
        low = s.lower()
        if "\u0307" in low or "ſ" in low:
            # "İ".lower() is two characters, "ſ" stays: `regex` matches both as ASCII letters
            return eligible, eligible
        cues = _word_cues(True)
        m = latin.search(low)
        while m is not None:
            mask |= cues[m[0]]
            m = latin.search(low, m.end())
    return (first | mask) & eligible, mask


_SPEECH = LazyPattern(
    r"^[^,:;。!?]{2,16}(?:提醒|表示|指出|说|称|呼吁|建议|强调|介绍|透露|认为|提示)\s*[,:]",
    engine="regex",
)
"""A line of reported speech (folded): a speaker and a verb of saying before a comma or a
colon (``气象专家提醒，…``): a call to the reader in it is someone's advice in the article."""


_CLAUSE_START = frozenset(",.!?;:)]】」』|►▶→…-*#·•")
"""What may stand right before a call to the reader (folded): the end of a clause or of a
bracket, a bullet, an arrow."""


def _told(s: str, start: int) -> bool:
    """Whether a call to follow or subscribe found at ``start`` of ``s`` (a stripped folded
    line) is a word of a sentence telling what someone did (``市政府欢迎社会各界关注…。``,
    ``民警通过追踪嫌疑人的社交账号,…``): the line is a sentence and the call starts no clause,
    right after a subject, and is no request (``请…``: ``预约挂号请关注医院公众号``)."""
    if start == 0 or s[start] == "请" or _RX.sentence_mark.search(s) is None:
        return False
    before = s[:start].rstrip()
    return bool(before) and before[-1] not in _CLAUSE_START


def judge_chrome(text: str, *, head: bool = True) -> str | None:
    """The ``boilerplate:…`` reason for one line, or ``None``.

    >>> judge_chrome("微信公眾號"), judge_chrome("閱讀:420") is None
    ('boilerplate:share', True)
    >>> judge_chrome("發帖數量: 179 個"), judge_chrome("發帖數量: 179 個", head=False)
    ('boilerplate:profile', None)
    """
    if len(text) > 600:
        return None
    s = match_form(text)[1]
    if s[:1] in _LEAD_CHARS or s[:1].isspace():
        lead = _RX.lead.match(s)
        if lead is not None:
            s = s[lead.end() :]
    s = s.strip()  # `_RX.lead` matches no other first character: its `\s` is all `str.isspace`
    if not s:
        return None
    mask, searched = _candidates(s, head)
    if mask and _RX.numbered.match(s):
        if _DECIMAL.match(s) is None:
            return None  # a numbered item is the article's own list
        mask &= _COUNTERS  # a count ("1.2万 赞", "4.8分 超棒 | …"), no item's number
    while mask:
        low = mask & -mask
        mask ^= low
        cue = CUES[low.bit_length() - 1]
        m = cue.pattern.search(s) if low & searched else cue.pattern.match(s)
        if m is not None and cue.reason == "promo" and (_SPEECH.match(s) or _told(s, m.start())):
            continue  # reported advice ("气象专家提醒,出行前请关注最新预警,…"), a sentence
            # telling what someone did ("民警追踪嫌疑人的账号,…"): the article's
        # a cue inside a sentence ("用户登录后可以查看订单。") is the sentence's word
        if m is not None and (
            m.start() == 0
            or cue.reason not in _WORDY
            or _RX.sentence_mark.search(s) is None
            or (cue.reason == "copyright" and len(s) <= 30)  # "本站版权所有,翻印必究。"
            # two login buttons after a greeting ("你好,请登录 免费注册"): a sentence has one
            or (cue.reason == "login" and "。" not in s and len(cue.pattern.findall(s)) >= 2)
        ):
            return f"boilerplate:{cue.reason}"
    if s[0] in "[【" and s[-1] in "]】" and 3 < len(s) <= 14:
        # one button in brackets ("【关闭窗口】"): what it says is a cue; a bracketed section
        # word ("【背景技術】") is not
        return judge_chrome(s[1:-1], head=head)
    if len(s) < 8:
        return None  # too short to be doubled
    doubled = _doubled(s)
    return None if doubled is None or _RX.numbered.match(s) else doubled


def _doubled(s: str) -> str | None:
    """Image alt text printed twice: ``俄羅斯婚托炮製美女照俄羅斯婚托炮製美女照``."""
    if len(s) > 200:
        return None
    squeezed = s.replace(" ", "")
    half = len(squeezed) // 2
    if len(squeezed) >= 8 and len(squeezed) % 2 == 0 and squeezed[:half] == squeezed[half:]:
        return "boilerplate:doubled-alt"
    return None


_WORD_LIMIT = max(cue.max_len for cue in CUES if cue.words)
"""No cue with words runs on a longer line: longer lines are not scanned for words."""


@functools.cache
def _unfolded_scan() -> tuple[re.Pattern[str], dict[str, tuple[int, int]]]:
    """A scan of the plain lines as written for every cue word of :func:`_word_cues` (the
    words of ASCII letters in any case): a match is the anchor of a word the *fold* of the
    line holds (:func:`.cues.anchored`), or a character whose ``lower()`` makes
    :func:`_candidates` rule every cue in (``İ``, ``ſ``, U+0307). And for each character a
    match may be, the longest line (in the head, after it) a cue of a word through it may
    run on. Both built once and kept on disk (:func:`..recache.derived`: ~50M instructions,
    an eighth of a cold start)."""
    source, by_char = recache.derived("chrome-unfolded-scan", _build_unfolded_scan)
    return recache.compile(source), {c: (h, b) for c, (h, b) in by_char.items()}


def _build_unfolded_scan() -> tuple[str, dict[str, tuple[int, int]]]:
    limits = _word_limits()
    parts, by_char = [], {}
    for latin in (False, True):
        words = list(_word_cues(latin))
        branches = anchored(words, caseless=latin)
        parts += branches.values()
        by_anchor: dict[str, list[tuple[int, int]]] = {}
        for w in words:
            by_anchor.setdefault(w[anchor_index(w)], []).append(limits[w])
        for anchor in branches:
            ruled = by_anchor[anchor]
            most = (max(h for h, _ in ruled), max(b for _, b in ruled))
            for c in preimage(anchor, caseless=latin and anchor.isalpha()):
                by_char[c] = most
    for c in "\u0130\u017f\u0307":
        parts.append(c)
        by_char[c] = (601, 601)  # every cue is ruled in
    return "|".join(parts), by_char


@functools.cache
def _word_limits() -> dict[str, tuple[int, int]]:
    """Cue word (folded; lowercase if Latin) → the longest line any cue it rules in may run
    on, in the head and after it."""
    out = {}
    for w, mask in (_word_cues(False) | _word_cues(True)).items():
        ruled = [cue for i, cue in enumerate(CUES) if mask >> i & 1]
        out[w] = (
            max((c.max_len for c in ruled), default=-1),
            max((c.max_len for c in ruled if not c.head_only), default=-1),
        )
    return out


def _fold_char(c: str) -> str:
    cp = ord(c)
    return chr(_fold_table().get(cp, cp))  # not the list: it may not be built yet


@functools.cache  # a property of the character: asked for every line of every page
def _first_mask(c: str) -> int:
    """The cues (a bit mask over :data:`CUES`) that a line starting with ``c`` as written
    may match from its first character (its fold's), or -1 when the line is judged on its
    stripped form (``c`` a lead character or a space)."""
    if c in _LEAD_CHARS or c.isspace():
        return -1
    f = _fold_char(c)
    mask = _FIRST.get(f, 0)
    if f.isdecimal() or c > "\uffff":
        mask |= _DIGIT_CUES
    return mask


_SPACE_LIKE = "\u3000"
"""The characters besides ``" "`` folding to a space (a test checks the table)."""

PREFIX = 3
"""Characters of a line's start on which the cues its first character rules in are tried
before the line is judged (:func:`_may_start`)."""


@functools.lru_cache(maxsize=65536)  # a property of a few characters, asked for most lines
def _may_start(mask: int, prefix: str) -> bool:
    """Whether a cue of ``mask`` (a bit mask over :data:`CUES`) matched at the start of a
    folded line may match one starting with ``prefix``: ``regex``'s partial match says
    whether some continuation of ``prefix`` matches.

    >>> related = [i for i, cue in enumerate(CUES) if cue.first == "相推延上"][0]
    >>> _may_start(1 << related, "上 /"), _may_start(1 << related, "上海市")
    (True, False)
    """
    while mask:
        low = mask & -mask
        mask ^= low
        if CUES[low.bit_length() - 1].pattern.match(prefix, partial=True) is not None:
            return True
    return False


def _first_rules_in(text: str, mask: int) -> bool:
    """Whether :func:`judge_chrome` may label ``text`` (a plain line, not led by a lead
    character or a space, no cue word in it) by a cue of ``mask``, those its first character
    rules in that may run on it, or by a bracketed button (``【关闭窗口】``): whether those cues
    may match its first :data:`PREFIX` characters, folded (``上一篇`` may, ``上海市`` may not).
    Most lines whose first character some cue starts with are told so without folding the
    line or running a pattern on it."""
    if len(text) < PREFIX or _fold_char(text[-1]).isspace():
        return True  # too short for the test, or judged on a shorter stripped form
    if "\u0130" in text or "\u017f" in text or "\u0307" in text:
        return True  # lowercased, these rule every cue in (:func:`_candidates`)
    prefix = "".join(map(_fold_char, text[:PREFIX]))
    if prefix[0] in "[【" or prefix[0] in _LEAD_CHARS or prefix[0].isspace():
        return True
    return _may_start(mask, prefix)


def _suspects(lines: list[tuple[int, str]], end: int) -> list[int]:
    """The indices, among ``lines`` (index, plain kept text: :func:`.cues.plain`), of the
    lines :func:`judge_chrome` may label; it returns ``None`` for every other one, told
    without folding them: a cue word (in either script) in a line short enough for a cue it
    rules in, a first character some cue starts with, or halves that may fold equal.

    One scan of the page for the words (:func:`_unfolded_scan`); the other tests look at a
    character or two of each line."""
    short = [(i, t) for i, t in lines if len(t) <= _WORD_LIMIT]
    texts = [t for _, t in short]
    scan, limits = _unfolded_scan()

    def word(k: int, m: re.Match[str]) -> bool:
        return len(texts[k]) <= limits[m[0]][0 if short[k][0] < end else 1]

    hits = {short[k][0] for k in page_hits(texts, scan, word)}
    out = []
    for i, text in lines:
        n = len(text)
        if i in hits:
            out.append(i)
            continue
        if not n or n > 600:
            continue
        c = text[0]
        mask = _first_mask(c)
        if mask < 0:
            out.append(i)  # judged on its stripped form
            continue
        if mask:
            mask &= _gate(min(n, 601), i < end)[0]
            if mask and _first_rules_in(text, mask):
                out.append(i)
                continue
        if 8 <= n <= 200:
            squeezed = text
            if " " in text or _SPACE_LIKE in text:
                squeezed = text.replace(" ", "").replace(_SPACE_LIKE, "")
            half = len(squeezed) // 2
            if (
                len(squeezed) >= 8
                and len(squeezed) % 2 == 0
                and _fold_char(squeezed[0]) == _fold_char(squeezed[half])
                and _fold_char(squeezed[-1]) == _fold_char(squeezed[half - 1])
            ):
                out.append(i)
    return out


class ChromeLines:
    """Label lines that match the chrome cue vocabulary :data:`CUES` ``boilerplate``.

    Only the lines a cue may match are judged (:func:`_suspects`): most lines of a page are
    never folded."""

    name = "chrome-lines"

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        facts = page_facts(doc)
        end = facts.head_end(lines)
        texts = facts.plain
        todo = [(i, texts[i]) for i, line in enumerate(lines) if line.label is None]
        kept = facts.kept
        duties: int | None = None
        for i in _suspects(todo, end):
            reason = judge_chrome(kept[i], head=i < end)
            if reason == "boilerplate:contact" and i < end:
                if duties is None:
                    duties = _job_duties(texts, end)
                if duties < i:
                    continue  # a job post's contact for applicants, under its duties
            if reason is not None:
                lines[i].mark("boilerplate", reason)
        return doc


_DUTIES = re.compile(
    r"^\s*[\[【]?(?:岗位职责|职位职责|工作职责|职位描述|岗位描述|工作内容|职责|任职要求|"
    r"任职资格|岗位要求|职位要求)\s*[\]】]?\s*[:]?\s*$"
)
"""A job post's section heading (folded): its duties or its requirements."""


def _job_duties(texts: list[str], end: int) -> int:
    """Index of the first heading of a job post's duties or requirements in the head (a
    page of short lines is all head), or ``end``."""
    for i in range(min(end, len(texts))):
        t = texts[i]
        if len(t) <= 12 and _DUTIES.match(match_form(t)[1]):
            return i
    return end
