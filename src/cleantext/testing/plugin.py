"""The pytest plugin, registered through the ``pytest11`` entry point: installing cleantext
makes these fixtures available to every test suite, with no configuration.

Fixtures (each page is a :class:`~cleantext.testing.LabelledPage`; tests that take one are
parametrised over the pages, with ids such as ``p0101-porn_header``):

- ``spider_pool_page`` — real pages with injected spider-pool spam;
- ``clean_page`` — real pages without injected spam (site chrome may be there);
- ``hard_negative_page`` — clean pages that look like spam: articles about gambling or porn
  crackdowns, keyword and tag lines, menus, naively converted mirrors;
- ``labelled_page`` — all of them;
- ``cleantext_clean`` — :func:`cleantext.clean` with the project's options.

Where the pages come from, first match wins: the marker
``@pytest.mark.cleantext_pages("pages.jsonl", ...)`` (paths relative to the test file), the
option ``--cleantext-pages PATH`` (repeatable, relative to the current directory), the ini
setting ``cleantext_pages`` (one path a line, relative to the ini file), else the pages shipped
with cleantext. The name ``builtin`` stands for the shipped pages in all three.

The options of ``cleantext_clean`` come from the ini settings ``cleantext_to``,
``cleantext_keep_meta`` and ``cleantext_model``, then the marker
``@pytest.mark.cleantext_options(to="hans", ...)`` (keyword arguments of
:func:`cleantext.clean`).

This module is imported by every pytest run in an environment where cleantext is installed:
it imports nothing heavy, and pages are read only when a test asks for them.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest

PAGE_FIXTURES: dict[str, str | None] = {
    "spider_pool_page": "spider_pool",
    "clean_page": "clean",
    "hard_negative_page": "hard_negative",
    "labelled_page": None,
}
"""Page fixtures and the kind of page each serves (``None``: every page)."""

_BUILTIN = "builtin"  # as cleantext.testing.labelled.BUILTIN, without importing it here


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("cleantext", "cleantext fixture pages")
    group.addoption(
        "--cleantext-pages",
        action="append",
        metavar="PATH",
        help="labelled JSONL (text + one label per line) for the page fixtures, instead of "
        "the pages shipped with cleantext; repeatable; 'builtin' adds the shipped pages",
    )
    parser.addini(
        "cleantext_pages",
        type="linelist",
        default=[],
        help="labelled JSONL files for cleantext's page fixtures (relative to the ini file; "
        "'builtin' = the pages shipped with cleantext)",
    )
    parser.addini("cleantext_to", default="", help="target script of cleantext_clean")
    parser.addini(
        "cleantext_keep_meta",
        type="bool",
        default=False,
        help="cleantext_clean keeps metadata lines in the text",
    )
    parser.addini("cleantext_model", default="", help="spam model path for cleantext_clean")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "cleantext_pages(*paths): labelled JSONL files (relative to the test file; 'builtin' = "
        "the pages shipped with cleantext) that feed spider_pool_page, clean_page, "
        "hard_negative_page and labelled_page",
    )
    config.addinivalue_line(
        "markers",
        "cleantext_options(**options): keyword arguments of cleantext.clean() for the "
        "cleantext_clean fixture",
    )


def _sources(metafunc: pytest.Metafunc) -> tuple[str, ...]:
    """The page files for one test function: marker, then option, then ini, then builtin."""
    marker = metafunc.definition.get_closest_marker("cleantext_pages")
    if marker is not None:
        if not marker.args:
            raise ValueError("@pytest.mark.cleantext_pages needs at least one path")
        base = Path(str(metafunc.definition.path)).parent
        return tuple(_resolve(p, base) for p in marker.args)
    config = metafunc.config
    option = config.getoption("cleantext_pages")
    if option:
        return tuple(_resolve(p, config.invocation_params.dir) for p in option)
    ini = config.getini("cleantext_pages")
    if ini:
        return tuple(_resolve(p, _ini_dir(config)) for p in ini)
    return (_BUILTIN,)


def _ini_dir(config: pytest.Config) -> Path:
    """The directory ini paths are relative to."""
    return config.inipath.parent if config.inipath else config.rootpath


def _resolve(path: Any, base: Path) -> str:
    path = str(path)
    return path if path == _BUILTIN else str(base / Path(path).expanduser())


def _ours(metafunc: pytest.Metafunc, name: str) -> bool:
    """Whether ``name`` is this plugin's to parametrise: not a fixture of the project's own
    of the same name, and not parametrised by the test itself."""
    for marker in metafunc.definition.iter_markers("parametrize"):
        names = marker.args[0] if marker.args else marker.kwargs.get("argnames", ())
        if isinstance(names, str):
            names = [n.strip() for n in names.split(",")]
        if name in names:
            return False
    defs = getattr(metafunc, "_arg2fixturedefs", {}).get(name)  # private; absent: assume ours
    if not defs:
        return True
    return getattr(getattr(defs[-1], "func", None), "__module__", __name__) == __name__


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    wanted = [n for n in PAGE_FIXTURES if n in metafunc.fixturenames and _ours(metafunc, n)]
    if not wanted:
        return
    from .labelled import load_pages

    try:
        sources = _sources(metafunc)
        pages = load_pages(*sources)
    except (OSError, ValueError) as e:
        raise pytest.Collector.CollectError(f"cleantext page fixtures: {e}") from None
    for name in wanted:
        kind = PAGE_FIXTURES[name]
        chosen = [p for p in pages if kind is None or p.kind == kind]
        if chosen:
            metafunc.parametrize(name, chosen, ids=[p.name for p in chosen], indirect=True)
        else:
            where = ", ".join(sources)
            skip = pytest.mark.skip(reason=f"no {kind} pages in {where}")
            metafunc.parametrize(
                name, [pytest.param(None, marks=skip)], ids=["none"], indirect=True
            )


def _page(request: pytest.FixtureRequest) -> Any:
    try:
        return request.param
    except AttributeError:
        pytest.fail(
            f"{request.fixturename} is parametrised when tests are collected: name it as an "
            "argument of the test or of a fixture, not through request.getfixturevalue()",
            pytrace=False,
        )


@pytest.fixture
def spider_pool_page(request: pytest.FixtureRequest) -> Any:
    """A real page with injected spider-pool spam, as a ``cleantext.testing.LabelledPage``.

    ``.text`` is the page; ``.labels`` one expected label per line (body, meta,
    boilerplate, spam, blank); ``.spam_lines``, ``.body_lines``, ``.expected_text`` help.
    The test runs once per page (ids like ``p0101-porn_header``).
    """
    return _page(request)


@pytest.fixture
def clean_page(request: pytest.FixtureRequest) -> Any:
    """A real page without injected spam (site chrome may be there, labelled boilerplate)."""
    return _page(request)


@pytest.fixture
def hard_negative_page(request: pytest.FixtureRequest) -> Any:
    """A real page without spam that looks like spam: gambling/porn crackdown news, keyword
    and tag lines, menus and lists, naively converted mirrors."""
    return _page(request)


@pytest.fixture
def labelled_page(request: pytest.FixtureRequest) -> Any:
    """Every labelled page: spider-pool pages, clean pages and hard negatives."""
    return _page(request)


@pytest.fixture
def cleantext_clean(request: pytest.FixtureRequest) -> Any:
    """``cleantext.clean`` with the project's options (ini ``cleantext_to``,
    ``cleantext_keep_meta``, ``cleantext_model``; marker ``cleantext_options(**options)``).

    Pass it on to the assertions: ``assert_no_spam(text, clean=cleantext_clean)``.
    """
    import inspect

    import cleantext

    config = request.config
    options: dict[str, Any] = {}
    if config.getini("cleantext_to"):
        options["to"] = config.getini("cleantext_to")
    if config.getini("cleantext_keep_meta"):
        options["keep_meta"] = True
    if config.getini("cleantext_model"):
        options["model"] = str(_ini_dir(config) / config.getini("cleantext_model"))
    marker = request.node.get_closest_marker("cleantext_options")
    if marker is not None:
        options.update(marker.kwargs)
    try:
        inspect.signature(cleantext.clean).bind_partial("", **options)
    except TypeError as e:
        pytest.fail(f"cleantext_options: {e}", pytrace=False)
    return functools.partial(cleantext.clean, **options)
