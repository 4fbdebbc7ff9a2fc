"""The item step: lists whose items read as ads, whatever their separators and wording.

Runs last among the spam rules, on the lines no step labelled or cut. A line that is a list
(three or more items of four characters or more, split by any character that is not a letter,
a digit or a Han character: ``_ | , 、 / ▷ 💰 ☎``, spaces), with no sentence mark and not prose,
is judged item by item by the item model (:mod:`cleantext.spam.items`, character n-grams of
items composed from many trades' templates). It is spam (``spam:item-list``) when most of its
items read as ads and it shares little with the rest of the page: an injected list is about
something else than the article, while a page's own lists (its tags, menus, related titles,
products) share its words.

>>> from cleantext.document import Document
>>> body = "会议听取了各部门的工作汇报,研究部署下一阶段的重点任务。" * 8
>>> page = "翻墙梯子推荐 / 科学上网机场 / 永久免费加速器 / v2ray节点订阅\\n\\n座谈会\\n\\n" + body
>>> doc = ItemSpam()(Document.from_text(page))
>>> doc.lines[0].label, doc.lines[0].reason.split()[0]
('spam', 'spam:item-list')
>>> doc.lines[2].label is None
True
"""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import Any

from ..document import Document
from ..lazy import module
from ..spam.items import item_spans
from ..spam.lexicon import _trie, data_bytes, fold, union_pattern
from ..spam.structure import (
    _FOOTER,
    _FUNCTION,
    _bigrams,
    ad_patterns,
    article_context,
    fold_context,
    has_field,
    other_script,
    script_classes,
)
from .lazyre import LazyPattern
from .spam import _ATTRIBUTION, _CONDEMN, _STRONG, _WARNING, _WEAK, _spam_site, page_scan
from .spamcontact import private_contact
from .spamedges import (
    SEAM_CUE,
    ad_site,
    glued_call,
    head_span,
    initials_site,
    private_ids,
    seam_tail,
)
from .spamslots import reads_as_ad

MIN_LINE, MAX_LINE = 10, 300
TAG_LEN = (6, 30)
"""Characters of a tag written twice in a row (:func:`_twins`)."""
TAG_RAW = 40
"""Lines longer than this (as written, with a bullet and indentation) are no tags."""
MIN_ITEM = 4
"""Characters of an item that counts as evidence (shorter ones are menu words: 首页, 登录)."""
MIN_ITEMS = 3
ITEM_SPAM = 0.5
"""Score from which an item reads as an ad."""
SHARE = 0.6
"""Share of a list's evidence items that must read as ads."""
MEAN = 0.6
"""Their mean score, at least."""
CONTACT_MEAN = 0.5
"""The same for a list holding a private contact id (``加QQ:2239017788``, ``薇:sd2024``)."""
OVERLAP = 0.25
"""Share of the list's character bigrams the rest of the page may have, at most."""
CONTEXT_MIN = 150
"""Characters of the rest of the page a list is compared with (less: abstain)."""

_STOP = LazyPattern(r"[。!\uff01?\uff1f;\uff1b{}=<](?:(?<!<)|(?=[a-z/]))")
"""Sentence marks (a list of phrases has none), markup (``<`` before a letter or ``/``) and
code. One character class first, then the test of ``<``'s next character: ``re`` skips to
the characters of a leading class, while it tries every branch of an alternation at every
position (``[。!…]|<[a-z/]|{|}|=``: 2.5 times the instructions, 3.2 against 1.3 M
on the lines of 30 dev pages)."""
_LABEL = LazyPattern(r"\s*[^\s:\uff1a|_,\uff0c、/]{1,6}\s*[:\uff1a]\s*")
"""A label before a list (``热门标签:``, ``友情链接:``): not an item."""
_WORD_RUN = LazyPattern(rf"[^\W_]{{{MIN_ITEM},}}")
"""Runs of word characters as long as an evidence item: one C-speed count before a line's
items are listed (most titles and clauses have fewer than three)."""
_PRIVATE_ID = LazyPattern(private_contact(5))
"""A private contact id in an item (folded): ``加QQ:2239017788``, ``薇:sd2024``, ``tg:abc123``."""
_LINE_CONTACT = LazyPattern(
    private_contact(5) + r"|t\.me/\w{4,}|@(?<![\w.]@)[a-z][a-z0-9_]{3,19}(?![\w.@])"
    r"|1(?<![\d-]1)[3-9]\d[- ]?\d{4}[- ]?\d{4}(?![\d-])"
)
"""A private contact anywhere in a list line (folded), written around the item split too:
``TG:@seo_king88``, ``飞机号:@jb_8899``, ``t.me/bq_alpha``, ``薇❤:yk-pifa666``,
``Q群:826634910``, ``加V:dkfp668``; or a mobile number (``☎ 137-2456-8890``: a list with a
form field, ``电话:``, is no candidate)."""
CONTACT_SHARE = 0.4
"""Share of a list's evidence items that must read as ads when the line gives a private
contact (:data:`_LINE_CONTACT`) and shares almost nothing with the page
(:data:`CONTACT_OVERLAP`): an ad's list names what it sells and then what it promises
(``稳赚不赔``, ``同城当面交易``), words of any trade."""
CONTACT_OVERLAP = 0.1
"""Share of its bigrams such a list may find in the page, at most."""
FOREIGN_OVERLAP = 0.1
"""Share of its bigrams a list closed by a private account may find in the page, at most, when
only one of its items reads as an ad (:func:`_foreign_ad`): one in ten, a word a long list
shares with any page by chance (手機定位追蹤 … 盜號找回 under a history of railways)."""
KIN_OVERLAP = 0.05
"""Share of its bigrams a line next to a spam line may find in the page, at most
(:func:`.spamads._next_of_kin`)."""
_HAN = LazyPattern(r"[\u3400-\u9fff\uf900-\ufaff]")


def list_items(text: str) -> list[str]:
    """The evidence items of a list line: items of :data:`MIN_ITEM` characters or more, after
    a leading label, digits-only items left out.

    >>> list_items("热门标签:昌平区门锁安装 顺义区开锁 通州区 首页")
    ['昌平区门锁安装', '顺义区开锁']
    """
    m = _LABEL.match(text)
    if m is not None:
        text = text[m.end() :]
    out = []
    for a, b in item_spans(text):
        item = text[a:b]
        if b - a >= MIN_ITEM and not item.isdigit():
            out.append(item)
    return out


RUN_ITEM = 0.8
"""Score each item of a junk run stuck to a title must reach (:meth:`ItemSpam._runs`)."""
RUN_LINE = 150
"""Lines longer than this are not looked at for a junk run (titles and headings are short),
unless they begin with ``【…】``."""
STUB = 3
"""Characters after an ad bracket that are no title (the line is the ad, :func:`_run`)."""
RUN_KEPT = 0.25
"""Share of its bigrams the kept part of a line with a junk run must find in the page."""
RUN_SURE, RUN_KEPT_SURE = 0.9, 0.1
"""A run each of whose items reads as an ad at :data:`RUN_SURE` and that shares nothing with
the page is cut before a part that shares :data:`RUN_KEPT_SURE` of its bigrams with it."""
_RUN_LINE = LazyPattern(r"[_|\uff5c丨/\-\u2013\u2014\u3010\u3011\uff4c]")
"""The separators a junk run is joined to a title with (a cheap test before its items;
a full-width ``ｌ`` counts when it stands before a Han character: :func:`_bars`)."""
_FAKE_BAR = LazyPattern(
    r"(?<![0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a])\uff4c(?=[\u3400-\u9fff])"
)
"""A full-width ``ｌ`` before a Han character, not in a full-width word or after a number (a
litre: ``５ｌ水``): a bar drawn with a letter (``…方法比較ｌ抖音刷讚ｌ買追蹤``) that no filter on
``|`` sees; no word of Chinese is written so. (Not ``Ｉ``: a Roman numeral, ``第Ｉ卷``.)"""


def _bars(text: str) -> str:
    """``text`` with a bar drawn with a letter (:data:`_FAKE_BAR`) written as ``｜`` (same
    length: offsets are kept).

    >>> _bars("備份三種方法比較ｌ抖音刷讚ｌ買追蹤")
    '備份三種方法比較｜抖音刷讚｜買追蹤'
    >>> _bars("ｌｉｎｕｘ系统 加水５ｌ后")
    'ｌｉｎｕｘ系统 加水５ｌ后'
    """
    if "\uff4c" not in text:
        return text
    return _FAKE_BAR.sub("\uff5c", text)


_RUN_TAIL = LazyPattern(r"\s*[^\W_]{2,}\s*[_|\uff5c丨/\-\u2013\u2014]")
"""(Matched on the line reversed: ``re`` cannot start an end-anchored search at the end; a
last item of two word characters: a junk run a strong term tells, :func:`_strong_run`.)"""
_RUN_HEAD = LazyPattern(rf"\s*(?:[^\W_]{{{MIN_ITEM},}}\s*[_|\uff5c丨/\-\u2013\u2014]|\u3010)")
"""A line ending (or beginning) with an item of :data:`MIN_ITEM` word characters after (before)
a list separator, or beginning with ``【``: the lines a junk run may be stuck to (C-speed
tests before a line's items are listed)."""
_BRACKETED = LazyPattern(r"\s*\u3010([^\u3011\n]{4,24})\u3011")
_NUMBERED = LazyPattern(r"\d{2,}[^\W\d_]")
"""A site's name led by a number (``91短视频``, ``51吃瓜``): spam sites name themselves so."""


CLAUSES = 3
"""Items of a line joined by commas alone that make a sentence of clauses, at most."""
_CLOSERS = ")\uff09\u3011]"
_NOT_CLAUSE = LazyPattern(r"[^\w\s,\uff0c]")
"""A character of a line that is neither a word character, a space nor a comma: a list's
separator, a symbol, a contact's colon."""


_EMAIL = LazyPattern(r"(?<![a-z0-9._%+-])[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+", flags=2)
"""An e-mail address: what a site, a firm or an employer gives (``hr@hongkong-acct.com.hk``);
ads give private accounts. Its pieces (``hr@hongkong``, ``acct.com.hk``) are no items."""


