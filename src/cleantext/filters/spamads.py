"""Whole ad lines the list rules miss: a seller's contact with an ad's promises.

An injected ad line is written like a classified ad: a few phrases side by side, no sentence,
and a private way to reach the seller (``加V:seo_vip8``, ``LINE:@loan7788``, ``WhatsApp 6128
3390``, ``微信同号186…``). What it sells varies without end (loans, fake papers, debt collection,
followers, anything), so this step does not ask what is sold. It asks for the ad's shape:

- a private contact (:mod:`.spamcontact`; a phone number with ``同号``, ``LINE``, ``WhatsApp``);
- and, besides it, what an ad says of any trade (:data:`AD_PROMISE`: what it spares the buyer,
  ``免保人``, ``不看征信``; how fast, ``當日放款``, ``秒回``; its guarantees, ``不成功不收费``,
  ``可查可验``; its reach, ``全港上門``, ``全天候服務``), a strong term of the lexicon, or two
  private channels and more (``联系QQ:… 加V:…``: a site's own contact line gives one, among
  fields);
- no warning (a notice quotes the same promises), nothing the site writes of its own contact
  (``客服``, ``官方``, ``地址``, ``工作时间``), few words shared with the page.

Reason ``spam:contact-ad``. Runs after the item step, on the lines no step labelled or cut.

>>> from cleantext.document import Document
>>> body = "会议听取了各部门的工作汇报,研究部署下一阶段的重点任务。" * 8
>>> page = "私人借貸 免保人 免抵押 黑戶可貸 當日放款 LINE:@loan7788\\n" + body
>>> [ln.reason for ln in AdLines()(Document.from_text(page)).lines]
['spam:contact-ad', '']
>>> page = "客服QQ：800012345　工作時間 9:00-18:00\\n" + body
>>> [ln.label for ln in AdLines()(Document.from_text(page)).lines]
[None, None]
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from ..document import Document
from ..lazy import module
from ..spam.items import item_spans
from ..spam.lexicon import find, fold, union_pattern
from ..spam.structure import _FOOTER, _bigrams, has_field
from .base import open_neighbours
from .lazyre import LazyPattern
from .spam import _CONDEMN, _STRONG, _WARNING, _spam_site, page_scan
from .spamcontact import CONTACT_KEY

AD_LINE = 120
"""Characters of an ad line, at most (an ad is a few phrases)."""
OVERLAP = 0.25
"""Share of its bigrams (its contacts aside) an ad line may find in the page, at most."""

_ID = (
    r"(?:\s*id|号码?)?\W{0,3}"
    r"(?:@[a-z0-9][a-z0-9_-]{2,19}|(?=[a-z0-9_-]{0,19}\d)[a-z0-9][a-z0-9_-]{3,19})"
)
"""An account id after a key: ``@`` and a name, or letters and digits holding a digit
(``LINE ID: fans_tw88``, ``QQ号:2987…``): a word after the key is no id (``WhatsApp
Facebook``, a share widget)."""
_PHONE = (
    r"(?<![\d-])(?:1[3-9]\d[- ]?\d{4}[- ]?\d{4}|09\d{2}-?\d{3}-?\d{3}|0800-?\d{3}-?\d{3}"
    r"|\+?\d{2,3}[- ]\d{3,4}[- ]\d{4})(?![\d-])"
)
"""Mobile numbers (mainland ``137-2456-8890``, Taiwan ``0970-556-812``), toll-free numbers,
and numbers in groups after a country or area code (``012-683 2291``)."""
_CONTACT = LazyPattern(
    rf"{CONTACT_KEY}{_ID}|t\.me/\w{{4,}}"
    rf"|(?:whatsapp|line|同号|tel)\W{{0,4}}(?:\d[\d -]{{6,14}}\d)"
    rf"|(?:同号|☎|📞|手机)\W{{0,3}}{_PHONE}|{_PHONE}\W{{0,3}}(?:\(?微信同号|同号)"
)
"""A private contact (folded): a key and an id, a number after ``WhatsApp``/``LINE``/``同号``
or a phone symbol, a phone before ``微信同号``."""
_CHANNELS = (
    ("qq", LazyPattern(r"qq|q群|扣扣?")),
    ("wechat", LazyPattern(r"微信|薇|v信|vx|wx|威信|同号|加v|(?<![a-z])v(?![a-z])")),
    ("line", LazyPattern(r"(?<![a-z])line(?![a-z])")),
    ("telegram", LazyPattern(r"(?<![a-z])tg(?![a-z])|telegram|飞机|电报|t\.me")),
    ("whatsapp", LazyPattern(r"whatsapp")),
    ("phone", LazyPattern(_PHONE)),
)
"""The ways to reach a seller a line may name (two or more: an ad listing them all)."""
AD_PROMISE = LazyPattern(
    # what the buyer is spared
    r"免(?:保人|抵押|押金|联征|面签|审核|照会)|(?:不用|无需|无须)押金|不(?:看|查|上)征信|无视征信"
    r"|黑户(?:可|也|秒|当)|零基础"
    # how fast
    r"|(?:当天|当日|即日|秒|极速)(?:放款|到账|下款|拨款|出票|出证|发货|回复?|批|跟进)"
    # guarantees and prices
    r"|不成功不收费|保成功|包成功|包过|可查可验|全网可查|可验证|可查验|真票可查|一比一"
    r"|先验后付|验证后付款|诚信第一|价格美丽|点数低|税点(?:低|优惠)|一天赚\d|日赚\d"
    # reach and service
    r"|全天候服务|24小时(?:在线|服务|热线|接单)|全[港国](?:可开|包邮|空降|上门)|上门服务"
    r"|专业制作|手续简单|进群领|(?:不用|无需|免)月租|终身免费"
)
"""What an ad promises whatever it sells (folded). None is in a clean line of the corpus, the
seed or the tuning sets but inside sentences and quotes of warnings (``…以「代開發票、點數
低」招攬買家``): only lines of phrases with a contact are judged by them."""
_OWN = LazyPattern(
    r"客服|官方|联系人|公众号|地址|工作时间|营业时间|签名|交流|转载|分享|关注|招聘|简历|投稿|邮箱"
)
"""A site's or an author's own contact: its service desk, official account, contact person
(``联系人:张经理 手机:… QQ:… 微信:…``: a panel of fields), address, hours, signature, a group of
fellow amateurs (``常州骑友交流QQ群:…``, ``摄影交流QQ群:…``), a job post."""
_REACH = LazyPattern(r"联系(?:电话|方式|人)?|电话|手机|热线|专线|咨询|号码|需要的?")
"""Words of any contact, the page's or an ad's: left out of the comparison with the page."""
_HAN = LazyPattern(r"[\u3400-\u9fff]")
_SENTENCE = LazyPattern(r"[。!?！？;；]|[,，][^,，]*[,，]")
"""A sentence mark, or two commas (clauses): an ad line is phrases side by side."""
_KEYS = LazyPattern(
    r"q[qQｑＱ群]|Q[qQｑＱ群]|ｑ[qQｑＱ群]|Ｑ[qQｑＱ群]|扣|微|薇"
    r"|v(?<![A-Za-z]v)(?![A-Za-z])|V(?<![A-Za-z]V)(?![A-Za-z])"
    r"|ｖ(?<![A-Za-z]ｖ)(?![A-Za-z])|Ｖ(?<![A-Za-z]Ｖ)(?![A-Za-z])"
    r"|l[iIＩ][nNＮ][eEＥ]|L[iIＩ][nNＮ][eEＥ]|Ｌ[iIＩ][nNＮ][eEＥ]|t[gGeE]|T[gGeE]"
    r"|飞机|飛機|电报|電報|whats|Whats|同号|同號|☎|📞|手机|手機"
)
"""The lines that may hold a contact, in one scan of the raw page (keys in both scripts and
cases; :data:`_CONTACT` is matched on the folded line). Every alternative starts with one
character, not a class nor a look-behind: ``re`` then skips to the set of those first
characters at C speed (with a class first, it tries every alternative at every position:
~120 ns a character instead of a few)."""


_EN_SELL = LazyPattern(
    r"\b(?:buy|cheap(?:est)?|discreet|smm|paypal|instant delivery|without prescription|replica"
    r"|fake|aaa|no deposit|free credit|online (?:casino|slots?|betting|baccarat)"
    r"|join our|gem alert|next pump)\b"
)
_EN_GOODS = LazyPattern(
    r"\b(?:followers|subscribers|likes|views|members|comments|viagra|cialis|levitra|watches"
    r"|handbags|bags|shoes|sneakers|casino|slots?|betting|baccarat|poker"
    r"|pump|signals|presales?|airdrops?|altcoins?|memecoins?)\b"
)
"""An English ad on a Chinese page: a seller's word (``buy``, ``cheap``, ``SMM``, ``PayPal``,
``replica``, ``no deposit``, ``online``) and what it sells (followers, pills, replica goods, a
casino; folded, lower case)."""
_LATIN = LazyPattern(r"[a-z]")
_EN_WARNING = LazyPattern(
    r"\b(?:crackdown|ban(?:ned|s)?|illegal|arrest(?:ed|s)?|police|scam|fraud|regulat\w*|law|act)\b"
)
"""News of a crackdown in English names the same goods."""


def contact_ad(text: str) -> bool:
    """Whether ``text`` (a line) reads as a contact ad by its words alone (the page test is
    the caller's): phrases with a private contact and an ad's promise, a strong term or two
    channels and more.

    >>> contact_ad("需要的联系QQ:3390127458 或加V:seo_vip8 微信同号 ☎13380125576")
    True
    >>> contact_ad("联系人:张经理(先生) 手机:13800000000")
    False
    >>> contact_ad("警方提醒:看到「加LINE領紅包」「代辦貸款免聯徵」等訊息,千萬不要點擊連結")
    False
    """
    if len(text) > AD_LINE or _SENTENCE.search(text):
        return False
    folded = fold(text)
    if _CONTACT.search(folded) is None:
        return False
    if _WARNING.search(folded) or _CONDEMN.search(folded) or _OWN.search(folded):
        return False
    rest = _CONTACT.sub(" ", folded)
    if AD_PROMISE.search(rest) or union_pattern(_STRONG).search(rest):
        return True
    channels = sum(1 for _, pat in _CHANNELS if pat.search(folded))
    return channels >= 2 and ("加" in folded or channels >= 3)


LATIN_AD_WORDS = (
    # what ads in English sell, of many trades, and the ad-speak they sell it with: words
    # (whole words, any case) of which none is in a clean line of the corpus, the seed or
    # the tuning sets (tests/test_spam_whole_lines.py checks it)
    *("cheap", "cheapest", "buy", "discount", "wholesale"),
    *("no deposit", "free credit", "free spins", "bad credit", "instant approval"),
    *("without prescription", "no prescription", "best price", "low price", "lowest price"),
    *(
        "casino",
        "casinos",
        "betting",
        "sportsbook",
        "poker",
        "baccarat",
        "roulette",
        "jackpot",
        "togel",
        "bookmaker",
    ),
    *("slot games", "slot online", "online slots", "online pharmacy", "cash loan"),
    *(
        "viagra",
        "cialis",
        "levitra",
        "kamagra",
        "pills",
        "replica",
        "fake",
        "counterfeit",
        "knockoff",
    ),
    *("escort", "escorts", "hookup", "porn", "xxx", "camgirls", "payday", "loans"),
    *("aaa quality", "call girls", "adult dating", "smm panel", "essay writing"),
    *(
        "followers",
        "subscribers",
        "backlinks",
        "likes",
        "crack",
        "cracked",
        "keygen",
        "torrent",
        "apk",
    ),
    *("write my essay", "serial key", "full movie", "watch online", "free download"),
    *("accounts for sale", "for sale"),
)
"""English words of ads (:func:`_latin_ads`)."""
_LATIN_AD = LazyPattern(
    r"(?<![a-z0-9])(?:"
    + "|".join(re.escape(w) for w in sorted(LATIN_AD_WORDS, key=len, reverse=True))
    + r")(?![a-z0-9])",
    flags=2,  # re.IGNORECASE
)
_LATIN_SPLIT = LazyPattern(r"\s*(?:[|\uff5c\u4e28\u2022\u00b7_/]|\s[-\u2013\u2014]\s)\s*")
"""The separators of an English list: bars, bullets, ``_``, ``/``, a dash between spaces."""
_CODE_MARK = LazyPattern(r"[{}<>=;$\\:](?:(?<=:)//|(?<=[{}<>=;$\\]))")
"""Code or markup: a brace, a bracket, ``=``, ``;``, ``$``, a backslash, ``://`` (led by one
class: ``re`` skips to its characters)."""
LATIN_ITEMS = 3
LATIN_WORDS = 3
"""Different ad words of a list of English ads, at least (``Casino regulation in Macau |
Poker face`` names two, and sells nothing)."""
_WORD = LazyPattern(r"[^\W_]*[A-Za-z][^\W_]*[A-Za-z][^\W_]*")
LATIN_LINE = 10
"""Characters of a list of English ads, at least."""


def _latin_ads(text: str) -> set[str] | None:
    """The ad words (:data:`LATIN_AD_WORDS`, lower-cased) of a line that is a list of
    English ads, else ``None``: :data:`LATIN_ITEMS` items or more joined by list separators,
    fewer than two Han characters, no code or link, half its items (two at least) naming an
    ad, with :data:`LATIN_WORDS` different words at least.

    >>> sorted(_latin_ads("Cheap Rolex Replica | AAA Handbags | Fake Sneakers | Gift Box"))
    ['cheap', 'fake', 'replica']
    >>> _latin_ads("Free Shipping | 30-Day Returns | Secure Payment | 24/7 Support") is None
    True
    """
    if (
        _CODE_MARK.search(text)
        or sum(1 for _ in zip(range(2), _HAN.finditer(text), strict=False)) >= 2
    ):
        return None
    items = [x for x in _LATIN_SPLIT.split(text.strip()) if x]
    if len(items) < LATIN_ITEMS:
        return None
    # an item names an ad in a phrase (``Cheap Viagra Online``, ``Mega888 APK``), not as a
    # counter's label (``Followers 1.2K``, ``Likes 3.4K``)
    found = [{w.lower() for w in _LATIN_AD.findall(x)} for x in items if len(_WORD.findall(x)) >= 2]
    hits = sum(1 for f in found if f)
    words = set().union(*found)
    if hits < 2 or 2 * hits < len(items) or len(words) < LATIN_WORDS:
        return None
    return words


def english_ad(text: str) -> bool:
    """Whether ``text`` is an English ad line (a Chinese page's other script): phrases mostly
    in Latin letters naming a seller's word and goods (``Buy Instagram Followers Cheap |
    Real TikTok Likes``, ``Cheap Viagra Online``).

    >>> english_ad("→ Buy Telegram members cheap"), english_ad("Django generic views")
    (True, False)
    """
    if len(text) > 2 * AD_LINE or _SENTENCE.search(text):
        return False
    folded = fold(text)
    if len(_LATIN.findall(folded)) < 2 * len(_HAN.findall(folded)):
        return False
    if _EN_WARNING.search(folded):
        return False
    return _EN_SELL.search(folded) is not None and _EN_GOODS.search(folded) is not None


def ad_words(text: str) -> bool:
    """Whether a short line says what an ad says (an ad's promise, a strong term, a private
    contact) and warns of nothing: one line of a spread group enough to tell the group."""
    folded = fold(text)
    if _WARNING.search(folded) or _CONDEMN.search(folded):
        return False
    return bool(
        AD_PROMISE.search(folded)
        or union_pattern(_STRONG).search(folded)
        or _CONTACT.search(folded)
        or english_ad(text)
    )


_INTENT_SEP = LazyPattern(r"\s*[_|\uff5c丨]\s*")
_INTENT = LazyPattern(
    r"(?:价格|价钱|报价|费用|多少钱|(?:哪家|哪里)\w{0,4}好|推荐|排名|排行榜?|厂家|批发|图片|电话"
    r"|公司|大全|一览表?)$"
)
"""How a search ends when it means to buy (folded): ``…价格``, ``…费用``, ``…哪家医院好``,
``…厂家``, ``…推荐``."""
_INTENT_END = LazyPattern(
    r"(?:价格|價格|价钱|價錢|报价|報價|费用|費用|多少钱|多少錢|好|推荐|推薦|排名|排行榜?|厂家|廠家"
    r"|批发|批發|图片|圖片|电话|電話|公司|大全|一览表?|一覽表?)\s*[_|\uff5c丨]"
)
"""The lines that may be such lists, in one scan of the raw page (an item so ended before a
separator)."""
INTENT_ITEMS = 2
_LABEL = LazyPattern(r"^[^:|_\uff5c丨]{1,8}:")


def intent_list(text: str) -> bool:
    """Whether ``text`` is a doorway's list of searches that mean to buy: three items or more
    joined by ``_`` or ``|`` (no sentence), :data:`INTENT_ITEMS` of them and a third at
    least ending as such a search (``新北清潔公司推薦|居家打掃費用|冷氣清洗價格|…``,
    ``高压清洗机_商用洗地机_工业吸尘器厂家_价格_图片_批发``). The page test is the caller's:
    a shop's own title names what its page sells.

    >>> intent_list("郑州治疗前列腺炎哪家医院好_郑州男科医院排名_郑州看男科大概多少钱")
    True
    >>> intent_list("首页 | 产品中心 | 新闻动态 | 联系我们")
    False
    >>> intent_list("相关车型:报价 | 参数配置 | 图片")  # a site's tabs: bare searches
    False
    >>> intent_list("看贴 | 图片 | 吧主推荐 | 视频 | 游戏")  # a forum's tabs: short ones
    False
    """
    if len(text) > AD_LINE or _SENTENCE.search(text):
        return False
    folded = fold(text)
    if _WARNING.search(folded) or _CONDEMN.search(folded):
        return False
    # a label before the list (相关车型:) is no item, and a site's tabs name bare searches
    # (报价 | 参数配置 | 图片) or short ones (吧主推荐): one item at least says what is
    # searched for in three characters before it
    items = [x for x in _INTENT_SEP.split(_LABEL.sub("", folded.strip(), count=1)) if x]
    ends = [m for m in map(_INTENT.search, items) if m is not None]
    if len(items) < 3 or len(ends) < INTENT_ITEMS or 3 * len(ends) < len(items):
        return False
    return any(len(_HAN.findall(m.string, 0, m.start())) >= 3 for m in ends)


_DRIVE = LazyPattern(
    r"(?:百度|夸克|阿里|迅雷|115|天翼|蓝奏)(?:云盘|网盘|云)|网盘|云盘|pan\.(?:baidu|quark)|提取码"
)
_RESOURCE = LazyPattern(
    r"合集|全套|每日更新|永久(?:免费|有效|激活)|一键转存|免费下载|破解|免安装|整合包|提取码|不限速"
    r"|资源|全集"
)
"""A cloud drive (folded) and what pirates share on one: collections, full sets, cracked
software, links with their codes."""
_DRIVE_KEYS = LazyPattern(r"盘|盤|pan\.|提取")


def drive_ad(text: str) -> bool:
    """Whether ``text`` is a pirate's ad for a cloud drive: a line of phrases naming a drive
    and what it shares (``全网最全电影资源合集 每日更新 夸克网盘 阿里云盘 永久免费``). A sentence
    naming a drive is the article's (``…也可以从文末的百度网盘链接获取。``), and so is a search
    engine's menu (``網頁 新聞 貼吧 網盤 圖片``: nothing shared).

    >>> drive_ad("2025最新韓劇美劇合集 阿里雲盤 夸克網盤 一鍵轉存")
    True
    >>> drive_ad("網頁 新聞 貼吧 知道 網盤 圖片 視頻 地圖 文庫")
    False
    """
    if len(text) > AD_LINE or _SENTENCE.search(text):
        return False
    folded = fold(text)
    if _WARNING.search(folded) or _CONDEMN.search(folded):
        return False
    return _DRIVE.search(folded) is not None and _RESOURCE.search(folded) is not None


class AdLines:
    """Label ``spam`` whole ad lines by their shape: contact ads (:func:`contact_ad`) sharing
    little with their page (``spam:contact-ad``) and the contact lines next to an ad, English
    ads (``spam:english-ad``), ads spread under one bullet (``spam:spread``), spam domains in
    a sitemap footer (``spam:sitemap-domain``), doorways of searches that mean to buy
    (``spam:intent-list``), pirates' cloud-drive ads (``spam:drive-ad``)."""

    name = "spam-ad-lines"

    def __init__(self, model: str | None = None) -> None:
        self.path = model

    def __call__(self, doc: Document) -> Document:
        scan = page_scan(doc)
        lines, texts = doc.lines, scan.texts

        def open_lines(cue: LazyPattern, test: Callable[[str], bool]) -> list[int]:
            """The lines with ``cue`` no step has labelled or cut that pass ``test``."""
            return [i for i in scan.lines_matching(cue) if lines[i].undecided and test(texts[i])]

        found = open_lines(_KEYS, contact_ad)
        english = open_lines(_EN_KEYS, english_ad)
        # lists of English ads (the lines holding a list separator: the item step's scan)
        _RUN_LINE = module("cleantext.filters.spamitems")._RUN_LINE

        listed = [
            (i, words)
            for i in scan.lines_matching(_RUN_LINE)
            if lines[i].undecided
            and i not in english
            and len(texts[i]) >= LATIN_LINE
            and (words := _latin_ads(texts[i])) is not None
        ]
        bullets = [i for i in scan.lines_matching(_BULLET) if not lines[i].cuts]
        # a site-map line may have a brand cut already: the rest is the same footer's
        maps = [
            i
            for i in scan.lines_matching(_SITEMAP)
            if all(c.label == "spam" for c in lines[i].cuts)
        ]
        drives = open_lines(_DRIVE_KEYS, drive_ad)
        intents = open_lines(_INTENT_END, intent_list)
        if not (found or english or listed or maps or intents or drives or len(bullets) >= 2):
            if any(ln.label == "spam" for ln in lines):
                _neighbours(lines, texts, self.path)  # of the spam lines of the steps before
            return doc
        from .spamitems import _Page  # the item step's page, without its spam lines

        spam = {i for i, ln in enumerate(lines) if ln.label == "spam"}
        page = _Page(texts, spam | set(found) | set(english) | {i for i, _ in listed})
        for i in found:
            words = _REACH.sub(" ", _CONTACT.sub(" ", fold(texts[i])))
            share = page.overlap(words)
            if share is not None and share > OVERLAP:
                continue  # the page's own (it shares the article's words)
            lines[i].mark("spam", "spam:contact-ad")
        for i in english:
            if page.folded:  # a Chinese page: English ads are its other script
                lines[i].mark("spam", "spam:english-ad")
        for i, words in listed:
            # a list of English ads on a page written in Han characters that never names
            # what they sell (an English page, or one about casinos, is not judged so)
            folded = page.without(fold(texts[i]))
            if (
                page.folded
                and 2 * len(_HAN.findall(folded)) >= len(folded)
                and not any(w in folded for w in words)
            ):
                lines[i].mark("spam", "spam:english-ad")
        for i in intents:
            share = page.overlap(texts[i], i)
            if share is None or share <= OVERLAP:
                lines[i].mark("spam", "spam:intent-list")
        for i in drives:
            share = page.overlap(texts[i], i)
            if share is None or share <= OVERLAP:
                lines[i].mark("spam", "spam:drive-ad")
        if len(bullets) >= 2:
            _spread(lines, texts, bullets, self.path)
        if maps:
            _sitemap_domains(lines, texts, maps)
        if any(ln.label == "spam" for ln in lines):
            _neighbours(lines, texts, self.path)
        return doc


