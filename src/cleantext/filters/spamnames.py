"""Gambling brands standing where a page names a company, a source or a sponsor.

Spider pools swap a page's own names for a gambling site's: the company a sentence is about
(``因亿博电竞对10千伏滨湖线进行设备检修``), the issuer of an announcement's title
(``星辉国际娱乐城关于…的进展公告``), a name in a title's bracket (``血压计【鑫悦体育】 BP-220``)
or after its last separator (``…一篇讲清楚_豪爵體育app下載``), a brand written one character
at a time inside a sentence (``激烈角逐,澳 门 葡 京 62岁的老将…``).

Such brands are invented, but by one recipe (:func:`brand_name`): two or three auspicious
characters (金, 博, 鑫, 盛, 鸿, 运…: :data:`LUCKY`) and a gambling trade's word (体育, 娱乐,
娱乐城, 电竞, 国际, 棋牌), maybe a site word (官网, app下载) and a Latin code or lucky digits
after it (``利來國際w66``, ``金博寶188``). Real names of the same trades are made of other
characters (腾讯体育, 新浪体育, 李宁体育, 乐视体育, 北京国际, 中国国际航空, 皇族电竞), and a real
name goes on as a longer noun (星河国际影城, 申江体育报, 江北国际机场) where a brand's stands
alone: a name is only taken between a field's or a clause's edges (:data:`_BEFORE`,
:data:`_AFTER`). The brand is cut (``spam:brand-name``) when the rest of its page shares
none of its characters' bigrams and says nothing of gambling (news about casinos names
their companies: 银河娱乐, 葡京娱乐场).

>>> from cleantext.document import Document
>>> body = "供电所的工作人员提前一周张贴了停电公告,提醒居民做好准备。" * 4
>>> line = "因亿博电竞对10千伏滨湖线进行设备检修,部分小区将暂停供电。"
>>> BrandName()(Document.from_text(line + "\\n" + body)).lines[0].kept_text
'因对10千伏滨湖线进行设备检修,部分小区将暂停供电。'
"""

from __future__ import annotations

from typing import Any

from ..document import Document
from ..spam.lexicon import fold, union_pattern
from .lazyre import LazyPattern
from .spam import (
    _BRAND,
    _SPACED_CUE,
    _STRONG,
    _TOPIC,
    _bigrams,
    _brand_names,
    page_scan,
    undecided_folded,
)
from .spamslots import _CUE_WORDS

LUCKY = (
    "金银皇冠博乐天堂威凯尊龙鸿运发利来永新葡京星宝万豪盈彩鑫隆盛旺福禄财神富贵赢胜沙鱼亿千鼎"
    "丰辉玺樽御爵悦旋门爱游顶汇濠耀竞速鹏祥吉麒麟恒嘉皓辰钻亚米九云越"
)
"""Characters gambling brands are made of (Simplified: lines are folded before matching):
luck, wealth, gold, kings and dragons, and the known brands' own (亚博, 乐鱼, 云顶). Left out
where two of them name a real outlet or a city (凤凰体育, 澳门, 福州/泰州/永州, 嘉兴, 瑞金,
金昌, 新泰) or a phone maker (荣耀)."""
LUCKY_HANT = "亞來億凱勝匯寶恆悅愛樂璽發祿競萬豐財貴贏輝遊運銀鑽門雲頂魚鴻鵬龍"
"""The Traditional forms of :data:`LUCKY`'s characters that differ (for scans of the page as
written)."""
_GAMBLING_CORE = frozenset("博彩赢葡濠亿鑫盈旺财禄玺樽爵")
"""Characters of gambling brands' own (亚博, 葡京, 濠天地, 天玺) rather than of luck at large: a
name of 国际 alone needs one (hotel groups, developers and car makers are 万豪, 宝龙, 恒隆,
凯悦, 吉利 国际)."""
TRADES = "娱乐城|娱乐场|体育|娱乐|电竞|国际|棋牌|真人"
"""A gambling trade's words closing a brand's name (彩票 is left out: 福利彩票 is the state's)."""
_SITE_WORDS = "官网|官方网站|官方|app下载|app|下载|入口|平台|登录|注册|网页版|手机版|网址"
_NAME = LazyPattern(
    rf"(?:澳门)?(?P<core>[{LUCKY}]{{2,3}})(?P<trade>(?:{TRADES})+)(?P<site>(?:{_SITE_WORDS})*)"
    r"(?P<code>[a-z]{1,8}\d{0,5}(?![a-z0-9])|\d{2,5}(?!\d))?"
    rf"|(?P<core3>[{LUCKY}]{{3}})(?P<digits>\d{{2,4}})(?!\d)"
)
"""A brand's name (folded text, :func:`brand_name`)."""
_BEFORE = LazyPattern(
    r"(?:^|[^\u4e00-\u9fff]|因|由|经|据|与|和|及|同|向|被|记者|作者|来源|赞助|主办|承办|协办"
    r"|冠名|提供|编辑|摄影|出品|供稿|出处|撰稿|特约|支持|发布)$"
)
"""What may stand before a brand's name: an edge of the line, a mark or a space, a word
that leads a clause's subject (因, 由, 据) or a field's value (记者, 赞助)."""
_AFTER = LazyPattern(
    r"$|[^\u4e00-\u9fff]|对|於|于|成立|关于|的|是|在|将|为|与|和|及|已|自|正式|宣布|发布|今|日前"
    r"|近日|公告|举办|推出|提供|进行|表示|称|荣获|获|再|又|也|还|以|通过|旗下|携手|联合|始建|创立"
    r"|创办|位于|主办|承办|冠名|赞助|独家|特约|记者|报道|讯|消息|摄"
)
"""What may follow a brand's name: an edge, a mark or a space, a verb or a preposition (a
real name goes on as a longer noun: 星河国际影城, 申江体育报)."""
_QUOTED = "“\"「『《〈'‘"
_SURE_TRADE = ("娱乐城", "娱乐场", "棋牌", "真人", "电竞")
CONTEXT_MIN = 40
"""Characters the rest of a page must hold for a name to be judged foreign to it."""
_CUE = LazyPattern(r"体育|體育|娱乐|娛樂|国际|國際|电竞|電競|棋牌|真人")
_HEAD_CODE = LazyPattern(f"^[{LUCKY}{LUCKY_HANT}]{{3}}[0-9]{{2}}", flags=8)  # re.MULTILINE
"""A name of lucky characters and digits opening a line (``金博寶188成立於…``): the lines
worth a look for one with no trade's word (a scan for it anywhere cost 5 % of the pipeline)."""
"""The lines worth a look, in one scan of the page (as written): a trade's word."""
_GAPS = LazyPattern(r"[ \u3000]")
_SPACED_RUN = LazyPattern(
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){3,}(?![\u4e00-\u9fff])"
)