def _list_candidate(t: str, least: int = MIN_ITEMS, clauses: bool = True) -> list[str] | None:
    """The evidence items of ``t`` if it has the form of a list of phrases (``least`` items
    or more), else ``None``. ``clauses``: three items joined by commas or spaces alone are a
    sentence (not when the caller knows the line is an ad's: a contact line follows it).

    >>> _list_candidate("有意者請將履歷電郵至 hr@hongkong-acct.com.hk 或致電 2412 7803") is None
    True
    """
    if "@" in t:
        t = _EMAIL.sub(" ", t)
    n = len(t)
    if n < MIN_LINE or n > MAX_LINE or _STOP.search(t):
        return None
    if len(_WORD_RUN.findall(t)) < least:
        return None  # fewer runs of four word characters than a list of that many items has
    if len(_FUNCTION.findall(t)) >= max(3, n // 20):
        return None  # prose: clauses joined by commas
    if has_field(t) or _FOOTER.search(t):
        # form or metadata fields (申请日期:… 联系电话:…), a site's footer (licence and ICP
        # numbers, copyright): the page's own
        return None
    items = list_items(t)
    # most items in Han characters: a list of Latin names (python.org | github.com) has no
    # bigram to compare with the page, and is a reference list more often
    han = sum(1 for it in items if len(_HAN.findall(it)) >= 2)
    if len(items) < least or han * 2 < len(items):
        return None
    if clauses and len(items) <= CLAUSES and not _NOT_CLAUSE.search(t):
        return None  # three clauses joined by commas: a sentence (倒入排骨翻炒上色,加开水没过
        # 排骨,小火炖40分钟), not a list; no spam list of the red-team sets is written so
    return items


_END_CONTACT = LazyPattern(
    r"(?:^|(?<=[\s|_/\u3001,\uff0c\uff5c\u4e28]))(?:"
    r"[^\W\d_]{1,10}\s*(?:[:\uff1a]\s*@?|@)[a-z0-9][a-z0-9_.@-]{3,40}"
    r"|(?:[^\W\d_]{1,10}\s*[:\uff1a]?\s*)?\+?\d[\d -]{6,16}\d"
    r"|(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|cc|tv|top|vip|xyz|me|io"
    r"|hk|tw|cn|co|info|app|club|site|online|shop|la|pw|in|my|sg))\s*$",
    flags=2,  # re.IGNORECASE
)
"""A private contact or a site closing a list line, after a separator: a key and an id
(``LINE:@man-pharm``, ``Discord:gm-lineage77``, ``电话:18026653017``, ``WhatsApp 6203
8814``) or a domain (``idc.hk-vps88.com``)."""
_DATED = LazyPattern(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}")
_END_SEPARATORS = " \t|_/\u3001,\uff0c\uff5c\u4e28-\u2013\u2014"


def _contact_tail_list(t: str) -> list[str] | None:
    """The evidence items of a list line that ends with a private contact or a site
    (:data:`_END_CONTACT`), the contact left out (an ad's list names what it sells, then
    where to buy it), or ``None``. The contact is no item (its key and id split into
    fragments that read as nothing) and no form field: the rest must be a list alone.

    >>> _contact_tail_list("原廠正品|藥局代購|隱密包裝|超商取貨|LINE:@man-pharm")
    ['原廠正品', '藥局代購', '隱密包裝', '超商取貨']
    >>> _contact_tail_list("发布时间 | 来源 | 浏览次数 | 更新 2024-05-06") is None
    True
    """
    end = t.rstrip()
    if not end or not end[-1].isascii() or not end[-1].isalnum():
        return None  # most lines end with a sentence mark or a Han character
    m = _END_CONTACT.search(end)
    if m is None or _DATED.search(m.group()):
        return None
    rest = end[: m.start()].rstrip(_END_SEPARATORS)
    return _list_candidate(rest) if len(rest) >= MIN_LINE else None


def _contact_ad(text: str) -> bool:
    from .spamads import contact_ad  # (imports this module)

    return contact_ad(text)


def _private_end(t: str) -> bool:
    """Whether a list line ends with a private account (``LINE:@topup-tw``,
    ``Discord:gm-lineage77``, ``QQ:2846601379``): not a site, a phone number or a form's
    field, which a site gives of its own (``网站地图 | 联系我们 | hengrui-cnc.com``).

    >>> _private_end("手遊儲值 原神代儲 代練上分 LINE:@topup-tw")
    True
    >>> _private_end("網站地圖 | 隱私權政策 | 麥穗手作烘焙坊 maisui-bakery.com.tw")
    False
    """
    from .spamads import private_account  # (imports this module)

    m = _END_CONTACT.search(t.rstrip())
    return m is not None and private_account(m.group())


def _contact_keys() -> Any:
    return module("cleantext.filters.spamads")._KEYS  # (imports this module)


def contact_line(t: str) -> bool:
    """Whether a line is an ad's contact line alone (``免費諮詢專線 0800-668-925
    LINE:@zhengxin99``): a private account, no sentence, no warning and nothing of a site's
    own contact (:func:`.spamads.lone_contact`)."""
    from .spamads import lone_contact  # (imports this module)

    return lone_contact(t)


_TITLED = LazyPattern(r"\s*\u300a[^\u300b\n]{1,30}\u300b")


def _titled_list(t: str) -> tuple[str, list[str]] | None:
    """The list after a work's title leading a line (``《诡秘之主》全文免费阅读_txt全集下载_
    最新章节无弹窗``: what a pirate site's page says of any work), and its evidence items (three
    at least), or ``None``. The title is the article's subject (a review, a chapter), so the
    list is judged and compared with the page without it.

    >>> _titled_list("《长河落日》在线观看_完整版免费_高清1080P")
    ('在线观看_完整版免费_高清1080P', ['在线观看', '完整版免费', '高清1080P'])
    >>> _titled_list("《红楼梦》第三回 贾雨村夤缘复旧职") is None
    True
    """
    m = _TITLED.match(t)
    if m is None:
        return None
    rest = t[m.end() :].strip()
    # (``_`` read as the separator it is here: three items joined by it are no clauses)
    items = _list_candidate(rest.replace("_", "|")) if len(rest) >= MIN_LINE else None
    return None if items is None else (rest, items)


def _reads_as_ads(scores: list[float], least: int, items: list[str], contact: bool = False) -> bool:
    """Most items read as ads: :data:`SHARE` of them at :data:`ITEM_SPAM`, a mean of
    :data:`MEAN` (:data:`CONTACT_MEAN` when an item gives a private contact id, an ad's own
    signal: looked for only when the mean falls between the two). ``contact``: the line gives
    a private contact (:data:`_LINE_CONTACT`), so :data:`CONTACT_SHARE` of the items and a
    mean of :data:`CONTACT_MEAN` suffice."""
    share = CONTACT_SHARE if contact else SHARE
    hits = sum(1 for s in scores if s >= ITEM_SPAM)
    if hits < least or hits < share * len(scores):
        return False
    total = sum(scores)
    if total >= MEAN * len(scores):
        return True
    if total < CONTACT_MEAN * len(scores):
        return False
    return contact or any(_PRIVATE_ID.search(fold(it)) for it in items)


def _judge_list(line: Any, items: list[str], kind: str, model: Any) -> float | None:
    """Whether the items of a list line read as ads: ``None`` if not, else the share of its
    bigrams the list may find in its page (the page test is stricter the less its items
    tell): :data:`OVERLAP` on the plain share, :data:`CONTACT_OVERLAP` on the lower share of
    a list giving a private contact, :data:`FOREIGN_OVERLAP` for a list closed by a private
    account of which one item reads as an ad (:func:`_foreign_ad`). ``kind``: ``"tail"``
    when the items are those before a contact or a site closing the line
    (:func:`_contact_tail_list`), ``"paired"`` when the line is followed by a contact line
    (:func:`contact_line`), ``"titled"`` when they follow a work's title
    (:func:`_titled_list`), ``"list"`` else."""
    tail = kind == "tail"
    if tail and line.cuts == [] and _contact_ad(line.clean):
        return None  # a contact ad of the ad-lines step's (judged there, on its own page test)
    closed = kind == "paired" or (tail and _private_end(line.clean))
    # the rest of a cut line, or the list after a work's title: two items that read as ads
    # make the list
    least = 2 if line.cuts or kind == "titled" else MIN_ITEMS
    folded = fold(line.clean)
    # a private contact, or a strong term of the lexicon in a line that warns of nothing:
    # an ad's own signal, so the list is judged on the lower share
    contact = (
        tail
        or closed
        or _LINE_CONTACT.search(folded) is not None
        or (
            union_pattern(_STRONG).search(folded) is not None
            and not (_WARNING.search(folded) or _CONDEMN.search(folded))
        )
    )
    if contact:
        least = 2
    share = CONTACT_SHARE if contact else SHARE
    # a spam cut a step made in the line (a brand and its code) is one item that surely
    # reads as an ad: the rest of the list is judged with it
    cut = [line.clean[c.start : c.end] for c in line.cuts if c.label == "spam"]
    scores = [1.0] * len(cut)
    items = cut + items
    if kind == "titled" and sum(1 for it in items if _HAN.search(it)) >= 2:
        # a pirate's list after a work's title names its file formats and qualities in Latin
        # letters (epub | mobi | 1080P): no words to read, left out when two items say more
        items = [it for it in items if _HAN.search(it)]
    # items scored until too many read as plain for the list to be ads (all of them for a
    # list closed by a private account: one ad item may tell it)
    spare = len(items) - max(least, math.ceil(share * len(items)))
    for it in items[len(scores) :]:
        scores.append(model.score(it))
        if scores[-1] < ITEM_SPAM:
            spare -= 1
            if spare < 0 and not closed:
                return None
    plain_rule = _reads_as_ads(scores, least, items)
    if not (plain_rule or (contact and _reads_as_ads(scores, least, items, True))):
        return FOREIGN_OVERLAP if closed and _foreign_ad(scores, items, model) else None
    if not _template_ok(items, model):
        return None
    return OVERLAP if plain_rule else CONTACT_OVERLAP


def _foreign_ad(scores: list[float], items: list[str], model: Any) -> bool:
    """Whether a list closed by a private account (``手遊儲值 原神代儲 4折充值 傳說對決點數 代練上分
    LINE:@topup-tw``, ``天堂私服 新開伺服器 … Discord:gm-lineage77``) reads as an ad although most
    of its items read as nothing (what is sold is named once, the rest are its promises and
    the trade's own words): three items at least, one of which reads as an ad. The page
    test is then :data:`FOREIGN_OVERLAP` (a site's own line with its account shares its
    page's words: ``客服專線 | 官方LINE:@keycap-tw``).

    >>> class M:
    ...     def score(self, item): return 0.99 if item == "代練上分" else 0.1
    >>> _foreign_ad([0.1, 0.1, 0.99], ["手遊儲值", "4折充值", "代練上分"], M())
    True
    >>> _foreign_ad([0.1, 0.1, 0.1], ["網站地圖", "隱私權政策", "聯絡我們"], M())
    False
    """
    return len(scores) >= MIN_ITEMS and max(scores) >= ITEM_SPAM and _template_ok(items, model)


def _template_ok(items: list[str], model: Any) -> bool:
    """Whether a list most of whose items (two thirds) end with the same words (three or four
    characters) reads as ads by those words too: a list repeating one template is judged by
    the template (``苏州代开发票 | 无锡代开发票``: ``代开发票``), not by what varies (``pc版下载 |
    ios版下载 | 安卓版下载 | 历史版本``: ``版下载``, a site's own menu of versions). Two shared
    characters are a noun, not a template (``建筑发票 | 材料费发票``: ``发票``, a trade's core
    that news says too).

    >>> class M:
    ...     def score(self, item): return 0.9 if "发票" in item else 0.1
    >>> _template_ok(["苏州代开发票", "无锡代开发票", "开票"], M())
    True
    >>> _template_ok(["pc版下载", "ios版下载", "历史版本"], M())
    False
    """
    for k in (4, 3):
        ends: dict[str, int] = {}
        for it in items:
            if len(it) > k:
                ends[it[-k:]] = ends.get(it[-k:], 0) + 1
        tail, count = max(ends.items(), key=lambda kv: (kv[1], kv[0]), default=("", 0))
        if count >= 2 and count * 3 >= 2 * len(items):
            return model.score(tail) >= ITEM_SPAM
    return True


class _Page:
    """The page folded for comparisons, without the lines known or found to be spam, built on
    the first line that needs it."""

    def __init__(self, texts: list[str], skip: set[int]) -> None:
        self.texts, self.skip = texts, skip
        self._folded: str | None = None

    @property
    def folded(self) -> str:
        if self._folded is None:
            context = article_context(self.texts, self.skip)
            self._folded = fold_context(context) if len(context) >= CONTEXT_MIN else ""
        return self._folded

    def overlap(self, text: str, line: int | None = None) -> float | None:
        """Share of the Han bigrams of ``text`` found in the page, without its ``line`` if
        given (``None``: no bigram, or too little page to tell)."""
        grams = _bigrams(fold(text))
        folded = self.folded
        if not grams or not folded:
            return None
        if line is not None and line not in self.skip:
            folded = self.without(fold(self.texts[line]))
        return sum(1 for g in grams if g in folded) / len(grams)

    def without(self, own: str) -> str:
        """The folded page with ``own`` (a line's folded text) taken out where it first
        stands: what a line is compared with is the rest of its page."""
        folded = self.folded
        at = folded.find(own)
        return folded if at < 0 else folded[:at] + folded[at + len(own) :]


class ItemSpam:
    """Label ``spam`` the list lines whose items the item model reads as ads and that share
    little with their page (``spam:item-list``; lines no step labelled, or whose kept part
    after a step's cut is still such a list), and cut runs of ad items stuck to the end or
    the start of a line whose other part is the page's own (``spam:item-run``)."""

    name = "spam-items"

    def __init__(self, model: str | None = None) -> None:
        self.path = model

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        scan = page_scan(doc)
        cands: list[tuple[int, list[tuple[list[str], bool]]]] = []
        runs: list[int] = []
        closed: list[int] = []  # lines ending with a closing bracket (its final mark aside)
        twins: list[tuple[int, int]] = []
        by_tail: dict[str, list[int]] = {}  # short open lines by their last characters
        titled: dict[int, str] = {}  # lines of a work's title and a list: the list
        paired: dict[int, int] = {}  # list lines followed by a contact line: that line
        lo = TAG_LEN[0]
        prev: tuple[int, str] | None = None  # the last open short line (for twins)
        # a junk run is joined by a separator of _RUN_LINE: the lines holding one, from one
        # scan of the page, are the only ones its two patterns are tried on
        joints = set(scan.lines_matching(_RUN_LINE))
        # the lines that may be contact lines alone (a contact key: the ad-lines step's scan)
        keyed = set(scan.lines_matching(_contact_keys()))
        for i, line in enumerate(lines):
            label = line.label
            if label == "blank":
                continue
            if label is not None or line.cuts:
                prev = None
                # a step cut a spam run and left a part that may be more of the same list
                if label is None and all(c.label == "spam" for c in line.cuts):
                    items = _list_candidate(line.kept_text, 2)
                    if items is not None:
                        cands.append((i, [(items, "list")]))
                continue
            t = line.clean
            n = len(t)
            if n <= TAG_RAW:
                short = t.strip()
                if prev is not None and prev[1][-lo:] == short[-lo:] and _twin(prev[1], short):
                    twins.append((prev[0], i))
                prev = (i, short) if short else prev
                if not short:
                    continue
                if len(short) >= lo:
                    by_tail.setdefault(short[-SPREAD_TAIL:], []).append(i)
            else:
                prev = None
            # a list closed by a contact or a site is judged without it first, then whole
            variants = [
                (x, kind)
                for x, kind in ((_contact_tail_list(t), "tail"), (_list_candidate(t), "list"))
                if x is not None
            ]
            if i + 1 in keyed and lines[i + 1].undecided:
                # a list followed by a contact line alone: the ad's two lines (台北徵信社 外遇
                # 調查 … / 免費諮詢專線 0800-668-925 LINE:@zhengxin99), judged as one list
                # closed by a private account (the contact line follows it as its neighbour:
                # the ad-lines step); three phrases side by side are no sentence then
                plain = [x for x, kind in variants if kind == "list"]
                items = plain[0] if plain else _list_candidate(t, clauses=False)
                if items is not None and contact_line(lines[i + 1].clean):
                    paired[i] = i + 1
                    variants.append((items, "paired"))
            if t.lstrip()[:1] == "\u300a" and (found := _titled_list(t)) is not None:
                # a work's title and a list after it: the list is judged and compared alone
                titled[i] = found[0]
                variants.append((found[1], "titled"))
            if variants:
                cands.append((i, variants))
            # a list that does not read as ads may still carry a junk run (a title, its
            # column and an ad bracketed before them): judged after the lists
            if i in joints:
                t = _bars(t)
                if (n <= RUN_LINE and _RUN_TAIL.match(t[::-1])) or _RUN_HEAD.match(t):
                    runs.append(i)
            if t.rstrip()[-2:].rstrip("\u3002.")[-1:] in _CLOSERS:
                closed.append(i)
        slots = [
            i
            for i in scan.lines_matching(_SLOT)
            if lines[i].undecided and len(lines[i].clean) <= SLOT_LINE
        ]
        spread = [group for group in by_tail.values() if len(group) >= SPREAD_LINES]
        tails = [
            i
            for i in sorted({*scan.lines_matching(_TAIL_MARK), *scan.lines_matching(_BRACKET_END)})
            if lines[i].undecided
        ]
        # a clause with a private contact: the lines the contact step scanned for contact
        # words and seven digits (its scans, kept by the page scan), and Latin contact keys
        clauses = [
            i
            for i in sorted(
                {k for pat in (*ad_patterns(), _LATIN_CONTACT) for k in scan.lines_matching(pat)}
            )
            if lines[i].undecided and len(scan.texts[i]) >= CLAUSE_LINE
        ]
        spliced = _splice_candidates(doc)
        # a Traditional clause in a Simplified page: the lines holding two Traditional-only
        # characters in one clause (a Traditional page's Simplified junk: the script-splice
        # and trade-splice rules)
        scripted = [
            i
            for i in scan.lines_matching(_hant_clause())
            if lines[i].undecided and len(scan.texts[i]) >= CLAUSE_LINE
        ]
        if scripted and other_script(scan.texts, None, scan.script_counts) is not hant_cls():
            scripted = []
        # an ad after a seam at a paragraph's end (two spaces after its last mark)
        seams = [i for i in scan.lines_matching(SEAM_CUE) if lines[i].undecided]
        # an ad opening a paragraph: a bracket holding Latin letters or digits, or a site
        heads = [i for i in scan.lines_matching(_HEAD_SCAN) if lines[i].undecided]
        if not (
            cands
            or runs
            or twins
            or slots
            or spread
            or tails
            or spliced
            or clauses
            or closed
            or heads
            or seams
            or scripted
        ):
            return doc
        # the model is read on the first page that needs it
        model = module("cleantext.spam.model").load(self.path).items
        if model is None:
            return doc
        spam = []
        allowed: dict[int, float] = {}  # the share of its page each list may have, at most
        for i, variants in cands:
            # the page test of the variant that reads as ads on the higher share (the looser)
            judged = [_judge_list(lines[i], items, kind, model) for items, kind in variants]
            found = [x for x in judged if x is not None]
            if found:
                spam.append(i)
                allowed[i] = max(found)
        texts = page_scan(doc).texts
        done = {i for i, ln in enumerate(lines) if ln.label == "spam"}
        # the lists that read as ads are not the article; the page's other lists are
        spread = [group for group in spread if _spread_tags([texts[k] for k in group])]
        skip = {k for pair in twins for k in pair} | {k for group in spread for k in group}
        # the page compared with is without the spans steps cut as spam too (a page with
        # two splices of one brand: neither is the page's word)
        context = [ln.kept_text if ln.cuts else texts[k] for k, ln in enumerate(lines)]
        page = _Page(context, done | set(spam) | skip | {paired[i] for i in spam if i in paired})
        for i in spam:
            text = lines[i].kept_text if lines[i].cuts else titled.get(i, texts[i])
            if i in paired:
                text += "\n" + texts[paired[i]]  # the contact line is the list's too
            share = page.overlap(text)
            if share is None or share > allowed[i]:
                continue  # the page's own list (it shares the article's words), or no page
            lines[i].mark("spam", "spam:item-list")
        for i in runs:
            if lines[i].undecided:
                text = _bars(texts[i])
                span = _run(text, model, page, i) or _strong_run(text, page, i)
                if span == (0, len(texts[i])):
                    lines[i].mark("spam", "spam:item-run")
                elif span is not None:
                    lines[i].cut(span[0], span[1], "spam", "spam:item-run")
        for pair in twins:
            # the same ad tag written twice in a row (spider pools spread them as bullet
            # pairs through the page): both lines, when the tag reads as an ad and is foreign
            tag = _BULLET.sub("", texts[pair[0]]).strip()
            if model.score(tag) >= TAG_SCORE:
                share = page.overlap(tag)
                if share is not None and share <= OVERLAP:
                    for k in pair:
                        lines[k].mark("spam", "spam:item-tags")
        for group in spread:
            # one ad template spread over the page with a place or a name changed (• 海淀区
            # 同城约会上门服务 … • 朝阳区同城约会上门服务): each reads as an ad, none is the
            # article's
            tags = [_BULLET.sub("", texts[k]).strip() for k in group]
            if all(model.score(tag) >= TAG_SCORE for tag in tags):
                share = page.overlap("\n".join(tags))
                if share is not None and share <= OVERLAP:
                    for k in group:
                        lines[k].mark("spam", "spam:item-tags")
        simplified: list[bool] = []  # is the page Traditional (its spam in Simplified)?
        for i in slots:
            if lines[i].undecided:
                if not simplified:
                    other = other_script(texts, done | set(spam), scan.script_counts)
                    simplified.append(other is not False and other is script_classes()[0])
                _slot(lines[i], model, page, i, simplified[0])
        # one span a line, finder after finder (a line one cut is left to the next); a
        # watermark names its own reason
        finders = (
            (heads, _head_ad, None),
            (tails, _tail_watermark, None),
            (clauses, _contact_clause, "spam:contact-splice"),
            (seams, _seam_ad, "spam:seam-tail"),
            (closed, _bracket_tail, "spam:bracket-tail"),
        )
        for indexes, find, reason in finders:
            for i in indexes:
                line = lines[i]
                if line.undecided:
                    found = find(texts[i], model, page, i)
                    if found is not None:
                        line.cut(found[0], found[1], "spam", reason or found[2])
        if scripted:
            own, other = script_classes()
            for i in scripted:
                if lines[i].undecided:
                    span = _script_clause(texts[i], own, other, model, page, i)
                    if span is not None:
                        lines[i].cut(span[0], span[1], "spam", "spam:script-clause")
        for i, folded in spliced:
            if lines[i].undecided:
                for a, b in _trade_splices(folded, model, page):
                    lines[i].cut(a, b, "spam", "spam:trade-splice")
                start = None if lines[i].cuts else _trade_tail(folded, model, page)
                if start is not None:
                    lines[i].cut(start, len(texts[i].rstrip()), "spam", "spam:trade-tail")
        return doc


_TAIL_MARK = LazyPattern(
    r"[\u3002!?\uff01\uff1f](?=[^\u3002!?\uff01\uff1f\n]{4,50}(?:\n|\Z))[^\u3002!?\uff01\uff1f\n]*?"
    r"[a-z0-9\uff21-\uff3a\uff41-\uff5a\uff10-\uff19][a-z0-9.\-_\uff21-\uff3a\uff41-\uff5a\uff10-\uff19]{3}",
    flags=2,  # re.IGNORECASE
)
"""The end of a paragraph after its last sentence, 4-50 characters that hold a run of four
Latin letters or digits (half or full width): the lines a watermark may end (``…空间。【香蕉直播
xjzb8.tv】``, ``…能力。(本文由一元机场yiyuan.top赞助)``, ``…交流空间。本站代办执照ＱＱ８８…``)."""
_CREDIT = LazyPattern(
    r"来源|來源|转载|轉載|出处|出處|作者|编辑|編輯|记者|記者|通讯员|通訊員|摄影|攝影|图片|圖片|据|據|原文|链接|鏈接"
)
"""A paragraph's own credit or source in a bracket, not an ad."""
_NOTICE = LazyPattern(r"举报|诈骗|谨防|警惕|提醒|打击|查处|违法|涉嫌|警方|公安|法院|通报|曝光|骗局")
"""A notice or news naming an ad's contact (举报电话, 谨防…诈骗), not an ad."""


_DOMAIN = LazyPattern(r"(?:www\.)?[a-z0-9-]{2,}\.[a-z]{2,4}", flags=2)
_TAIL_CONTACT = LazyPattern(
    private_contact(2, tail=True) + r"|t\.me/[\w-]{2,}|@(?<![\w.]@)\W{0,2}[a-z0-9][a-z0-9_-]{1,19}"
)
"""A private contact in a folded tail, however written: ``qq287663109``, ``加微:ab2024``,
``v:jiesuo99``, ``V❤zx6940``, ``tg:@qcb``, ``t.me/ced-zf86``, ``@:kg``, ``微信同号1506…``,
``WhatsApp 5403 2219`` (a bare ``v`` only before a symbol)."""
WATERMARK_SHARE = 0.5
"""Share of its bigrams a tail naming a trade of the lexicon may find in the page, at most
(``本站``/``本文`` and the trade's own words may be the article's too)."""


_BRACKET_END = LazyPattern(
    r"[(\uff08](?=[^()\uff08\uff09\n]{0,40}[a-z0-9\uff21-\uff3a\uff41-\uff5a\uff10-\uff19]{4})"
    r"[^()\uff08\uff09\n]{4,50}[)\uff09][\u3002.!\uff01]?[ \t]*(?:\n|\Z)",
    flags=2,  # re.IGNORECASE
)
"""A bracket closing a paragraph before its final mark, holding a run of four Latin letters
or digits (``…步行只需五分钟(黑户贷款LINE:@dk5566)。``): a watermark put inside the last
sentence."""
SHORT_PARAGRAPH = 15
"""Characters before a watermark naming a trade of the lexicon, at least (30 for others)."""


def _tail_watermark(text: str, model: Any, page: _Page, line: int) -> tuple[int, int, str] | None:
    """Where a watermark glued after the last sentence of a paragraph starts and ends, and its
    reason, or ``None``: the paragraph's end after its last sentence mark (or a bracket
    before its final mark: :data:`_BRACKET_END`), bracketed or not, naming a
    site (a domain: ``spam:site-watermark``) or giving a private contact (``qq287663109``,
    ``v:jiesuo99``: ``spam:contact-watermark``), whose other words (three Han characters or
    more) read as an ad (the item model, 0.5) and share nothing with the page; or that name a
    trade of the lexicon (a strong term or a gambling brand) and share at most
    :data:`WATERMARK_SHARE` of their bigrams with it; or a call glued to the paragraph
    whatever its words (:func:`.spamedges.glued_call`: ``…情況。更多資訊請加微信同號hk8833``).
    A credit (来源, 转载, 记者…), a warning (举报, 谨防…), an e-mail or a site that is no ad's
    (:func:`.spamedges.ad_site`: ``www.hzedu.gov.cn``, ``github.com/…``; a cloud drive's link
    is one) is the paragraph's own."""
    m = _TAIL_MARK.search(text)
    end = len(text.rstrip())
    if m is None:
        m = _BRACKET_END.search(text)
        if m is None:
            return None
        end = m.start() + text[m.start() : end].rfind(")" if ")" in m.group() else "\uff09") + 1
        start = m.start()
    else:
        start = m.start() + 1
    if start < SHORT_PARAGRAPH:
        return None
    tail = text[start:end].rstrip()
    lead = len(tail) - len(tail.lstrip())
    start, tail = start + lead, tail.strip()
    folded = fold(tail)
    site = _DOMAIN.search(folded)
    contacts = private_ids(_TAIL_CONTACT, folded)
    contact = contacts[0] if contacts else None
    if (site is None and contact is None) or _NOTICE.search(folded):
        return None
    words = _TAIL_CONTACT.sub(" ", _DOMAIN.sub(" ", folded))
    strong = _spam_site(words)
    if (
        site is not None
        and contact is None
        and initials_site(folded, site)
        and site.group().removeprefix("www.") not in page.without(fold(text))
    ):
        # a site named by its name's initials and lucky digits (一品影视网 www.ypys66.cc),
        # credited or not, that the page names nowhere else
        return start, end, "spam:site-watermark"
    if not strong and (
        _CREDIT.search(folded)
        or (contact is None and not ad_site(folded, site) and _DRIVE.search(words) is None)
    ):
        return None  # a credit, or an ordinary site that is no cloud drive's: a reference
    if not _read_as_ad(words, strong, start, model, page, line):
        ids = [*_DOMAIN.finditer(folded), *contacts]
        if not glued_call(text, start, folded, ids, page, line):
            return None
    return (
        start,
        end,
        "spam:site-watermark" if site is not None else "spam:contact-watermark",
    )


def _seam_ad(text: str, model: Any, page: _Page, line: int) -> tuple[int, int] | None:
    """An ad glued after a seam at a paragraph's end (:func:`.spamedges.seam_tail`): a private
    contact with a trade's core or words read as an ad (:data:`ITEM_SPAM`), or words alone
    that read as a whole ad."""
    return seam_tail(text, model, page, line, _TAIL_CONTACT, _trades()[1].search, ITEM_SPAM)


_HEAD_SCAN = LazyPattern(
    r"[\u3010\[(\uff08.](?:(?<=[\u3010\[(\uff08])"
    r"(?=[^\u3011\])\uff09\n]{0,40}[a-z0-9\uff21-\uff3a\uff41-\uff5a\uff10-\uff19]{4})"
    r"|(?<=\.)[a-z]{2,4}[ \t]+[\u3400-\u9fff])",
    flags=2,  # re.IGNORECASE
)
"""A bracket holding a run of four Latin letters or digits, or a site before a space and Han
text: the lines an ad opening a paragraph may be in (:func:`_head_ad`). Led by one character
class (the bracket or the dot, told apart behind it): ``re`` skips to its characters."""


_FULL_WIDTH = LazyPattern(r"[\uff01-\uff5e]")
"""Full-width ASCII: a domain written so (``ｄａｉｘｉｅ．ｃｏｍ``) hides from filters; no page
writes its references so."""


def _ad_ids(folded: str, raw: str | None = None) -> list[Any]:
    """The private contacts and ad sites (:func:`.spamedges.ad_site`) in ``folded``; with the
    text as written (``raw``, of the same length), a domain written in full-width letters is
    an ad's site too."""
    sites = [
        m
        for m in _DOMAIN.finditer(folded)
        if ad_site(folded, m) or (raw is not None and _FULL_WIDTH.search(raw, *m.span()))
    ]
    return sorted([*private_ids(_TAIL_CONTACT, folded), *sites], key=lambda m: m.start())


HEAD_CONTACT_SHARE = 0.5
"""Share of its bigrams an ad with a private contact opening a paragraph may find in the page
(an ad chosen for the page's topic: ``【學測答案LINE:@ans88】`` on exam news), at most."""


def _head_ad(text: str, model: Any, page: _Page, line: int) -> tuple[int, int, str] | None:
    """An ad opening a paragraph (:func:`.spamedges.head_span`) whose words, its contact and
    site aside, share at most a quarter of their bigrams with the page (half with a private
    contact or a site written in full-width letters, :data:`HEAD_CONTACT_SHARE`), and the page
    names its id nowhere else: its span
    and reason (``spam:contact-watermark``, ``spam:site-watermark``)."""
    folded = fold(text)
    if len(folded) != len(text):
        return None
    span = head_span(folded, lambda part: _ad_ids(part, text), _NOTICE_OR_CREDIT)
    if span is None:
        return None
    part = folded[span[0] : span[1]]
    ids = _ad_ids(part, text[span[0] : span[1]])
    others = page.without(folded)
    if not page.folded or any(m.group()[-5:] in others for m in ids):
        return None  # the page names the account or the site elsewhere: its own
    words = _TAIL_CONTACT.sub(" ", _DOMAIN.sub(" ", part))
    share = page.overlap(words, line)
    site = any("." in m.group() for m in ids)
    # a site written in full-width letters hides as a private contact does: an ad, whatever
    # the topic it was chosen for
    hidden = _FULL_WIDTH.search(text, span[0], span[1]) is not None
    if share is not None and share > (OVERLAP if site and not hidden else HEAD_CONTACT_SHARE):
        return None
    return span[0], span[1], "spam:site-watermark" if site else "spam:contact-watermark"


def _read_as_ad(words: str, strong: bool, start: int, model: Any, page: _Page, line: int) -> bool:
    """Do the words of a tail (its contact and site aside) read as an ad: a trade of the
    lexicon sharing at most :data:`WATERMARK_SHARE` of its bigrams with the page, or three Han
    characters the item model reads as an ad (0.5) that the page never uses, after a paragraph
    of 30 characters?"""
    if len(_HAN.findall(words)) < (2 if strong else 3) or not (
        strong or model.score(words) >= ITEM_SPAM
    ):
        return False
    if not strong and start < 30:
        return False  # a short paragraph: only a trade of the lexicon tells an ad
    share = page.overlap(words, line)
    return share is None or share <= (WATERMARK_SHARE if strong else 0)


_NOTICE_OR_CREDIT = LazyPattern(f"{_NOTICE.pattern}|{_CREDIT.pattern}")


_CLAUSE_CONTACT = LazyPattern(private_contact(4))
"""A private contact id (``加V:tutor852``, ``LINE:@dk2024``, ``微信同号139…``): the lines an ad
clause may be spliced into."""
_LATIN_CONTACT = LazyPattern(
    r"[LlWwVv@](?:(?<=[Ll])(?:ine|INE)|(?<=[Ww])(?:hats[Aa]pp|HATSAPP)|(?<=@)"
    r"|(?<=[VvWw])[Xx](?=\W{0,3}[A-Za-z0-9]))"
)
"""Latin contact keys the contact step does not scan for (``LINE``, ``WhatsApp``, ``@id``,
``vx:``/``wx:`` before an id), led by a character class (``re`` skips to its characters)."""
_CLAUSE_MARK = LazyPattern(r"[,;\u3002!?\uff0c\uff1b\uff01\uff1f]")
CLAUSE_LINE = 30
"""Characters of a paragraph an ad clause is looked for in, at least."""
CLAUSE_SPAN = (6, 40)
CLAUSE_ITEM = 0.7
"""Score the words of an ad clause (its contact aside) must reach (0.5 with a trade's core)."""
CLAUSE_REST = 15
"""Han characters the rest of the paragraph keeps, at least (else the line is the ad)."""


def _contact_clause(text: str, model: Any, page: _Page, line: int) -> tuple[int, int] | None:
    """The span of an ad clause with a private contact spliced into a paragraph (``…面试前唔使
    刻意操练,想搵补习老师加V:tutor852,自自然然就得。``, ``…快速道路,黑户也能办房贷找小陈
    LINE:@fd9。``), or ``None``: the clause holding the contact, between clause or sentence
    marks, :data:`CLAUSE_SPAN` characters, whose other words read as an ad
    (:data:`CLAUSE_ITEM`; a lexicon term suffices) and share at most a quarter of their
    bigrams with the page, no credit, notice or attribution (记者, 举报, 关注…), the paragraph
    keeping :data:`CLAUSE_REST` Han characters. One comma next to it goes with it."""
    folded = fold(text)
    if len(folded) != len(text):
        return None
    m = _CLAUSE_CONTACT.search(folded)
    if m is None:
        return None
    before = [k.end() for k in _CLAUSE_MARK.finditer(folded, 0, m.start())]
    a = before[-1] if before else 0
    after = _CLAUSE_MARK.search(folded, m.end())
    b = after.start() if after is not None else len(folded.rstrip())
    clause = folded[a:b]
    if not CLAUSE_SPAN[0] <= len(clause.strip()) <= CLAUSE_SPAN[1]:
        return None
    if _NOTICE.search(clause) or _CREDIT.search(clause) or _ATTRIBUTION.search(clause):
        return None
    words = _TAIL_CONTACT.sub(" ", _DOMAIN.sub(" ", clause)).strip()
    strong = _spam_site(words)
    cored = strong or _trades()[1].search(words) is not None
    bar = ITEM_SPAM if cored else CLAUSE_ITEM
    if len(_HAN.findall(words)) < 3 or not (strong or model.score(words) >= bar):
        return None
    if len(_HAN.findall(folded[:a] + folded[b:])) < CLAUSE_REST:
        return None
    share = page.overlap(words, line)
    if share is None or share > OVERLAP:
        return None
    if after is not None and folded[b] in ",\uff0c" and b + 1 < len(folded.rstrip()):
        b += 1
    elif a == 0 and after is not None:
        b += 1  # the paragraph's first clause: its mark goes with it (…vx:tx8855。可以报销。)
    elif a > 0 and folded[a - 1] in ",\uff0c":
        a -= 1
    return a, b


SCRIPT_CLAUSE = (4, 16)
"""Characters of a clause written in the other script than its page (:func:`_script_clause`)."""
SCRIPT_OTHER = 2
"""Characters of the other script such a clause holds, at least."""


@functools.cache
def _hant_clause() -> Any:
    """Two Traditional-only characters with no clause mark between them (one scan of the
    page finds the lines that may hold a Traditional clause)."""
    hant = script_classes()[1].pattern
    return re.compile(f"{hant}[^,;\u3002!?\uff0c\uff1b\uff01\uff1f\n]{{0,14}}{hant}")


def hant_cls() -> Any:
    return script_classes()[1]


_CLAUSE_MARKS = LazyPattern(r"[,;\u3002!?\uff0c\uff1b\uff01\uff1f]")
_QUOTED = "“”\"'‘’「」『』《》"


def _script_clause(
    text: str, own: Any, other: Any, model: Any, page: _Page, line: int
) -> tuple[int, int] | None:
    """The span of a clause of a paragraph written wholly in the other script than its page
    (``价格7.38万,私人借貸當日撥款,可小刀…`` on a Simplified page), or ``None``: after a clause
    mark, up to the next one (or the end), :data:`SCRIPT_CLAUSE` characters holding
    :data:`SCRIPT_OTHER` of the other script's characters and none of the page's, not quoted,
    no credit, notice or attribution, read as an ad (:data:`RUN_ITEM`) and sharing at most a
    quarter of its bigrams with the page; the rest of the paragraph in the page's script,
    :data:`CLAUSE_REST` Han characters. Spider pools splice their ads into the article they
    converted without converting them; a quotation from the other script's press is quoted,
    or reads as no ad. One comma next to it goes with it."""
    marks = [m.start() for m in _CLAUSE_MARKS.finditer(text)]
    for k, at in enumerate(marks):
        a = at + 1
        b = marks[k + 1] if k + 1 < len(marks) else len(text.rstrip())
        clause = text[a:b].strip()
        if not SCRIPT_CLAUSE[0] <= len(clause) <= SCRIPT_CLAUSE[1]:
            continue
        if own.search(clause) or len(other.findall(clause)) < SCRIPT_OTHER:
            continue
        if any(q in clause for q in _QUOTED):
            continue
        folded = fold(clause)
        if _NOTICE.search(folded) or _CREDIT.search(folded) or _ATTRIBUTION.search(folded):
            continue
        rest = text[:a] + text[b:]
        if len(_HAN.findall(rest)) < CLAUSE_REST or not own.search(rest):
            continue
        if model.score(folded) < RUN_ITEM:
            continue
        share = page.overlap(folded, line)
        if share is None or share > OVERLAP:
            continue
        if b < len(text) and text[b] in ",\uff0c" and b + 1 < len(text.rstrip()):
            b += 1
        return a, b
    return None


SPLICE_SPAN = (4, 16)
"""Characters of an ad spliced into a sentence after a clause mark (:func:`_trade_splices`)."""
SPLICE_ITEM = 0.9
"""Score the spliced ad must reach (the model reads many clauses of news about a trade as
ads: the page test and this bar keep them)."""
SPLICE_STRONG = 0.8
"""The same for an ad spliced mid-clause from a strong term of the lexicon (the term tells
the trade: ``,夸克網盤資源合集q8pan倒入…``)."""
SPLICE_LINE = 30
_RAW_SENTENCE = LazyPattern(r"[\u3002!?\uff01\uff1f]")
_AFTER_MARK = LazyPattern(r"[,\u3001;:](?=[^\W\d_])")
"""A clause mark of folded text (full-width ones fold to ASCII) before a letter: where a
splice may begin."""
_SPLICE_STOP = LazyPattern(r"[,\u3001;:\u3002!?\s\"'“”‘’「」『』《》()\[\]【】]")
"""What a spliced ad holds none of: clause and sentence marks, spaces, quotes, brackets
(news quoting an ad's words quotes them)."""


def _trades_source() -> dict[str, Any]:
    """What :func:`_trades` needs, as JSON (``data/trades.txt`` read and its tries built)."""
    by_core: dict[str, set[str]] = {}
    per_trade: dict[str, str] = {}
    per_tails: dict[str, str] = {}
    ends: set[str] = set()
    for row in data_bytes("data/trades.txt").decode("utf-8").splitlines():
        if not row or row.startswith("#"):
            continue
        trade, cores, tails = row.split("\t")
        words = cores.split()
        per_trade[trade] = _trie(sorted(words))
        per_tails[trade] = _trie(sorted(tails.split()))
        ends.update(words, tails.split())
        for c in words:
            by_core.setdefault(c, set()).add(trade)
    return {
        "by_core": {c: sorted(t) for c, t in sorted(by_core.items())},
        "core": _trie(sorted(by_core)),
        "end": f"(?:{_trie(sorted(ends))})$",
        "per_trade": per_trade,
        "per_tails": per_tails,
    }


@functools.cache
def _trades_derived() -> dict[str, Any]:
    """:func:`_trades_source`, read from the package's cache once per process."""
    from .. import recache

    return recache.derived("spam-trades", _trades_source)


@functools.cache
def _trades() -> tuple[dict[str, frozenset[str]], Any, frozenset[str], dict[str, Any], Any]:
    """The trades (``data/trades.txt``): the trades of each core, a pattern of the cores
    (folded text), their first two characters, one pattern per trade, and a pattern of the
    words an ad ends with (cores and tails). Sources and programs kept on disk
    (:func:`..recache.derived`: building them costs a first page ~300 ms); the patterns of
    the trades compiled when a page needs one."""
    src = _trades_derived()
    by_core = {c: frozenset(t) for c, t in src["by_core"].items()}
    per_trade = {t: LazyPattern(p, engine="cleantext.recache") for t, p in src["per_trade"].items()}
    core = LazyPattern(src["core"], engine="cleantext.recache")
    end = LazyPattern(src["end"], engine="cleantext.recache")
    return by_core, core, frozenset(c[:2] for c in by_core), per_trade, end


@functools.cache
def _head_starts() -> re.Pattern[str]:
    """Where two characters that may begin a trade's core start: a first character of one,
    then (a lookahead) a second character of one. A superset of the cores' first two
    characters (~7 % of the positions of prose), told by two bitmap tests a position; the
    pairs overlap (each match takes one character, so the next search starts on the next)."""
    heads = _trades()[2]
    firsts = "".join(sorted({h[0] for h in heads}))
    seconds = "".join(sorted({h[1] for h in heads}))
    return re.compile(f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])")


