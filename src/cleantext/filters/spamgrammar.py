"""Standalone ad lines told by the grammar of an ad, whatever trade they sell.

An injected ad line sells things no lexicon lists, but it is written the way every ad is:

- a way to reach the seller that the seller disguises from filters (:func:`contacts`): a
  phone spaced out, in full-width or Chinese numerals (``☎ 一三八 八二零六 五七三一``), a
  messaging key split by symbols (``微 ✚ 信``, ``扣扣``), an account on an app no Chinese site
  uses for its own service desk (Telegram, ``飞机:@…``), an account written in full-width
  letters (``ＴＧ：＠ｋｆ６６８``); a casino's mirrors (:func:`mirror_list`);
- promises a lawful business does not make (:data:`GREY`: papers ``可查可验``, credit ``不看
  征信``, bets ``不中包赔``, goods ``复刻``/``高仿``, shipping ``隐私包装``, pay-after-the-job
  ``先做事后付款``, content ``全文免费阅读``/``越狱版``, reach ``全国可做``, anyone ``皆可办``,
  an escape address ``防失联``);
- the trade's small talk every seller shares (:data:`TRADE`: speed ``当天到账``, price
  ``低息``, reach ``包邮``, a call to act ``立即咨询``/``官网入口``/``新用户送``);
- phrases side by side, no sentence; few words shared with the page it stands in.

:func:`ad_grammar` weighs these cues and gives the families that made the line an ad. A
trade's small talk alone never makes an ad (a shop's own ``全场包邮 七天无理由退换``, a bank's
``免抵押 最快当天放款``), nor does a site's own contact (``客服电话:400-…``, a landline, a
``客服QQ``): a grey promise, a disguised or offshore contact, or the lexicon's strong term
is always needed. A notice quoting the promises (``警方提醒``, ``谨防``) is no ad.

:class:`AdGrammar` labels such lines ``spam:ad-line`` after the chrome steps: lines left as
body, and lines the chrome steps took for a menu, a button row, a link run, a footer or the
line model's boilerplate (a chrome line relabelled costs no article text).

>>> sorted(ad_grammar("复刻手表 劳力士 欧米茄 顶级机芯 包邮到家"))
['grey', 'trade']
>>> ad_grammar("全场包邮 七天无理由退换 正品保障") is None
True
"""

from __future__ import annotations

import functools
import re
from typing import Any

from ..document import Document
from ..lazy import module
from ..spam.lexicon import fold, union_pattern
from .base import open_neighbours
from .lazyre import LazyPattern
from .spam import page_scan
from .spammenus import MENU_REASONS

AD_LINE = 120
"""Characters of an ad line, at most (an ad is a few phrases)."""
OVERLAP = 0.25
"""Share of its Han bigrams (contacts aside) an ad line may find in its page, at most."""