_EN_KEYS = LazyPattern(
    r"Buy|buy|BUY|Cheap|cheap|CHEAP|SMM|smm|PayPal|Prescription|prescription|Replica|replica"
    r"|Fake|fake|AAA|Deposit|deposit|Credit|credit|Online|online"
    r"|Join|join|JOIN"
)
"""The lines that may be English ads, in one scan of the raw page (each alternative starts
with one character, as in :data:`_KEYS`)."""
_BULLET = LazyPattern(
    r"^[ \t]*[^\x00-\x7f\w\s\u3000-\u3003\u3008-\u3011\u3014-\u301f\uff00-\uff65"
    r"\u00a0-\u00bf\u2010-\u2021\u2023-\u2027\u2030-\u205e]",
    flags=8,  # re.MULTILINE
)
"""A line led by a bullet: a symbol that is no ASCII, no word character, no CJK or
full-width punctuation or bracket, no Latin-1 sign (``©``) nor general punctuation (quotes,
dashes, ``…``) but ``•`` (``◆``, ``►``, ``☆``, ``❤``, ``🔥``; one scan of the page)."""
SPREAD_LINE = 60
"""Characters of a bulleted line spread through a page with an ad, at most."""


SPREAD_SCORE = 0.8
"""Mean item score of a spread group with no spam line that tells it is ads (with three lines
or more; or one line saying what an ad says, :func:`ad_words`)."""