def _core_starts(folded: str, pos: int = 0) -> Iterator[int]:
    """Where a trade's core starts in ``folded`` from ``pos``, in order: the positions of
    :func:`_head_starts` found by one scan, those whose two characters begin a core (the set
    of the cores' heads, ~2 % of the positions of prose), and there the trie tried (``re``
    tries the trie's hundreds of branches one by one: ~3 µs a window of 16 characters
    searched with it; no core is shorter than two characters)."""
    _, core, heads, _, _ = _trades()
    for p in _head_starts().finditer(folded, pos):
        j = p.start()
        if folded[j : j + 2] in heads and core.match(folded, j):
            yield j


def _core_after_mark(folded: str) -> bool:
    """Whether a trade's core begins within :data:`SPLICE_SPAN` characters after a clause
    mark (at most ``SPLICE_SPAN[1] - 3`` characters after the mark's end).

    Asked of every paragraph of a page (a long one has dozens of marks): the line's cores
    are found once (:func:`_core_starts`) and for each the nearest mark before it looked up
    (a bisection), not a window searched after each mark (~1 µs a mark)."""
    marks = [m.end() for m in _AFTER_MARK.finditer(folded)]
    if not marks:
        return False
    last = SPLICE_SPAN[1] - 3  # a core starting after k + last does not begin in the window
    for j in _core_starts(folded, marks[0]):
        # the nearest mark before j: if j is too far from it, it is from every other one
        if j - marks[bisect_right(marks, j) - 1] <= last:
            return True
    return False


