"""Spam in the shape of site chrome: a spam site named where a page names its own.

Spider pools put their sites' names in the slots of a page's chrome: its copyright line
(``Copyright © 2024 某某体育(中国)官方网站 粤ICP备…号``), its welcome line, friend-link and
partner runs, footer runs of links, "powered by" and "技术支持", the source or author of a
byline. The chrome steps label those lines boilerplate or meta, and a name the spam steps
before them did not know passes as the site's own.

This step runs after the chrome steps, on the lines they labelled boilerplate (whatever the
reason: copyright, welcome, link run, footer, line model) and on bylines. A line already
headed for removal as chrome costs no article text when it is relabelled, so the names are
judged here on evidence a body line could not be judged on alone; the spam precision still
counts, so every name must read as a spam site's by two signs (:func:`spam_name`) and share
nothing with the rest of its page. A boilerplate line whose names are all such is spam
(``spam:chrome-slot``); otherwise such names are cut from it, as they are from a byline,
whose meta is kept.

>>> from cleantext import clean
>>> body = "会议听取了各部门的工作汇报,研究部署下一阶段的重点任务。" * 8
>>> foot = "Copyright © 2024 威盛体育 版权所有 粤ICP备12345678号"
>>> doc = clean("座谈会\\n\\n" + body + "\\n\\n" + foot)
>>> doc.lines[-1].label, doc.lines[-1].reason
('spam', 'spam:chrome-slot')
"""

from __future__ import annotations

from typing import Any

from ..document import Document
from ..spam.lexicon import fold, pattern, union_pattern
from .lazyre import LazyPattern
from .spam import _BRAND, _STRONG, _blank, item_spam, page_scan
from .spammenus import MENU_LINE, MENU_REASONS, menu_spam

SLOT_LINE = 160
"""Lines longer than this are no chrome slot (copyright, welcome, link runs are short)."""
MIN_HAN = 2
"""Han characters a name needs to be judged (a menu word or a Latin site name is left)."""

_NOISE = LazyPattern(
    r"版权所有|版权声明|©|copyright|\(c\)|all\s+rights\s+reserved\.?|保留所有权利|保留一切权利"
    r"|powered\s+by|技术支持|本站由|提供|友情链接|合作伙伴|合作单位|相关链接"
    r"|(?:您好|你好)?\W{0,2}欢迎(?:来到|光临|访问|进入)|请登录"
    r"|(?:19|20)\d\d(?:\s*[-\u2013\u2014~]\s*(?:19|20)\d\d)?"
    r"|[\u4e00-\u9fff]?\s*icp\s*[备证]?\s*(?:字\s*)?(?:第\s*)?[\d-]+\s*号?(?:-\d+)?"
    r"|[\u4e00-\u9fff]?公网安备\s*\d+号?|备案号|(?:政府)?网站标识码\s*:?\s*\d*"
    r"|[\u4e00-\u9fff]{0,12}许可证|[\u4e00-\u9fff]?b2-\d+"
    r"|(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}"
    r"|(?:文章|新闻|信息|图片)?(?:来源|作者|发布者|发布人|编辑)"
    r"|(?:发布时间|发布日期|浏览次数|点击数|阅读|时间|日期)\s*:?\s*[\d\s:\-/年月日.]*"
    r"|(?:地址|邮编|电话|联系电话|客服电话|传真|邮箱|总机|qq|微信)\s*:?\s*\S*"
)
"""What a chrome slot holds besides its names (folded text): marks, labels, years, licence
numbers, domains, byline keys and their dates and counts, a footer's address and contacts."""
_NAME = LazyPattern(r"[^\W_]+(?:(?:\(中国\)|[·・])*[^\W_]+)*")
"""A name: word characters, with ``(中国)`` or a middle dot inside (``开云·体育(中国)官方网站``)."""
_JOINERS = LazyPattern(r"\(中国\)|[·・]")
_HAN = LazyPattern(r"[\u3400-\u9fff\uf900-\ufaff]")
MIN_NAME = 4
"""Characters of a name that is judged (shorter ones are menu words: 股票, 理财; a line
holding one is no line of spam names)."""


