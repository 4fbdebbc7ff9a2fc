"""Assertion helpers for any test framework: they raise ``AssertionError`` with a message that
shows the offending lines, each with its line number (1-based), label and reason.

>>> doc = assert_no_spam("标题\\n正文第一段。")
>>> assert_no_spam("标题\\n主站蜘蛛池模板: 国产精品| 亚洲")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
AssertionError: cleantext found spam in 1 of 2 lines...:
  line 2  spam  [spam:spider-pool-footer]  主站蜘蛛池模板: 国产精品| 亚洲
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..filters.normalize import normalize_text

if TYPE_CHECKING:
    from ..document import Document
    from .labelled import LabelledPage

Cleaner = Callable[[str], "Document"]

SHOW_LINES = 20
"""At most this many offending lines are listed in a failure message."""
WIDTH = 70
"""Offending lines are cut to this many characters in a failure message."""

SCRIPTS = {"hans": "hans", "hant": "hant", "tw": "hant", "hk": "hant"}
_SCRIPT_NAMES = {
    "hans": "Simplified",
    "hant": "Traditional",
    "mixed": "both scripts",
    "none": "no Simplified or Traditional characters",
}

_SENTENCE_END = re.compile(r"(?<=[。!?!?;;…])")
_SPACE = re.compile(r"\s+")


def _run(text: str, clean: Cleaner | None) -> Document:
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if clean is None:
        from .. import clean as clean_

        return clean_(text)
    return clean(text)


def _short(text: str, width: int = WIDTH) -> str:
    text = text.strip()
    return text if len(text) <= width else text[: width - 1] + "…"


def _format(rows: Iterable[tuple[int, str, str, str]]) -> str:
    """``line N  label  [reason]  text`` rows, at most :data:`SHOW_LINES` of them."""
    rows = list(rows)
    out = [
        f"  line {n + 1:<{len(str(rows[-1][0] + 1))}}  {label}  [{reason}]  {_short(text)}"
        for n, label, reason, text in rows[:SHOW_LINES]
    ]
    if len(rows) > SHOW_LINES:
        out.append(f"  … and {len(rows) - SHOW_LINES} more")
    return "\n".join(out)


def _offending(doc: Document, labels: frozenset[str]) -> list[tuple[int, str, str, str]]:
    """Lines whose label is in ``labels``, and spans of them cut out of kept lines."""
    rows = []
    for i, line in enumerate(doc.lines):
        if (line.label or "body") in labels:
            rows.append((i, line.label or "body", line.reason, line.text))
        rows.extend(
            (i, f"{line.label or 'body'}, cut {c.label}", c.reason, line.clean[c.start : c.end])
            for c in line.cuts
            if c.label in labels
        )
    return rows


def _spam_problems(doc: Document, threshold: float, labels: frozenset[str]) -> list[str]:
    rows = _offending(doc, labels)
    problems = []
    if rows:
        what = " or ".join(sorted(labels, key=["spam", "boilerplate"].index))
        score = f" (page spam score {doc.spam_score:.2f})" if doc.spam_score else ""
        problems.append(f"cleantext found {what} in {len(rows)} of {len(doc.lines)} lines{score}:")
        problems.append(_format(rows))
    if doc.spam_score > threshold and not any("spam" in row[1] for row in rows):
        problems.append(
            f"the page's spam score {doc.spam_score:.3f} is above the threshold {threshold} "
            "(no single line was labelled spam)"
        )
    return problems


def assert_no_spam(text: str, *, threshold: float = 0.5, clean: Cleaner | None = None) -> Document:
    """Fail if cleantext finds injected spam in ``text``.

    It fails when a line (or a span of one) is labelled ``spam``, or when the page's
    ``spam_score`` is above ``threshold``. ``clean`` is the function that cleans the text
    (default :func:`cleantext.clean`; pass the ``cleantext_clean`` fixture to use the
    project's options). Returns the cleaned :class:`~cleantext.Document` for further checks.
    """
    __tracebackhide__ = True
    doc = _run(text, clean)
    problems = _spam_problems(doc, threshold, frozenset({"spam"}))
    if problems:
        raise AssertionError("\n".join(problems))
    return doc


def assert_clean(
    text: str,
    *,
    to: str | None = None,
    threshold: float = 0.5,
    clean: Cleaner | None = None,
) -> Document:
    """Fail unless ``text`` is clean: no spam, no site chrome, and in script ``to`` if given.

    Lines labelled ``spam`` or ``boilerplate`` fail it (``meta`` and ``blank`` lines do not);
    so does a page ``spam_score`` above ``threshold``. ``to`` is ``"hans"`` or ``"hant"``
    (``"tw"`` and ``"hk"`` count as ``"hant"``), checked as in :func:`assert_script`.
    Returns the cleaned :class:`~cleantext.Document`.

    >>> from cleantext import Pipeline, default_filters
    >>> def share_widget(doc):
    ...     for line in doc.lines:
    ...         if line.clean == "分享到微信":
    ...             line.mark("boilerplate", "boilerplate:share")
    >>> pipeline = Pipeline([*default_filters(), share_widget])
    >>> assert_clean("标题\\n分享到微信", clean=pipeline.clean)
    Traceback (most recent call last):
    ...
    AssertionError: cleantext found spam or boilerplate in 1 of 2 lines:
      line 2  boilerplate  [boilerplate:share]  分享到微信
    """
    __tracebackhide__ = True
    doc = _run(text, clean)
    problems = _spam_problems(doc, threshold, frozenset({"spam", "boilerplate"}))
    if to is not None:
        problems.extend(_script_problems(text, to))
    if problems:
        raise AssertionError("\n".join(problems))
    return doc


def _detectors() -> tuple[Callable[[str], str], Callable[[str], list[str]]]:
    """``detect_script`` and ``detect_script_lines``, imported on first use."""
    from ..convert import detect_script, detect_script_lines

    return detect_script, detect_script_lines


def _script_problems(text: str, script: str) -> list[str]:
    if script not in SCRIPTS:
        raise ValueError(f"unknown script {script!r}; choose one of {', '.join(SCRIPTS)}")
    want = SCRIPTS[script]
    detect, detect_lines = _detectors()
    got = detect(text)
    if got == want:
        return []
    head = (
        f"text is {got!r} ({_SCRIPT_NAMES.get(got, got)}), "
        f"expected {want!r} ({_SCRIPT_NAMES[want]})"
    )
    rows = [
        (i, line_script, "detect_script", line)
        for i, (line, line_script) in enumerate(
            zip(text.split("\n"), detect_lines(text), strict=True)
        )
        if line_script not in (want, "none")
    ]
    if not rows:
        return [head]
    are = "line is" if len(rows) == 1 else "lines are"
    return [f"{head}; {len(rows)} {are} not {want!r}:", _format(rows)]


def assert_script(text: str, script: str) -> None:
    """Fail unless :func:`cleantext.detect_script` finds ``text`` in ``script``.

    ``script`` is ``"hans"`` (Simplified) or ``"hant"`` (Traditional; ``"tw"`` and ``"hk"``
    count as ``"hant"``). Text without Han characters fails. The message lists the lines that
    are in another script.
    """
    __tracebackhide__ = True
    problems = _script_problems(text, script)
    if problems:
        raise AssertionError("\n".join(problems))


def _squash(text: str) -> str:
    """Text compared without whitespace or invisible characters."""
    return _SPACE.sub("", normalize_text(text))


def _to_simplified(text: str) -> str:
    from ..convert import convert  # tables load on first use

    return convert(text, "t2s")


def _sentences(text: str) -> list[str]:
    """The sentences of one line: pieces ending in 。!?;… plus any unterminated tail."""
    return [s for s in _SENTENCE_END.split(text) if _squash(s)]


def assert_preserves(
    original: str | LabelledPage,
    cleaned: str,
    *,
    ignore_script: bool = False,
    clean: Cleaner | None = None,
) -> None:
    """Fail if a body sentence of ``original`` is missing from ``cleaned``.

    ``original`` is the page before cleaning: a :class:`LabelledPage` (its expected ``body``
    labels decide which lines are body; lines in ``mixed_lines`` are skipped, since part of
    them is spam) or a string (cleantext decides: the kept part of every line it labels
    ``body``). Sentences end in 。!?;… and a line's unterminated tail counts as a sentence;
    they are compared ignoring whitespace and invisible characters. With
    ``ignore_script=True`` both sides are compared in Simplified script, for a cleaner that
    also converts (``clean(text, to="hans")``).

    >>> assert_preserves("标题\\n第一句。第二句。\\n主站蜘蛛池模板: 国产", "标题\\n第一句。")
    Traceback (most recent call last):
    ...
    AssertionError: 1 of 3 body sentences of the original are missing from the cleaned text:
      line 2  body  [default:body]  第二句。
    """
    __tracebackhide__ = True
    if not isinstance(cleaned, str):
        raise TypeError(f"cleaned must be str, not {type(cleaned).__name__}")
    body: list[tuple[int, str, str]] = []  # (line index, reason, text)
    if isinstance(original, str):
        doc = _run(original, clean)
        body = [
            (i, line.reason, line.kept_text)
            for i, line in enumerate(doc.lines)
            if (line.label or "body") == "body"
        ]
    else:
        skip = set(original.mixed_lines)
        body = [
            (i, "expected", text)
            for i, (text, label) in enumerate(zip(original.lines, original.labels, strict=True))
            if label == "body" and i not in skip
        ]
    fold = _to_simplified if ignore_script else str
    target = _squash(fold(cleaned))
    sentences = [(i, reason, s) for i, reason, text in body for s in _sentences(text)]
    missing = [
        (i, "body", reason, s) for i, reason, s in sentences if _squash(fold(s)) not in target
    ]
    if missing:
        raise AssertionError(
            f"{len(missing)} of {len(sentences)} body sentences of the original are missing "
            f"from the cleaned text:\n{_format(missing)}"
        )


def assert_spam_removed(page: LabelledPage, cleaned: str) -> None:
    """Fail if a line the labelled ``page`` marks as ``spam`` is still in ``cleaned``.

    This needs no detector: the expected labels say which lines are spam. Lines are compared
    ignoring whitespace and invisible characters. Spam spliced into kept lines
    (``page.mixed_lines``) is not checked.
    """
    __tracebackhide__ = True
    if not isinstance(cleaned, str):
        raise TypeError(f"cleaned must be str, not {type(cleaned).__name__}")
    target = _squash(cleaned)
    left = [
        (i, "spam", "expected", text)
        for i, (text, label) in enumerate(zip(page.lines, page.labels, strict=True))
        if label == "spam" and _squash(text) and _squash(text) in target
    ]
    if left:
        total = page.labels.count("spam")
        raise AssertionError(
            f"{len(left)} of {total} spam lines of page {page.name} are still in the cleaned "
            f"text:\n{_format(left)}"
        )