class _Cores:
    """The trades' cores of one folded line, to ask again and again whether one lies in a
    span (:meth:`within`): where each starts, and the earliest end of a core starting there
    or later (its shortest core is the one that fits the most spans)."""

    __slots__ = ("ends", "starts")

    def __init__(self, folded: str) -> None:
        core = _trades()[1]
        self.starts = list(_core_starts(folded))
        ends = []
        for j in self.starts:
            e = j + 2
            while core.match(folded, j, e) is None:  # (ends: a core matched from j)
                e += 1
            ends.append(e)
        for i in range(len(ends) - 2, -1, -1):
            ends[i] = min(ends[i], ends[i + 1])
        self.ends = ends

    def within(self, start: int, end: int) -> bool:
        """``core.search(folded, start, end) is not None``: a core lies in
        ``folded[start:end]``."""
        i = bisect_left(self.starts, start)
        return i < len(self.starts) and self.ends[i] <= end


def _splice_candidates(doc: Document) -> list[tuple[int, str]]:
    """(index, folded text) of the paragraphs (a sentence mark, :data:`SPLICE_LINE`
    characters) no step labelled or cut with a trade's core or a strong term of the lexicon
    in them, and no warning (a notice naming the trades it
    warns of: 出售银行卡属于违法行为)."""
    out = []
    gate = set(page_scan(doc).gate)  # the lines holding a term of the lexicon
    for i, line in enumerate(doc.lines):
        text = line.clean
        if line.label is not None or line.cuts or len(text) < SPLICE_LINE:
            continue
        if not _RAW_SENTENCE.search(text):
            continue
        folded = fold(text)
        if len(folded) != len(text):
            continue  # (offsets in the folded text are the line's when no debris was dropped)
        tail = _tail_start(folded)
        core = _trades()[1]
        # a trade's core or a strong term anywhere: an ad may be spliced mid-clause
        # (_anchored_starts), not only after a mark
        if (
            next(_core_starts(folded), None) is not None  # a core anywhere in the line
            or (i in gate and _strong_in(folded))
            or (tail is not None and core.search(folded, tail))
        ) and not (_WARNING.search(folded) or _CONDEMN.search(folded)):
            out.append((i, folded))
    return out


