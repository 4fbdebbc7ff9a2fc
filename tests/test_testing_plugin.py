"""The pytest plugin, tested as a downstream scraper project sees it (with ``pytester``).

The plugin is registered through the ``pytest11`` entry point, so the inner pytest runs load
it without any conftest or ``-p`` option.
"""

from __future__ import annotations

import json
import re

import pytest

import cleantext
from cleantext.testing import builtin_pages

# Inner runs leave out hypothesis's plugin: without bytecode caching (PYTHONDONTWRITEBYTECODE)
# it re-imports and re-rewrites hypothesis in every in-process run, a couple of seconds each.
QUIET = ("-p", "no:hypothesispytest")

SPIDER_POOL = [p for p in builtin_pages() if p.kind == "spider_pool"]

# A downstream test file: one test on the text a spider extracted cleanly, one on an
# extract that kept the spider-pool footer (a shape cleantext always catches).
SCRAPER_TESTS = '''
from cleantext.testing import assert_no_spam

ARTICLE = """金安區打造村級后備力量
  鄉村要振興,人才是關鍵。堅持“凡進必考”,常態化開展村級后備力量招錄工作。"""
FOOTER = (
    "主站蜘蛛池模板: 国产精品日本一区二区在线播放| 日韩中文字幕在线一区二区三区| "
    "国产精品v欧美精品∨日韩| 五月综合色婷婷在线观看"
)


def extract(html):
    return html  # the scraper's extraction, here the identity


def test_clean_extract():
    assert_no_spam(extract(ARTICLE))


def test_extract_with_a_spider_pool_footer():
    assert_no_spam(extract(ARTICLE + "\\n" + FOOTER))
'''


def test_a_scraper_suite_passes_on_clean_text_and_fails_readably_on_spam(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(test_scraper=SCRAPER_TESTS)
    result = pytester.runpytest(*QUIET)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*_ test_extract_with_a_spider_pool_footer _*",
            "*assert_no_spam(extract(ARTICLE + *FOOTER))",
            "E       AssertionError: cleantext found spam in 1 of 3 lines*:",
            "E         line 3  spam  [[]spam:spider-pool-footer[]]  主站蜘蛛池模板: 国产精品*",
            "test_scraper.py:*: AssertionError",
            "FAILED test_scraper.py::test_extract_with_a_spider_pool_footer - AssertionErr*",
        ]
    )
    # the helper's own frames are hidden: the user sees the failing line of their test
    result.stdout.no_fnmatch_line("*cleantext/testing/assertions.py*")


def test_clean_and_hard_negative_pages_pass_assert_no_spam(pytester: pytest.Pytester) -> None:
    # the passing path on real pages: no false alarm on articles full of gambling and porn
    # vocabulary, keyword lists, menus or converted mirrors
    pytester.makepyfile(
        """
        from cleantext.testing import assert_no_spam

        def test_clean(clean_page):
            assert_no_spam(clean_page.text)

        def test_look_alike(hard_negative_page):
            assert_no_spam(hard_negative_page.text)
        """
    )
    result = pytester.runpytest(*QUIET)
    result.assert_outcomes(passed=5 + 8)


def test_the_entry_point_loads_the_plugin_in_a_fresh_process(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        def test_page(spider_pool_page):
            assert spider_pool_page.spam_lines
        """
    )
    result = pytester.runpytest_subprocess(*QUIET, "-v")
    result.assert_outcomes(passed=len(SPIDER_POOL))
    result.stdout.fnmatch_lines(["*test_page?seed-porn_footer? PASSED*"])


def test_page_fixtures_are_parametrised_with_readable_ids(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        def test_spam(spider_pool_page):
            assert spider_pool_page.kind == "spider_pool" and spider_pool_page.spam_lines

        def test_clean(clean_page):
            assert clean_page.kind == "clean" and not clean_page.spam_lines

        def test_hard(hard_negative_page):
            assert hard_negative_page.family.startswith("hn_")

        def test_all(labelled_page):
            assert len(labelled_page.labels) == len(labelled_page.lines)
        """
    )
    result = pytester.runpytest(*QUIET, "--collect-only", "-q")
    result.stdout.fnmatch_lines(
        [
            "test_*.py::test_spam[[]seed-porn_footer[]]",
            "test_*.py::test_spam[[]p0101-porn_header[]]",
            "test_*.py::test_spam[[]p0042-video[]]",
            "test_*.py::test_clean[[]p0097-clean_forum[]]",
            "test_*.py::test_hard[[]p0090-hn_crackdown[]]",
            "test_*.py::test_all[[]p0077-hn_list[]]",
        ]
    )
    pages = builtin_pages()
    result = pytester.runpytest(*QUIET)
    result.assert_outcomes(passed=len(SPIDER_POOL) + 5 + 8 + len(pages))


