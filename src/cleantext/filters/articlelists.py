"""Short lines that are the article's own though they look like chrome: a recipe's or a
guide's numbered steps and ingredient amounts after the page's buttons (:func:`_steps_on`),
tables of three fields or more (:func:`_field_tables`: ``品牌：美的`` / ``容量：4L`` /
``颜色：白色``), which no rule takes for chrome and the learned step does not see, and tables
whose columns ``|`` or tabs separate (:func:`_column_tables`: ``時段｜現時班次｜新班次`` /
``07:30–08:30｜2.8分鐘｜2.5分鐘``), which look like rows of links.

>>> _field("容量：4L"), _field("重量\\t單耳5g"), _field("会议指出,就业是最基本的民生")
(True, True, False)
"""

from __future__ import annotations

from ..document import Line
from .base import consecutive, next_nonblank
from .cues import match_form
from .lazyre import LazyPattern

_STEP = LazyPattern(r"^(?:\d{1,2}|步骤\s*\d{1,2}|第\s*\d{1,2}\s*步)$", engine="regex")
"""A step's number alone on its line (``1``, ``步骤2``, ``第3步``), on folded text."""
_AMOUNT = LazyPattern(
    r"^[\p{Han}A-Za-z]{1,10}[\s:]+(?:\d+(?:\.\d+)?(?:-\d+)?\s*"
    r"(?:克|千克|公斤|斤|两|毫升|升|个|只|根|片|勺|汤匙|茶匙|小匙|大匙|杯|碗|瓣|颗|粒|块|把|段|g|kg|ml)"
    r"|半个|半根|适量|少许|若干)$",
    engine="regex",
)
"""An ingredient and its amount (``猪小排 600克``, ``盐 适量``), on folded text."""


def _steps_on(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is a step's number with its step under it (a sentence: ``1`` /
    ``排骨冷水下锅，…``) or an ingredient's amount: the article goes on after its buttons."""
    folded = match_form(lines[i].kept_text)[1].strip()
    if len(folded) > 24:
        return False
    j = next_nonblank(lines, i, 1)
    after = match_form(lines[j].kept_text)[1].strip() if j is not None else ""
    if _AMOUNT.match(folded) or (j is not None and lines[j].label is None and _AMOUNT.match(after)):
        return True  # an amount, or the heading of a list of them ("用料")
    if _STEP.match(folded):
        if j is None or lines[j].label is not None or "," not in after:
            return False
        # the first step, or one the next step follows (a lone "9" is a count or a level)
        n = int("".join(c for c in folded if c.isdigit()))
        k = next_nonblank(lines, j, 1)
        follows = _STEP.match(match_form(lines[k].kept_text)[1].strip()) if k is not None else None
        return n == 1 or (follows is not None and str(n + 1) in follows.group())
    # a table of three fields or more ("品牌:某某" / "型号:FR4-4L" / "层数:4层"): a product's
    # specifications (the foot's own fields, "分类:" or "标签:", are cues already)
    run = 0
    while j is not None and run < 3 and lines[i].label is None and _SPEC.match(folded):
        run += 1
        i, j = j, next_nonblank(lines, j, 1)
        folded = match_form(lines[i].kept_text)[1].strip()
    return run >= 3


_SPEC = LazyPattern(r"^[\p{Han}A-Za-z]{2,6}\s*:\s*\S.{0,30}$", engine="regex")
"""A field of a specification table: a short key, a short value (on folded text)."""


def _field_tables(lines: list[Line]) -> None:
    """Label ``body`` (``body:fields``) the undecided lines of runs of three or more fields
    (``品牌：美的`` / ``容量：4L`` / ``颜色：白色``, or ``重量<tab>5g``): a product's or a record's
    table. Fields a cue knows (contact panels, forum profiles) are labelled before."""
    fields = [i for i, ln in enumerate(lines) if ln.label is None and _field(ln.kept_text)]
    for run in consecutive(fields, lambda i: next_nonblank(lines, i, 1)):
        if len(run) >= 3:
            for k in run:
                lines[k].mark("body", "body:fields")


def _field(text: str) -> bool:
    if not 3 < len(text) <= 40 or not (
        ":" in text or "：" in text or "\t" in text or "﹕" in text or "∶" in text
    ):
        return False  # (most lines: no fold; the colon's forms fold to ":", cues.fold)
    return bool(_SPEC.match(match_form(text)[1].strip()) or _TAB_FIELD.match(text.strip()))


_TAB_FIELD = LazyPattern(r"^[\p{Han}A-Za-z]{2,6}\t+\S.{0,30}$", engine="regex")
"""A field of a table whose columns a tab separates (``重量<tab>單耳5g``)."""


_COLUMN_SEPS = ("|", "\uff5c", "\t")
"""What separates a table's columns, as written (``｜`` and ``|`` are one separator)."""
_CELL_BAD = LazyPattern(r"[。!?;！？；]")
_DIGIT = LazyPattern(r"\d")


def _columns(text: str) -> list[str] | None:
    """The cells of a table's row: three or more, split by ``|``/``｜`` or by tabs, each of
    one to twenty characters without a sentence mark; else ``None``.

    >>> _columns("07:30–08:30｜2.8分鐘｜2.5分鐘")
    ['07:30–08:30', '2.8分鐘', '2.5分鐘']
    >>> _columns("首页 | 新闻"), _columns("作者 | 张三 | 说得好。")
    (None, None)
    """
    if len(text) > 120 or not any(sep in text for sep in _COLUMN_SEPS):
        return None  # (most lines)
    row = text.strip().replace("\uff5c", "|")
    sep = "\t" if "\t" in row and "|" not in row else "|"
    cells = [c.strip() for c in row.split(sep)]
    if len(cells) < 3 or not all(0 < len(c) <= 20 for c in cells):
        return None
    if any(_CELL_BAD.search(c) for c in cells):
        return None
    return cells


def _column_tables(lines: list[Line]) -> None:
    """Label ``body`` (``body:table``) the undecided lines of runs of three rows or more with
    the same number of cells (three or more, :func:`_columns`), two of them holding a digit:
    the article's table (a timetable, a build's gear, a benchmark's figures). A row of links
    in a menu or a footer is one line, or rows of different lengths, and holds no figures.
    Looked for before the rules on rows of links and the foot run, which would take it."""
    rows: dict[int, int] = {}
    for i, ln in enumerate(lines):
        if ln.label is None:
            cells = _columns(ln.kept_text)
            if cells is not None:
                rows[i] = len(cells)
    if len(rows) < 3:
        return

    def same_width(i: int) -> int | None:  # the next line, when it is a row as wide
        j = next_nonblank(lines, i, 1)
        return j if j is not None and rows.get(j) == rows[i] else None

    for run in consecutive(sorted(rows), same_width):
        figures = sum(1 for k in run if _DIGIT.search(lines[k].kept_text))
        if len(run) >= 3 and figures >= 2:
            for k in run:
                lines[k].mark("body", "body:table")
