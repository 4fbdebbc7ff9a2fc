"""Site chrome: navigation, breadcrumbs, share/login widgets, counters, copyright, contact
panels, forum profile panels, image placeholders — labelled ``boilerplate``.

Two filters:

* :class:`ChromeLines` — cue vocabulary on one line at a time (:data:`CUES`), matched on
  the folded line (:mod:`.cues`: both scripts, pinyin debris dropped). Cues that are ordinary
  words as well (contact keys, forum profile keys, lone numbers) only count in the page
  *head*, before the first paragraph of running text.
* :class:`PageChrome` — page structure, after :class:`~.meta.MetaLines`: digit-only counters
  next to meta/chrome lines in the head; before the title, menus, slogans, site names and
  short link-like lines next to chrome (bullet sidebars only when a meta line anchors the
  title); after the title, runs of at most four short lines between two chrome lines; the
  title repeated twice or more as image alt text; "related news" lists; breadcrumb
  continuations; an organisation byline right under the title (``meta``); before the title,
  slogans (one clause ending in ``!``) and lines next to an injected spam line like lines
  next to chrome, and runs of three or more site statistics (``• 會員:747``); the page's
  own address next to a share widget; a block of at most ten short lines framed by one
  chrome line printed twice (``+2 论坛币`` … ``+2 论坛币``).

Protected as body whatever their neighbours: the title and its copies, numbered items and
headings (``1.``, ``一、``), bullets after the title, and article section words (``目录``,
``摘要``, ``关键词`` …). Image placeholders sit inside articles and do not make their
neighbours chrome. Cue words inside a sentence are the sentence's words. When unsure a line
stays body.

>>> from cleantext.document import Document
>>> doc = ChromeLines()(Document.from_text("您的位置: 首頁 > 技術雜談 > 正文\\n分享到\\n正文。"))
>>> [ln.reason for ln in doc.lines]
['boilerplate:breadcrumb', 'boilerplate:share', '']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import regex

from ..document import Document
from .base import next_nonblank
from .cues import match_form
from .meta import _LISTY, _SECTION, head_end, locate_title

_DIGITS_ASCII = "0123456789"
_LEAD_CHARS = "•·●◇▪■□◆"
_WORDY = frozenset({"login", "copyright", "share"})
"""Cues that are also ordinary words: inside a sentence they only count at its start."""


class _Patterns:
    """The module's patterns, each compiled on first use: importing the module compiles none.
    Those with Unicode classes use ``regex`` like the rest of the package (``re`` differs on a
    few ``\\s`` and ``\\d`` characters)."""

    @functools.cached_property
    def lead(self) -> regex.Pattern[str]:
        return regex.compile(r"^[\s•·●◇▪■□◆]+")

    @functools.cached_property
    def numbered(self) -> regex.Pattern[str]:
        return regex.compile(r"^(?:\d{1,2}[.、)]|[(]?[一二三四五六七八九十]{1,3}[、.)])\s*\S")

    @functools.cached_property
    def digits(self) -> regex.Pattern[str]:
        return regex.compile(r"^\d{1,7}$")

    @functools.cached_property
    def opens(self) -> regex.Pattern[str]:
        return regex.compile(r"\s*\(opens new window\)", regex.IGNORECASE)

    @functools.cached_property
    def bullet(self) -> regex.Pattern[str]:
        return regex.compile(r"^\s*[•·●▪■◆]\s*\S")

    @functools.cached_property
    def seps(self) -> regex.Pattern[str]:
        return regex.compile(r"\s[|»·]\s|\s\|")

    @functools.cached_property
    def stat(self) -> regex.Pattern[str]:
        """A site statistic: ``• 網站:51998``."""
        return regex.compile(r"^[•·●▪■◆]?\s*\p{Han}{1,4}\s*:\s*\d{1,9}$")

    @functools.cached_property
    def url(self) -> regex.Pattern[str]:
        return regex.compile(r"^https?://\S+$", regex.IGNORECASE)

    @functools.cached_property
    def menu(self) -> regex.Pattern[str]:
        """A menu bar: five or more short items separated by spaces, no punctuation."""
        return regex.compile(r"^(?:[^\s,。!?、:;,!?:;]{1,8}\s+){4,}[^\s,。!?、:;,!?:;]{1,8}$")

    @functools.cached_property
    def sentence_mark(self) -> re.Pattern[str]:
        return re.compile(r"[。!?]|[,;](?=.)")

    @functools.cached_property
    def latin(self) -> re.Pattern[str]:
        """ASCII letters and the letters ``regex`` folds onto them (``İ``, ``ſ``, Kelvin ``K``)."""
        return re.compile("[A-Za-z\u0130\u017f\u212a]")

    @functools.cached_property
    def linky_bad(self) -> re.Pattern[str]:
        return re.compile(r"[,。!?、:;,!?:;“”\"《》()()]")

    @functools.cached_property
    def linky_bad_head(self) -> re.Pattern[str]:
        """Before the title, slogans (``、``), mojibake (``?``) and labels (``:``) are links."""
        return re.compile(r"[,。!;,!;“”\"《》]")

    @functools.cached_property
    def related(self) -> re.Pattern[str]:
        """Headings of link lists that are never article sections."""
        return re.compile(
            r"^(?:相关新闻|相关文章|相关阅读|相关推荐|推荐阅读|热门推荐|猜你喜欢|延伸阅读|大家都在看|"
            r"为你推荐)$"
        )

    @functools.cached_property
    def company(self) -> re.Pattern[str]:
        return re.compile(r"(?:有限公司|分公司|股份公司)$")


_RX = _Patterns()

_I = regex.IGNORECASE


class Cue:
    """One chrome cue: a ``regex`` pattern on the stripped folded line, and what every match
    needs, so that most lines never run the pattern.

    ``first`` holds every character a match anchored at the line start can begin with
    (letters in all the cases ``regex`` folds together); ``words`` holds, for the other
    matches, words one of which every such match contains (ASCII case ignored).
    """

    # a plain class: importing ``dataclasses`` costs ~15 ms of every CLI start
    def __init__(
        self,
        reason: str,
        source: str,
        flags: int = 0,
        max_len: int = 40,
        head_only: bool = False,
        first: str = "",
        words: tuple[str, ...] = (),
    ) -> None:
        self.reason = reason
        self.source = source
        self.flags = flags
        self.max_len = max_len
        self.head_only = head_only
        self.first = first
        self.words = words

    def __repr__(self) -> str:
        return f"Cue({self.reason!r}, {self.source[:30]!r}…)"

    @functools.cached_property
    def pattern(self) -> regex.Pattern[str]:
        # compiled on first use: importing the module compiles nothing
        return regex.compile(self.source, self.flags)


CUES: list[Cue] = [
    Cue(
        "breadcrumb",
        r"^(?:当前位置|您的位置|您现在的位置|您当前所在位置|您当前的位置|您所在的位置|"
        r"你的位置|你现在的位置|你当前的位置|所在位置|当前页面|位置)\s*[:>]"
        r"|^(?:\S{0,6}首页|主页|home)\s*.{0,12}?(?:>|»|›|→)"
        r"|^(?:[^>»›]{1,12}\s*(?:>>|>|»|›)\s*){2,}(?:正文|内容|详情|详细内容|文章内容)\s*$",
        _I,
        max_len=200,
        words=("位置", "当前页面", ">", "»", "›", "→"),
    ),
    Cue(
        "nav",
        r"^\S{0,12}首页$"
        r"|^(?=(?:\S{1,10}\s+){3,}\S{1,10}$)(?=.*(?:首页|登录|注册|购物车|关于我们|联系我们))",
        _I,
        max_len=120,
        words=("首页", "登录", "注册", "购物车", "关于我们", "联系我们"),
    ),
    # bilingual menu items: "HOME 首页", "ABOUT 关于我们"
    Cue(
        "nav",
        r"^[A-Z]{2,12}\s+\p{Han}{2,6}$",
        max_len=30,
        head_only=True,
        first="ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    ),
    Cue(
        "tags",
        r"^(?:tag\s*标签|标签|tags?|本文标签|文章标签|相关标签|分类专栏|所属专栏)(?:\s*[:]|$)",
        _I,
        max_len=200,
        first="Tt分所文本标相",
    ),
    Cue(
        "share",
        r"^(?:分享到|分享至|分享给|一键分享)\s*:?\s*(?:(?:微信|微博|朋友圈|qq空间|qq|空间|豆瓣|"
        r"facebook|twitter|line|新浪微博|腾讯微博|人人网)[\s,、|]*)*$"
        r"|^(?:扫一扫|微信扫一扫|扫描二维码|扫码关注|长按二维码|点此复制本页地址|\[复制链接\])"
        r"|^(?:(?:关注我们|官方微博|微信公众号|微信公众平台|收藏本文|查看收藏|加入收藏|复制链接|"
        r"复制本文链接|打印本页|关闭窗口|返回顶部|返回列表|微信加好友|加入\S{0,8}好友)[\s|/·]*)+"
        r"(?:\s*[:]\s*[\w@.\-]{0,30}|[^\p{Han}]{0,12})$"
        r"|\S{0,10}\s(?:facebook|twitter|line|微博|微信)$",
        _I,
        max_len=30,
        words=(
            "分享",
            "扫",
            "二维码",
            "复制",
            "关注我们",
            "微博",
            "微信",
            "收藏",
            "打印本页",
            "关闭窗口",
            "返回",
            "加入",
            "facebook",
            "twitter",
            "line",
        ),
    ),
    Cue(
        "login",
        r"登录\s*[/|]\s*注册|注册\s*[/|]\s*登录|登录后|请登录|立即登录|免费注册|立即注册|"
        r"找回密码|忘记密码|会员中心|创作中心|用户中心|个人中心|退出登录|注册会员|不再提示|"
        r"完善资料",
        max_len=80,
        words=(
            "登录",
            "注册",
            "找回密码",
            "忘记密码",
            "会员中心",
            "创作中心",
            "用户中心",
            "个人中心",
            "不再提示",
            "完善资料",
        ),
    ),
    Cue(
        "copyright",
        r"^(?:版权声明|版权说明|免责声明)|版权所有(?![者人权])|all rights reserved|"
        r"copyright\s*(?:©|\(c\)|&copy;)?\s*(?:19|20)\d\d.{0,40}(?:all rights|版权|公司|网)|"
        r"icp\s*[备证]\s*(?:字\s*)?(?:第\s*)?\d|公网安备\s*\d",
        _I,
        max_len=120,
        words=("版权", "免责声明", "all rights reserved", "copyright", "icp", "公网安备"),
    ),
    Cue(
        "image",
        r"^[\w\-.()\p{Han}\s]{0,80}\.(?:png|jpe?g|gif|webp|bmp|svg)$"
        r"|^(?:img|image|图片|在这里插入图片描述|点击查看大图|点击图片查看原图|"
        r"image-\d{6,}|@?\[toc\])$",
        _I,
        max_len=90,
        first="iIİ图在点@[",
        words=(".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".svg"),
    ),
    Cue(
        "php-warning",
        r"^(?:deprecated|warning|notice|fatal error|parse error|strict standards)\s*:.*\sin\s+/",
        _I,
        max_len=400,
        first="DFNPSWdfnpswſ",
    ),
    Cue("debris", r"^(?:\?+|\*{5,})$", max_len=80, first="?*"),
    # a lone "-" is also an empty table cell: only in the head
    Cue(
        "debris",
        r"^(?:-|:::|\S{1,6}\s*\|)$",
        max_len=20,
        head_only=True,
        first="-:",
        words=("|",),
    ),
    Cue("pagination", r"[_\-]\s*第\d{1,4}页$", max_len=80, words=("页",)),
    Cue(
        "docshare",
        r"已阅读\d+页|还剩\d+页未读|继续免费阅读|下载本文档|^文档简介$|由会员分享|"
        r"可在线阅读|^下载文档$|^举报该文档",
        max_len=200,
        words=(
            "已阅读",
            "还剩",
            "继续免费阅读",
            "下载本文档",
            "文档简介",
            "由会员分享",
            "可在线阅读",
            "下载文档",
            "举报该文档",
        ),
    ),
    Cue(
        "javascript",
        r"^(?:您的)?浏览器(?:不支[持援]|未开启|未启用)\s*javascript",
        _I,
        max_len=120,
        words=("浏览器",),
    ),
    Cue("welcome", r"^(?:您好|你好)?\W{0,2}欢迎(?:光临|来到|访问)", max_len=40, words=("欢迎",)),
    Cue(
        "widget",
        r"^(?:分享|举报|收藏|打印|评论|点赞|转发|纠错|搜索|登录|注册|广告|上一篇|下一篇|"
        r"更多|更多>>|查看更多|加载更多|展开全文|阅读全文|我要评论|发表评论|网友评论|"
        r"原创|转载|转帖|app下载|下载app|客户端下载|在线咨询|在线客服|"
        r"点击这里在线咨询客服|qq在线|微信在线|在线留言|正在阅读\s*:?|联系我们|关于我们|"
        r"视力保护色\s*:?|放大字体|缩小字体|默认字体|字体\s*:?|聊天消息|系统消息|系统通知|"
        r"评论与回复|我的消息|详细介绍|产品详情|楼主|返回首页|网站地图|设为首页|友情链接|"
        r"隐私政策|用户协议|意见反馈|投诉建议|帮助中心|客服中心|我要投稿|在线投稿|手机版|电脑版|"
        r"打开app|打开app阅读|立即下载|阅读原文|点击阅读全文|收起|热门评论|最新评论|只看该作者|"
        r"只看楼主|倒序浏览|电梯直达|返回列表|点击关注|关注公众号|长按二维码|"
        r"长按识别二维码|字体\s*:?\s*大\s*中\s*小|字号\s*:?\s*大\s*中\s*小)$"
        r"|^(?:上一篇|下一篇|上一页|下一页)\s*[:]|向[左右]滑动|我知道了$"
        r"|^(?:[\[【][^\]】]{1,10}[\]】]\s*){2,}$"  # [打印本页] [关闭窗口]
        r"|^(?:(?:回复|引用|举报|分享|收藏|点赞|评论|打印|关闭|转发|编辑|删除|使用道具|顶|踩)"
        r"\s*(?:\(\d+\))?[\s|·/]*){2,}$"  # 回复 | 引用 | 举报
        r"|^powered by\s",
        _I,
        max_len=40,
        first="APQ[apq【上下举产使倒关分删加原友发只回在字客展帮广引微意我手打投搜收放更最查楼正注"
        "点热用电登立系纠编缩网聊联视设评详踩转返长阅隐顶默",
        words=("滑动", "我知道了"),
    ),
    Cue(
        "related",
        r"^(?:相关新闻|相关文章|相关阅读|相关推荐|推荐阅读|热门推荐|热门文章|猜你喜欢|"
        r"延伸阅读|热门标签|热门关键词|最新文章|最新资讯|精彩推荐|大家都在看|为你推荐|"
        r"新闻关键字|查询条件|资讯频道|最新动态|网站导航|\S{0,6}\s*导航)$"
        r"|^\S{0,8}(?:推荐搜索|历史搜索|热门搜索)$"
        r"|^请输入|^请选择|每页显示|笔资料",
        max_len=40,
        words=(
            "相关新闻",
            "相关文章",
            "相关阅读",
            "相关推荐",
            "推荐阅读",
            "热门推荐",
            "热门文章",
            "猜你喜欢",
            "延伸阅读",
            "热门标签",
            "热门关键词",
            "最新文章",
            "最新资讯",
            "精彩推荐",
            "大家都在看",
            "为你推荐",
            "新闻关键字",
            "查询条件",
            "资讯频道",
            "最新动态",
            "导航",
            "搜索",
            "请输入",
            "请选择",
            "每页显示",
            "笔资料",
        ),
    ),
    Cue(
        "contact",
        r"^(?:电话|手机|传真|邮箱|邮箱地址|邮件|email|e-mail|qq|客服qq|微信|联系人|联系电话|"
        r"服务热线|热线|销售专线|售后专线|技术支持|咨询热线|地址|网址|邮编|电话咨询|"
        r"邮件询价|市场部|联系方式|\S{1,2}经理)\s*(?:[:]|$)"
        r"|^(?!\d{4}[-/.]\d{1,2}[-/.]\d{1,2})[\d\s\-+()]{7,40}$|^[\w.+-]+@[\w-]+\.[\w.]+$"
        r"|(?:服务热线|热线电话|客服电话|咨询热线)\s*:\s*[\d\-]{7,}",
        _I,
        max_len=60,
        head_only=True,
        first="电手传邮eEqQ客微联服热销售技咨地网市-+()" + _DIGITS_ASCII,
        words=("经理", "@", "热线", "客服电话"),
    ),
    Cue(
        "profile",
        r"^(?:级别|等级|用户组|头衔)\s*:\s*\S{1,12}$"
        r"|^(?:级别|等级|精华主题|精华|发帖数量|发帖数|帖子|主题|回帖|积分|通用积分|\S{0,2}威望|"
        r"金钱|贡献|论坛币|学术水平|热心指数|信用等级|经验|在线时间|注册时间|最后登录|"
        r"阅读权限|uid|用户组|下载积分|rank|粉丝|关注|听众|收听)"
        r"(?:\s*:?\s*[\d\-./]+\s*(?:\S{0,2}|\(\S{1,3}\)))?$"
        r"|^\+?\d+\s*(?:关注|粉丝|论坛币|听众)$|^查看.{1,30}的\s*(?:主题|帖子)",
        _I,
        max_len=40,
        head_only=True,
        first="级等用头精发帖主回积通金贡论学热信经在注最阅uU下rR粉关听收查+" + _DIGITS_ASCII,
        words=("威望",),
    ),
]
"""Chrome cues, first match wins.

