"""Ads glued to the edges of a paragraph: the span finders of the item step (:mod:`.spamitems`)
for a call to reach a seller after a paragraph's last sentence.

An injector glues a call to action after the last sentence of an article's paragraph and ends
it with what the reader is to type: a private account or a bare site (``…路面情況。更多資訊請
加微信同號hk8833``, ``…腾出空间。收U出U找飞机@u8899``, ``…一隻渡鴉。無彈窗小說網www.wtcxs.la``,
``…过滤。buy tiktok likes cheap at cheap-likes88.net``). Its words alone may read as anything
(``更多资讯请加``): the shape tells it — the id closes the paragraph without a mark of its own,
the page names it nowhere else, and the words before it are not the page's. A site's own
contact (an e-mail for permissions, its own domain named twice, an official site) is left.

Matched on folded text (:func:`cleantext.spam.lexicon.fold`).
"""

from __future__ import annotations

from typing import Any

from ..spam.lexicon import fold
from .lazyre import LazyPattern

GLUED_HEAD = 30
"""Characters of the paragraph before a glued call, at least."""
GLUED_HAN = 15
"""Han characters of the paragraph before a Latin call (``buy … at x.net``), at least."""
GLUED_OVERLAP = 0.25
"""Share of the call's Han bigrams the rest of the page may hold, at most."""

_CLOSING = ")\uff09\u3011]\u300b\"'\u201d\u300d"
"""Closing brackets and quotes a glued id may stand in (``(詳洽LINE:@fapiao88)``)."""
_COMMON_TLD = frozenset(
    [
        "com",
        "cn",
        "net",
        "org",
        "gov",
        "edu",
        "int",
        "mil",
        "info",
        "hk",
        "tw",
        "mo",
        "sg",
        "my",
        "io",
        "dev",
        "ai",
        "app",
    ]
)
"""Top-level domains of ordinary sites (projects' ``.io``, ``.dev`` too): a bare domain under
one is odd only when its name holds two digits in a row (``cheap-likes88.net``)."""
_OFFICIAL = LazyPattern(r"\.(?:gov|edu)(?:\.[a-z]{2})?$")
_PAIR = LazyPattern(r"\d\d")
_LATIN_WORD = LazyPattern(r"[a-z]{2,}")
_IDENT = LazyPattern(r"[a-z0-9][a-z0-9_.-]*$")
_LETTER = LazyPattern(r"[a-z]")
_HAN = LazyPattern(r"[\u3400-\u9fff\uf900-\ufaff]")


HEAD_REST = 15
"""Han characters of the paragraph after an ad leading it, at least."""
_HEAD_BRACKET = LazyPattern(r"\s*[\u3010\[(\uff08]([^\u3011\])\uff09\n]{4,40})[\u3011\])\uff09]\s*")
"""A bracket opening a paragraph (folded), 4-40 characters inside."""
_LATIN_HEAD = LazyPattern(r"\s*[a-z][^\u3400-\u9fff\n]{5,80}?(?=[\u3400-\u9fff])")
"""Latin words opening a paragraph of Han (folded), up to its first Han character."""
_CODE_MARK = LazyPattern(r"[{}();=<>]")
"""Marks of code (``public class UserConfig {//@Conditional中的…``), never in an ad."""
_SAID = LazyPattern(r"[\u3002!?;]")


def head_span(folded: str, ids: Any, notes: Any) -> tuple[int, int] | None:
    """The span of an ad opening a paragraph (``folded``): a bracket (``【學測答案LINE:@ans88】
    大考中心表示…``, ``【daixie.com 代写作业】课程简介…``) or Latin words (``Buy TikTok followers →
    tokfans.vip 技巧一…``) holding a private contact or an ad's site (``ids(part)``: their
    matches), before :data:`HEAD_REST` Han characters of a sentence; no credit or notice
    (``notes``) in it. The caller checks the page."""
    m = _HEAD_BRACKET.match(folded)
    latin = m is None
    if latin:
        m = _LATIN_HEAD.match(folded)
        if m is None:
            return None
    part = folded[: m.end()]
    found = ids(part)
    if not found or notes.search(part):
        return None
    if latin and (
        len(_LATIN_WORD.findall(part[: found[0].start()])) < 2
        or part[found[-1].end() :].strip(" \t\u2192>:|-")
        or found[-1].group()[:1] == "@"
        or _CODE_MARK.search(part) is not None
    ):
        return None  # Latin words, then a site or a keyed contact closing them; no code
    rest = folded[m.end() :]
    if len(_HAN.findall(rest)) < HEAD_REST or _SAID.search(rest) is None:
        return None
    start = len(folded) - len(folded.lstrip())
    return start, len(part.rstrip())