def names(text: str) -> list[tuple[int, int]]:
    """Spans of the names a chrome line holds (its marks, labels, years, licences, domains
    and byline keys aside), two Han characters at least.

    >>> t = "Copyright © 2019 公关大全　备案号：川ICP备39624089号-2"
    >>> [t[a:b] for a, b in names(t)]
    ['公关大全']
    >>> t = "友情鏈接：新华网大全 | 开云·体育（中国）官方网站"
    >>> [t[a:b] for a, b in names(t)]
    ['新华网大全', '开云·体育（中国）官方网站']
    """
    folded = fold(text)
    if len(folded) != len(text):
        return []  # offsets would not hold (a rare folding that changes lengths)
    masked = _NOISE.sub(_blank, folded)
    return [m.span() for m in _NAME.finditer(masked) if len(_HAN.findall(m.group())) >= 2]


def canonical(name: str) -> str:
    """A name folded, ``(中国)`` and middle dots taken out: ``开云·体育(中国)官方网站`` reads
    as ``开云体育官方网站``."""
    folded = fold(name)
    if "(" in folded or "\u00b7" in folded or "\u30fb" in folded:
        return _JOINERS.sub("", folded)
    return folded


_SLOT_CUE = LazyPattern(
    r"^\W{0,3}(?:您好|你好)?\W{0,2}(?:友情链接|合作伙伴|合作单位|技术支持|powered\s+by|©|copyright"
    r"|欢迎(?:来到|光临|访问|进入)|本站由)|版权所有|icp\s*[备证]|powered\s+by"
)
"""A line that names where its site's names go, by its own words (folded): chrome whatever
its label, when it holds no sentence mark."""
_SENTENCE = LazyPattern(r"[。!?;]")
_CUE_WORDS = LazyPattern(
    "友情链接|友情鏈接|合作伙伴|合作夥伴|合作单位|合作單位|技术支持|技術支持|本站由|版权所有|版權所有"
    "|欢迎|歡迎|©|opyright|OPYRIGHT|owered|OWERED|ICP|icp|ＩＣＰ"
)
"""The words of :data:`_SLOT_CUE` as written (literals: one scan of the page finds the lines
that may hold one)."""
_NAMED = LazyPattern(
    r"[^\W_]{2}(?:网|網|站|台|坛|壇|区|區|航|院|频|頻|播|媒|育|乐|樂|竞|競|票|城|场|場|app|APP|家|全"
    r"|心|司|统|統|利|社|址|口|载|載|房|所|料|划|劃|部)(?![^\W_])"
)
"""A name of four characters or more ending as a site's does (:data:`_SITE_END`, its last
character, as written): a chrome line without one, and without a slot word, names no site."""
_BYLINE_REASONS = ("meta:byline", "meta:source", "meta:author", "meta:credit")
_BYLINE_KEY = LazyPattern(
    r"记者|記者|作者|编辑|編輯|来源|來源|发布|發布|发表|發表|撰稿|通讯员|通訊員|供稿|出处|出處"
)
"""A byline's key in a line the meta steps named by its date (``2025/08/30  發布:…``): the
names after it are a byline's."""
_SUPPORT_KEY = LazyPattern(r"技术支持|技術支持|本站由|(?i:powered\s+by)")
"""A key naming who built or runs the site, in a meta line of other fields
(``发布机构:…  浏览次数:1326  技术支持:…``): the name after it is judged as a byline's."""
_REPORTER_CODE = LazyPattern(r"(?:记者|記者)\s*[:\uff1a]?\s*([a-z]{3,}\d{3,})(?![\w.@])", flags=2)
"""A reporter or author named by Latin letters and three digits or more (``记者 Mega888``):
a brand's code, no person's name (a forum user's handle is no reporter's)."""
_SITE_END = LazyPattern(
    r"(?:网|站|官网|平台|论坛|社区|导航|影院|视频|直播|传媒|体育|娱乐|电竞|彩票|城|场|app|之家|大全"
    r"|中心|公司|系统|专区|福利社|福利|网址|入口|下载|商城|药房|事务所|资料|计划|俱乐部|会所)$"
)
"""How a site's name ends (folded): what a chrome line's names must end with when no slot
word says they are names (a button, a widget, a related title, a footer's phrase: 立即购买,
急诊24小时开放, 客服在线时间)."""
_GENERIC = LazyPattern(
    r"(?:官方|官网|官網|网站|網站|平台|入口|首页|首頁|主页|主頁|您好|你好|中国|本站|网址|網址"
    r"|手机版|手機版|登录|登錄|注册|註冊|导航|導航|地图|地圖|客服|文章|分享|本文|原文|链接|鏈接)+"
)
"""Words that name no site alone (what is left of ``您好,欢迎光临…官方网站``)."""