STREWN_HAN = 4
"""Han characters of each line of a spread group told by its items, at least: an ad names
what it sells (a panel of counts, ``◆ 網站:51998 ◆ 待審:31``, names nothing)."""
STREWN_CHARS = 8
"""Characters of each such line, spaces aside, at least: an ad is a phrase (a name and what
it promises), a menu's or a panel's bullets are names (``• 微信小程序 • 微博私信``)."""
STREWN_ITEM = 3
"""Characters of a spread line's item that is scored (:func:`_tag_score`)."""


def _tag_score(tag: str, model: Any) -> float:
    """The item model's highest score of a spread line: of the line, or of one of its items
    of :data:`STREWN_ITEM` characters or more (``奇迹MU私服 一秒一刀 满屏爆装备``: the
    first names the ad, the rest are its promises)."""
    items = [tag[a:b] for a, b in item_spans(tag) if b - a >= STREWN_ITEM]
    return max((model.score(x) for x in {tag, *items}), default=0.0)


def _tags_read_as_ads(tags: list[str], model: Any) -> bool:
    """Whether the lines of a spread group read as ads to the item model: a mean of
    :data:`SPREAD_SCORE`, or most of them naming an ad by one item (``奇迹MU私服 一秒一刀
    满屏爆装备``: the first names the ad, the rest are its promises; :func:`_tag_score`), each
    with :data:`STREWN_HAN` Han characters and :data:`STREWN_CHARS` characters, and no two
    characters all begin or end with (a menu's siblings)."""
    if sum(map(model.score, tags)) >= SPREAD_SCORE * len(tags):
        return True
    from .spamitems import _reads_as_ads

    if any(
        len(_HAN.findall(tag)) < STREWN_HAN or len(tag.replace(" ", "")) < STREWN_CHARS
        for tag in tags
    ):
        return False
    if len({t[:2] for t in tags}) == 1 or len({t[-2:] for t in tags}) == 1:
        return False  # siblings of one menu (• 在线机器人 API • 在线机器人统计 API): the page's
    return _reads_as_ads([_tag_score(tag, model) for tag in tags], 2, tags)


