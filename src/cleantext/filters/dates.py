"""Dates and times as Chinese web pages write them, parsed to ISO 8601.

Handled forms (full-width digits are not expected: pages use ASCII digits):

* ``2024-08-02 16:57:00``, ``2024/03/08``, ``2024.03.08 9:05``, ``2025-8-25 09:32``
* ``2024年8月2日``, ``2022年08月22日 11:26:04``, ``2019 年 4 月 8 日``, ``2024年8月2日 16时57分``
* Republic-of-China years (Taiwan): ``民國113年3月8日``; after a date key also ``113-03-08``
  (:data:`ROC_NUMERIC`, read by the metadata rules)
* English: ``March 5, 2024``, ``5 Mar 2024``, ``Tue Feb 27 23:43:03 2007`` (bulletin boards)
* Chinese numerals alone on a line, as official documents sign: ``二〇二五年七月四日``
  (:func:`han_date`)

A date needs year, month and day; the time is optional (hours and minutes, seconds optional).
The ISO string keeps the precision the page gives: ``2024-08-02``, ``2024-08-02T16:57`` or
``2024-08-02T16:57:00``.

>>> parse_date("发布于 2025-8-25 09:32")
'2025-08-25T09:32'
>>> parse_date("2024年8月2日")
'2024-08-02'
>>> parse_date("DOI:10.13714/j.cnki.1002-3100.2023.04.006") is None
True
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from .lazyre import LazyPattern

if TYPE_CHECKING:
    import regex

_TIME = (
    r"(?:\s*(?:T|\s)\s*(?P<H>[0-2]?\d)\s*[::时時]\s*(?P<M>[0-5]\d)(?:\s*[::分]\s*(?P<S>[0-5]\d))?)?"
)
_MON = (
    r"(?P<mon>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
DATE = LazyPattern(
    r"(?<!\d)(?:"
    r"(?P<y>(?:19|20)\d\d)\s*(?P<sep>[-/.])\s*(?P<m>[01]?\d)\s*(?P=sep)\s*(?P<d>[0-3]?\d)(?!\d)"
    r"|(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*[日号號]?"
    r")" + _TIME + r"(?!\d)",
    engine="regex",
)
"""One date with an optional time; named groups ``y m d H M S``."""
_ROC = LazyPattern(
    r"民[国國]\s*(?P<roc>\d{2,3})\s*年\s*(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*[日号號]?"
    + _TIME
    + r"(?!\d)",
    engine="regex",
)
"""A Republic-of-China date (``民國113年3月8日``); group ``roc`` instead of ``y``."""
_ENGLISH = LazyPattern(
    r"(?:(?<![A-Za-z])" + _MON + r"\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)"
    r"|(?<!\d)(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MON + r"\.?,?\s+(?P<y>(?:19|20)\d\d)"
    r"|(?<![A-Za-z])(?i:mon|tue|wed|thu|fri|sat|sun)\s+" + _MON + r"\s+(?P<d>[0-3]?\d)\s+"
    r"(?P<H>[0-2]?\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?\s+(?P<y>(?:19|20)\d\d)"
    r"|(?<![A-Za-z])"
    + _MON
    + r"\.?\s+(?P<d>[0-3]?\d)\s+(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?"
    r"\s+(?P<y>(?:19|20)\d\d)"
    r")" + _TIME + r"(?!\d)",
    engine="regex",
)
"""An English date (``March 5, 2024``, ``5 Mar 2024``, ``Tue Feb 27 23:43:03 2007``, a blog's
``May 06 Mon 2024 21:18``); group ``mon`` instead of ``m``."""
ROC_NUMERIC = LazyPattern(
    r"\s*(?:(?P<roc>\d{2,3})(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\d.])"
    r"|(?P<roc>\d{2,3})\s*年\s*(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*[日号號]?)"
    + _TIME
    + r"(?!\d)",
    engine="regex",
)
"""A Republic-of-China date without its era (``113-03-08``, ``113年3月8日``): only trusted
right after a date key."""
_LATIN = LazyPattern("[A-Za-z]")
_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _english_hint(text: str) -> bool:
    """Whether ``text`` may hold an English date: a month's first three letters. Most lines
    hold no Latin letter at all; a scan for one and a few substring tests cost far less than
    the pattern."""
    if _LATIN.search(text) is None:
        return False
    low = text.lower()
    return any(m in low for m in _MONTH_WORDS)


def iso(match: regex.Match[str], kind: str = "") -> str | None:
    """The ISO 8601 form of a :data:`DATE` match, or ``None`` if it is not a real date.
    ``kind``: ``"roc"`` for a Republic-of-China match (:data:`ROC_NUMERIC`), ``"en"`` for an
    English one.

    >>> iso(DATE.search("2024-13-02")) is None
    True
    """
    if kind == "roc":
        y, m = int(match["roc"]) + 1911, int(match["m"])
    elif kind == "en":
        y, m = int(match["y"]), _MONTHS[match["mon"][:3].lower()]
    else:
        y, m = int(match["y"]), int(match["m"])
    d = int(match["d"])
    if not (1 <= m <= 12 and 1 <= d <= 31 and y <= 2099):
        return None
    out = f"{y:04d}-{m:02d}-{d:02d}"
    if match["H"] is not None:
        h = int(match["H"])
        if h > 23:
            return out
        out += f"T{h:02d}:{match['M']}"
        if match["S"] is not None:
            out += f":{match['S']}"
    return out


HAN_DATE = LazyPattern(
    r"^\s*(?P<y>[一二][〇○零九][〇○零一二三四五六七八九]{2})\s*年"
    r"\s*(?P<m>十[一二]?|[一二三四五六七八九])\s*月"
    r"\s*(?P<d>三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日\s*$"
)
"""A line that is a date in Chinese numerals (``二〇二五年七月四日``, ``二○二四年十二月三十日``)."""
_HAN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def _han_number(numerals: str) -> int:
    """A day or month in Chinese numerals (``七``, ``十二``, ``二十一``, ``三十``) as a number."""
    tens, _, ones = numerals.rpartition("十")
    if "十" not in numerals:
        return int(numerals.translate(_HAN_DIGITS))
    return int((tens or "一").translate(_HAN_DIGITS)) * 10 + int(
        (ones or "〇").translate(_HAN_DIGITS)
    )


def han_date(text: str) -> str | None:
    """The ISO date of a line that is a date in Chinese numerals, or ``None``.

    >>> han_date("二〇二五年七月四日"), han_date("二○二四年十二月三十一日")
    ('2025-07-04', '2024-12-31')
    >>> han_date("二〇二五年二月三十日") is None, han_date("于二〇二五年七月四日开庭") is None
    (True, True)
    """
    if len(text) > 24 or "年" not in text:
        return None
    m = HAN_DATE.match(text)
    if m is None:
        return None
    y, mo, d = int(m["y"].translate(_HAN_DIGITS)), _han_number(m["m"]), _han_number(m["d"])
    try:
        return datetime.date(y, mo, d).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Every valid date in ``text`` as ``(start, end, iso)``.

    >>> find_dates("2014-03-24 21:53:04盧捍華")
    [(0, 19, '2014-03-24T21:53:04')]
    """
    out: list[tuple[int, int, str]] = []
    if "19" in text or "20" in text:  # every date but a ROC one holds its year's first digits
        for match in DATE.finditer(text):
            value = iso(match)
            if value is not None:
                out.append((match.start(), match.end(), value))
        if len(text) <= 80 and _english_hint(text):  # a date line, not a paragraph
            _more(out, _ENGLISH.finditer(text), "en")
    if "民" in text:
        _more(out, _ROC.finditer(text), "roc")
    return out