def odd_site(domain: str) -> bool:
    """A bare domain an ad names rather than a reference does: not official (``.gov``,
    ``.edu``), under an unusual top-level domain (``fengye.tv``, ``www.wtcxs.la``,
    ``tokfans.vip``) or with two digits in a row in its name (``cheap-likes88.net``).

    >>> [odd_site(d) for d in ("fengye.tv", "cheap-likes88.net", "www.haier.com", "hzedu.gov.cn")]
    [True, True, False, False]
    """
    if _OFFICIAL.search(domain):
        return False
    name, _, tld = domain.rpartition(".")
    return tld not in _COMMON_TLD or _PAIR.search(name) is not None


_FILE_EXTS = (
    "jpg jpeg png gif webp bmp svg tif tiff heic ico mp3 mp4 mov avi mkv flv wav pdf doc docx"
    " xls xlsx ppt pptx zip rar 7z gz tar txt csv json xml yaml yml html htm js css py java c"
    " cpp go rs exe apk dmg iso md log"
)
_FILE_EXT = frozenset(_FILE_EXTS.split())
"""Extensions of files (an image's name after a sentence is its caption's, no site)."""


def bare_site(name: str) -> bool:
    """Is a domain (folded) an ad's even with no word around it: two digits in a row and a
    letter in its name (``kaiyun88.com``), not a file's name (``img_2024.jpg``).

    >>> [bare_site(d) for d in ("kaiyun88.com", "img_20240501.jpg", "www.python.org")]
    [True, False, False]
    """
    host, _, tld = name.rpartition(".")
    return (
        tld not in _FILE_EXT
        and _PAIR.search(host) is not None
        and _LETTER.search(host) is not None
        and "_" not in host
    )


_INITIALS_HOST = LazyPattern(r"(?:www\.)?([a-z]{3,6})\d{2,4}\.[a-z]{2,4}$")
_HAN_BEFORE = LazyPattern(r"([\u4e00-\u9fff]{3,8})[\s:\uff1a]*$")


def initials_site(folded: str, site: Any) -> bool:
    """Is a domain (a match in ``folded``) the pinyin initials of the Han name written just
    before it and lucky digits (``一品影视网 www.ypys66.cc``, ``樱花动漫 yhdm88.com``): how
    pirate and gambling sites name their domains, and what a credit for a real outlet has
    not (``光明网 www.gmw.cn`` has no digits, ``中国青年网 youth.cn`` no initials).

    >>> import re
    >>> site = lambda f: initials_site(f, re.search(r"www\\.[a-z0-9]+\\.[a-z]+", f))
    >>> site("(转载自:一品影视网 www.ypys66.cc)"), site("(来源:光明网 www.gmw.cn)")
    (True, False)
    """
    from .spamcode import initial

    m = _INITIALS_HOST.match(site.group())
    before = _HAN_BEFORE.search(folded, 0, site.start())
    if m is None or before is None:
        return False
    letters, name = m.group(1), before.group(1)
    k = len(letters)
    codes = "".join(initial(c) or "?" for c in name)
    return any(codes[j : j + k] == letters for j in range(len(name) - k + 1))


def private_ids(pattern: Any, folded: str) -> list[Any]:
    """The matches of ``pattern`` (a private contact) in ``folded`` that are no e-mail's name
    (``联系hezuo@huxiu.com`` is a site's address for permissions)."""
    return [m for m in pattern.finditer(folded) if folded[m.end() : m.end() + 1] != "@"]


def own_site(folded: str, m: Any) -> bool:
    """Is the domain matched by ``m`` in ``folded`` an e-mail's (``hezuo@huxiu.com``) or an
    official site (``.gov``, ``.edu``): a site's contact or a reference, never an ad's?"""
    return bool(m.start() and folded[m.start() - 1] in "@.") or bool(_OFFICIAL.search(m.group()))


def ad_site(folded: str, m: Any) -> bool:
    """Is the domain matched by ``m`` in ``folded`` a site an ad names: an odd site
    (:func:`odd_site`), no e-mail's?"""
    return not own_site(folded, m) and odd_site(m.group())