def _spread(lines: list, texts: list[str], bullets: list[int], path: str | None) -> None:
    """Ads spread one by one between a page's paragraphs under the same bullet (``• 黑户当天
    放款 不查征信 vx:jk0882`` … ``• 逾期也能下的贷款平台2025最新``, ``☆ 新开魔域私服 今日18点开区``
    … ``☆ 奇迹MU私服 一秒一刀 满屏爆装备``): lines led by the same bullet that stand apart (never
    two in a row: a list of the article's own is written in one block), short, no sentence,
    each sharing little with the page, and told as ads by one of them being spam, or, three
    or more, by one saying what an ad says (:func:`ad_words`) or by the item model (a mean
    of :data:`SPREAD_SCORE`): ``spam:spread``."""
    groups: dict[str, list[int]] = {}
    for i in bullets:
        groups.setdefault(texts[i].lstrip()[0], []).append(i)
    for group in groups.values():
        if len(group) < 2 or any(b - a <= 2 for a, b in itertools.pairwise(group)):
            continue  # two of them in a row (a blank line aside): a list, not spread ads
        open_ = [
            i
            for i in group
            if lines[i].label is None
            and len(texts[i].strip()) <= SPREAD_LINE
            and not _SENTENCE.search(texts[i])
        ]
        if not open_:
            continue
        from .spamitems import _Page

        # the page without its spam and the group (each line is compared with the article)
        spam = {k for k, ln in enumerate(lines) if ln.label == "spam"}
        page = _Page(texts, spam | set(group))
        foreign = []
        for i in open_:
            share = page.overlap(texts[i], i)
            # no Han bigram to compare (a copyright, a signature in English): only an ad's words
            if (share is not None and share <= OVERLAP) or (share is None and ad_words(texts[i])):
                foreign.append(i)
        if not foreign:
            continue
        if not any(lines[i].label == "spam" for i in group):
            if len(group) < 3 or len(foreign) < len(group):
                continue
            if not any(ad_words(texts[i]) for i in group):
                from ..spam.model import load  # read on the first page that needs it

                model = load(path).items
                tags = [_BULLET.sub("", texts[i]).strip() for i in group]
                if model is None or not _tags_read_as_ads(tags, model):
                    continue
        for i in foreign:
            lines[i].mark("spam", "spam:spread")