def test_a_scraper_cleaner_is_checked_against_the_expected_labels(
    pytester: pytest.Pytester,
) -> None:
    # No detector involved: the expected labels of each page say what is spam and what is body.
    pytester.makepyfile(
        """
        import pytest
        from cleantext.testing import assert_preserves, assert_spam_removed

        def lazy_cleaner(text):
            return text.strip()

        def perfect_cleaner(page):
            return page.expected_text

        def test_lazy_cleaner(spider_pool_page):
            cleaned = lazy_cleaner(spider_pool_page.text)
            assert_preserves(spider_pool_page, cleaned)
            assert_spam_removed(spider_pool_page, cleaned)

        def test_perfect_cleaner(labelled_page):
            cleaned = perfect_cleaner(labelled_page)
            assert_preserves(labelled_page, cleaned)
            assert_spam_removed(labelled_page, cleaned)
        """
    )
    result = pytester.runpytest(*QUIET, "-p", "no:cacheprovider")
    result.assert_outcomes(failed=len(SPIDER_POOL), passed=len(builtin_pages()))
    result.stdout.fnmatch_lines(
        [
            "*_ test_lazy_cleaner?p0108-porn_header? _*",
            "E       AssertionError: 6 of 6 spam lines of page p0108-porn_header are still in "
            "the cleaned text:",
            "E         line 1  spam  [[]expected[]]  国产精品1024永久观看,*",
            'E         line 3  spam  [[]expected[]]  • <option id="fbvk0"></option>',
        ]
    )


def test_assert_no_spam_fails_exactly_on_the_spider_pool_pages_cleantext_detects(
    pytester: pytest.Pytester,
) -> None:
    """Every builtin spider-pool page through ``assert_no_spam`` in a downstream suite.

    Detection of some shapes (porn headers, doorways, brands) is still being built: a page
    whose spam cleantext does not find passes, one whose spam it finds fails and lists those
    lines. The seed's spider-pool footer is always found.
    """
    expected: dict[str, list[int]] = {}  # page -> spam lines cleantext finds, if it fails
    for page in SPIDER_POOL:
        doc = cleantext.clean(page.text)
        found = [i for i, ln in enumerate(doc.lines) if ln.label == "spam"]
        if found or doc.spam_score > 0.5:
            expected[page.name] = found
    assert expected["seed-porn_footer"] == [31]
    pytester.makepyfile(
        test_pages="""
        from cleantext.testing import assert_no_spam

        def test_page(spider_pool_page):
            assert_no_spam(spider_pool_page.text)
        """
    )
    passed, _, failed = pytester.inline_run(*QUIET).listoutcomes()
    page_of = {r.nodeid: r.nodeid.split("[", 1)[1][:-1] for r in passed + failed}
    assert {page_of[r.nodeid] for r in failed} == set(expected)
    assert len(passed) == len(SPIDER_POOL) - len(expected)
    pages = {p.name: p for p in SPIDER_POOL}
    for report in failed:
        name = page_of[report.nodeid]
        message = report.longreprtext
        assert "AssertionError: cleantext found spam in" in message, name
        for i in expected[name][:20]:
            text = re.escape(pages[name].lines[i].strip()[:20])
            assert re.search(rf"line {i + 1} *  spam  \[spam:[^\]]+\]  {text}", message), name
        if name == "seed-porn_footer":
            assert "line 32  spam  [spam:spider-pool-footer]  主站蜘蛛池模板: " in message


