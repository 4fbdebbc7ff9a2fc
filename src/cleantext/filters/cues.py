"""Matching cue words in either script, through conversion debris.

Scraped pages come in Simplified and Traditional Chinese, and converted mirrors carry inline
pinyin debris (``來(lái)源``) and leaked HTML entities (``#xff0c;``). The metadata and chrome
rules are written once, in Simplified, against a *match form* of each line:

1. :func:`plain` drops the debris (``來(lái)源`` → ``來源``, ``#xff0c;`` → ``,``);
2. :func:`fold` maps every Traditional character to its Simplified form and full-width ASCII
   (``:,|(``) to ASCII, one character for one character, so offsets in the folded text are
   offsets in the plain text and values (names, sources) can be cut from the plain text in
   the page's own script.

>>> p = plain("來(lái)源:互聯網(wǎng) 2024-09-14")
>>> p
'來源:互聯網 2024-09-14'
>>> fold(p)
'来源:互联网 2024-09-14'
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from .. import recache
from .lazyre import LazyPattern

if TYPE_CHECKING:
    import regex

_DEBRIS = LazyPattern(
    # inline pinyin of a converted mirror: a lowercase syllable (tone marks allowed) in
    # parentheses right after a Han character
    r"(?<=\p{Han})[(\uFF08][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňḿ]{1,7}[)\uFF09]"
    # leaked numeric entities without '&'
    r"|#x[0-9a-fA-F]{2,5};",
    engine="regex",
)
"""What :func:`plain` removes, as one ``regex`` substitution: the reference its tests hold it
to (compiled only by them)."""
_ENTITY = LazyPattern(r"#x([0-9a-fA-F]{2,5});", engine="regex")
_PINYIN_HINT = recache.compile(r"[(\uFF08][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňḿ]{1,7}[)\uFF09]")
"""The pinyin alternative of :data:`_DEBRIS` without its Han look-behind (a superset).
Parentheses are common in text and pinyin debris rare: ``re`` rules most of them out far
faster than the ``regex`` substitution runs."""


def _entity(match: regex.Match[str]) -> str:
    if not match[0].startswith("#"):
        return ""
    try:
        return chr(int(match[0][2:-1], 16))
    except (ValueError, OverflowError):
        return ""


HAN = (
    "\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9\U00016fe2-\U00016fe3"
    "\U00016ff0-\U00016ff6\U00020000-\U0002a6df\U0002a700-\U0002b81e\U0002b820-\U0002cead"
    "\U0002ceb0-\U0002ebe0\U0002ebf0-\U0002ee5d\U0002f800-\U0002fa1d\U00030000-\U0003134a"
    "\U00031350-\U00033479"
)
"""``regex``'s ``\\p{Han}`` as the ranges of a ``re`` character class (a test checks every
code point against the installed ``regex``)."""
_PINYIN = recache.compile(  # its program from the disk cache: the class is ~1 ms to compile
    # led by the parenthesis, the look-behind after it: ``re`` skips from one parenthesis to
    # the next at C speed instead of trying the look-behind at every character
    rf"[(\uFF08](?<=[{HAN}][(\uFF08])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňḿ]{{1,7}}[)\uFF09]"
)
_ENTITY_RE = recache.compile(r"#x([0-9a-fA-F]{2,5});")


def _decode(match: re.Match[str]) -> str:
    return chr(int(match[1], 16))  # at most 0xFFFFF: always a character


def plain(text: str) -> str:
    """``text`` without pinyin debris and with leaked ``#xNNNN;`` entities decoded.

    The same as :data:`_DEBRIS` substituted in one pass (a test checks it): pinyin is taken
    out first, by ``re`` with an empty replacement (no Python call per syllable), then the
    entities are decoded. The two never overlap (a syllable holds no ``#`` or ``;``, an
    entity no parenthesis), taking a syllable out leaves a Han character where it was (no
    entity can form across it), and the look-behinds see the text as given in both.

    >>> plain("來(lái)源:互聯網(wǎng)#xff0c;")
    '來源:互聯網，'
    """
    # the chrome and meta filters read the plain form of every undecided line: most hold no
    # parenthesis and no "#x" and are their own plain form, told without a cache lookup
    if "(" in text or "\uff08" in text or "#x" in text:
        return _plain(text)
    return text


@functools.lru_cache(maxsize=8192)
def _plain(text: str) -> str:
    if "(" in text or "\uff08" in text:
        text = _PINYIN.sub("", text)
    if "#x" in text:
        text = _ENTITY_RE.sub(_decode, text)
    return text


_VARIANTS = "裡里着著綫线峯峰衆众麪面啓启録录內内爲为﹕:︰:︓:∶:"
"""Taiwan/HK variants common on pages, added where TSCharacters has none of its own; and the
colon's other forms (small ``﹕``, vertical ``︰``/``︓``, the ratio sign ``∶`` some sites type
for it), which fold to ``:`` as the full-width ``：`` does (``來源﹕新華社``)."""


@functools.cache
def _fold_table() -> dict[int, int]:
    """Traditional → Simplified (OpenCC ``TSCharacters``, single characters) + full-width
    ASCII: the table shared with the spam lexicon (:mod:`cleantext.fold`) and the variants."""
    from .. import fold as shared  # this module has a fold() of its own

    return shared.table(_VARIANTS)


@functools.cache
def _fold_list() -> list[int]:
    """:func:`_fold_table` as a list indexed by code point, over the BMP: ``str.translate``
    looks a list up about twice as fast as a dict (no hashing, no miss for every character
    that stays as it is)."""
    from .. import fold as shared

    return shared.bmp_list(_VARIANTS)


_ASTRAL = recache.compile("[\U00010000-\U0010ffff]")


@functools.cache
def _foldable() -> re.Pattern[str]:
    """The first character :func:`fold` may change: a BMP character the table maps elsewhere,
    or any astral one. ``re`` finds it through a bitmap ten times faster than
    ``str.translate`` walks the line; most lines of a page (all of a Simplified page, bar
    full-width punctuation) have none."""
    from .. import fold as shared

    return shared.changes(_VARIANTS)


def fold(text: str) -> str:
    """Map Traditional characters to Simplified, one for one (same length, same offsets).

    >>> fold("責編:發佈時間 閱讀")
    '责编:发布时间 阅读'
    >>> fold("來源\\uff1a新華社\\uff5c")
    '来源:新华社|'
    """
    m = _foldable().search(text)
    if m is None:
        return text  # nothing to change
    head, tail = text[: m.start()], text[m.start() :]  # the head maps to itself
    if _FOLDS[0] < _LIST_AFTER or _ASTRAL.search(tail) is not None:
        # the dict (the list covers the BMP only) until enough lines came to pay for the
        # list: it takes ~20M instructions to build, a sixth of a first page's chrome step
        _FOLDS[0] += 1
        return head + tail.translate(_fold_table())
    return head + tail.translate(_fold_list())


_FOLDS = [0]
"""Lines folded through the dict so far."""
_LIST_AFTER = 300
"""How many lines are folded through the dict before the list is built (the spam lexicon's
fold does the same)."""


@functools.lru_cache(maxsize=8192)
def match_form(text: str) -> tuple[str, str]:
    """``(plain, folded)``: the debris-free text and its Simplified fold, aligned.

    Cached: the chrome, meta and title rules all read the same lines.
    """
    p = plain(text)
    return p, fold(p)


# --- matching the fold without folding ---------------------------------------------------------
#
# Folding costs ~300 instructions per character (``str.translate`` makes an int object for each
# character it looks up), and most lines of a page match no cue at all. The scans below find,
# on the lines *as written*, every place where the folded line holds a cue word: each character
# of a word becomes the class of the characters that fold to it (``關|关`` → ``[关關]``), so
# only the few lines with a hit are folded and judged.


@functools.cache
def _unfold() -> dict[str, str]:
    """Folded character → the characters folding to it other than itself (the table's keys)."""
    out: dict[str, str] = {}
    for a, b in _fold_table().items():
        out[chr(b)] = out.get(chr(b), "") + chr(a)
    return out


@functools.cache  # the scans ask for the same characters hundreds of times
def preimage(ch: str, *, caseless: bool = False) -> str:
    """Every character whose fold is ``ch``; ``caseless``: whose fold lowercased is ``ch``
    (``ch`` lowercase). Empty when ``ch`` itself folds to something else: a folded line
    never holds it.

    >>> preimage("关"), preimage("k", caseless=True) == "Kk\\u212aＫｋ"
    ('关關', True)
    >>> preimage("著"), preimage("着")
    ('着著', '')
    """
    unfold, table = _unfold(), _fold_table()
    chars = {ch, *unfold.get(ch, "")}
    if caseless:
        upper = ch.upper()
        chars |= {upper, *unfold.get(upper, "")}
        chars |= {c for c in _LOWERS_TO_ASCII if c.lower() == ch}

    def folded(c: str) -> str:
        f = chr(table.get(ord(c), ord(c)))
        return f.lower() if caseless else f

    return "".join(sorted(c for c in chars if folded(c) == ch))


_LOWERS_TO_ASCII = "\u212a"
"""The one character besides ``A-Z`` whose ``lower()`` is one ASCII letter (Kelvin ``K``);
``İ`` lowers to two characters (a test checks every code point)."""


def _piece(chars: str) -> str:
    return re.escape(chars) if len(chars) == 1 else "[" + "".join(map(re.escape, chars)) + "]"


_COMMON = (
    "一是人了不在有大中国和为这上他个地年来我会以到时要出的生学说道民家子也成行下们于后就发自之对得主长可过天作分方用多你着部能市等业全里工公经本都而高政法面门动日进区事代那去心小同北定"
    "开产前其军还然起种所如现理机体表力好外与文当两实重新三么只山水关明从化平建又制南内西没此将员名手最东头者月间无安看见各城十相但已些正口通想度加第她合院物性战由位常点海意场武使次二向"
    "治因立数样身情入原问把路被并利石老教万知级量任江及应省资委务元美特期世湖回系比气汉总展电科金先声提品设或义王社很统处四首共马形己儿司太目基领队直计别女权话少流命至报米给打变果书清活"
    "几州华解议更称程今决张导术府才保交放管结师便走达族反再题色五京河接条规式县白它改风光运信受什组听布百济党指论强做取技黄神选记斯真却职号界件花类何眼兵传带空干农边据集联古广完质阳难增"
    "历史专官每住商即步认车台林必死游举线言皇土团收考求德叫近备研争非具李众连调感转笑革该持始英克士尔让拉思根格造较际亲单朝红型价校约器字段周亚深候则功属积快图火千准究往极育装许参半令吃"
    "观鱼精办像帝八复影告远群包整构料随划算象容示投势热值夫网望源息语股铁断派速怎需片爱律纪支早况病境证编"
)
"""The 500 most frequent Chinese characters, most frequent first (jieba's dictionary, each
character counted with the frequency of the words holding it): anchor choice only."""
_LETTERS = "etaoinsrhldcumfpgwybvkxjqz"
"""ASCII letters, most frequent in English first."""


def _commonness(c: str) -> int:
    """How often ``c`` is expected in a page (higher: more often); a guess, for speed only."""
    i = _COMMON.find(c)
    if i >= 0:
        return 1000 - i
    if c.isascii():
        i = _LETTERS.find(c.lower())
        return 700 + 10 * (26 - i) if i >= 0 else 950  # digits, ASCII punctuation: common
    return 0


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


def anchor_index(word: str) -> int:
    """The position of the anchor of ``word`` in :func:`anchored`: its least common character
    (:func:`_commonness`), the first of them."""
    return min(range(len(word)), key=lambda i: (_commonness(word[i]), i))


def anchored(words: list[str], *, caseless: bool = False) -> dict[str, str]:
    """For a scan of the text as written: for each *anchor* (one character of each word, the
    least common), the ``re`` branches that match it where the fold of the text holds a word
    through it, keyed by the anchor's folded form.

    Each branch matches the anchor character alone (one branch per character folding to it,
    each led by that literal: ``re`` skips between anchors at C speed); the rest of the word
    is checked by look-arounds, so that every anchor in the text is tried, and a text holds
    a word iff the scan finds its anchor (whatever words overlap). Anchoring on a rare
    character rather than the first one keeps the positions tried few.

    >>> import re
    >>> branches = anchored(["关注我们", "微信"])
    >>> sorted(branches)
    ['微', '注']
    >>> scan = re.compile("|".join(branches.values()))
    >>> [m[0] for m in scan.finditer("請關注我們的微信,关注我")]
    ['注', '微']
    """
    groups: dict[str, set[tuple[str, str]]] = {}
    for w in words:
        if not w:
            continue
        a = anchor_index(w)
        groups.setdefault(w[a], set()).add((w[:a], w[a + 1 :]))

    def klass(c: str) -> str:
        return _piece(preimage(c, caseless=caseless and c.isascii() and c.isalpha()))

    out = {}
    for anchor, parts in sorted(groups.items()):
        chars = preimage(anchor, caseless=caseless and anchor.isascii() and anchor.isalpha())
        alternatives = []
        for before, after in sorted(parts):
            if not all(preimage(c, caseless=caseless) for c in before + after):
                continue  # a character no folded text holds
            alt = f"(?<={''.join(map(klass, before))}.)" if before else ""
            alt += f"(?={''.join(map(klass, after))})" if after else ""
            alternatives.append(alt)
        if not chars or not alternatives:
            continue
        body = "" if "" in alternatives else "(?:" + "|".join(alternatives) + ")"
        out[anchor] = "|".join(re.escape(c) + body for c in chars)
    return out


_SYLLABLE = r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňḿ]{1,7}[)\uFF09]"
DEBRIS_HINT_LED = rf"#x|\({_SYLLABLE}|\uFF08{_SYLLABLE}"
"""What :func:`plain` may remove or decode (``#x``, and :data:`_PINYIN_HINT` with each branch
led by a literal, for a scan's fast skip): a line holding one is judged on its match form,
never by an unfolded scan."""


def page_hits(
    texts: list[str], pattern: re.Pattern[str], accept: Callable[[int, re.Match[str]], bool]
) -> list[int]:
    """Indices of ``texts`` in which ``pattern`` has a match that ``accept(index, match)``
    takes: one scan of the texts joined by ``\\n`` (``pattern`` must never match one), not a
    call per text. After a match is taken the scan goes on at the next text; after one
    ``accept`` refuses, right after the match.

    >>> import re
    >>> page_hits(["甲乙", "乙", "丙乙乙"], re.compile("乙"), lambda i, m: True)
    [0, 1, 2]
    """
    joined = "\n".join(texts)
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    out: list[int] = []
    search = pattern.search
    m = search(joined)
    while m is not None:
        k = bisect_right(starts, m.start()) - 1
        if accept(k, m):
            out.append(k)
            if k + 1 == len(starts):
                break
            m = search(joined, starts[k + 1])
        else:
            m = search(joined, m.end())
    return out