_ORGANISATION = LazyPattern(
    r"(?:有限公司|股份公司|公司|集团|政府|办公室|委员会|局|厅|部|处|院|所|医院|学校|大学|学院"
    r"|中学|小学|幼儿园|银行|协会|学会|研究院|报社|杂志社|出版社|电视台|电台|街道|社区|村委会"
    r"|支队|大队|中队|派出所|法院|检察院|党委|党支部)$"
)
"""How an organisation's name ends (folded): a byline's issuer or a site's owner, no spam
site's name unless a strong term, a brand or a brand's shape says so."""


_CODED = LazyPattern(r"(?=\d*[a-z])[a-z0-9]{2,10}(?=[\u4e00-\u9fff])")
"""A Latin code before Han characters (``bet9彩票网``, ``vwin体育``): how spam sites name
themselves."""


def spam_name(name: str, model: Any, page: Any, line: int) -> bool:
    """Whether a name in a chrome slot is a spam site's: the item model reads it as an ad's
    site (:func:`reads_as_ad`) and the rest of the page shares none of its core's bigrams
    (its generic tail aside: 官方网站 is any site's word), or it holds a strong lexicon term
    or a gambling brand (``(中国)`` and middle dots aside) or is made as one
    (:func:`.spamnames.brand_name`: ``富旺体育``) and the page shares at most ``OVERLAP`` of
    them (``代开发票网``: ``开发`` is any page's)."""
    from .spamitems import _GENERIC_TAIL, OVERLAP

    folded = canonical(name)
    sure = sure_name(folded)
    if not sure and (_ORGANISATION.search(folded) or not reads_as_ad(folded, model)):
        return False  # an organisation's name (国网青山供电公司) the model may read as an ad's
    # the name's core is compared: its generic tail (官方网站) is any site's word
    share = page.overlap(_GENERIC_TAIL.sub("", folded) or folded, line)
    return share is None or share <= (OVERLAP if sure else 0)


def sure_name(folded: str) -> bool:
    """Does a name (folded, :func:`canonical`) hold a strong lexicon term or a gambling brand,
    or is it made as a brand is (:func:`.spamnames.brand_name`)?"""
    from .spamnames import brand_name

    return bool(union_pattern(_STRONG).search(folded) or _BRAND.search(folded)) or brand_name(
        folded
    )


def reads_as_ad(folded: str, model: Any) -> bool:
    """Whether the item model reads a site's name (folded) as an ad's: at ``SLOT_SCORE``,
    its core without a generic tail (官网, 平台…) at ``SLOT_CORE`` (``南京大学官方网站`` reads
    as an ad by its tail alone), and either its core at ``RUN_SURE`` or its core naming what a
    trade sells (:func:`sells`): real sites' names the model reads as ads' (``咪咕视频`` 0.80,
    ``豆瓣电影`` 0.77, ``成都天府软件园`` 0.83) say nothing a spam trade sells."""
    from .spamitems import _GENERIC_TAIL, RUN_SURE, SLOT_CORE, SLOT_SCORE

    if model.score(folded) < SLOT_SCORE:
        return False
    core = _GENERIC_TAIL.sub("", folded)
    if len(core) < 2:
        return False
    score = model.score(core) if core != folded else None
    if score is not None and score < SLOT_CORE:
        return False
    return (score or model.score(folded)) >= RUN_SURE or sells(core)


def sells(folded: str) -> bool:
    """Whether a site's name (folded) says what a spam trade sells: a trade's core
    (``借款``, ``代孕``), a gambling word (``体育``), porn terms, a number before its words
    (``91视频``) or a Latin code before them (``bet9彩票网``). A real site with a name the
    item model reads as an ad's (``咪咕视频``, ``豆瓣电影``) has none."""
    from .spamitems import _NUMBERED, _trades

    return bool(
        _trades()[1].search(folded)
        or _NUMBERED.match(folded)
        or _CODED.match(folded)
        or pattern("gambling-weak").search(folded)
        or item_spam(folded)[1]
    )


