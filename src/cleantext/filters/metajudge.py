"""One line's metadata verdict: :func:`judge_meta`.

A line is meta when it is made of fields (:func:`.metafields.fields`) — a date/time, or a
key and its value — with no sentence punctuation and short values, starting with a field or
holding two of them; or when its whole shape is one (journal issue ``電信科學 2014年3期``,
document number ``東府〔2021〕54號``, reading time, paper affiliations with postal codes,
photo credits ``张三/摄``, a lead's dateline ``本报讯（记者 张三）``, a vote count). A
sentence is never meta: ``記者:呂部長,您好!…`` (an interview question) is body. Weak keys
(``时间``, ``查看``, ``文`` …) count only in the page head, before the first paragraph.

>>> judge_meta("本報記者 劉瓊 通訊員 張靜 實習生蔣歆"), judge_meta("電信科學 2014年3期")
('meta:byline', 'meta:journal')
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from .cues import match_form
from .dates import find_dates
from .lazyre import LazyPattern
from .metafields import (
    _DIGIT,
    _HEAD_ONLY,
    _KEY_WORD,
    _KIND,
    _QSEP,
    _SENTENCE,
    _WEAK,
    RECORD_KEYS,
    Fields,
    _strip,
    fields,
)
from .metascan import _CUE

if TYPE_CHECKING:
    import regex


_rx = functools.partial(LazyPattern, engine="regex")

_CHUNK_SEP = _rx(r"[\s|/丨︱│·]+")
_SIX_DIGITS = _rx(r"\d{6}")


_PUB_VERB = _rx(r"(?:发布|发表|更新|修改|首发)$")
_JOURNAL = _rx(r"^\S.{1,24}?\s*(?:19|20)\d\d\s*年\s*(?:第\s*)?\d{1,2}\s*期$")
_DOCNO = _rx(r"^\S{1,12}[〔\[(](?:19|20)\d\d[〕\])]\s*(?:第\s*)?\d{1,4}\s*号$")
_EDITED = _rx(r"^本帖最后由.{1,40}?于\s*(?:19|20)\d\d.{0,30}编辑$")
"""A forum post's edit note: ``本帖最后由 某人 于 2020-1-1 12:00 编辑``."""
_READTIME = _rx(
    r"^(?:阅读(?:本文|全文|完)?|预计阅读|预计)(?:大概|大约|约)?(?:需要|需|时间|时长)?\s*:?\s*"
    r"(?:大概|大约|约)?\s*\d+\s*分钟"
)
_LONE = _rx(
    r"^(?:综合报道|综合报导|综合消息|本报讯"
    r"|(?:\d*\s*(?:浏览|阅读|收藏|点赞|评论|分享|转发)\s*(?:\d+|\(\d+\)?)?\s*){1,4})$"
)
_NAMEY = _rx(r"^[\p{Han}\w·.\s、/|丨\-]{1,40}$|^\p{Han}{2,3}(?:,\p{Han}{2,3}){1,5}$")
"""A byline value: names (and a comma list of short Han names, ``张三,李四``)."""
_CREDIT = _rx(r"^(?:(?:图片来源|图源)\s*[:|/]?|(?:摄影|配图|图片|图)\s*[:|/])\s*\S.{0,28}$")
_CAPTION_KEY = _rx(r"^(?:配图|图片|图)\s*[:|/]\s*")
_CAPTION_DATE = _rx(r"\d\s*[月日]")


def _captioned(s: str) -> bool:
    """Whether a ``图：…`` line (folded) is a photo's caption, not its credit: what follows
    the key says when or what (a date, ``图：7月16日至19日累计降雨量预报``) or is longer than
    a name or an agency (13 characters or more)."""
    m = _CAPTION_KEY.match(s)
    if m is None:
        return False
    value = s[m.end() :].strip()
    return _CAPTION_DATE.search(value) is not None or len(value) > 12


_AFFILIATION = _rx(
    r"^[(\[]?\s*(?:\d\s*[.、]\s*)?[^。!?]{0,300}?(?:大学|学院|研究所|研究院|研究中心|医院|实验室|"
    r"公司|学校|中心)[^。!?]{0,300}?\d{6}[^。!?]{0,300}$"
)
"""An author affiliation in journal style: institution names with 6-digit postal codes."""


