"""Dates and times as Chinese web pages write them, parsed to ISO 8601.

Handled forms (full-width digits are not expected: pages use ASCII digits):

* ``2024-08-02 16:57:00``, ``2024/03/08``, ``2024.03.08 9:05``, ``2025-8-25 09:32``
* ``2024年8月2日``, ``2022年08月22日 11:26:04``, ``2019 年 4 月 8 日``, ``2024年8月2日 16时57分``
* Republic-of-China years (Taiwan): ``民國113年3月8日``; after a date key also ``113-03-08``
  (:data:`ROC_NUMERIC`, read by the metadata rules)
* English: ``March 5, 2024``, ``5 Mar 2024``, ``Tue Feb 27 23:43:03 2007`` (bulletin boards)

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
    r"|民[国國]\s*(?P<roc>\d{2,3})\s*年\s*(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*[日号號]?"
    r"|(?<![A-Za-z])" + _MON + r"\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)"
    r"|(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MON + r"\.?,?\s+(?P<y>(?:19|20)\d\d)"
    r"|(?<![A-Za-z])(?i:mon|tue|wed|thu|fri|sat|sun)\s+" + _MON + r"\s+(?P<d>[0-3]?\d)\s+"
    r"(?P<H>[0-2]?\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?\s+(?P<y>(?:19|20)\d\d)"
    r")" + _TIME + r"(?!\d)",
    engine="regex",
)
"""One date with an optional time; named groups ``y m d H M S`` (``roc``: a Republic-of-China
year instead of ``y``; ``mon``: an English month name instead of ``m``)."""
ROC_NUMERIC = LazyPattern(
    r"\s*(?P<roc>\d{2,3})(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\d.])"
    + _TIME
    + r"(?!\d)",
    engine="regex",
)
"""A Republic-of-China date in figures (``113-03-08``): only trusted right after a date key."""


def iso(match: regex.Match[str]) -> str | None:
    """The ISO 8601 form of a :data:`DATE` match, or ``None`` if it is not a real date.

    >>> iso(DATE.search("2024-13-02")) is None
    True
    """
    groups = match.groupdict()
    if groups.get("roc") is not None:
        y = int(groups["roc"]) + 1911
        if not 1912 <= y <= 2099:
            return None
    else:
        y = int(groups["y"])
    mon = groups.get("mon")
    m = _MONTHS[mon[:3].lower()] if mon is not None else int(groups["m"])
    d = int(groups["d"])
    if not (1 <= m <= 12 and 1 <= d <= 31):
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


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Every valid date in ``text`` as ``(start, end, iso)``.

    >>> find_dates("2014-03-24 21:53:04盧捍華")
    [(0, 19, '2014-03-24T21:53:04')]
    """
    out: list[tuple[int, int, str]] = []
    if "19" not in text and "20" not in text and "民" not in text:
        return out  # every date holds its year (a much faster test than the pattern)
    for match in DATE.finditer(text):
        value = iso(match)
        if value is not None:
            out.append((match.start(), match.end(), value))
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