TAIL_SPAN = (4, 16)
"""Characters of an ad glued after a paragraph's last sentence (:func:`_trade_tail`)."""


def _tail_start(folded: str) -> int | None:
    """Where the end of a paragraph after its last sentence mark starts, when it is
    :data:`TAIL_SPAN` characters with no mark, quote or bracket (one phrase), else ``None``."""
    text = folded.rstrip()
    end = max(text.rfind("\u3002"), text.rfind("!"), text.rfind("?"))
    if end < SPLICE_LINE - TAIL_SPAN[1]:
        return None
    tail = text[end + 1 :].strip()
    if not TAIL_SPAN[0] <= len(tail) <= TAIL_SPAN[1] or _SPLICE_STOP.search(tail):
        return None
    return len(text) - len(tail)


def _trade_tail(folded: str, model: Any, page: _Page) -> int | None:
    """Where an ad glued after a paragraph's last sentence starts (``…逐步稳定地走好振兴之路。
    无锡网贷当天下款``), or ``None``: the paragraph's end after its last sentence mark, one
    phrase of :data:`TAIL_SPAN` characters with no function character, holding a trade's core,
    read as an ad (:data:`SPLICE_ITEM`), none of its bigrams in the page or its paragraph,
    and the page naming nothing of the trade (no contact and no site: the watermark rule
    needs neither)."""
    start = _tail_start(folded)
    if start is None:
        return None
    cores, core_re, _, per_trade, _ = _trades()
    span = folded[start:].rstrip()
    found = core_re.findall(span)
    if not found or _FUNCTION.search(span):
        return None
    if not page.folded:
        return None
    context = page.without(folded)
    head = folded[:start]
    if any(g in context or g in head for g in _bigrams(span)):
        return None
    if model.score(span) < SPLICE_ITEM:
        return None
    rest = context + "\n" + head
    if any(per_trade[t].search(rest) for c in found for t in cores[c]):
        return None
    return start