_ROLE = (
    r"(?:文字|文|撰文|采写|记者|通讯员|图片|图|摄影|摄像|视频|编辑|责任编辑|责编|审核|审校|校对|初审|复审|"
    r"终审|一审|二审|三审|编审|美编|排版|设计|统筹|监制|出品|策划|供稿|来源|作者|翻译|编译|主编|值班编辑|"
    r"实习编辑|图文|制图|剪辑|配音|签发)"
)
_NAMES_VALUE = r"[^\s:|/,;。]{1,12}(?:[ 、][^\s:|/,;。]{1,12}){0,3}"
_CREDITS = _rx(
    rf"^{_ROLE}\s*[:|/]\s*{_NAMES_VALUE}(?:(?:\s+|\s*[|/,;]\s*){_ROLE}\s*[:|/]\s*{_NAMES_VALUE})+$"
)
"""A credit line of two or more role/name pairs: ``文字：李明远　图片：王芳``,
``审核：张伟　责任编辑：刘洋``."""
_ORIGINAL_TITLE = _rx(r"^原标题\s*:\s*\S")
_VOTES = _rx(
    r"^\d[\d,.]*\s*[kw万]?\+?\s*(?:人|位)\s*(?:赞同|点赞|赞|喜欢|觉得很赞|推荐|收藏)了?"
    r"(?:该|这个|此|这篇)?(?:回答|文章|内容|答案)?$"
)
"""A Q&A answer's vote count: ``156 人赞同了该回答``."""
_QA_COUNTS = _rx(r"^关注者\s*[\d,.]+\s*[kw万]?\s*(?:[·|]\s*)?被浏览\s*[\d,.]+\s*[kw万]?$")
"""A Q&A question's counts: ``关注者 128 被浏览 45,210``."""
_PTT_AUTHOR = _rx(
    r"^作者\s*:?\s*[A-Za-z0-9_.]{2,14}\s*(?:\([^()]{0,30}\))?(?:\s+(?:看板|站内)\s*:?\s*\S{1,20})?$"
)
"""A bulletin-board header: ``作者  twmoon (月光下的貓)  看板  C_Chat``."""
_EN_BYLINE = _rx(r"(?i)^(?:posted|published|updated|last\s+updated|written|by)(?![a-z]).{0,60}$")
"""An English byline or date line (``Posted by admin on March 5, 2024``) once it holds a date."""
_SPACED_KEY = _rx(
    r"^(\p{Han})[ ]{1,4}(\p{Han})(?:[ ]{1,4}(\p{Han}))?(?:[ ]{1,4}(\p{Han}))?(?=\s*:)"
)
"""A key spaced out to align a table, at the start of the line (``索  引  号：``)."""


def _join_key(m: regex.Match[str]) -> str:
    joined = "".join(g for g in m.groups() if g)
    return joined if joined in _KIND else m[0]


