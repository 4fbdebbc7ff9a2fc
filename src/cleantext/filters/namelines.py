"""Lines that are names alone, told by their neighbours (``meta:byline``, ``meta:authors``,
``meta:signatory``): a user name between the title and the first meta line (``admin``); an
answer's author block above its vote count; a paper's author list next to its affiliation or
above its abstract; a notice's signatories above its date; an author's or account's name
between the article's first line and its date line (:func:`_names_above`: ``算法小陈`` /
``2022-03-05 10:20``); a channel's name above its follow buttons (:func:`_name_by_button`);
a poster's name above a post's timestamp in a thread (:func:`_post_heads`).

>>> _name_line("算法小陈"), _name_line("赌牌是块超级肥肉。"), _name_line("目录")
(True, False, False)
"""

from __future__ import annotations

import functools
import re

from ..document import Line
from .base import next_nonblank
from .cues import match_form, plain
from .dates import han_date
from .lazyre import LazyPattern
from .metafields import _KEY_WORD, _SENTENCE
from .paragraphs import next_paragraph
from .title import _LISTY, _MENU, _SECTION, _SUBTITLE, ORDINAL, heading_like, under_crumb

_rx = functools.partial(LazyPattern, engine="regex")


def _reply_heads(lines: list[Line], meta: list[int]) -> None:
    """A reply's head in a thread, anywhere on the page (``回覆 #2 港島麻甩佬``, ``回覆 阿哲
    2025-04-26 23:05``, ``沙发 老猫奴阿坤  2025-05-19 20:51``, ``2楼 老许骑行  发表于 …``):
    a floor word or ``回复`` and the poster's name, with a floor number or a date for
    ``回复`` (``回复 举报`` is a row of buttons)."""
    for i, line in enumerate(lines):
        text = line.kept_text
        if line.label is not None or not 4 <= len(text) <= 48:
            continue
        head = text.lstrip()[:1]
        if head not in _REPLY_FIRST and not head.isdigit():
            continue
        m = _REPLY_HEAD.match(match_form(text)[1].strip())
        if m is not None and (m["floor"] or m["no"] or m["date"]):
            line.mark("meta", "meta:byline")
            meta.append(i)
    meta.sort()


_REPLY_FIRST = frozenset("回沙板地#第")
_REPLY_HEAD = _rx(
    r"^(?:回复|回覆|(?P<floor>沙发|板凳|地板|#\s*\d{1,4}|\d{1,4}\s*[楼#]|第\s*\d{1,4}\s*楼))"
    r"\s+(?P<no>#\s*\d{1,4}\s+)?[^\s:,。!?;|]{1,16}"
    r"(?P<date>\s+(?:发表于\s*)?(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d\d(?::\d\d)?)?)?$"
)
"""A reply's head (folded): ``回覆 #2 名字``, ``回复 名字 2025-04-26 23:05``, ``沙发 名字``."""


def _user_name(lines: list[Line], meta: list[int], end: int) -> None:
    """A user name alone between the title and the first meta line (``admin``)."""
    first = next((i for i in meta if i < end and lines[i].label == "meta"), None)
    j = next_nonblank(lines, first, -1) if first is not None else None
    if j is not None and lines[j].label is None and _USER.fullmatch(lines[j].kept_text):
        k = next_nonblank(lines, j, -1)
        if k is not None and lines[k].label is None and heading_like(lines[k].kept_text):
            lines[j].mark("meta", "meta:byline")


def _answer_authors(lines: list[Line], meta: list[int]) -> None:
    """A Q&A answer's author block: one or two short lines (name, headline) between chrome
    and the vote count (``老王谈芯片`` / ``半导体行业从业者`` / ``156 人赞同了该回答``)."""
    for i in meta:
        if lines[i].reason != "meta:votes":
            continue
        block, j = [], next_nonblank(lines, i, -1)
        while j is not None and len(block) < 2 and lines[j].label is None:
            folded = match_form(lines[j].kept_text)[1].strip()
            if len(folded) > 24 or _BLOCK_BAD.search(folded) or _LISTY.match(folded):
                break
            block.append(j)
            j = next_nonblank(lines, j, -1)
        if block and j is not None and lines[j].label == "boilerplate":
            for k in block:
                lines[k].mark("meta", "meta:byline")