GREY_TERMS = (
    # papers and records that "check out" (fake certificates, fake invoices)
    *(
        "可查可验",
        "上网可查",
        "网上可查",
        "全网可查",
        "官网可查",
        "学信网可查",
        "永久可查",
        "真实可查",
        "档案可查",
        "真票可查",
    ),
    *(
        "可查验",
        "可验真",
        "假一赔",
        "包过",
        "保过",
        "包拿证",
        "不用考试",
        "无需考试",
        "快速拿证",
        "内部渠道",
        "内部名额",
    ),
    # credit that asks no questions
    *(
        "不看征信",
        "不查征信",
        "无视征信",
        "征信花",
        "黑户",
        "白户可",
        "免征信",
        "不上征信",
        "逾期可",
        "不押车",
    ),
    *(
        "免留车",
        "皆可办",
        "都可办",
        "均可办",
        "皆可贷",
        "都能贷",
        "秒批",
        "秒下款",
        "秒到账",
        "无门槛下款",
    ),
    # bets and tips that cannot lose
    *(
        "不中包赔",
        "连红",
        "带单",
        "稳赚",
        "必中",
        "上岸计划",
        "计划群",
        "包赢",
        "稳赢",
    ),
    # counterfeit goods
    *(
        "复刻",
        "高仿",
        "精仿",
        "原单",
        "a货",
        "超a",
        "一比一",
        "纯原",
        "免税店货源",
    ),
    # paid after the job (collection, hacking, detectives)
    *(
        "先做事后付款",
        "先办事后付款",
        "先服务后付款",
        "先办后付",
        "办成再付",
        "不成功不收费",
        "成功后付款",
        "无效退款",
    ),
    *(
        "无效全额退款",
        "不达标退款",
        "效果不好不收费",
    ),
    # discreet shipping and meeting
    *(
        "隐私包装",
        "保密发货",
        "私密发货",
        "保密配送",
        "隐秘发货",
        "同城约",
        "同城上门",
        "兼职妹",
    ),
    # pirated content and apps
    *(
        "全文免费阅读",
        "免费阅读全文",
        "txt下载",
        "txt全集",
        "无弹窗",
        "免费观看完整版",
        "无删减",
    ),
    *(
        "越狱版",
        "破解版",
        "免费看",
        "vip免费",
        "去广告版",
        "永久免费",
        "永久vip",
        "无限制版",
    ),
    # adult only, anti-block and offshore
    *(
        "🔞",
        "防失联",
        "永久地址",
        "备用地址",
        "备用网址",
        "回家地址",
        "不限速",
    ),
    # schemes
    *(
        "躺赚",
        "日赚",
        "月入过万",
        "稳定出款",
        "秒出款",
        "秒提现",
        "出金快",
        "返水",
        "送彩金",
        "体验金",
        "首充",
    ),
    # any trade, any place
    *(
        "全国可做",
        "全国可办",
        "全国可开",
        "各地可做",
        "各地可办",
        "全国接单",
        "诚信接单",
        "长期接单",
        "接单中",
    ),
)
"""Promises a lawful business does not make (folded), by kind: papers that check out, credit
that asks nothing, bets that cannot lose, counterfeits, pay after the job, discreet shipping
and meeting, pirated content, escape addresses, easy money, any job anywhere. None is in a
clean line of the corpus, the seed or the tuning sets but in a sentence, a quote or a notice
(``央行提醒:所谓“无视征信”…``; tests/test_spam_ad_grammar.py checks it)."""
GREY = LazyPattern("|".join(re.escape(t) for t in sorted(GREY_TERMS, key=len, reverse=True)))
TRADE = LazyPattern(
    # how fast
    r"(?:当天|当日|即日|即时|秒|极速|快速|马上|最快)(?:放款|到账|下款|拨款|出证|取货|发货|拿证"
    r"|出款|提现|办理|出结果|审批|上门)|立等可取|加急"
    # what it costs, what is spared
    r"|低息|低利|利息低|价格美丽|价格优惠|价格实惠|特价|点数低|税点低|免费试|免押金|免抵押|免担保"
    r"|免保人|免面签|免费咨询|包邮|顺丰|货到付款|全国包邮|到家"
    # the call to act
    r"|立即咨询|欢迎咨询|欢迎来电|来电咨询|咨询热线|有意者|有需要的?|需要的?(?:朋友|老板|联系|私)"
    r"|加我|私聊|私信|备注来意|速来|速进|点击进入|立即下载|立即注册|官网入口|登录入口|最新入口"
    r"|官方入口|网址入口|app下载|下载app|新用户送|新人送|送\d+元?|邀请码|推荐码|扫码"
    # around the clock, anywhere
    r"|24小时在线|24小时服务|全天在线|随时在线|全国上门|安卓苹果通用|双端通用"
    # the service words of sellers
    r"|代办|代开|代做|代写|代考|代发|代刷|出售|诚招代理|招代理|代理加盟|一条龙|过件率"
)
"""A trade's small talk any seller shares (folded): speed, price, what it spares, a call to
act, around the clock, a seller's service words. Lawful shops and banks say these too: never
an ad without a grey cue or a disguised contact."""