def judge_meta(
    text: str, *, head: bool = True, memo: dict[str, Fields] | None = None
) -> str | None:
    """The meta reason for one line of text, or ``None``. ``head``: the line is in the page
    head (before the first long paragraph), where weaker cues are trusted.

    >>> judge_meta("2024-08-02 16:57:00  來源:鄉村干部報網  ")
    'meta:date'
    >>> judge_meta("本報記者 劉瓊 通訊員 張靜 實習生蔣歆")
    'meta:byline'
    >>> judge_meta("責編:鄉村干部報編輯")
    'meta:editor'
    >>> judge_meta("記者:呂部長,您好!金安區如何打造村級后備力量“蓄水池”?") is None
    True
    """
    if len(text) > 400:
        return None
    _, folded = match_form(text)
    if len(folded) > 200 and len(_strip(folded)[1]) > 200:
        return None  # (before the cue scan: long lines hold most of a page's text)
    if head and folded.lstrip()[:1] in _RECORD_FIRST and _record(folded.strip()):
        return "meta:docinfo"
    if _CUE.search(folded) is None:
        return None
    _, s = _strip(folded)
    if not s or len(s) > 200:
        return None
    # most lines hold no digit: the rules that need one (journal issue, document number,
    # reading time, edit note, affiliation postal code, dates, counts) are skipped for them
    digit = _DIGIT.search(s) is not None
    if not digit and len(s) <= 80 and _CREDITS.match(s):
        return "meta:credit"
    if s.startswith("原标题") and _ORIGINAL_TITLE.match(s):
        return "meta:docinfo"
    if digit and len(s) <= 40 and _VOTES.match(s):
        return "meta:votes"
    if s.startswith("关注者") and _QA_COUNTS.match(s):
        return "meta:counter"
    if s.startswith("作者") and _PTT_AUTHOR.match(s):
        return "meta:byline"
    if digit and _EN_BYLINE.match(s) and not _SENTENCE.search(s) and find_dates(s):
        return "meta:date"
    if s[1:2] == " " and ":" in s:  # "索  引  号："
        s = _SPACED_KEY.sub(_join_key, s, count=1)
    if len(s) <= 40:
        if digit and _JOURNAL.match(s):
            return "meta:journal"
        if digit and _DOCNO.match(s):
            return "meta:docno"
        if head and _LONE.match(s):
            return "meta:counter" if not s.startswith(("综合", "本报")) else "meta:byline"
    if s.startswith("打印"):
        return None  # "打印时间：…": when the page was printed, not published
    if digit and _READTIME.match(s):
        return "meta:reading-time"
    if digit and _EDITED.match(s):
        return "meta:date"
    if len(s) <= 30 and _CREDIT.match(s) and not _SENTENCE.search(s) and not _captioned(s):
        return "meta:credit"
    if len(s) <= 24 and _PAREN_CREDIT.match(folded.strip()):
        return "meta:credit"
    if s.endswith("摄") and len(s) <= 30 and _PHOTO.match(s):
        return "meta:credit"
    if "记者" in s and len(s) <= 60:
        t = folded.strip()
        m = _LEAD_BYLINE.match(t)
        if m is not None and m.end() == len(t):
            return "meta:byline"  # a news lead's dateline alone: "本报讯(记者 张三)"
        if _REPORTER.match(s):
            return "meta:byline"
    if len(s) <= 40 and s.endswith(("报道", "报导")) and _REPORTED.match(s):
        return "meta:byline"
    if len(s) <= 12 and s.endswith("专讯") and _LONE_LEAD.match(s):
        return "meta:byline"
    if len(s) <= 60 and not digit and _EN_AUTHOR.match(s):
        return "meta:byline" if head else None
    if not digit and _KEY_WORD.search(s) is None:
        return None  # no key, no date, no count: no field
    if head and len(s) >= 12 and _SIX_DIGITS.search(s) and _AFFILIATION.match(s):
        return "meta:affiliation"
    s = _QSEP.sub(" | ", s)
    keys, dates = fields(s, digit, memo)  # (neither substitution adds or takes a digit)
    if not keys and not dates:
        return None
    if not head:
        keys = [k for k in keys if k[2] not in _HEAD_ONLY]
        if not keys and not (dates and len(s) <= 30 and dates[0][0] == 0):
            return None
    nfields = len(keys) + len(dates)
    if _SENTENCE.search(s) and nfields < 3:
        return None
    # what is left once keys and dates are taken out must be short values
    spans = sorted([(a, b) for a, b, _, _ in keys] + [(a, b) for a, b, _ in dates])
    rest, pos = [], 0
    for a, b in spans:
        if a >= pos:
            rest.append(s[pos:a])
            pos = b
    rest.append(s[pos:])
    chunks = [c for c in _CHUNK_SEP.split("".join(x + " " for x in rest)) if c]
    longest = max((len(c) for c in chunks), default=0)
    if longest > (60 if nfields >= 3 else 30):
        return None
    if sum(map(len, chunks)) >= PROSE_REST and _SENTENCE.search(s):
        # a news lead (新京报讯(记者 吴婷婷)3月5日,记者从…获悉,今年本市将…): clauses around
        # its fields, the article's first paragraph
        return None
    if _SENTENCE.search(s) and _prose_tail(s, max(b for _, b in spans)):
        return None
    if not keys and not any(v for _, _, v in dates):
        # dates without a year only: the date alone (a weekday allowed), or, with a time
        # ("昨天 10:20", "3小时前"), beside a name or two ("澎湃新闻 03-05 10:20")
        if not head or _NUMBERED.match(s):
            return None
        words = [c for c in chunks if not _WEEKDAY.fullmatch(c)]
        timed = any(":" in s[a:b] or s[b - 1] == "前" for a, b, _ in dates)
        if words and not (timed and len(words) <= 2 and longest <= 12):
            return None
        for a, b, _ in dates:  # set apart: not "会议将于3月5日 10:00举行"
            if (a and s[a - 1] not in _APART) or (b < len(s) and s[b] not in _APART):
                return None
    elif not keys and _NUMBERED.match(s):
        return None  # "1. 2024年3月5日 召开动员大会": a list item
    first = min([(a, kind) for a, _, _, kind in keys] + [(a, "date") for a, _, _ in dates])
    if first[0] == 0:
        kind = first[1]
        if kind in ("byline", "editor") and not dates and len(keys) == 1:
            # a lone byline/editor key: the value must look like names
            value = s[keys[0][1] :]
            if not _NAMEY.match(value or "x") or len(s) > 45:
                return None
            if keys[0][2] in _WEAK and s[keys[0][1] - 1].isspace() and len(value.split()) > 2:
                return None  # "編輯 鎖定 討論 上傳視頻": a row of buttons
        if kind == "date" and not dates and len(keys) < 2 and longest > 0:
            return None  # a date key without a date: only with other fields or no value
        if kind == "date" and not keys and not head:
            after = s[dates[0][1] :]
            if after and not after[0].isspace() and "T" not in dates[0][2]:
                return None  # "2024年3月1日起施行": a sentence in the body
        return f"meta:{kind}"
    if nfields >= 2 and (len(keys) >= 1 or len(dates) >= 2):
        return f"meta:{'date' if dates else first[1]}"
    if dates and _OTHER_KEY.match(s, 0, dates[0][0]):
        return None  # a listing's fields ("最短租期：一年　可入住日：2024年6月1日")
    if dates and head and (len(s) <= 30 or (len(s) <= 60 and _PUB_VERB.search(s))):
        return "meta:date"
    if dates and head and len(s) <= 60 and len(chunks) <= 4 and longest <= 12:
        return "meta:date"  # "3.2萬播放 · 總彈幕數156 2021-06-17 20:14:32": short fields
    return None