_MODIFIES = frozenset("的之")
"""What a phrase of the sentence is followed by when it qualifies the next words: an ad glued
into a sentence is not."""
_COUNT = LazyPattern(r"[0-9]+[余多]?(?:篇|项|個|个|次|家|名|位|件|条|條|部|本|所|台|座|門|门)")
"""A count the sentence gives (``发表论文40余篇``, ``获得专利12项``): the words before it are
what it counts, not an ad's (an ad's numbers are days, sums and contacts: ``3天下证``)."""


def _trade_splices(folded: str, model: Any, page: _Page) -> list[tuple[int, int]]:
    """Spans of ads spliced into a paragraph right after a clause mark (``…由其所属部门办理,
    翻墙梯子节点行政部门负责…``), or ``[]``: :data:`SPLICE_SPAN` characters after the mark,
    no mark, quote, bracket or function character (的, 在, 是…) in them nor right after them
    (``购买粉丝的帐号``: the sentence's own phrase), holding a trade's
    core, the paragraph going on after them (two characters or more), at most a quarter of
    their bigrams in the page (the rest of their paragraph included) and not the bigram
    across their end, read as an ad (:data:`SPLICE_ITEM`); and the page, the rest of the
    paragraph included, naming nothing of that trade (an article about it names it again).

    Of the ends that pass, the last one closing an ad's word (a core or a tail of the trades:
    ``…逾期停催|拿捏不好``, ``高仿名表一手货源|``) is taken, else the best read: the model
    reads an ad and the next character alike."""
    cores, core_re, _, per_trade, word_end = _trades()
    if not page.folded:
        return []
    context = page.without(folded)
    lo, hi = SPLICE_SPAN
    out: list[tuple[int, int]] = []
    spans = _Cores(folded)  # asked for every start and every end
    starts = {m.start() + 1: False for m in _AFTER_MARK.finditer(folded)}
    for k in _anchored_starts(folded, context):
        starts[k] = True
    for k in sorted(starts):
        anchored = starts[k]
        if k < 8 or (out and k < out[-1][1]):
            continue
        if not anchored and not spans.within(k, k + hi):
            continue
        head = folded[:k]
        best: tuple[float, float, int] | None = None
        # a bigram of the span is the page's when the rest of the page or the sentence before
        # the span has it (the same for every end), or the text after the end (its last
        # place in the line at or past the end): looked up once a bigram, not once an end
        seen: dict[str, tuple[bool, int]] = {}
        # the span ends before the first mark, quote, bracket or function character after k
        # (a clause of the sentence: 在, 的, 是…, not an ad glued into it): found once, not
        # searched for again in each longer span
        stop = _SPLICE_STOP.search(folded, k)
        word = _FUNCTION.search(folded, k, stop.start() if stop is not None else len(folded))
        clause = word or stop
        last = min(k + hi, len(folded) - 2, clause.start() if clause is not None else len(folded))
        for e in range(k + lo, last + 1):
            if folded[e - 1 : e + 1] in context:
                continue  # the paragraph's own words run across this end
            if folded[e : e + 1] in _MODIFIES:
                continue  # the sentence's own phrase (…发现,购买粉丝的帐号互动率…)
            d = e
            while d > k and (folded[d - 1].isdigit() or folded[d - 1] in "余多"):
                d -= 1
            if _COUNT.match(folded, d):
                continue  # what the sentence counts (…,发表论文40余篇,…)
            span = folded[k:e]
            if not (spans.within(k, e) or (anchored and _strong_in(span))):
                continue
            if (
                anchored
                and folded[k - 1] not in _CLAUSE_ENDS
                and folded[e : e + 1] not in _CLAUSE_ENDS
            ):
                continue  # mid-clause at both ends: a phrase of the sentence (…这个博彩娱乐胜地)
            grams = _bigrams(span)
            shared = 0
            for g in grams:
                where = seen.get(g)
                if where is None:
                    where = seen[g] = (g in context or g in head, folded.rfind(g))
                if where[0] or where[1] >= e:  # (in folded[e:]: it starts at e or after)
                    shared += 1
            if not grams or shared * 4 > len(grams):
                continue  # the page's words (its own sentence's too)
            if folded[e - 2 : e] in context:
                continue  # ends with a word of the page (…q8pan倒入: the recipe's own verb)
            p = model.score(span)
            if p < (SPLICE_STRONG if anchored and _strong_in(span) else SPLICE_ITEM):
                continue
            # an end closing an ad's word (a core or a tail): the longest; else the best read
            closes = word_end.search(span) is not None
            key = (1.0, float(e)) if closes else (0.0, p)
            if anchored:
                # from a strong term: a code ends it (…合集q8pan|倒入), else a mark or a word
                nxt = folded[e : e + 1]
                if (
                    span[-1].isascii()
                    and span[-1].isalnum()
                    and not (nxt.isascii() and nxt.isalnum())
                ):
                    key = (2.0, float(e))
                elif not closes and nxt not in _CLAUSE_ENDS:
                    continue
                elif not closes:
                    key = (1.0, float(e))
            if best is None or key > best[:2]:
                best = (*key, e)
        if best is None:
            continue
        e = int(best[2])
        span = folded[k:e]
        if not anchored and not _ad_words(span, core_re):
            continue  # one word of a trade in a clause (入园时刷身份证核验): the sentence's
        rest = "\n".join((context, head, folded[e:]))
        trades = {t for c in core_re.findall(span) for t in cores[c]}
        terms = set(union_pattern(_STRONG).findall(span))
        if not any(per_trade[t].search(rest) for t in trades) and not any(t in rest for t in terms):
            out.append((k, e))
    return out


DOCUMENT_TRADES = frozenset({"certificate"})
"""Trades whose cores name what everyone carries and shows (身份证, 护照, 驾驶证): a clause
naming one is a sentence unless it says what an ad does with it."""


def _ad_words(span: str, core_re: Any) -> bool:
    """Does ``span`` read as an ad's words rather than a clause naming a document: a core of
    a trade other than the documents (:data:`DOCUMENT_TRADES`), two cores, or one and a word
    its trade's ads add (``身份证加急``, ``驾照哪里办``; ``入园时刷身份证`` has none)?"""
    cores = core_re.findall(span)
    trades = {t for c in cores for t in _trades()[0][c]}
    if len(cores) >= 2 or not trades <= DOCUMENT_TRADES:
        return True
    rest = core_re.sub(" ", span)
    tails = _trade_tails()
    return any(tails[t].search(rest) for t in trades)


@functools.cache
def _trade_tails() -> dict[str, Any]:
    """The words each trade's ads add to its cores (``data/trades.txt``), one pattern a
    trade."""
    src = _trades_derived()["per_tails"]
    return {t: LazyPattern(p, engine="cleantext.recache") for t, p in src.items()}


_CLAUSE_ENDS = ",\u3001;:\u3002!?"
"""Clause and sentence marks (folded): one of them bounds an ad spliced mid-clause."""
ANCHOR_LEAD = 4
"""Characters between a clause mark and the trade word of an ad spliced after it, at most
(``,夸克網盤資源合集q8pan倒入…``: the ad starts at the mark)."""


def _strong_in(span: str) -> bool:
    return union_pattern(_STRONG).search(span) is not None