def _paper_authors(lines: list[Line], end: int) -> None:
    """Author lists of papers: a line of names in the head next to other paper metadata
    (affiliation, journal, date) or right before the abstract/keywords."""
    for i in range(min(end, len(lines))):
        line = lines[i]
        if line.label is not None:
            continue
        # told on the plain text as written (:data:`_NAMES_UNFOLDED`), not folded
        text = plain(line.kept_text)
        if len(text) > 80 or not _NAMES_UNFOLDED.match(text):
            continue
        folded = match_form(line.kept_text)[1]
        if _SECTION.match(folded):
            continue
        near = [next_nonblank(lines, i, -1), next_nonblank(lines, i, 1)]
        if under_crumb(lines, i) or ORDINAL.match(text):
            continue  # the page's heading under its crumb ("天府三街 地铁口 精装三房"), a part
            # of the article ("第四單元 修復現場")
        paper = _PAPER if len(folded.split()) > 1 or "," in folded else _PAPER_STRICT
        if any(j is not None and lines[j].reason in paper for j in near) or (
            near[1] is not None and _ABSTRACT.match(match_form(lines[near[1]].kept_text)[1])
        ):
            line.mark("meta", "meta:authors")


def _signatories(lines: list[Line], meta: list[int]) -> None:
    """Signatories of a notice: organisation names right above its date line. A date in
    Chinese numerals alone on its line (``二〇二五年七月四日``: how official documents and
    judgments sign) is such a date line."""
    dated = [
        i
        for i in meta
        if lines[i].reason == "meta:date" and _DATE_ONLY.match(match_form(lines[i].kept_text)[1])
    ]
    for i, line in enumerate(lines):
        text = line.kept_text
        if line.label is None and han_date(text) is not None:
            line.mark("meta", "meta:date")
            dated.append(i)
    for i in dated:
        j = next_nonblank(lines, i, -1)
        for _ in range(3):
            if j is None or lines[j].label is not None:
                break
            folded = match_form(lines[j].kept_text)[1].strip()
            if len(folded) > 24 or not _ORG.search(folded) or _SENTENCE.search(folded):
                break
            lines[j].mark("meta", "meta:signatory")
            j = next_nonblank(lines, j, -1)


def _names_above(lines: list[Line], meta: list[int], end: int) -> None:
    """An author's or account's name (one to three short lines: name, headline) between
    the article's first line (title or lead) and the first meta line of the page, a
    date line, in the head or after one paragraph (a lead or a long title):
    ``算法小陈`` / ``2022-03-05 10:20 · 阅读 3,417``. The line above them must be a heading
    or a paragraph longer than each and holding none (a short title above its date is
    the title); of the blocks that fit, the longest."""
    first = next((i for i in meta if lines[i].label == "meta"), None)
    if first is None or lines[first].reason not in ("meta:date", "meta:votes"):
        return
    if lines[first].reason == "meta:votes" and first > end:
        return  # a vote count after a paragraph: the article's own lines above it
    if first > end and (
        next_paragraph(lines, end + 1, first) is not None
        or _CLOCK.search(lines[first].kept_text) is None
    ):
        return  # after a paragraph: only above a timestamp ("2022-03-05 10:20")
    cand, j = [], next_nonblank(lines, first, -1)
    while j is not None and len(cand) < 4:
        if _FOLLOW.match(lines[j].text) is None:  # a follow button between: passed over
            if lines[j].label is not None:
                break
            cand.append(j)
        j = next_nonblank(lines, j, -1)
    best = 0
    for size in range(1, min(3, len(cand) - 1) + 1):
        if not _name_line(lines[cand[size - 1]].kept_text):
            break
        above = match_form(lines[cand[size]].kept_text)[1].strip()
        if not (heading_like(above) or (len(above) > 40 and _MENU.match(above) is None)):
            # a title, or a long line (a lead, a paragraph); a menu bar above is chrome:
            # the line under it is the title (``即時 政治 社會 …`` / ``訂閱`` / the title)
            continue
        names = [match_form(lines[k].kept_text)[1].strip() for k in cand[:size]]
        if all(
            n not in above and (len(n) < len(above) or _topical(n, above, lines, first))
            for n in names
        ):
            best = size
    for k in cand[:best]:
        lines[k].mark("meta", "meta:byline")