_RECORD_FIRST = frozenset(k[0] for k in RECORD_KEYS)
_RECORD = _rx(rf"^(?:{'|'.join(map(re.escape, RECORD_KEYS))})\s*:\s*\S")
_RECORD_SPLIT = _rx(r"\s+(?=[^\s:]{1,10}\s*:)")
_RECORD_FIELD = _rx(r"^[^\s:]{1,10}\s*:\s*[^。!?]{1,40}$")
_RECORD_EXTRA = _rx(r"^[^。!?,:]{1,16}$")


def _record(s: str) -> bool:
    """Whether ``s`` (a stripped folded head line) is a record's fields: one of
    :data:`.metafields.RECORD_KEYS` first, then fields of any key (``作词：许知秋　作曲：林屿``,
    ``ISBN：978-7-…　定价：CNY58.00``) or short notes (``2024-09-12 上传``), no sentence.

    >>> _record("项目编号:JNCG-2025-0417"), _record("发明人:吴建锋;应卓;胡晓丽")
    (True, True)
    >>> _record("作曲:林屿写这首歌用了三年。"), _record("出版社:")
    (False, False)
    """
    if _RECORD.match(s) is None:
        return False
    parts = _RECORD_SPLIT.split(s)
    return _RECORD_FIELD.match(parts[0]) is not None and all(
        _RECORD_FIELD.match(p) is not None or _RECORD_EXTRA.match(p) is not None for p in parts[1:]
    )


_OTHER_KEY = _rx(r"^[^\s:]{1,8}\s*:\s*[^\s:]{1,20}\s+\p{Han}{2,8}\s*:\s*$")
"""A field then a key right before a date, when :func:`.metafields.fields` knows no key
there: a row of the article's own fields (a listing's lease and move-in day), not a
publication date (``上架时间：2023-09-01`` alone stays one)."""


PROSE_REST = 40
"""Characters of a line with a sentence mark besides its fields from which it is prose."""
_CLAUSE = _rx(r"\p{Han}{8,}")
_HAN = _rx(r"\p{Han}")
_CLAUSE_MARK = _rx(r"[,。!?;]")