# --- the user's own pages -----------------------------------------------------------------

MINE = [
    {"id": "m1", "text": "标题\n主站蜘蛛池模板: 国产", "labels": ["body", "spam"]},
    {"id": "m2", "text": "标题\n正文。", "labels": ["body", "body"]},
]

PAGE_IDS = """
def test_spam(spider_pool_page):
    print("PAGE", spider_pool_page.id, spider_pool_page.source)

def test_clean(clean_page):
    print("PAGE", clean_page.id)

def test_hard(hard_negative_page):
    print("PAGE", hard_negative_page.id)
"""


def write_pages(path, records) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")


def test_option_points_the_fixtures_at_the_users_pages(pytester: pytest.Pytester) -> None:
    write_pages(pytester.path / "data" / "mine.jsonl", MINE)
    pytester.makepyfile(PAGE_IDS)
    result = pytester.runpytest(*QUIET, "--cleantext-pages", "data/mine.jsonl", "-rs", "-s")
    result.assert_outcomes(passed=2, skipped=1)
    result.stdout.fnmatch_lines(
        [
            f"*PAGE m1 {pytester.path / 'data' / 'mine.jsonl'}*",
            "*PAGE m2*",
            f"SKIPPED [[]1[]] *: no hard_negative pages in {pytester.path / 'data' / 'mine.jsonl'}",
        ]
    )
    result = pytester.runpytest(
        *QUIET, "--cleantext-pages", "data/mine.jsonl", "--cleantext-pages", "builtin", "-q"
    )
    result.assert_outcomes(passed=2 + len(builtin_pages()))


def test_ini_points_the_fixtures_at_the_users_pages(pytester: pytest.Pytester) -> None:
    write_pages(pytester.path / "data" / "mine.jsonl", MINE)
    pytester.makeini("[pytest]\ncleantext_pages =\n    data/mine.jsonl\n")
    sub = pytester.mkpydir("sub")
    (sub / "test_ids.py").write_text(PAGE_IDS, encoding="utf-8")
    result = pytester.runpytest(*QUIET, "sub", "-s")
    result.assert_outcomes(passed=2, skipped=1)
    result.stdout.fnmatch_lines(["*PAGE m1*", "*PAGE m2*"])


def test_marker_points_one_test_at_a_file_next_to_it(pytester: pytest.Pytester) -> None:
    sub = pytester.mkpydir("sub")
    write_pages(sub / "mine.jsonl", MINE)
    (sub / "test_marked.py").write_text(
        """
import pytest

@pytest.mark.cleantext_pages("mine.jsonl")
def test_mine(labelled_page):
    assert labelled_page.id in ("m1", "m2")

def test_builtin(labelled_page):
    assert labelled_page.source == "builtin"

@pytest.mark.cleantext_pages("mine.jsonl", "builtin")
class TestBoth:
    def test_both(self, spider_pool_page):
        pass
""",
        encoding="utf-8",
    )
    result = pytester.runpytest(*QUIET, "--strict-markers")
    n = len(builtin_pages())
    result.assert_outcomes(passed=2 + n + 1 + len(SPIDER_POOL))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cleantext page fixtures: [[]Errno 2[]] No such file or directory: *missing.jsonl*"),
        (
            '{"text": "a\\nb", "labels": ["body"]}\n',
            "cleantext page fixtures: *missing.jsonl:1: bad labelled page: "
            "page missing:1: 1 labels for 2 lines",
        ),
    ],
)
def test_a_bad_pages_file_is_a_collection_error_with_a_clear_message(
    pytester: pytest.Pytester, content: str | None, message: str
) -> None:
    if content is not None:
        (pytester.path / "missing.jsonl").write_text(content, encoding="utf-8")
    pytester.makepyfile(PAGE_IDS)
    result = pytester.runpytest(*QUIET, "--cleantext-pages", "missing.jsonl")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*ERROR collecting*", message])
    result.stdout.no_fnmatch_line("*Traceback*")