A pattern only ever runs on a line no longer than its max length (and :func:`judge_chrome`
gives up on lines over 600 characters), so matching time stays linear in the page size."""


def _bit_masks(cues: list[Cue]) -> tuple[dict[str, int], int]:
    """Cues (bit masks over ``cues``) by the first character of a line, and the cues that
    take any decimal digit first (``regex`` knows more digits than ``str``)."""
    first: dict[str, int] = {}
    for i, cue in enumerate(cues):
        for c in cue.first:
            first[c] = first.get(c, 0) | 1 << i
    return first, first["0"]


_FIRST, _DIGIT_CUES = _bit_masks(CUES)


def _latin(word: str) -> bool:
    return _RX.latin.search(word) is not None


@functools.cache
def _word_cues(latin: bool) -> dict[str, int]:
    """The cues (a bit mask over :data:`CUES`) each word rules in; words with ASCII letters
    (``latin``, lowercased: matched on the lowercased line) or the others.

    A scan finds the longest word at a position and goes on after it, so a word also rules
    in the cues of the words it hides: inside it, or starting inside it and running on.
    """
    cues: dict[str, int] = {}
    for i, cue in enumerate(CUES):
        for w in cue.words:
            if _latin(w) == latin:
                cues[w.lower()] = cues.get(w.lower(), 0) | 1 << i
    running: dict[str, int] = {}  # a proper prefix of a word -> the cues of its words
    for w, mask in cues.items():
        for k in range(1, len(w)):
            running[w[:k]] = running.get(w[:k], 0) | mask
    hidden: dict[str, int] = {}
    for w in cues:
        mask = 0
        for k in range(len(w)):
            mask |= running.get(w[k:], 0)
            for j in range(k + 1, len(w) + 1):
                mask |= cues.get(w[k:j], 0)
        hidden[w] = mask
    return hidden


@functools.cache
def _scan(mask: int, latin: bool) -> re.Pattern[str] | None:
    """One scan for the words (``latin`` or not) of the cues in ``mask``. Literals only, no
    groups: ``re`` then skips ahead to the first characters of the words."""
    cues = _word_cues(latin)
    words = sorted((w for w in cues if cues[w] & mask), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))) if words else None


@functools.cache
def _gate(n: int, head: bool) -> tuple[int, re.Pattern[str] | None, re.Pattern[str] | None]:
    """For a line of length ``n``: the cues that may run on it (a bit mask over :data:`CUES`)
    and the word scans for them."""
    mask = sum(
        1 << i for i, cue in enumerate(CUES) if n <= cue.max_len and (head or not cue.head_only)
    )
    return mask, _scan(mask, False), _scan(mask, True)


def _candidates(s: str, head: bool) -> int:
    """The cues (a bit mask over :data:`CUES`) whose pattern may match ``s``, a stripped
    folded line; for most lines none."""
    c = s[0]
    mask = _FIRST.get(c)
    if mask is None:
        mask = _DIGIT_CUES if c.isdecimal() or c > "\uffff" else 0
    eligible, words, latin = _gate(min(len(s), 601), head)
    if words is not None:
        cues = _word_cues(False)
        m = words.search(s)
        while m is not None:
            mask |= cues[m[0]]
            m = words.search(s, m.end())
    if latin is not None and _RX.latin.search(s) is not None:
        low = s.lower()
        if "\u0307" in low or "ſ" in low:
            # "İ".lower() is two characters, "ſ" stays: `regex` matches both as ASCII letters
            return eligible
        cues = _word_cues(True)
        m = latin.search(low)
        while m is not None:
            mask |= cues[m[0]]
            m = latin.search(low, m.end())
    return mask & eligible


def judge_chrome(text: str, *, head: bool = True) -> str | None:
    """The ``boilerplate:…`` reason for one line, or ``None``.

    >>> judge_chrome("微信公眾號"), judge_chrome("閱讀:420") is None
    ('boilerplate:share', True)
    >>> judge_chrome("發帖數量: 179 個"), judge_chrome("發帖數量: 179 個", head=False)
    ('boilerplate:profile', None)
    """
    if len(text) > 600:
        return None
    s = match_form(text)[1]
    if s[:1] in _LEAD_CHARS or s[:1].isspace():
        lead = _RX.lead.match(s)
        if lead is not None:
            s = s[lead.end() :]
    s = s.strip()  # `_RX.lead` matches no other first character: its `\s` is all `str.isspace`
    if not s:
        return None
    mask = _candidates(s, head)
    if mask and _RX.numbered.match(s):
        return None  # a numbered item is the article's own list
    while mask:
        low = mask & -mask
        mask ^= low
        cue = CUES[low.bit_length() - 1]
        m = cue.pattern.search(s)
        # a cue inside a sentence ("用户登录后可以查看订单。") is the sentence's word
        if m is not None and (
            m.start() == 0
            or cue.reason not in _WORDY
            or _RX.sentence_mark.search(s) is None
            or (cue.reason == "copyright" and len(s) <= 30)  # "本站版权所有,翻印必究。"
        ):
            return f"boilerplate:{cue.reason}"
    if len(s) < 8:
        return None  # too short to be doubled
    doubled = _doubled(s)
    return None if doubled is None or _RX.numbered.match(s) else doubled


def _doubled(s: str) -> str | None:
    """Image alt text printed twice: ``俄羅斯婚托炮製美女照俄羅斯婚托炮製美女照``."""
    if len(s) > 200:
        return None
    squeezed = s.replace(" ", "")
    half = len(squeezed) // 2
    if len(squeezed) >= 8 and len(squeezed) % 2 == 0 and squeezed[:half] == squeezed[half:]:
        return "boilerplate:doubled-alt"
    return None


class ChromeLines:
    """Label lines that match the chrome cue vocabulary :data:`CUES` ``boilerplate``."""

    name = "chrome-lines"

    def __call__(self, doc: Document) -> Document:
        end = head_end(doc)
        for i, line in enumerate(doc.lines):
            if line.label is None:
                reason = judge_chrome(line.kept_text, head=i < end)
                if reason is not None:
                    line.mark("boilerplate", reason)
        return doc


_IN_ARTICLE = frozenset(
    {
        "boilerplate:image",
        "boilerplate:doubled-alt",
        "boilerplate:title-repeat",
        "boilerplate:php-warning",
    }
)


def _runs(indices: list[int], following: Callable[[int], int | None]) -> list[list[int]]:
    """``indices`` (ascending) split into runs of lines that follow one another.

    >>> _runs([1, 3, 4, 9], lambda i: i + 1)
    [[1], [3, 4], [9]]
    """
    runs: list[list[int]] = []
    for i in indices:
        if runs and following(runs[-1][-1]) == i:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


class PageChrome:
    """Page-structure rules for chrome the cue vocabulary cannot see on its own."""

    name = "page-chrome"

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        if not lines:
            return doc
        end = head_end(doc)
        head = min(end, len(lines))
        # this filter only labels lines: kept texts, blank lines and so the nearest nonblank
        # neighbours stay as they are, and each is looked up once
        kept = [ln.kept_text for ln in lines[:head]]
        near_cache: dict[tuple[int, int], int | None] = {}

        def nonblank(i: int, step: int) -> int | None:
            key = (i, step)
            if key not in near_cache:
                near_cache[key] = next_nonblank(lines, i, step)
            return near_cache[key]

        # 0. a sticky "now reading" bar repeats the title: the line after it is chrome
        for i in range(head):
            if lines[i].reason == "boilerplate:widget" and "正在阅读" in match_form(kept[i])[1]:
                j = nonblank(i, 1)
                if j is not None and lines[j].label is None:
                    copy = lines[j].kept_text
                    if any(ln.kept_text == copy for ln in lines[j + 1 :]):
                        lines[j].mark("boilerplate", "boilerplate:reading-bar")

        t, anchored = locate_title(doc, end)
        title = lines[t].kept_text if t is not None else None
        protected_cache: dict[int, bool] = {}

        def protected(i: int) -> bool:  # a head line
            if i not in protected_cache:
                text = kept[i]
                protected_cache[i] = (
                    i == t
                    or (title is not None and text == title)
                    or bool(_LISTY.match(lines[i].clean))
                    or bool(_SECTION.match(text))
                )
            return protected_cache[i]

        def chrome(j: int | None) -> bool:
            # image placeholders sit inside articles, next to headings and captions: they do
            # not make their neighbours chrome
            return (
                j is not None
                and lines[j].label == "boilerplate"
                and lines[j].reason not in _IN_ARTICLE
            )

        def spam(j: int | None) -> bool:
            return j is not None and lines[j].label == "spam"

        # 1. digit-only counters in the head next to meta/chrome lines
        for i in range(head):
            ln = lines[i]
            text = kept[i]
            if (
                ln.label is None
                and len(text) <= 7
                # `regex` knows more decimal digits than `str`: all astral ones may be
                and (text[:1].isdecimal() or text[:1] > "\uffff")
                and _RX.digits.match(text)
                and not protected(i)
            ):
                near = [j for j in (nonblank(i, -1), nonblank(i, 1)) if j is not None]
                # next to chrome: any count; next to a meta line only a small one (a year
                # under the date line may start a table)
                if any(lines[j].label in ("boilerplate", "spam") for j in near) or (
                    len(text) <= 3 and any(lines[j].label == "meta" for j in near)
                ):
                    ln.mark("boilerplate", "boilerplate:counter")

        # 2. short link-like lines adjacent to chrome. Before the title: any (menus, bullet
        #    sidebars, slogans, site names); after the title, still in the head: runs of at
        #    most four between two chrome lines, or lines repeated on the page.
        # an organisation byline right under the title ("深圳市正运动技术有限公司")
        if t is not None:
            j = nonblank(t, 1)
            if j is not None and lines[j].label is None and j < end:
                text = match_form(lines[j].kept_text)[1]
                if len(text) <= 30 and _RX.company.search(text):
                    lines[j].mark("meta", "meta:byline")
        limit = t if t is not None else 0
        for i in range(min(limit, head)):
            ln = lines[i]
            if ln.label is None and not protected(i):
                text = match_form(kept[i])[1]
                if len(text) <= 30 and _RX.company.search(text):
                    ln.mark("boilerplate", "boilerplate:site-name")

        linky_cache: dict[int, bool] = {}

        def linky(i: int) -> bool:  # a head line
            if i not in linky_cache:
                text = match_form(kept[i])[1]
                if "(" in text:  # "(opens new window)"
                    text = _RX.opens.sub("", text)
                text = text.strip()
                if i < limit:
                    # a slogan may end with "!" ("億恩科技有限公司旗下門戶資訊平臺!")
                    text = text[:-1] if text.endswith("!") else text
                    linky_cache[i] = len(text) <= 24 and not _RX.linky_bad_head.search(text)
                else:
                    linky_cache[i] = len(text) <= 20 and not _RX.linky_bad.search(text)
            return linky_cache[i]

        # site statistics before the title: three or more "网站:51998", "会员:747" in a row
        stats = [
            i
            for i in range(min(limit, head))
            if lines[i].label is None and _RX.stat.match(match_form(kept[i])[1])
        ]
        for run in _runs(stats, lambda i: nonblank(i, 1)):
            if len(run) >= 3:
                for i in run:
                    lines[i].mark("boilerplate", "boilerplate:counter")

        menu: dict[int, bool] = {}
        links: dict[int, bool] = {}
        changed = True
        while changed:
            changed = False
            for i in range(min(limit, head)):  # after the title this pass labels nothing
                ln = lines[i]
                if ln.label is not None or not kept[i] or i == t:
                    continue
                if i not in menu:
                    text = match_form(kept[i])[1]
                    menu[i] = len(text) <= 120 and bool(_RX.menu.match(text)) and not protected(i)
                if menu[i]:
                    ln.mark("boilerplate", "boilerplate:nav")
                    changed = True
                    continue
                # before the title, an injected spam line sits where the site's chrome does
                prev, nxt = nonblank(i, -1), nonblank(i, 1)
                if not (chrome(prev) or chrome(nxt) or spam(prev) or spam(nxt)):
                    continue
                if i not in links:
                    text = match_form(kept[i])[1]
                    # a bullet sidebar only when a meta line anchors the title
                    bullet = anchored and bool(_RX.bullet.match(ln.clean)) and len(text) <= 40
                    navy = len(text) <= 120 and len(_RX.seps.findall(text)) >= 3
                    links[i] = bullet or ((linky(i) or navy) and not protected(i))
                if links[i]:
                    ln.mark("boilerplate", "boilerplate:link-run")
                    changed = True
        i = t + 1 if t is not None else 0
        while i < head:
            if lines[i].label is not None or not kept[i] or protected(i) or not linky(i):
                i += 1
                continue
            run, j = [i], nonblank(i, 1)
            while j is not None and j < end and lines[j].label is None and not protected(j):
                if not linky(j):
                    break
                run.append(j)
                j = nonblank(j, 1)
            if len(run) <= 4 and chrome(nonblank(run[0], -1)) and chrome(j):
                for k in run:
                    lines[k].mark("boilerplate", "boilerplate:link-run")
            i = run[-1] + 1

        # 3. breadcrumb continued on the next line ("> 标题")
        for i, ln in enumerate(lines):
            if (
                ln.label is None
                and (">" in ln.clean or "»" in ln.clean)  # kept text is part of the line
                and ln.kept_text.startswith((">", "»"))
            ):
                j = nonblank(i, -1)
                if j is not None and lines[j].reason == "boilerplate:breadcrumb":
                    ln.mark("boilerplate", "boilerplate:breadcrumb")

        # the page's own address next to a share/copy widget
        for i in [i for i, ln in enumerate(lines) if ln.reason == "boilerplate:share"]:
            for j in (nonblank(i, -1), nonblank(i, 1)):
                if j is not None and lines[j].label is None and _RX.url.match(lines[j].kept_text):
                    lines[j].mark("boilerplate", "boilerplate:share")

        # a widget framed by one chrome line printed twice ("+2 论坛币" … "+2 论坛币"): at
        # most ten short lines in the head after the title, no paragraph among them
        for i in range(t + 1 if t is not None else head, head):
            if lines[i].label != "boilerplate" or lines[i].reason in _IN_ARTICLE:
                continue
            run, j = [], nonblank(i, 1)
            while j is not None and j < head and lines[j].label is None and len(run) <= 10:
                text = kept[j]
                if len(text) > 30 or "。" in text or protected(j):
                    break
                run.append(j)
                j = nonblank(j, 1)
            if (
                run
                and len(run) <= 10
                and j is not None
                and lines[j].label == "boilerplate"
                and (kept[j] if j < head else lines[j].kept_text) == kept[i]
            ):
                for k in run:
                    lines[k].mark("boilerplate", "boilerplate:widget-block")

        # 4. the title repeated as image alt text, twice or more after the first paragraph
        if title is not None:
            repeats = [
                i
                for i in range(end + 1, len(lines))
                if lines[i].label is None
                # without cuts the kept text is the stripped line
                and (lines[i].cuts or title in lines[i].clean)
                and lines[i].kept_text == title
            ]
            if len(repeats) >= 2:
                for i in repeats:
                    lines[i].mark("boilerplate", "boilerplate:title-repeat")

        # 5. "related news" lists: short lines after a related-heading, up to a paragraph
        for i, ln in enumerate(lines):
            if ln.reason != "boilerplate:related":
                continue
            strong = _RX.related.match(match_form(ln.kept_text)[1].strip())
            if i > end or (strong and t is not None and i > t):
                j = nonblank(i, 1)
                while j is not None and lines[j].label is None:
                    text = lines[j].kept_text
                    if len(text) > 40 or "。" in text:
                        break
                    lines[j].mark("boilerplate", "boilerplate:related")
                    j = nonblank(j, 1)
        return doc