_NUMERALS = str.maketrans(
    "零〇○一壹幺二贰两三叁四肆五伍六陆七柒八捌九玖①②③④⑤⑥⑦⑧⑨⓪❶❷❸❹❺❻❼❽❾",
    "00011122233445566778899123456789012345678" + "9",
)
_NUMERAL_RUN = LazyPattern(
    r"[零〇○一壹幺二贰两三叁四肆五伍六陆七柒八捌九玖](?:[\s\-·.]*[零〇○一壹幺二贰两三叁四肆五伍六陆七柒八捌九玖]){6,}"
)
"""A number written in Chinese numerals, seven figures or more (a phone or an account
spelled out to pass a filter: ``一三八 八二零六 五七三一``)."""
_DIGIT_RUN = LazyPattern(r"(?<![\d.])\d(?:[ \-–—·/_]{0,3}\d){4,14}(?![\d.])")
_SPACED_DIGITS = LazyPattern(r"\d(?: +\d){3,}")
"""Digits set apart one by one (``dz 7 7 8 8``), or a number in groups of three and four
(``716 209 553``): an account or a phone spaced to pass a filter."""
_KEYCAP = LazyPattern("[\ufe0f\u20e3]")
_KEY = LazyPattern(
    r"(?<![a-z])(?:微信?|薇信?|威信|v信|vx|wx|qq|扣扣|企鹅|q群|tg|telegram"
    r"|line|whatsapp|skype|discord|加v)(?:号|id|群)?"
)
"""The keys of a private account (on the squeezed line: symbols and spaces between its
characters taken out, ``微 ✚ 信`` reads ``微信``)."""
_ID_AFTER = LazyPattern(r"@?(?:[a-z][a-z0-9_]{2,19}\d|\d[a-z0-9_]{4,19}|[a-z]{2,}\d[a-z0-9_]*)")
_NICKNAME = LazyPattern(
    r"(?:飞机|电报|蝙蝠)(?:号|群|id)?\s*(?::\s*)?@[a-z][a-z0-9_]{3,}"
    r"|(?:飞机|电报|蝙蝠)(?:号|群|id)?\s*(?::\s*|号\s*)(?=[a-z0-9_]*\d)[a-z0-9_]{4,}"
)
"""An account on Telegram (or another offshore app) by its nickname: a handle after ``@``
(``飞机 @u_otc_cn``), or after a colon or ``号`` an account holding a digit (``电报号 kf668``;
``飞机C919`` is an aeroplane)."""
_OFFSHORE = LazyPattern(r"(?<![a-z])(?:tg|telegram)(?![a-z])")
"""Messaging apps a Chinese site's own service desk never gives (Telegram and its
nicknames)."""
_MASKED_KEY = LazyPattern(
    r"扣扣|企鹅号|薇信|威信|v信|卫星号|[微薇]\s*[^\w\s]+\s*信|加\s*[v微]\W|[➕✚]\s*v(?![a-z])"
)
"""Messaging keys disguised (folded): QQ as ``扣扣``, WeChat as ``薇信``, ``V信``, split by a
symbol (``微 ✚ 信``), ``+V``."""
_FULLWIDTH_ID = LazyPattern(r"[Ａ-Ｚａ-ｚ＠][Ａ-Ｚａ-ｚ０-９＿＠]{2,}")
"""An account written in full-width letters (``＠ｋｆ６６８``): typed so to pass a filter."""
_MOBILE = LazyPattern(r"^1[3-9]\d{9}$")
_TLD = r"(?:com|net|cc|vip|app|me|xyz|top|tv|co|io|club|site|live|bet|shop|fun|win|info|org|cn)"
_DOMAIN = LazyPattern(
    rf"(?<![a-z0-9.@-])(?:www\.|m\.)?[a-z0-9][a-z0-9-]{{1,30}}\.{_TLD}(?:\.[a-z]{{2}})?(?![a-z0-9-])"
)
_ALNUM_NAME = LazyPattern(
    r"(?<![a-z0-9.@/_-])(?:www\.|m\.)?(?=[a-z0-9-]*[a-z])(?=[a-z0-9-]*\d)[a-z0-9-]{3,20}"
    rf"\.{_TLD}(?:\.[a-z]{{2}})?(?![a-z0-9-])"
)
"""A site named by letters and digits together (``yh5588.vip``, ``9527qp.xyz``): how casino
and pirate sites name their mirrors."""
_SENTENCE = LazyPattern(r"[。!?！？;；]|[,，][^,，]*[,，]")
"""A sentence mark, or two commas (clauses): an ad line is phrases side by side."""
_WARN = LazyPattern(
    r"举报|诈骗|谨防|警惕|提醒|提示|打击|查处|违法|违规|涉嫌|警方|公安|法院|通报|曝光|骗局|非法|犯罪"
    r"|取缔|严禁|切勿|不要|千万|小心|揭秘|调查|记者|报道|新闻|曝|骗|查获|破获|抓获|缴获|落网|判刑"
    r"|起诉|案件|案值|立案|侵权|假冒|海关|被查|被抓|被封|被罚"
)
"""A notice or news naming an ad's words (谨防…, 警方提醒, 千万不要, 海关查获…), not an ad."""
_QUOTED = LazyPattern(r"[「『“\"][^」』”\"]+[」』”\"]")
"""Words in quotes: a notice or an article quoting an ad's words (``1. 「免聯徵、黑戶也可貸」``)."""
_OWN = LazyPattern(
    r"客服(?:电话|热线|邮箱)|服务热线|工作时间|营业时间|办公时间|地址:|邮编|传真|邮箱|版权|备案"
    r"|联系人|公众号|官方微博|投稿|招聘|简历|交流群|读者群|粉丝群|签名"
)
"""What a site writes of its own contact (its desk's phone, hours, address, fax, mail, its
record number, its readers' group)."""
_SQUEEZE = LazyPattern(r"[^0-9a-z_@\u3400-\u9fff]+")