# --- cleantext_clean and the plugin's footprint -------------------------------------------


def test_cleantext_clean_takes_ini_and_marker_options(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\ncleantext_keep_meta = true\ncleantext_to = hans\n")
    pytester.makepyfile(
        """
        import pytest
        from cleantext.testing import assert_no_spam

        def test_ini(cleantext_clean):
            assert cleantext_clean.keywords == {"to": "hans", "keep_meta": True}
            doc = cleantext_clean("標題\\n正文。")
            assert doc.to == "hans" and doc.keep_meta

        @pytest.mark.cleantext_options(keep_meta=False)
        def test_marker(cleantext_clean):
            assert cleantext_clean.keywords == {"to": "hans", "keep_meta": False}
            assert_no_spam("标题", clean=cleantext_clean)

        @pytest.mark.cleantext_options(language="zh")
        def test_bad_option(cleantext_clean):
            pass
        """
    )
    result = pytester.runpytest(*QUIET)
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(
        ["cleantext_options: got an unexpected keyword argument 'language'"]
    )


def test_a_projects_own_fixture_of_the_same_name_wins(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
        import pytest

        @pytest.fixture
        def clean_page():
            return "<html>my own clean page</html>"
        """
    )
    pytester.makepyfile(
        """
        def test_mine(clean_page):
            assert clean_page == "<html>my own clean page</html>"

        def test_theirs(spider_pool_page):
            assert spider_pool_page.spam_lines
        """
    )
    result = pytester.runpytest(*QUIET)
    result.assert_outcomes(passed=1 + len(SPIDER_POOL))


def test_a_test_may_parametrise_a_page_fixture_itself(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest
        from cleantext.testing import LabelledPage

        PAGE = LabelledPage("mine", "标题\\n正文。", ("body", "body"))

        @pytest.mark.parametrize("clean_page", [PAGE])
        def test_one(clean_page):
            assert clean_page.id == "mine"

        def test_by_name(request):
            request.getfixturevalue("clean_page")
        """
    )
    result = pytester.runpytest(*QUIET)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        ["*clean_page is parametrised when tests are collected: name it as an argument*"]
    )


def test_cleantext_clean_model_path_is_relative_to_the_ini_file(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\ncleantext_model = models/spam.json\n")
    pytester.mkpydir("sub").joinpath("test_model.py").write_text(
        f"""
def test_model(cleantext_clean):
    assert cleantext_clean.keywords == {{"model": {str(pytester.path / "models" / "spam.json")!r}}}
""",
        encoding="utf-8",
    )
    result = pytester.runpytest(*QUIET, "sub")
    result.assert_outcomes(passed=1)


def test_the_fixtures_are_documented(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest(*QUIET, "--fixtures")
    result.stdout.fnmatch_lines(
        [
            "spider_pool_page -- *plugin.py*",
            "*A real page with injected spider-pool spam*",
            "hard_negative_page -- *",
            "cleantext_clean -- *",
        ]
    )
    result = pytester.runpytest(*QUIET, "--markers")
    result.stdout.fnmatch_lines(
        ["@pytest.mark.cleantext_pages(*paths)*", "@pytest.mark.cleantext_options*"]
    )


def test_a_suite_that_uses_nothing_of_cleantext_is_untouched(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import sys
        import pytest

        @pytest.mark.parametrize("x", [1, 2])
        def test_plain(x):
            assert x
            # the plugin read no page and imported neither its helpers nor the spam filters
            for name in ("cleantext.testing.labelled", "cleantext.testing.assertions", "regex"):
                assert name not in sys.modules
        """
    )
    result = pytester.runpytest_subprocess(*QUIET, "--strict-markers")
    result.assert_outcomes(passed=2)