def private_account(text: str) -> bool:
    """Whether ``text`` gives a private contact (:data:`_CONTACT`: a key and an account id, a
    number after ``WhatsApp``/``LINE``/``同号`` or a phone symbol).

    >>> private_account("Discord:gm-lineage77"), private_account("hengrui-cnc.com")
    (True, False)
    """
    return _CONTACT.search(fold(text)) is not None


def lone_contact(t: str) -> bool:
    """Whether ``t`` is an ad's contact line: a short line of phrases holding a private
    contact, no warning and nothing of a site's own contact (``免費諮詢專線 0800-668-925
    LINE:@zhengxin99``; not ``客服電話:… | LINE官方帳號:@shanlan-soap``).

    >>> lone_contact("免費諮詢專線 0800-668-925 LINE:@zhengxin99")
    True
    >>> lone_contact("客服電話:(02)2788-6531 | LINE官方帳號:@shanlan-soap")
    False
    """
    if len(t) > AD_LINE or _SENTENCE.search(t) or _CODE_MARK.search(t):
        return False
    if sum(1 for _ in zip(range(2), _HAN.finditer(t), strict=False)) < 2:
        return False  # a line of code (ffmpeg … -c:v libx264), not a Chinese page's ad
    folded = fold(t)
    if _CONTACT.search(folded) is None or _WARNING.search(folded):
        return False
    return not (_CONDEMN.search(folded) or _OWN.search(folded))