def _topical(name: str, above: str, lines: list[Line], first: int) -> bool:
    """Whether ``above`` (a short heading) and not ``name`` (a line as long or longer) is
    about the article under the date line ``first``: two of its Han bigrams stand in the
    next lines of text and none of the name's (``凉拌手撕茄子`` over ``阿蛮的小厨房``, the
    recipe's steps naming 茄子)."""
    text = "".join(ln.kept_text for ln in lines[first + 1 : first + 60] if ln.label is None)
    text = match_form(text)[1]
    return len(name) <= len(above) + 4 and _hits(above, text) >= 2 and _hits(name, text) == 0


def _hits(words: str, text: str) -> int:
    """How many of the Han bigrams of ``words`` stand in ``text``."""
    pairs = {words[k : k + 2] for k in range(len(words) - 1)}
    return sum(1 for p in pairs if _HAN_PAIR.fullmatch(p) and p in text)


_HAN_PAIR = _rx(r"\p{Han}{2}")


def _name_by_button(lines: list[Line], end: int) -> None:
    """An author's or channel's name right above its follow/message buttons in the head,
    a date line a few lines above it, below a longer line (the title, a notice):
    ``數據分析課堂`` / ``發消息`` / ``+ 關注 1.2萬``."""
    for f in range(min(end, len(lines))):
        text = lines[f].text
        if len(text) > 24 or not ("注" in text or "消息" in text or "私信" in text):
            continue  # (a button is short and holds one of these)
        if lines[f].label not in (None, "boilerplate") or not _FOLLOW.match(text):
            continue
        j = next_nonblank(lines, f, -1)
        while j is not None and _FOLLOW.match(lines[j].text):
            j = next_nonblank(lines, j, -1)
        if j is None or lines[j].label is not None or not _name_line(lines[j].kept_text):
            continue
        k = next_nonblank(lines, j, -1)
        if k is None or lines[k].label == "meta":
            return  # the name rule above the date line has judged it
        # a date line just above, or a meta line right under the buttons ("晴川閣主" /
        # "關注" / "2023.08.11 21:04 字數 1,632"): the author's block, not a short title
        near, m = False, k
        for _ in range(3):
            if m is None:
                break
            near = near or lines[m].reason == "meta:date"
            m = next_nonblank(lines, m, -1)
        b = next_nonblank(lines, f, 1)
        if not near and b is not None and lines[b].label == "meta":
            near = True
            # chrome between the title and the name ("讚賞支持") is passed over
            for _ in range(3):
                if k is None or lines[k].label != "boilerplate":
                    break
                k = next_nonblank(lines, k, -1)
            if k is None or lines[k].label is not None:
                return
        name = match_form(lines[j].kept_text)[1].strip()
        above = match_form(lines[k].kept_text)[1].strip()
        if near and len(above) > len(name) and name not in above:
            lines[j].mark("meta", "meta:byline")
        return


def _post_heads(lines: list[Line], meta: list[int]) -> None:
    """A poster's name right above the timestamp of a post in a thread, the post under
    them (a sentence, a floor number passed over): ``老貓不睡`` / ``2023-06-18 22:15`` /
    ``#2`` / ``臥室一定要有一台，…``. A list of titles with dates has no post under its
    dates."""
    first = next((i for i in meta if lines[i].label == "meta"), None)
    # under a comment heading ("评论 (12)") the posts are readers' comments: chrome (a
    # count of answers or replies, "2个回答", heads the thread's own posts)
    comments = next(
        (
            i
            for i, ln in enumerate(lines)
            if ln.reason == "boilerplate:comments" and _COMMENT_WORD.search(ln.kept_text)
        ),
        len(lines),
    )
    for i in meta:
        if i == first or i > comments or lines[i].reason != "meta:date":
            continue  # (the article's own date: the name rules above have judged it)
        j = next_nonblank(lines, i, -1)
        if j is None or lines[j].label is not None:
            continue
        name = lines[j].kept_text.strip()
        if not (_name_line(name) or _USER.fullmatch(name)):
            continue
        if not _STAMP.match(match_form(lines[i].kept_text)[1].strip()):
            continue
        k = next_nonblank(lines, i, 1)
        if k is not None and FLOOR.match(match_form(lines[k].kept_text)[1].strip()):
            k = next_nonblank(lines, k, 1)
        if k is None or lines[k].label is not None:
            continue
        # a post: a sentence, or a line no timestamp follows (in a list of titles with
        # dates, each line under a date is the next title, a date under it)
        after = next_nonblank(lines, k, 1)
        if _POST_MARK.search(match_form(lines[k].kept_text)[1]) is not None or not (
            after is not None
            and lines[after].reason == "meta:date"
            and _STAMP.match(match_form(lines[after].kept_text)[1].strip())
        ):
            lines[j].mark("meta", "meta:byline")
            # the post's first line is the thread's text, however short ("小火慢炖"):
            # no later rule takes it for a button or a related title
            lines[k].mark("body", "body:post")