def _prose_tail(s: str, end: int) -> bool:
    """Whether what follows the last field of ``s`` (folded) from ``end`` is running text:
    16 Han characters or more with a clause mark among them and a clause of eight in a row,
    as a news lead's first sentence after its dateline (``财联社3月5日讯(记者 顾烨)记者今日走访
    发现,多家股份制银行近期…``); names after a byline key are shorter (``作者:张三,李四``).

    >>> _prose_tail("人民网北京3月5日电 (记者 李四)3月5日上午,国务院新闻办公室举行新闻发布会。", 22)
    True
    >>> _prose_tail("作者:张三,李四,王五 2024-03-05", 3)
    False
    """
    tail = s[end:]
    return (
        len(tail) >= 16
        and _CLAUSE_MARK.search(tail) is not None
        and len(_HAN.findall(tail)) >= 16
        and _CLAUSE.search(tail) is not None
    )


_APART = frozenset(" |/丨︱│·:()[]【】")
"""What sets a field apart from its neighbours on a date line."""
_WEEKDAY = _rx(r"(?:星期|周|礼拜)[一二三四五六日天]")
_NUMBERED = _rx(r"(?:\d{1,2}[.、)]\s|[一二三四五六七八九十]{1,3}[、.)])")
"""A list item's number (``1. ``, ``三、``)."""
_PHOTO = _rx(
    r"^(?:(?:新华社|中新社|本报|本刊|特约|见习)?记者\s*)?(?:\p{Han}{2,4}|[A-Za-z][\w.]{1,19})"
    r"(?:[\s、]+\p{Han}{2,4}){0,3}\s*[\s/]\s*摄$"
)
"""A photo credit: ``张三 摄``, ``新华社记者 张三 摄``, ``张三/摄``."""


_REPORTER = _rx(
    r"^[^\s,。!?:]{0,8}?记者\s*\p{Han}{2,4}(?:[、\s]+\p{Han}{2,4}){0,3}\s*"
    r"(?:/\s*\p{Han}{0,10}?(?:报导|报道)|\p{Han}{0,6}\d{1,2}日电)$"
)
"""A Taiwan byline or dateline alone on its line: ``記者陳怡君／台北報導``,
``中央社記者陳怡君台北5日電``."""
_REPORTED = _rx(r"^\S{2,16}(?:\s+\S{2,12}){1,3}(?<![据的了])(?:报道|报导)$")
"""A correspondent's byline: paper, name and place (``英國《金融時報》 蒂姆·布拉德肖
舊金山報道``)."""
_LONE_LEAD = _rx(r"^\p{Han}{1,6}专讯$")
"""A Hong Kong paper's lead mark alone: ``【明報專訊】``."""
_EN_AUTHOR = _rx(
    r"^(?:By|BY|Author\s*:?|AUTHOR\s*:?)\s+"
    r"[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,3}$"
)
"""An English byline without a date: ``By John Smith``, ``Author: Jane Doe``."""


_PAREN_CREDIT = _rx(
    r"^[(\[]\s*(?:\S{1,12}(?:档案照|资料照|档案图|资料图)|(?:图片|照片|影片|视频|相片)由\S{1,12}提供)"
    r"\s*[)\]]$"
)
"""A photo's or a video's credit in brackets under it (folded): ``（联合早报档案照）``,
``（影片由讀者提供）``."""


def _lone_count(text: str, joined: bool = False) -> str | None:
    """``meta:counter`` for a line of counts alone (``阅读 (2386)``, ``浏览 1,234 次``); with
    ``joined``, only for a view count joined to others (``瀏覽 5,432 | 回應 23``)."""
    s = _strip(match_form(text)[1])[1]
    if not s or not _DIGIT.search(s):
        return None
    if _COUNTS.match(s) or (not joined and _LONE.match(s)):
        return "meta:counter"
    return None


_COUNT = r"\s*:?\s*\(?\d[\d,.]*\s*[万wk]?\)?\s*次?"
_COUNTS = _rx(
    rf"^(?:浏览|阅读|点击|人气){_COUNT}(?:\s*[|·/]?\s*(?:回复|回应|评论|收藏|点赞){_COUNT}){{1,3}}$"
)
"""A view count and others joined by separators (``瀏覽 5,432 | 回應 23``): a thread's counts,
after its posts as above them."""


_LEAD_BYLINE = _rx(
    r"[^\s(\[,。]{2,24}?[电讯]\s*[(\[]\s*"
    r"((?:本报|本刊|特约|见习)?记者[^()\[\]。!?]{2,40})[)\]]"
)
"""A news lead's dateline and byline: ``新华社北京4月18日电(记者史競男)``, ``本报讯(记者 刘琼)``,
``财联社3月5日讯(记者 顾烨)``."""
