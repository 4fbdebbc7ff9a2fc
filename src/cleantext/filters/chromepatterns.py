"""The patterns the chrome rules share, each compiled on first use.

:data:`_RX` holds them as cached properties: importing a chrome module compiles none
(a test reloads them and checks). ``_rx`` compiles a ``regex`` pattern through
:mod:`..recache`, which keeps its program on disk for the next process.

>>> _RX.numbered.match("1. 第一步") is not None, _RX.digits.match("12345") is not None
(True, True)
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from .. import recache

if TYPE_CHECKING:
    import regex


_rx = functools.partial(recache.compile, engine="regex")
"""``regex.compile``, its program kept on disk for the next process (:mod:`..recache`, which
imports ``regex`` only to compile a pattern it has not kept: this module does not import it)."""
_I = int(re.IGNORECASE)
"""``regex.IGNORECASE`` (the same bit as ``re``'s)."""


class _Patterns:
    """The module's patterns, each compiled on first use: importing the module compiles none.
    Those with Unicode classes use ``regex`` like the rest of the package (``re`` differs on a
    few ``\\s`` and ``\\d`` characters)."""

    @functools.cached_property
    def lead(self) -> regex.Pattern[str]:
        return _rx(r"^[\s•·●◇▪■□◆]+")

    @functools.cached_property
    def numbered(self) -> regex.Pattern[str]:
        return _rx(r"^(?:\d{1,2}[.、)]|[(]?[一二三四五六七八九十]{1,3}[、.)])\s*\S")

    @functools.cached_property
    def digits(self) -> regex.Pattern[str]:
        return _rx(r"^\d{1,7}$")

    @functools.cached_property
    def opens(self) -> regex.Pattern[str]:
        return _rx(r"\s*\(opens new window\)", _I)

    @functools.cached_property
    def bullet(self) -> regex.Pattern[str]:
        return _rx(r"^\s*[•·●▪■◆]\s*\S")

    @functools.cached_property
    def seps(self) -> regex.Pattern[str]:
        return _rx(r"\s[|»·]\s|\s\|")

    @functools.cached_property
    def stat(self) -> regex.Pattern[str]:
        """A site statistic: ``• 網站:51998``."""
        return _rx(r"^[•·●▪■◆]?\s*\p{Han}{1,4}\s*:\s*\d{1,9}$")

    @functools.cached_property
    def url(self) -> regex.Pattern[str]:
        return _rx(r"^https?://\S+$", _I)

    @functools.cached_property
    def menu(self) -> regex.Pattern[str]:
        """A menu bar: five or more short items separated by spaces, no punctuation."""
        return _rx(r"^(?:[^\s,。!?、:;,!?:;]{1,8}\s+){4,}[^\s,。!?、:;,!?:;]{1,8}$")

    @functools.cached_property
    def sentence_mark(self) -> re.Pattern[str]:
        return re.compile(r"[。!?]|[,;](?=.)")

    @functools.cached_property
    def latin(self) -> re.Pattern[str]:
        """ASCII letters and the letters ``regex`` folds onto them (``İ``, ``ſ``, Kelvin ``K``)."""
        return re.compile("[A-Za-z\u0130\u017f\u212a]")

    @functools.cached_property
    def linky_bad(self) -> re.Pattern[str]:
        return re.compile(r"[,。!?、:;,!?:;“”\"《》()()]")

    @functools.cached_property
    def linky_bad_head(self) -> re.Pattern[str]:
        """Before the title, slogans (``、``), mojibake (``?``) and labels (``:``) are links."""
        return re.compile(r"[,。!;,!;“”\"《》]")

    @functools.cached_property
    def related(self) -> re.Pattern[str]:
        """Headings of link lists that are never article sections."""
        return re.compile(
            r"^(?:相关新闻|相关文章|相关阅读|相关推荐|推荐阅读|热门推荐|猜你喜欢|延伸阅读|大家都在看|"
            r"为你推荐)$"
        )

    @functools.cached_property
    def crumb(self) -> regex.Pattern[str]:
        """A breadcrumb without a home item: short category names joined by ``>``, ``»``, ``›``
        or ``→``, the last item (the page's own name) up to 40 characters. No ``/``, code or
        sentence marks in the items (``水產肉類/新鮮蔬果>>生鮮提貨券`` is a product path); the
        last item, a thread's title, may hold a comma or brackets (``… › 深水埗平價車仔麪推介
        （附地址）``)."""
        return _rx(
            r"^(?:[^\s>»›→<=(){}/,。!?;:、][^>»›→<=(){}/,。!?;:、]{0,11}?\s*(?:>>?|»|›|→)\s*){1,6}"
            r"[^\s>»›→<=(){}/,。!?][^>»›→<={}/。!?]{0,39}$"
        )

    @functools.cached_property
    def separator(self) -> re.Pattern[str]:
        """An end mark or rule: ``END``, ``- END -``, ``--``, ``———``."""
        return re.compile(r"^[\-—–_=*·~\s]*(?:END|THE END|End)?[\-—–_=*·~\s]*$")

    @functools.cached_property
    def tag_heading(self) -> re.Pattern[str]:
        """A tag heading with its tags on the lines below."""
        return re.compile(
            r"^(?:tag\s*标签|标签|tags?|本文标签|文章标签|相关标签|标签云)\s*:?$", re.I
        )

    @functools.cached_property
    def company(self) -> re.Pattern[str]:
        return re.compile(r"(?:有限公司|分公司|股份公司)$")


_RX = _Patterns()