def _neighbours(lines: list, texts: list[str], path: str | None) -> None:
    """The lines next to spam lines that are the same ad's: its contact lines
    (:func:`_next_contacts`), its other phrases (:func:`_next_of_kin`)."""
    _next_contacts(lines, texts)
    _next_of_kin(lines, texts, path)
    _edge_heads(lines, texts)


KIN_ITEMS = 3
"""Items (of two characters or more) of a line that goes on an ad's line, at least."""
KIN_LINE = 80
"""Characters of such a line, at most."""
_KIN_ITEM = 2


def _next_of_kin(lines: list, texts: list[str], path: str | None) -> None:
    """A line right below or above a spam line (no blank line between) that goes on with
    the same ad (``2025年四六级考试答案 … 包过 QQ:…`` / ``考场实时传答案 考后付款 诚信合作 已帮助
    上千名考生``; ``《繁花》全集線上看 … - 樂視影院lsyy.cc`` / ``熱播陸劇 韓劇 日劇 動漫 每日更新
    無廣告 樂視影院``): phrases side by side (:data:`KIN_ITEMS` or more, no sentence, no form
    field, no footer), sharing a word (a character bigram, a Latin name: :func:`_names`) or a
    decorative mark (:func:`_marks`)
    with the spam line and none with
    the page without the spam lines (one in twenty at most,
    :data:`~.spamitems.KIN_OVERLAP`), one item of four characters or more reading as an ad
    (a menu's words are shorter: 首页 | 体育 | 彩票). A page's own line under an ad shares its
    page's words (a breadcrumb, a date line) or nothing with the ad. ``spam:item-kin``."""
    items = module("cleantext.filters.spamitems")
    _STOP, ITEM_SPAM, KIN_OVERLAP = items._STOP, items.ITEM_SPAM, items.KIN_OVERLAP
    MIN_ITEM, _Page = items.MIN_ITEM, items._Page

    n = len(lines)
    spam = [i for i in range(n) if lines[i].label == "spam"]
    cands = sorted(
        {
            k
            for i in spam
            for k in (i - 1, i + 1)
            if 0 <= k < n and lines[k].undecided and len(texts[k]) <= KIN_LINE
        }
    )
    page = model = None
    for k in cands:
        t = texts[k]
        if _STOP.search(t) or has_field(t) or _FOOTER.search(t):
            continue
        items = [t[a:b] for a, b in item_spans(t) if b - a >= _KIN_ITEM]
        if len(items) < KIN_ITEMS:
            continue
        grams = _bigrams(fold(t))
        kin = fold("\n".join(texts[i] for i in (k - 1, k + 1) if 0 <= i < n and i in spam))
        if not (any(g in kin for g in grams) or _marks(t) & _marks(kin) or _names(t) & _names(kin)):
            continue
        if page is None:
            page = _Page(texts, set(spam) | set(cands))
        share = page.overlap(t)
        if share is None or share > KIN_OVERLAP:
            continue
        if model is None:
            from ..spam.model import load  # read on the first page that needs it

            model = load(path).items
            if model is None:
                return
        # the ad item is a phrase (a menu's words are shorter: 首页 | 体育 | 彩票)
        if any(model.score(x) >= ITEM_SPAM for x in items if len(x) >= MIN_ITEM):
            lines[k].mark("spam", "spam:item-kin")