def _squeezed(folded: str) -> str:
    """The folded line with Chinese numerals as digits and every space and symbol taken out."""
    return _SQUEEZE.sub("", _KEYCAP.sub("", folded).translate(_NUMERALS))


def contacts(text: str, folded: str | None = None) -> set[str]:
    """The kinds of contact an ad gives in ``text``: ``private`` (an account after a messaging
    key, a mobile number), ``masked`` (written to pass a filter: Chinese numerals, digits
    spaced out, a disguised key, full-width letters, an offshore app) and ``site`` (a domain
    named by letters and digits, an escape address).

    >>> sorted(contacts("☎ 一三八 八二零六 五七三一(同微)"))
    ['masked', 'private']
    >>> sorted(contacts("如有疑问,请拨打咨询电话0571-86201137。"))
    []
    """
    folded = fold(text) if folded is None else folded
    kinds: set[str] = set()
    raw = _KEYCAP.sub("", folded)
    numbered = raw.translate(_NUMERALS)
    for m in _DIGIT_RUN.finditer(numbered):
        digits = re.sub(r"\D", "", m.group())
        if _MOBILE.match(digits):
            kinds.add("private")
    squeezed = _squeezed(folded)
    for m in _KEY.finditer(squeezed):
        if _ID_AFTER.match(squeezed, m.end()):
            kinds.add("private")
            if _OFFSHORE.match(m.group()):
                kinds.add("masked")  # an account on an app no Chinese desk gives
    if _NICKNAME.search(folded):
        kinds |= {"private", "masked"}
    if "private" in kinds and (
        _NUMERAL_RUN.search(folded)
        or _SPACED_DIGITS.search(raw)
        or _MASKED_KEY.search(folded)
        or _FULLWIDTH_ID.search(text)
    ):
        kinds.add("masked")  # the account is spelled so that no filter reads it
    if _ALNUM_NAME.search(folded):
        kinds.add("site")
    return kinds


def ad_grammar(text: str) -> set[str] | None:
    """The cue families that make ``text`` (a line) an ad by its words alone, else ``None``
    (the page test is the caller's): no sentence, no notice, and

    - a grey promise (:data:`GREY`) or the lexicon's strong term, with another cue (a second
      such, a trade's small talk, a contact);
    - or a private contact that is masked (or two contacts of any kind), with a promise or a
      trade's small talk;
    - nothing of a site's own contact (:data:`_OWN`) unless the contact is masked.

    >>> sorted(ad_grammar("有意者加 微 ✚ 信 ⇨ dz 7 7 8 8 备注来意"))
    ['contact', 'masked', 'trade']
    >>> ad_grammar("客服电话:400-820-8820 工作时间 9:00-18:00") is None
    True
    """
    if len(text) > AD_LINE or _SENTENCE.search(text):
        return None
    folded = fold(text)
    found = _cues(text, folded)
    if found is None or _WARN.search(folded) or _QUOTED.search(folded):
        return None
    return found


_MASK_HINT = LazyPattern(
    r"[Ａ-Ｚａ-ｚ＠✚➕]|扣扣|企鹅|薇|威信|[vV]信|加\s*[vV微]|卫星|tg|TG|Tg|[Tt]elegram|飞机|飛機|电报|電報|蝙蝠"
    r"|\d +\d|[零〇○一壹幺二贰两兩三叁四肆五伍六陆陸七柒八捌九玖]{3}"
)
"""What any masked contact holds (raw text, one search): the quick test before the full one
on lines with no grey promise (most lines with a messaging key are a page's own: 微博)."""