class ChromeSlotSpam:
    """Relabel ``spam`` the chrome lines naming spam sites, cut such names from bylines and
    link runs (the module's doc). Runs after the chrome steps."""

    name = "spam-chrome-slots"

    def __init__(self, model: str | None = None) -> None:
        self.path = model

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        scan = page_scan(doc)
        cued = set(scan.lines_matching(_CUE_WORDS))
        cands = []
        menus = _menu_lines(doc, scan)
        for i, ln in enumerate(lines):
            label = ln.label
            if label == "boilerplate":
                if i not in cued and not _NAMED.search(ln.clean):
                    continue  # no site's name (a menu, a button, a breadcrumb's words)
            elif label == "meta":
                # a date line naming no byline's key: only names sure to be a spam site's
                # (``2025年11月10日 19:45  某某娛樂城``: a brand put where the outlet was)
                dated = ln.reason.startswith("meta:date")
                sure_only = (
                    not ln.reason.startswith(_BYLINE_REASONS)
                    and not (dated and _BYLINE_KEY.search(ln.clean))
                    and (i not in cued or not _SUPPORT_KEY.search(ln.clean))
                )
                if sure_only and not dated:
                    continue
            elif label is not None or i not in cued:
                continue
            if len(ln.clean) > SLOT_LINE or not _HAN.search(ln.clean):
                continue
            if label == "meta":
                kind = "byline"
            elif i in cued and _SLOT_CUE.search(folded := fold(ln.clean)):
                if label is None and _SENTENCE.search(folded):
                    continue
                kind = "slot"
            elif label == "boilerplate":
                kind = "chrome"
            else:
                continue
            cut = [(c.start, c.end) for c in ln.cuts if c.label == "spam"]
            items = [
                (a, b)
                for a, b in names(ln.clean)
                if not _GENERIC.fullmatch(canonical(ln.clean[a:b]))
                and not any(a < d and c < b for c, d in cut)
            ]
            spans = [(a, b) for a, b in items if b - a >= MIN_NAME]
            if label == "meta" and sure_only:
                spans = [(a, b) for a, b in spans if sure_name(canonical(ln.clean[a:b]))]
            if kind == "byline":
                spans += [m.span(1) for m in _REPORTER_CODE.finditer(ln.clean)]
            if kind == "chrome" and not all(
                _SITE_END.search(canonical(ln.clean[a:b])) for a, b in spans
            ):
                continue  # phrases, not names (客服在线时间, 急诊24小时开放)
            if spans:
                cands.append((i, spans, kind, len(items)))
        if not cands and not menus:
            return doc
        from ..spam.model import load
        from .spam import PageVerdict
        from .spamitems import _Page

        model = load(self.path).items
        if model is None:
            return doc
        texts = scan.texts
        spam = {i for i, ln in enumerate(lines) if ln.label == "spam"}
        page = _Page([ln.kept_text if ln.cuts else texts[k] for k, ln in enumerate(lines)], spam)
        changed = False
        for i, spans, kind, n in cands:
            ln = lines[i]
            codes = {m.span(1) for m in _REPORTER_CODE.finditer(ln.clean)}
            found = [
                (a, b)
                for a, b in spans
                if (
                    _foreign_code(ln.clean[a:b], page, i)
                    if (a, b) in codes
                    else spam_name(ln.clean[a:b], model, page, i)
                )
            ]
            if not found:
                continue
            if kind != "byline" and (
                len(found) == n or (kind == "slot" and n >= 3 and 3 * len(found) >= 2 * n)
            ):
                ln.mark("spam", "spam:chrome-slot")
                changed = True
            elif kind != "chrome":
                for a, b in found:
                    ln.cut(a, b, "spam", "spam:chrome-slot")
                changed = True
        for i in menus:
            ln = lines[i]
            # a spam step's cut already took the line's spam (a title's bracketed ad): the
            # rest is judged
            text = ln.kept_text if ln.cuts else ln.clean
            if ln.label == "boilerplate" and menu_spam(
                text, model, lambda item, i=i: page.overlap(item, i)
            ):
                ln.mark("spam", "spam:chrome-menu")
                changed = True
        if changed:
            PageVerdict()(doc)
        return doc


def _foreign_code(code: str, page: Any, line: int) -> bool:
    """Whether a byline's Latin code (``Mega888``) is found nowhere else on its page."""
    folded = fold(code)
    rest = page.folded if line in page.skip else page.without(fold(page.texts[line]))
    return folded not in rest


def _menu_lines(doc: Document, scan: Any) -> list[int]:
    """Indexes of the chrome lines to judge as menus (:mod:`.spammenus`): boilerplate by a
    menu's reason, with a lexicon term, a brand's name or Han characters spaced out."""
    from .spam import _SPACED_CUE, _brand_names

    lines = doc.lines
    menus = [
        i
        for i, ln in enumerate(lines)
        if ln.label == "boilerplate" and ln.reason.startswith(MENU_REASONS)
    ]
    if not menus:
        return menus
    look = set(scan.gate) | set(scan.lines_matching(_brand_names()))
    look |= set(scan.lines_matching(_SPACED_CUE))
    return [i for i in menus if i in look and len(lines[i].clean) <= MENU_LINE]