EDGE_BLOCK = 4
"""Lines of a block at a page's edge that holds an ad, at most (:func:`_edge_heads`)."""
HEAD_LINE = 30
"""Characters of a phrase heading an ad in such a block, at most."""


def _edge_block(lines: list, order: range) -> list[int]:
    """The lines of the page's first (last, for a reversed ``order``) block: its non-blank
    lines up to the first blank line, when there are two to :data:`EDGE_BLOCK` of them and a
    blank line closes them (a page of one block has no edge block)."""
    block: list[int] = []
    for i in order:
        if lines[i].label == "blank":
            if block:
                return block if 2 <= len(block) <= EDGE_BLOCK else []
            continue
        block.append(i)
        if len(block) > EDGE_BLOCK:
            return []
    return []


_PHRASE_MARK = LazyPattern(r"[,，:、《》“”]")
"""Marks of a title or a sentence (an ad's heading is words side by side)."""


def _edge_heads(lines: list, texts: list[str]) -> None:
    """A short phrase in the block at a page's head or tail that holds an ad, set apart from
    the article by a blank line, naming trades by two strong terms of the lexicon or more:
    the ad's heading or its last words (``汽車借款 機車借款 房屋二胎 當舖`` over ``私人借貸|免照會|
    當日核貸|LINE:@…``). It is the ad's when it is words side by side (no sentence, comma,
    colon, title or quote marks: a page's title may name one such term, 麻豆果農, 在线播放),
    no field, no footer, no warning, and shares nothing with the page (one bigram in twenty at most,
    :data:`~.spamitems.KIN_OVERLAP`). The item model is not asked: it reads a site's own
    short chrome (立即注册, 微信小程序) as ads' words too. ``spam:item-kin``."""
    from ..spam.structure import _FOOTER, has_field
    from .spamitems import _STOP, KIN_OVERLAP, _Page

    n = len(lines)
    cands = []
    for order in (range(n), range(n - 1, -1, -1)):
        block = _edge_block(lines, order)
        if not any(lines[i].label == "spam" for i in block):
            continue
        for i in block:
            t = texts[i]
            if not lines[i].undecided or len(t.strip()) > HEAD_LINE:
                continue
            if _STOP.search(t) or has_field(t) or _FOOTER.search(t):
                continue
            folded = fold(t)
            if _WARNING.search(folded) or _CONDEMN.search(folded):
                continue
            if _PHRASE_MARK.search(folded) is None and len(set(find(folded, _STRONG))) >= 2:
                cands.append(i)
    if not cands:
        return
    page = _Page(texts, {i for i in range(n) if lines[i].label == "spam"} | set(cands))
    for k in cands:
        share = page.overlap(texts[k])
        if share is not None and share <= KIN_OVERLAP:
            lines[k].mark("spam", "spam:item-kin")