def glued_call(text: str, start: int, folded: str, ids: list[Any], page: Any, line: int) -> bool:
    """Is ``folded`` (the folded tail of the paragraph ``text`` from ``start``, its last
    sentence mark before it) a call to action glued to the paragraph? ``ids`` are the matches
    of a private contact or a domain in ``folded``.

    The last id closes the tail (closing brackets aside: no mark, no words after it), is a
    private contact or an odd bare site (:func:`ad_site`) with a letter in its name (a number
    may be a site's own QQ group), and the rest of the page
    (``page``, a :class:`.spamitems._Page`, without ``line``) never names it; the words before
    it share at most :data:`GLUED_OVERLAP` of their bigrams with the page, or are Latin words
    after a paragraph of Han (a call in another script: ``buy tiktok likes cheap at …``), or
    there are none and the site is one an ad names alone (:func:`bare_site`)."""
    if start < GLUED_HEAD or not ids:
        return False
    last = max(ids, key=lambda m: m.end())
    if last.end() != len(folded.rstrip(_CLOSING)):
        return False
    name = last.group()
    at = last.start()
    if "." in name and not ad_site(folded, last):
        return False
    ident = _IDENT.search(name)
    if ident is None or _LETTER.search(ident.group()) is None:
        return False  # a number (a QQ group, a phone) may be the site's own
    if not page.folded or ident.group().removeprefix("www.") in page.without(fold(text)):
        return False  # the page names the account or the site elsewhere: its own
    words = folded[:at]
    if not words.strip() and bare_site(name):
        return len(_HAN.findall(text[:start])) >= GLUED_HAN  # …相當有趣。kaiyun88.com
    if _HAN.search(words) is None:
        return len(_LATIN_WORD.findall(words)) >= 2 and len(_HAN.findall(text[:start])) >= GLUED_HAN
    share = page.overlap(words, line)
    return share is None or share <= GLUED_OVERLAP


SEAM_TAIL = (4, 40)
"""Characters of a paragraph's end after a seam (:data:`_SEAM`), at least and at most."""
SEAM_HEAD = 10
"""Han characters of the paragraph before a seam, at least (code before a comment aside)."""
_SEAM = LazyPattern(
    r"(?:(?<=[\u3002;!?\uff1b\uff01\uff1f])[ \t\u3000]{2,}|(?<=\S)[ \t]{2,}(?:#|//)[ \t]*)"
    r"(?=[^\n]{4,40}$)"
)
"""A seam before a paragraph's end (on the line as written): two spaces or more after its last
sentence or clause mark (Chinese prose puts no spaces between its sentences), or a code
comment opened after two spaces (``git revert 3f2a9c1  # …``)."""
SEAM_CUE = LazyPattern(
    r"[\u3002;!?\uff1b\uff01\uff1f \t\u3000]"
    r"(?:(?<=[\u3002;!?\uff1b\uff01\uff1f])[ \t\u3000]{2,}|(?<=[ \t])[ \t]+(?:#|//))"
)
"""The lines a seam may be in (one scan of the page): a sentence or clause mark and two spaces
or more, or two spaces or more and a code comment's mark. Written to start with one character
class, whose characters ``re`` skips to (an alternation led by classes is tried at every
position: three times slower)."""
_SEAM_STOP = LazyPattern(r"[\u3002!?;\uff01\uff1f\uff1b]|[ \t]{2,}")


def seam_tail(
    text: str, model: Any, page: Any, line: int, contact: Any, cored: Any, score: float
) -> tuple[int, int] | None:
    """The span of an ad glued to a paragraph after a seam (:data:`_SEAM`), from the seam to
    the line's end (``…就行。  需要代写Python作业加Q:2610983375``,
    ``git revert 3f2a9c1  # 更多视频教程加V:git8866领取``), or ``None``. The tail is one
    phrase (:data:`SEAM_TAIL` characters, no sentence mark, no second seam) and either gives a
    private contact (``contact``, a pattern) the rest of the page never names, closing the tail
    or with words that name a trade (``cored``) or read as an ad (``score``), sharing at most
    :data:`GLUED_OVERLAP` of their bigrams with the page. A tail without a contact stays: the
    item model reads ordinary short phrases of articles at 0.9 and more too (``郑州网站优化技巧``
    1.0, ``做网站会什么软件`` 0.99 in the dev corpus's body lines). A paragraph of fewer than
    :data:`SEAM_HEAD` Han characters before the seam keeps its end, unless the seam opens a
    code comment."""
    seams = list(_SEAM.finditer(text))
    if not seams:
        return None
    m = seams[-1]
    start = m.start()
    tail = fold(text[m.end() :]).strip()
    if not SEAM_TAIL[0] <= len(tail) <= SEAM_TAIL[1] or _SEAM_STOP.search(tail):
        return None
    comment = "#" in m.group() or "/" in m.group()
    if len(_HAN.findall(text[:start])) < SEAM_HEAD and not comment:
        return None
    ids = private_ids(contact, tail)
    if not ids:
        return None
    words = contact.sub(" ", tail).strip()
    if len(_HAN.findall(words)) < 3:
        return None
    others = page.without(fold(text)) if page.folded else ""
    if not others or any(k.group()[-5:] in others for k in ids):
        return None  # the page names the account elsewhere: its own
    closes = ids[-1].end() == len(tail)
    if not (closes or cored(words) or model.score(words) >= score):
        return None
    share = page.overlap(words, line)
    if share is None or share > GLUED_OVERLAP:
        return None
    return start, len(text.rstrip())