def _anchored_starts(folded: str, context: str) -> list[int]:
    """Where an ad spliced into a clause with no mark before it may start: at a strong term
    of the lexicon in the middle of a clause (``…非獨生子女代孕試管包成功,``; a trade's core is
    too plain a word there: ``发表论文``), or just after the clause mark :data:`ANCHOR_LEAD`
    characters before it at most when the words between are none of the page's. Never in
    the middle of a word of the page (the bigram across the start is not the page's), nor
    after a quote or a sentence mark."""
    out = []
    for m in union_pattern(_STRONG).finditer(folded):
        a = m.start()
        if a < 1 or folded[a - 1 : a + 1] in context:
            continue
        if not folded[a - 1].isalnum():
            if folded[a - 1] in _CLAUSE_ENDS[:4]:
                out.append(a)  # right after a clause mark
            continue  # (after a quote or a sentence: news citing the ad, or no splice)
        lead = folded[max(0, a - ANCHOR_LEAD) : a]
        at = max(lead.rfind(c) for c in ",\u3001;:")
        if at >= 0:
            b = a - len(lead) + at + 1
            if (
                b < a
                and not _SPLICE_STOP.search(folded, b, a)
                and all(folded[j : j + 2] not in context for j in range(b, a))
            ):
                a = b
        out.append(a)
    return out


SPREAD_LINES = 3
"""Short lines ending alike (:data:`SPREAD_TAIL` characters) that make one spread template."""
SPREAD_TAIL = 4