def _marks(text: str) -> set[str]:
    """The decorative marks of ``text`` (symbols other than ASCII and full-width ASCII: ``➤ ▶
    ✦ ★ 🔥``): an ad set out over two lines repeats its own (``娛樂城體驗金 ➤ 註冊就送 ➤ 百家樂``
    / ``➤ 官方LINE:@… ➤ 24H出金``), where a page's menus and breadcrumbs use ``| > /``.

    >>> sorted(_marks("▶ 先驗貨後付款 | 全港包郵 ▶")), _marks("首頁 > 新聞 | 地方")
    (['▶'], set())
    """
    return {
        c
        for c in text
        if c > "\u2000"
        and not "\uff00" <= c <= "\uffef"
        and unicodedata.category(c) in ("So", "Sm")
    }


_NAME = LazyPattern(r"(?<![a-z])[a-z]{4,}(?![a-z])")
_NO_NAMES = frozenset(("www", "http", "https", "html"))


def _names(text: str) -> set[str]:
    """The Latin words of four letters or more in ``text`` (folded), a site's or a trade's
    name an ad repeats on its next line (``全球IPTV直播源 …`` / ``一次付費 終身使用
    tv.iptv2026.cc``), web address parts aside.

    >>> sorted(_names("IPTV直播 www.iptv-box.cc")), _names("https://www.example")
    (['iptv'], {'example'})
    """
    return set(_NAME.findall(fold(text))) - _NO_NAMES


def _next_contacts(lines: list, texts: list[str]) -> None:
    """A contact line next to an ad line (blank lines aside) is the ad's (``台北徵信社 外遇調查
    …`` / ``免費諮詢專線 0800-668-925 LINE:@zhengxin99``): :func:`lone_contact`, its words
    (contacts aside) sharing little with the page (a tenth of its bigrams: a clinic's own offer
    with its WhatsApp number shares its page's words) (``spam:contact-ad``)."""
    items = module("cleantext.filters.spamitems")
    CONTACT_OVERLAP, _Page = items.CONTACT_OVERLAP, items._Page

    n = len(lines)
    page = None
    queue = [i for i in range(n) if lines[i].label == "spam"]
    while queue:
        i = queue.pop()
        for k in open_neighbours(lines, i):
            if lone_contact(texts[k]):
                if page is None:
                    page = _Page(texts, {j for j in range(n) if lines[j].label == "spam"})
                share = page.overlap(_REACH.sub(" ", _CONTACT.sub(" ", fold(texts[k]))), k)
                if share is not None and share > CONTACT_OVERLAP:
                    continue
                lines[k].mark("spam", "spam:contact-ad")
                queue.append(k)


_SITEMAP = LazyPattern(
    r"网站地图|站点地图|網站地圖|站點地圖|Site[Mm]ap|site[Mm]ap|SITEMAP|XML地图|百度地图|百度地圖|RSS订阅|RSS訂閱"
)
"""A footer's site-map link (one scan of the raw page)."""
_SITE_DOMAIN = LazyPattern(
    r"(?<![a-z0-9.-])(?:www\.)?([a-z0-9][a-z0-9-]{1,30})"
    r"\.(?:com|cn|net|org|vip|cc|top|xyz|info|tv|me|co|hk|tw|shop|club|site|app)(?:\.[a-z]{2})?(?![\w-])"
)
_TWIN_DIGITS = LazyPattern(r"(\d)\1")
"""A digit written twice, as spam domains choose them (``hg7788xy``, ``lx88s``, ``js9955``),
in a name with letters (sites named by a number alone, ``1688``, ``4399``, are known ones)."""
SITEMAP_LINE = 100


def _sitemap_domains(lines: list, texts: list[str], maps: list[int]) -> None:
    """A spam site's domain in a footer's site-map line (``sitemap.xml | 网站地图 |
    www.lx88s.cn``, ``站点地图 | RSS订阅 | 澳门威尼斯人官网wnsr.com``): a domain the rest of the
    page never names, with a digit written twice among letters (spam domains pick 88, 7788),
    a strong lexicon term or gambling brand beside it, or a spam line next to it (blank lines
    aside).
    A site's own (``网站地图 | 联系我们 | 恒锐机械 hengrui-cnc.com``) has none of these. The
    line is the injection's: ``spam:sitemap-domain``."""
    page: str | None = None
    for i in maps:
        t = texts[i]
        if lines[i].label is not None or len(t) > SITEMAP_LINE or _SENTENCE.search(t):
            continue
        folded = fold(t)
        names = [m.group(1) for m in _SITE_DOMAIN.finditer(folded)]
        if not names:
            continue
        if page is None:
            page = fold("\n".join(x for k, x in enumerate(texts) if k not in maps))
        foreign = [n for n in names if n not in page]
        if not foreign:
            continue
        if not (
            any(_TWIN_DIGITS.search(n) and not n.isdigit() for n in foreign)
            or _spam_site(folded)
            or _next_to_spam(lines, i)
        ):
            continue
        lines[i].mark("spam", "spam:sitemap-domain")


def _next_to_spam(lines: list, i: int) -> bool:
    """Whether the line next to line ``i`` above or below (blank lines aside) is spam."""
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(lines) and lines[k].label == "blank":
            k += step
        if 0 <= k < len(lines) and lines[k].label == "spam":
            return True
    return False