def brand_name(folded: str) -> bool:
    """Is a name (folded) made as a gambling brand's: auspicious characters and a trade's
    word (a site word or a code after it allowed), or three such characters and digits?

    >>> [brand_name(n) for n in ("鑫悦体育", "利来国际w66", "金博宝188", "豪爵体育app下载")]
    [True, True, True, True]
    >>> [brand_name(n) for n in ("腾讯体育", "北京国际", "乐视体育", "星河国际影城", "万豪国际")]
    [False, False, False, False, False]
    """
    m = _NAME.fullmatch(folded)
    return m is not None and _made_as_brand(m)


def _made_as_brand(m: Any) -> bool:
    """A name of 国际 alone (no code, no site word, no casino's trade) needs a character of
    :data:`_GAMBLING_CORE`; the others are made as brands by their match alone."""
    core = m["core"] or m["core3"]
    return m["trade"] != "国际" or _sure(m) or any(c in _GAMBLING_CORE for c in core)


def _sure(m: Any) -> bool:
    """A name no company bears: a code, a site word or a trade of gambling's own."""
    return bool(m["code"] or m["site"] or m["digits"] or any(t in m["trade"] for t in _SURE_TRADE))


def name_spans(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, core) of the brands' names standing alone in a line (folded): between an
    edge, a mark or a clause's leading word and an edge, a mark or a verb; not quoted. A name
    no company bears (:func:`_sure`) may stand between words (``因亿博电竞对…``); one of 体育,
    娱乐 or 国际 alone only as a field (marks, a field's key: ``【鑫悦体育】``, ``贊助:萬利國際``):
    ``万豪国际宣布…`` is a hotel group's news.

    >>> name_spans("上臂式电子血压计【鑫悦体育】 bp-220 使用说明")
    [(9, 13, '鑫悦')]
    >>> name_spans("星河国际影城(万象城店)今日排片"), name_spans("李宁体育于昨日发布新品")
    ([], [])
    >>> name_spans("万豪国际宣布新的会员计划")
    []
    """
    out = []
    for m in _NAME.finditer(folded):
        a, b = m.span()
        if a and folded[a - 1] in _QUOTED:
            continue
        before = _BEFORE.search(folded, max(0, a - 3), a)
        after = _AFTER.match(folded, b)
        if before is None or after is None:
            continue
        core = m["core"] or m["core3"]
        if len(set(core)) == 1:
            continue  # 天天体育
        if not _made_as_brand(m):
            continue  # 万豪国际, 吉利国际, 恒隆国际: companies' names of lucky characters
        sponsor = before.group() in _SPONSOR_BEFORE and after.group() in _SPONSOR_AFTER
        if not (_sure(m) or sponsor) and (
            (_HAN.match(before.group()) and before.group() not in _KEYS)
            or _HAN.match(after.group())
        ):
            continue  # a company's name between a sentence's words: only a sure brand
        out.append((a, _spaced_code(folded, m, b), core))
    return out


_SPACED_CODE = LazyPattern(r" ([a-z]{2,8})(\d{0,5})(?![a-z0-9.@])")


def _spaced_code(folded: str, m: Any, b: int) -> int:
    """The end of a brand's name with the code written a space after it, when the code is
    one: lucky digits after its letters or the letters the name's initials (``鼎丰娱乐
    dfyl``); ``b`` otherwise (``凯盛体育 is``).

    >>> f = "记者 鼎丰娱乐 dfyl  摄影"
    >>> _spaced_code(f, _NAME.search(f), 7)
    12
    """
    if m["code"] or m["digits"]:
        return b
    code = _SPACED_CODE.match(folded, b)
    if code is None:
        return b
    from .spamcode import initial

    letters = code.group(1)
    name = (m["core"] or "") + (m["trade"] or "")
    if len(code.group(2)) >= 2 or "".join(initial(c) for c in name).startswith(letters):
        return code.end()
    return b


_HAN = LazyPattern(r"[\u4e00-\u9fff]")
_KEYS = frozenset(
    "记者 作者 来源 赞助 主办 承办 协办 冠名 提供 编辑 摄影 出品 供稿 出处 撰稿 特约 支持 发布".split()  # noqa: SIM905, E501
)
"""The keys of a field (a name after one stands as the field's value)."""
_SPONSOR_BEFORE = frozenset(("由", "感谢"))
_SPONSOR_AFTER = frozenset(("独家", "赞助", "冠名", "提供", "主办", "承办", "协办", "支持"))
"""A sponsor's slot inside a sentence (``本次比赛由鑫悦体育独家赞助``): a name between these
stands as a field's value does."""


def spaced_spans(text: str) -> list[tuple[int, int]]:
    """Spans of runs of Han characters written one at a time between spaces (four or more)
    in a line of other text, whose characters spell a brand (a known one, a lexicon's strong
    term or :func:`brand_name`'s shape): ``…角逐,澳 门 葡 京 62岁的老将…``."""
    out = []
    for m in _SPACED_RUN.finditer(text):
        word = fold(_GAPS.sub("", m.group()))
        if (
            _brand_names().search(_GAPS.sub("", m.group()))
            or _BRAND.search(word)
            or union_pattern(_STRONG).search(word)
            or any(brand_name(word[k:]) for k in range(len(word) - 3))
        ):
            out.append(m.span())
    return out


class BrandName:
    """Cut gambling brands standing as a company's, a source's or a title's name
    (:func:`name_spans`) and brands spaced out in a line (:func:`spaced_spans`), when the rest
    of the page is foreign to them (:func:`_foreign`): ``spam:brand-name``."""

    name = "brand-name"

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        scan = page_scan(doc)
        # (the spaced-list step scanned the page for spaced characters: the scan is shared)
        cands = {*scan.lines_matching(_CUE), *scan.lines_matching(_SPACED_CUE)}
        cands.update(scan.lines_matching(_HEAD_CODE))
        if not cands:
            return doc
        # a chrome slot's line (copyright, friend links, 技术支持) is the chrome-slot step's:
        # a line of spam names there is spam whole, not cut (its scan is that step's too)
        cands = sorted(cands - set(scan.lines_matching(_CUE_WORDS)))
        texts: list[str] = []  # the page's lines folded, spam lines empty, on first use
        for i, line, text, folded in undecided_folded(lines, cands):
            found = name_spans(folded)
            found += [(a, b, fold(_GAPS.sub("", text[a:b]))) for a, b in spaced_spans(text)]
            found = [
                (a, b, core)
                for a, b, core in found
                if not any(c.start < b and a < c.end for c in line.cuts)
            ]
            if not found:
                continue
            if not texts:
                texts.extend(
                    "" if ln.label == "spam" else fold(ln.kept_text if ln.cuts else ln.clean)
                    for ln in lines
                )
            rest = "\n".join(texts[:i] + texts[i + 1 :])
            for a, b, core in found:
                if _foreign(core, rest + "\n" + folded[:a] + "\n" + folded[b:]):
                    line.cut(*_whole(folded, a, b), "spam", "spam:brand-name")
        return doc


_OPEN, _CLOSE = "【[(「『〔", "】])」』〕"
_TAIL_MARKS = "_|-\u2013\u2014\uff5c"


def _whole(folded: str, a: int, b: int) -> tuple[int, int]:
    """A brand's span with the bracket holding it alone (``【財神娛樂城】``) or the separator
    before it at the line's end (``…讲清楚_豪爵體育app下載``).

    >>> _whole("标题【财神娱乐城】 日韩", 3, 8), _whole("讲清楚_豪爵体育", 4, 8)
    ((2, 9), (3, 8))
    """
    if a and b < len(folded):
        k = _OPEN.find(folded[a - 1])
        if k >= 0 and folded[b] == _CLOSE[k]:
            return a - 1, b + 1
    if a and not folded[b:].strip() and folded[a - 1] in _TAIL_MARKS:
        return a - 1, b
    return a, b


def _foreign(core: str, rest: str) -> bool:
    """Whether a brand's core is foreign to the rest of its page (``rest``, folded): the page
    is long enough to tell, shares none of its bigrams, and says nothing of gambling."""
    if len(rest) < CONTEXT_MIN:
        return False
    if any(g in rest for g in _bigrams(core)):
        return False
    return not (union_pattern(_STRONG).search(rest) or _BRAND.search(rest) or _TOPIC.search(rest))