_FOLLOW = re.compile(
    r"^\s*\+?\s*(?:关注|關注|发消息|發消息|私信)(?:他|她|TA|作者)?(?:\s*[\d.]+\s*[万萬wk]?)?\s*$"
)
"""A follow or message button beside an author's name (``關注他``, ``+ 关注 1.2万``,
``發消息``)."""
_CLOCK = re.compile(r"\d[:：]\d\d")
_NAME_BAD = _rx(r"[,。!?;:、“”\"《》()\[\]【】<>|_=+#@/\\]")
"""What a name alone on its line does not hold (on folded text)."""


_RANGE = re.compile(r"\d\s*[-~]\s*\d")
"""A range of figures (``18-28K``, ``3-5年``): a job's or a product's field, no name."""


def _name_line(text: str) -> bool:
    """A short line that can be a person's or an account's name (``算法小陈``,
    ``Linux運維小哥``, ``某互聯網公司 算法工程師``): 2-16 characters, no punctuation, not
    only digits, not a list item or a section word."""
    if len(text) > 40:
        return False
    folded = match_form(text)[1].strip()
    return (
        2 <= len(folded) <= 16
        and "\t" not in folded  # a table's row ("重量<tab>單耳5g")
        and _NAME_BAD.search(folded) is None
        and not folded.replace(" ", "").isdigit()
        and _RANGE.search(folded) is None  # a salary's or experience's range ("3-5年")
        and not _LISTY.match(folded)
        and not _SECTION.match(folded)
        and not _SUBTITLE.match(folded)
        and not ORDINAL.match(folded)  # "第四單元 修復現場": a part of the article
        and _KEY_WORD.search(folded) is None
        and "关注" not in folded  # a follow button: "關注他", "+ 关注"
    )


_STAMP = _rx(
    r"^(?:(?:发表|发布|回复|回覆|发帖)(?:于|时间\s*:?)\s*)?(?:19|20)\d\d\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})"
    r"\s+\d{1,2}:\d\d(?::\d\d)?$"
)
"""A timestamp alone: a date and a time (``2023-06-18 22:15``, ``发表于 2024-03-05 21:14``)."""
FLOOR = _rx(r"^(?:#\s*\d{1,5}|\d{1,5}\s*[楼樓#fF]|第\s*\d{1,5}\s*[楼樓]|沙发|沙發|板凳|地板)$")
"""A post's floor number in a thread (``#2``, ``2樓``, ``沙发``), on folded text."""


_COMMENT_WORD = re.compile(r"评论|評論|留言|comment", re.I)
_POST_MARK = re.compile(r"[,。!?;]")
"""What a post has and a title in a list of titles has not (on folded text)."""
_USER = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]{1,19}")
"""A site user name (``admin``): ASCII, one word."""
_BLOCK_BAD = re.compile(r"[,。!?;:、“”《》]")


_DATE_ONLY = _rx(
    r"^\s*(?:19|20)\d\d\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})\s*$"
)
_ORG = _rx(
    r"^[\p{Han}()]{2,}(?:办公室|办公厅|委员会|人民政府|政府|管理局|局|厅|委|公司|协会|学会|中心|研究院|"
    r"研究所|大学|学院|医院|银行|集团|部|法院|检察院)$"
)


_PAPER = frozenset({"meta:affiliation", "meta:journal", "meta:date"})
_PAPER_STRICT = frozenset({"meta:affiliation", "meta:journal"})


_NAMES = _rx(r"^(?:\p{Han}\s?\p{Han}{1,3}[\d,*]{0,12}(?:[,、;\s]+|$)){1,12}$")
"""A list of personal names (2-4 Han characters, optional affiliation digits)."""
_NAMES_UNFOLDED = _rx(r"^(?:\p{Han}\s?\p{Han}{1,3}[\d,*，＊]{0,12}(?:[,、;\s，；]+|$)){1,12}$")
""":data:`_NAMES` on the text as written: the characters folding to ``,`` ``*`` ``;`` added
(folding keeps Han, ``\\s`` and ``\\d`` characters what they are: tests check the table)."""
_ABSTRACT = _rx(r"(?i)^[\[【]?\s*(?:摘\s*要|关键词|关键字|abstract)")