def _cues(text: str, folded: str) -> set[str] | None:
    """:func:`ad_grammar`'s families of cues, before its test of notices."""
    if "." in folded and mirror_list(folded):
        return {"sites"}
    from .spam import _STRONG

    grey = {m.group() for m in GREY.finditer(folded)}
    grey |= {m.group() for m in union_pattern(_STRONG).finditer(folded)}
    if not grey and _MASK_HINT.search(text) is None:
        return None  # neither a grey promise nor a masked contact
    kinds = contacts(text, folded)
    masked = "masked" in kinds
    if not grey and not ("private" in kinds and masked):
        return None
    trade = TRADE.search(folded) is not None
    if _OWN.search(folded) and not (masked or grey):
        return None
    found: set[str] = set()
    if grey:
        found.add("grey")
    if trade:
        found.add("trade")
    if kinds & {"private", "site"} or (grey and "." in folded and _DOMAIN.search(folded)):
        found.add("contact")  # beside a grey promise, any site to go to
    if masked:
        found.add("masked")
    if grey and (len(grey) >= 2 or trade or "contact" in found or masked):
        return found
    if "private" in kinds and masked:
        return found  # an account spelled so that no filter reads it
    return None


MIRRORS = 3
"""Domains of a line of mirrors, at least."""
_NOT_SEP = LazyPattern(r"[^\s|,、/·•;]")


def mirror_list(folded: str) -> bool:
    """Whether a (folded) line is nothing but domains, :data:`MIRRORS` or more, two thirds
    of them named by letters and digits together (``www.yh5588.vip www.js0768.cc …``): a
    casino's or a pirate's mirrors. A list of references names words (``python.org |
    github.com | stackoverflow.com``).

    >>> mirror_list("m.ds8877.net | 7788yl.com | 9527qp.xyz | yl36.cc")
    True
    >>> mirror_list("python.org | docs.djangoproject.com | github.com | stackoverflow.com")
    False
    """
    names = _DOMAIN.findall(folded)
    if len(names) < MIRRORS or _NOT_SEP.search(_DOMAIN.sub(" ", folded)):
        return False
    return 3 * len(_ALNUM_NAME.findall(folded)) >= 2 * len(names)


@functools.cache
def _gates() -> tuple[Any, ...]:
    """The lines worth judging, each pattern one scan of the raw page: a grey promise (its
    Han part, in both scripts, anchored on its rarest character), a messaging key or a phone
    sign (:data:`~.spamads._KEYS`, the contact step's own scan), a domain's ending. One
    pattern each: ``re`` skips fast to the first characters of one kind of alternatives, not
    of a union of them."""
    from .. import recache
    from .spamads import _KEYS

    def build() -> str:
        from ..spam.lexicon import _anchored, to_traditional

        han = set()
        for t in GREY_TERMS:
            part = max(re.split(r"[\x00-\x7f]+", t), key=len)
            han |= {part, to_traditional(part)}
        return _anchored(sorted(han))

    grey = recache.compile(recache.derived("ad-grammar-gate", build))
    return grey, _KEYS, _TLD_GATE


_TLD_GATE = LazyPattern(r"\." + _TLD)