def _spread_tags(texts: list[str]) -> bool:
    """Whether short lines ending alike are one phrase each (a bullet aside), of
    :data:`TAG_LEN` characters, all different, and differ only before their common ending
    (a place, a name): a template's copies, not a list of chapters or dates.

    >>> _spread_tags(["• 海淀区同城上门服务", "• 朝阳区同城上门服务", "丰台区同城上门服务"])
    True
    >>> _spread_tags(["第一章 人民政府", "第二章 人民政府", "第三章 人民政府"])
    False
    """
    lo, hi = TAG_LEN
    tags = [_BULLET.sub("", t).strip() for t in texts]
    if len(set(tags)) < len(tags) or any(not lo <= len(t) <= hi for t in tags):
        return False
    if any(len(item_spans(t)) != 1 for t in tags):
        return False
    # the common ending holds most of each line: the part that varies is a short head
    end = 0
    while end < min(map(len, tags)) and len({t[-end - 1] for t in tags}) == 1:
        end += 1
    return all(len(t) - end <= max(4, end // 2) for t in tags)


TAG_SCORE = 0.8
"""Score a tag written twice in a row must reach (:func:`_twins`)."""
_BULLET = LazyPattern(r"^\s*(?:[•·*\-\u25cf\u25aa\u25b6\u2605\u2606]\s*)?")


def _twin(a: str, b: str) -> bool:
    """Whether two consecutive lines (blank lines aside) hold the same single phrase of
    :data:`TAG_LEN` characters, a bullet aside (a tag a spider pool writes twice in a row).

    >>> _twin("• 某区水箱定制", "某区水箱定制"), _twin("第一章 总则", "第一章 总则")
    (True, False)
    """
    lo, hi = TAG_LEN
    a = _BULLET.sub("", a).strip()
    return lo <= len(a) <= hi and a == _BULLET.sub("", b).strip() and len(item_spans(a)) == 1


SLOT_LINE = 80
"""Lines longer than this are not looked at for a site name in a slot (welcome, copyright and
byline lines are short)."""
SLOT_SCORE, SLOT_CORE = 0.75, 0.6
"""Score a site name in a slot must reach, and its core without a generic tail (官网, 网站,
平台…): ``南京大学官方网站`` reads as an ad by its tail alone, ``南京大学`` does not."""
_SLOT_WORDS = [
    *(
        "欢迎来到",
        "欢迎光临",
        "欢迎访问",
        "欢迎进入",
        "歡迎來到",
        "歡迎光臨",
        "歡迎訪問",
        "歡迎進入",
    ),
    *("版权所有", "版權所有", "\u00a9", "Copyright", "copyright", "COPYRIGHT"),
    *(
        key + colon
        for key in (
            "来源",
            "來源",
            "作者",
            "发布者",
            "發布者",
            "发布人",
            "發布人",
            "出品",
            "主办",
            "主辦",
        )
        for colon in (":", "\uff1a")
    ),
]
_SLOT = LazyPattern(_trie(sorted(_SLOT_WORDS)))
"""Where a page names its site or its source: the slots a spider pool fills with its own."""
_WELCOME = LazyPattern(
    r"欢迎(?:来到|光临|访问|進入|进入|來到|光臨|訪問)\s*([^\s!\uff01,\uff0c。:\uff1a|]{2,24})"
)
_BYLINE = LazyPattern(
    r"(?:来源|來源|作者|发布者|發布者|发布人|發布人|出品|主办|主辦)\s*[:\uff1a]\s*"
    r"([^\s|,\uff0c;\uff1b:\uff1a]{2,24})"
)
_COPY_NOISE = LazyPattern(
    r"版权所有|版權所有|\u00a9|[Cc]opyright|COPYRIGHT|\([Cc]\)|[Aa]ll [Rr]ights [Rr]eserved"
    r"|保留所有权利|保留所有權利|保留一切权利|(?:19|20)\d\d(?:\s*-\s*(?:19|20)\d\d)?"
)
_GENERIC_TAIL = LazyPattern(
    r"(?:官方|官网|官網|网站|網站|平台|入口|网页版|網頁版|手机版|手機版|app|APP|"
    r"下载|下載|登录|登錄|注册|註冊|首页|首頁|主页|主頁)+$"
)
_COPY_MARK = LazyPattern(r"版权所有|版權所有|©|[Cc]opyright|COPYRIGHT")


def _site_ad(name: str, model: Any, page: _Page, line: int) -> bool:
    """Whether a site name in a slot reads as an ad's site (:func:`~cleantext.filters.
    spamslots.reads_as_ad`: :data:`SLOT_SCORE`, its core without a generic tail
    :data:`SLOT_CORE`, sure or naming a trade) and shares no bigram with the page. A name
    in Latin letters and digits alone (``HK01``, ``36Kr``) is a real site's more often than
    not: the model reads any such code as an ad's, and the known gambling brands written so
    have rules of their own."""
    if len(_HAN.findall(name)) < 2 or not reads_as_ad(fold(name), model):
        return False
    share = page.overlap(name, line)
    return share is None or share == 0


def _slot(line: Any, model: Any, page: _Page, i: int, hant_page: bool = False) -> None:
    """A welcome or copyright line naming an ad's site is spam (``spam:item-slot``); a
    byline's source or author that is one is cut, the byline kept; so is, on a Traditional
    page (``hant_page``), a source or author written in Simplified in a byline written in
    Traditional, that shares nothing with the page (:func:`_foreign_script`: spider pools
    convert the article they copy, its template included, not what they put in its slots)."""
    text = line.clean
    m = _WELCOME.search(text)
    if m is not None:
        name = m.group(1)
        # a welcome names a site or a business: an ad's site says it is one (官网, 平台, app),
        # a name without a site word (尧图网站建设: a web agency's own) must read as a sure ad
        bare = not _GENERIC_TAIL.search(name)
        if _site_ad(name, model, page, i) and not (bare and model.score(name) < WELCOME_BARE):
            line.mark("spam", "spam:item-slot")
        return
    if _COPY_MARK.search(text):
        rest = _COPY_NOISE.sub(" ", text)
        names = [rest[a:b] for a, b in item_spans(rest) if b - a >= 2]
        if names and all(_site_ad(x, model, page, i) for x in names):
            line.mark("spam", "spam:item-slot")
        return
    for m in _BYLINE.finditer(text):
        name = m.group(1)
        rest = text[: m.start(1)] + " " + text[m.end(1) :]
        if _site_ad(name, model, page, i) or (hant_page and _foreign_script(name, rest, page, i)):
            line.cut(m.start(1), m.end(1), "spam", "spam:item-slot")


WELCOME_BARE = 0.9
"""Score a welcome's name without a site word (官网, 平台, app…) must reach: a company names
its trade (尧图网站建设, 恒达网络科技), which the item model reads as an agency's ad keyword
(0.65-0.95 from one retrain to another)."""

SLOT_OTHER = 2
"""Simplified-only characters a slot's value on a Traditional page needs (a name or two
characters a converter leaves alone are no sign)."""


def _foreign_script(name: str, rest: str, page: _Page, line: int) -> bool:
    """Whether a slot's value is written in Simplified (:data:`SLOT_OTHER` Simplified-only
    characters, no Traditional-only one) in a line whose ``rest`` (its keys: 來源, 發布時間)
    is written in Traditional (a Traditional-only character, no Simplified-only one: the
    template converted, the value not), and shares no bigram with the page."""
    hans, hant = script_classes()
    if len(hans.findall(name)) < SLOT_OTHER or hant.search(name):
        return False
    if not hant.search(rest) or hans.search(rest):
        return False
    share = page.overlap(name, line)
    return share is not None and share == 0


_DRIVE = LazyPattern(r"网盘|云盘|百度云|提取码")
"""A cloud drive (folded): what a pirate's resource list is shared on (``百度雲影音資源合集``).
News and how-tos name drives too, so a drive only tells what an item sells when the item
reads as a sure ad and shares nothing with its page (:func:`_run`, :func:`_bracket_tail`)."""


def _sells(item: str) -> bool:
    """Whether an item names what it sells: a trade's core or a lexicon term, an ad word,
    a contact, or a cloud drive sharing resources (``網貸秒過免聯徵``, ``代孕包成功热线400…``,
    ``装修公司哪家好``, ``百度雲影音資源合集``)."""
    folded = fold(item)
    if _trades()[1].search(folded) or _spam_site(folded) or _DRIVE.search(folded):
        return True
    ad, phone = ad_patterns()
    return bool(ad.search(folded) or phone.search(folded) or _LINE_CONTACT.search(folded))


def _run(text: str, model: Any, page: _Page, line: int) -> tuple[int, int] | None:
    """The span of a run of ad items stuck to the end (or the start) of ``text``, or ``None``:
    two items or more, each of :data:`MIN_ITEM` characters reading as an ad
    (:data:`ITEM_SPAM`, :data:`RUN_ITEM` on average), joined to the rest by a list separator,
    or one ``【…】`` at the start; the run sharing (almost) nothing with the page, the rest
    four Han characters or more that share :data:`RUN_KEPT` of their bigrams with it (a title
    of the page with junk glued to it; :data:`RUN_KEPT_SURE` after a run of sure ads that
    shares nothing) or a long paragraph (the article itself with a junk prefix).

    Real titles end with their column and site (``…_财经频道_某某网``): those read as the site's
    own words, not as ads, and the site's name is a single item. On a page with too little
    text to compare with, a ``【…】`` that reads as an ad and gives a private contact
    (``【日结兼职加微ttz5210】``) is cut all the same. A ``【…】`` read as an ad only a little
    (:data:`ITEM_SPAM`) counts when it is a site's name (led by a number, ``【69短片】``, or
    holding a strong term, ``【草莓视频】``) and shares nothing with the page; one
    before a stub of :data:`STUB` characters (``【秒批贷款免审核】婚托``) is the whole line
    (the span returned is the line's).
    """
    spans = item_spans(text)
    if len(spans) < 2:
        return None
    m = _BRACKETED.match(text)
    found = []
    sure = -1  # the bracket's index in found when it gives a private contact
    bracket = weak = False  # found[0] is the bracket; it reads as an ad below RUN_ITEM
    if m is not None:
        p = model.score(m.group(1))
        inner = fold(m.group(1))
        # below RUN_ITEM, only a site's name: a number leading it (91短视频) or a strong term
        if p >= RUN_ITEM or (p >= ITEM_SPAM and (_NUMBERED.match(inner) or _spam_site(inner))):
            contact = _LINE_CONTACT.search(inner) if p >= RUN_ITEM else None
            # the contact aside, its words must sell something (【宝妈兼职日结加微qq…】), not
            # be a site's own contact heading (【联系我们 微信kf2024】)
            if contact is not None and model.score(_LINE_CONTACT.sub(" ", inner)) >= RUN_ITEM:
                sure = 0
            bracket, weak = True, p < RUN_ITEM
            found.append((m.start(), m.end(), text[m.end() :], p, False))
    for tail in (True, False):
        # cheap tests of the outermost item and its joint first: most lines fail them
        a, b = spans[-1] if tail else spans[0]
        joint = text[spans[-2][1] : a] if tail else text[b : spans[1][0]]
        if b - a < MIN_ITEM or not _RUN_LINE.search(joint) or len(_HAN.findall(text, a, b)) < 2:
            continue
        order = range(len(spans) - 1, -1, -1) if tail else range(len(spans))
        k = 0
        scores: list[float] = []
        for j in order:
            a, b = spans[j]
            if b - a < MIN_ITEM or len(_HAN.findall(text, a, b)) < 2:
                break  # no phrase (a number, a code, a word): no ad item
            scores.append(model.score(text[a:b]))
            if scores[-1] < ITEM_SPAM:
                break
            k += 1
        # items reading as ads by a little count in a run that reads as ads on the whole
        # (台州网站建设公司 | 躺着赚钱): the inner ones dropped until it does; a title is left
        k = min(k, len(spans) - 1)
        while k >= 2 and sum(scores[:k]) < RUN_ITEM * k:
            k -= 1
        single = k == 1
        if single:
            a, b = spans[-1] if tail else spans[0]
            if scores[0] < RUN_SURE or not _sells(text[a:b]):
                continue
        elif k < 2:
            continue
        if tail:
            lo, hi = spans[len(spans) - k - 1][1], len(text)
            joint = text[lo : spans[len(spans) - k][0]]
            sep = _RUN_LINE.search(joint)
            if sep is not None:
                # the title's own mark before the separator stays (…有没有搞头?|junk)
                mark = joint[: sep.start()]
                lo += len(mark) - len(mark.lstrip("?!\uff1f\uff01)\uff09\u300b\u201d"))
            rest = text[:lo]
        else:
            lo, hi = 0, spans[k][0]
            joint = text[spans[k - 1][1] : hi]
            rest = text[hi:]
        if not _RUN_LINE.search(joint):
            continue  # glued by a space or a comma: words of a sentence, not a junk run
        found.append((lo, hi, rest, min(scores[:k]), single))
    for k, (lo, hi, rest, low, single) in enumerate(found):
        if len(_HAN.findall(rest)) < 4:
            if k == 0 and bracket and not weak and len(rest.strip()) <= STUB:
                # 【秒批贷款免审核】婚托: an ad bracket before a stub too short to be a title
                junk = page.overlap(text[lo:hi], line)
                if junk is not None and junk <= OVERLAP:
                    return (0, len(text))
            continue
        junk = page.overlap(text[lo:hi], line)
        if k == 0 and weak and junk != 0:
            continue  # a bracket read as an ad by a little (a site's name, 【草莓视频】): only
            # when the page has none of its words
        if k == sure and page.overlap(rest, line) is None:
            # an ad with a private contact bracketed before a title (【日结兼职加微ttz5210】…)
            # on a page with too little text to compare with: the contact is never the title's
            return (lo, hi)
        if junk is None or junk > OVERLAP:
            continue
        kept = page.overlap(rest, line)
        if single:
            # one item: a sure ad naming what it sells, nothing of the page, after a title
            # the page shares (a site's name after its titles reads as no ad); a heading
            # shares less when the ad shares nothing
            if kept is not None and kept >= (RUN_KEPT_SURE if junk == 0 else RUN_KEPT):
                return (lo, hi)
            continue
        long_prose = len(rest) >= 40 and _STOP.search(rest) is not None
        if long_prose or (kept is not None and kept >= RUN_KEPT):
            return (lo, hi)
        if junk == 0 and low >= RUN_SURE and kept is not None and kept >= RUN_KEPT_SURE:
            return (lo, hi)  # sure ads foreign to the page: the title shares less (a heading)
    return None


TITLE_PART = 16
"""Characters of one part of the junk stuck to a title, at most (:func:`_strong_run`)."""
TITLE_HAN = 8
"""Han characters of the title a junk run is stuck to, at least (in one of its parts)."""
_TITLE_SEP = LazyPattern(r"[_|\uff5c丨/\-\u2013\u2014]")
_PART_STOP = LazyPattern(r"[\u3002!?\uff01\uff1f;\uff1b,\uff0c]")


def _strong_run(text: str, page: _Page, line: int) -> tuple[int, int] | None:
    """The span of the junk stuck to the end (or the start) of a title by a list separator
    when a strong term of the lexicon or a gambling brand tells it, whatever the item model
    reads (``…該選二手還是新機?-IG買粉絲-漲粉神器``), or ``None``: the longest end (start) whose
    parts are short phrases (:data:`TITLE_PART` characters, no sentence or clause mark),
    holding such a term, sharing at most :data:`OVERLAP` of its bigrams with the page; the
    rest a title (a part of :data:`TITLE_HAN` Han characters) sharing :data:`RUN_KEPT_SURE`
    of its bigrams with the page. A line that warns of what it names (打击, 诈骗…) is the page's."""
    folded = fold(text)
    if len(folded) != len(text) or _CONDEMN.search(folded) or _NOTICE.search(folded):
        return None
    seps = [m.start() for m in _TITLE_SEP.finditer(text)]
    end = len(text.rstrip())
    for tail in (True, False):
        best = None
        for s in reversed(seps) if tail else seps:
            junk = folded[s:end] if tail else folded[: s + 1]
            if any(len(p) > TITLE_PART for p in _TITLE_SEP.split(junk)) or _PART_STOP.search(junk):
                break
            if _spam_site(junk):
                best = s
        if best is None:
            continue
        lo, hi = (best, end) if tail else (0, best + 1)
        rest = text[:lo] if tail else text[hi:]
        if max(len(_HAN.findall(p)) for p in _TITLE_SEP.split(rest)) < TITLE_HAN:
            continue  # no part a title (公司注册 | 代理记账 | 刻章备案: a menu of services)
        share = page.overlap(text[lo:hi], line)
        if share is None or share > OVERLAP:
            continue
        kept = page.overlap(rest, line)
        if kept is not None and kept >= RUN_KEPT_SURE:
            return lo, hi
    return None


_DIGIT = LazyPattern(r"\d")
_CLOSING_NOTE = LazyPattern(
    r"[(\uff08\u3010\[]([^()\uff08\uff09\u3010\u3011\[\]\n]{4,30})[)\uff09\u3011\]][\u3002.]?\s*$"
)
"""A bracket closing a line (``…多區出現水浸(澳門新葡京xpj·線上娛樂)``, ``…維持適用。
【娛樂城註冊送888】``)."""


def _one_trade_twice(folded: str) -> bool:
    """Whether ``folded`` names two different cores of one trade (``代购高仿名表``: 高仿 and
    名表, counterfeits): a product title's bracket may name its product's trade once.

    >>> _one_trade_twice("代购高仿名表"), _one_trade_twice("附源码下载")
    (True, False)
    """
    by_core = _trades()[0]
    cores = set(_trades()[1].findall(folded))
    if len(cores) < 2:
        return False
    counts: dict[str, int] = {}
    for c in cores:
        for t in by_core.get(c, ()):
            counts[t] = counts.get(t, 0) + 1
    return max(counts.values(), default=0) >= 2


def _bracket_tail(text: str, model: Any, page: _Page, line: int) -> tuple[int, int] | None:
    """The span of an ad bracketed at the end of a title or a paragraph, or ``None``: the
    bracket holds a strong term of the lexicon or a gambling brand, or reads as a sure ad
    (:data:`RUN_SURE`) naming two weak terms of the lexicon or a cloud drive (``(附百度雲網盤
    下載 提取碼:k8d2)``, ``(澳門新葡京xpj·線上娛樂)``; not one weak term alone: ``(附源码下载)``),
    or after a paragraph's last sentence, a trade's core (``…才會脆。【天堂M私服今日開服】``: a
    product title's bracket may name its product's trade), or two cores of one trade;
    no credit or notice (来源, 记者, 举报…); it shares nothing with the page, and the rest
    (four Han characters or more) is the page's: it shares :data:`RUN_KEPT_SURE` of its
    bigrams with it, or is a paragraph (a sentence mark). A bracket naming a contact alone
    (``(如有疑问请联系QQ:12345678)``) is the page's own more often than not: the watermark
    rule, which needs the words of an ad, judges those."""
    m = _CLOSING_NOTE.search(text)
    if m is None:
        return None
    inner = fold(m.group(1))
    if _CREDIT.search(inner) or _NOTICE.search(inner) or _CONDEMN.search(inner):
        return None
    if not _spam_site(inner) and not (
        len(_HAN.findall(inner)) >= 3
        and (
            _DRIVE.search(inner)
            or (_trades()[1].search(inner) and _RAW_SENTENCE.search(text, 0, m.start()))
            or _one_trade_twice(inner)
            or len(set(union_pattern(_WEAK).findall(inner))) >= 2
        )
        and model.score(inner) >= RUN_SURE
    ):
        return None
    rest = text[: m.start()]
    if len(_HAN.findall(rest)) < 4:
        return None
    share = page.overlap(m.group(1), line)
    # an ad giving a private contact may be chosen for the page's topic (a dating ad on news
    # about dating scams): half its bigrams may be the page's when the page never names the
    # contact and the bracket names a trade of the lexicon
    ids = private_ids(_TAIL_CONTACT, inner)
    limit = 0.0
    if ids and _spam_site(_TAIL_CONTACT.sub(" ", inner)):
        others = page.without(fold(text)) if page.folded else ""
        # (a number's last digits, spaces aside: 366 218 905 is 366218905)
        digits = "".join(_DIGIT.findall(inner))[-5:]
        own = any(k.group()[-5:] in others for k in ids) or (
            len(digits) == 5 and digits in "".join(others.split())
        )
        if others and not own:
            limit = HEAD_CONTACT_SHARE
    if share is None or share > limit:
        return None
    kept = page.overlap(rest, line)
    if not (_RAW_SENTENCE.search(rest) or (kept is not None and kept >= RUN_KEPT_SURE)):
        return None
    end = m.end(1) + 1
    return m.start(), end