def _more(out: list[tuple[int, int, str]], matches, kind: str) -> None:
    """Add the valid dates of ``matches`` that overlap none in ``out``, keeping it sorted."""
    for match in matches:
        value = iso(match, kind)
        if value is not None and not any(a < match.end() and match.start() < b for a, b, _ in out):
            out.append((match.start(), match.end(), value))
            out.sort()


_HM = r"(?P<H>[0-2]?\d)\s*[:时]\s*(?P<M>[0-5]\d)(?:\s*[:分]\s*(?P<S>[0-5]\d))?"
_LOOSE = LazyPattern(
    r"(?<![\d./:-])(?:"
    r"(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*[日号](?:\s*" + _HM + r")?"
    r"|(?P<m>[01]?\d)(?P<sep>[-/])(?P<d>[0-3]?\d)\s+"
    + _HM
    + r"|(?:今天|昨天|前天|今日|昨日)\s*"
    + _HM
    + r"|\d{1,2}\s*(?:秒|分钟|小时|天|周|个月)前"
    r"|(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d)(?:\s+" + _HM + r")?"
    r")(?![\d:])",
    engine="regex",
)
"""A date a page writes without its year or relative to the day it is read (``3月5日``,
``03-05 10:20``, ``昨天 10:20``, ``3小时前``), or day and month before the year
(``05/03/2024``): on folded text, group ``y`` only for the last form."""


def find_loose_dates(
    text: str, taken: list[tuple[int, int, str]] | None = None
) -> list[tuple[int, int, str]]:
    """The dates of ``text`` :func:`find_dates` does not take (or ``taken``, its result), as
    ``(start, end, iso)``:
    ``iso`` is ``""`` when the page does not say the year (or day and month could be
    swapped, ``05/03/2024``). Enough to tell a date line, not to date the page.

    >>> find_loose_dates("昨天 10:20 · 3小时前")
    [(0, 8, ''), (11, 15, '')]
    >>> find_loose_dates("发布于 25/12/2023")
    [(4, 14, '2023-12-25')]
    >>> find_loose_dates("第3-5 名") + find_loose_dates("2024-03-05 10:20")
    []
    """
    out: list[tuple[int, int, str]] = []
    full = find_dates(text) if taken is None else taken
    for m in _LOOSE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b, _ in full):
            continue
        value = ""
        if m["y"] is not None:
            a, b = int(m["a"]), int(m["b"])
            if a > 12 >= b >= 1 and a <= 31:
                value = f"{m['y']}-{b:02d}-{a:02d}"
            elif b > 12 >= a >= 1 and b <= 31:
                value = f"{m['y']}-{a:02d}-{b:02d}"
        elif m["m"] is not None and not (1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31):
            continue
        out.append((m.start(), m.end(), value))
    return out


def parse_date(text: str) -> str | None:
    """The first valid date in ``text`` in ISO 8601, or ``None``.

    >>> parse_date("2024-08-02 16:57:00  來源:鄉村干部報網")
    '2024-08-02T16:57:00'
    >>> parse_date("更新時間:2022年08月22日 11:26:04")
    '2022-08-22T11:26:04'
    """
    found = find_dates(text)
    return found[0][2] if found else None