class AdGrammar:
    """Label ``spam`` the standalone ad lines (:func:`ad_grammar`) that share little with
    their page: lines left as body and chrome lines of a menu's shape (``spam:ad-line``).
    Runs after the chrome steps."""

    name = "spam-ad-grammar"

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        scan = page_scan(doc)
        grey, keys, sites = _gates()
        # lines with a lexicon term, a contact key or a domain's ending: one scan of the page
        # each, shared with the contact step (keys) and the lexicon's gate
        look = set(scan.gate).union(scan.lines_matching(keys), scan.lines_matching(sites))
        cands = []
        for i, ln in enumerate(lines):
            label = ln.label
            if ln.cuts or not (
                label is None or (label == "boilerplate" and ln.reason.startswith(MENU_REASONS))
            ):
                continue
            t = ln.clean
            # a short line with no full stop (the common sentence's mark, tried at C speed)
            # holding a cue: the grey promises are looked for in such lines alone
            if len(t) > AD_LINE or "。" in t:
                continue
            if (i in look or grey.search(t)) and ad_grammar(t) is not None:
                cands.append(i)
        if not cands:
            return doc
        texts = scan.texts
        if not any(t.strip() for k, t in enumerate(texts) if k not in cands):
            return doc  # a line alone (a test of a line): no page to compare it with
        spam = {i for i, ln in enumerate(lines) if ln.label == "spam"}
        page = module("cleantext.filters.spamitems")._Page(texts, spam | set(cands))
        changed = False
        for i in cands:
            share = _share(page, _contactless(texts[i]))
            if share is not None and share > OVERLAP:
                continue
            if _page_part(texts[i], page):
                continue  # a title of the page's own with an ad stuck to it (a mixed line)
            lines[i].mark("spam", "spam:ad-line")
            changed = True
        if changed:
            changed = _kin(lines, texts, page) or changed
        if changed:
            from .spam import PageVerdict

            PageVerdict()(doc)
        return doc


_PART_SEP = LazyPattern(r"\s*(?:[_|\uff5c丨]|\s[-\u2013\u2014]\s)\s*")
_LATIN_WORD = LazyPattern(r"(?<![a-z])[a-z]{4,}(?![a-z])")
PART_SHARE = 0.5
"""Share of its bigrams one part of a line finds in the page, at least, to be the page's own."""


def _page_part(text: str, page: Any) -> bool:
    """Whether a part of ``text`` between separators (``_``, ``|``, a spaced dash) is the
    page's own (half its bigrams, three at least, found in the page): the line is a title
    with an ad stuck to it, the mixed lines' steps' to cut, not a whole ad."""
    from ..spam.structure import _bigrams

    parts = [x for x in _PART_SEP.split(text) if x]
    if len(parts) < 2:
        return False
    folded = page.folded
    for part in parts:
        if len(_bigrams(fold(part))) >= 3:
            share = _share(page, part)
            if share is not None and share >= PART_SHARE:
                return True
        if sum(1 for w in set(_LATIN_WORD.findall(fold(part))) if w in folded) >= 2:
            return True  # two of the page's Latin words (pandas 中 merge、join 和 concat 的区别)
    return False


KIN_LINE = 60
"""Characters of a trade's line next to an ad line, at most."""


def _kin(lines: list, texts: list[str], page: Any) -> bool:
    """A line right above or below an ad line (blank lines aside) that speaks the trade's
    small talk twice (:data:`TRADE`, two terms) in phrases side by side and shares little
    with the page: the same ad's first or last words (``房贷过桥 垫资 赎楼 低息 当天到账`` over
    its masked phone). ``spam:ad-line``."""
    changed = False
    for i in [k for k, ln in enumerate(lines) if ln.reason == "spam:ad-line"]:
        for k in open_neighbours(lines, i):
            t = texts[k]
            if len(t) > KIN_LINE or _SENTENCE.search(t):
                continue
            folded = fold(t)
            if _WARN.search(folded) or _QUOTED.search(folded) or _OWN.search(folded):
                continue
            if len({m.group() for m in TRADE.finditer(folded)}) < 2:
                continue
            share = _share(page, _contactless(t), k)
            if share is not None and share > OVERLAP:
                continue
            lines[k].mark("spam", "spam:ad-line")
            changed = True
    return changed


def _share(page: Any, text: str, line: int | None = None) -> float | None:
    """Share of the Han bigrams of ``text`` found in the page (without its ``line``): the
    item step's comparison, and on a page too short for it (which abstains) the comparison
    with what there is of the page (``None``: no bigram, or no page at all)."""
    share = page.overlap(text, line)
    if share is not None or page.folded:
        return share
    from ..spam.structure import _bigrams, article_context

    skip = page.skip if line is None else page.skip | {line}
    rest = fold(article_context(page.texts, skip))
    grams = _bigrams(fold(text))
    if not grams or not rest.strip():
        return None
    return sum(1 for g in grams if g in rest) / len(grams)


def _contactless(text: str) -> str:
    """``text`` folded without its numbers, ids and domains (compared with the page)."""
    folded = fold(text)
    folded = _DOMAIN.sub(" ", folded)
    return re.sub(r"[0-9a-z_@]+", " ", folded.translate(_NUMERALS))
