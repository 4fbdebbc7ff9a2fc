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

  The article is one block and chrome sits at its edges, so the rules that need no cue
  word look only at the head (before the first paragraph) and the foot (after the last):
  rows of short buttons or links (``进入贴吧 全吧搜索 吧内搜索``, ``亮了(36) 回复(12) 收藏``);
  lone button words and counts next to chrome or meta (``关注``, ``转发 56``); the *foot
  run*: once two chrome lines follow the last paragraph, every short line after the first
  of them that is not a sentence (related titles, comments, author cards, footer links),
  stopped by wrapped text, a numbered item or a section word, and a column of three or
  more tags right above it; copies of a chrome line at the other edge of the page. The
  title is looked for again when the line taken for it is a row of links, or a short
  author name right under the real title.

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
from typing import TYPE_CHECKING

from .. import recache
from ..document import Document, Line
from .base import next_nonblank
from .cues import (
    _fold_table,
    anchor_index,
    anchored,
    match_form,
    page_hits,
    preimage,
)
from .lazyre import LazyPattern
from .meta import (
    _LISTY,
    _SECTION,
    FLOOR,
    _trie,
    heading_like,
    locate_title,
)
from .pagefacts import page_facts

if TYPE_CHECKING:
    import regex

_rx = functools.partial(recache.compile, engine="regex")
"""``regex.compile``, its program kept on disk for the next process (:mod:`..recache`, which
imports ``regex`` only to compile a pattern it has not kept: this module does not import it)."""
_I = int(re.IGNORECASE)
"""``regex.IGNORECASE`` (the same bit as ``re``'s)."""

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
        return _rx(r"^[\s•·●◇▪■□◆]+")

    @functools.cached_property
    def numbered(self) -> regex.Pattern[str]:
        return _rx(r"^(?:\d{1,2}[.、)]|[(]?[一二三四五六七八九十]{1,3}[、.)])\s*\S")

    @functools.cached_property
    def digits(self) -> regex.Pattern[str]:
        return _rx(r"^\d{1,7}$")

    @functools.cached_property
    def opens(self) -> regex.Pattern[str]:
        return _rx(r"\s*\(opens new window\)", _I)

    @functools.cached_property
    def bullet(self) -> regex.Pattern[str]:
        return _rx(r"^\s*[•·●▪■◆]\s*\S")

    @functools.cached_property
    def seps(self) -> regex.Pattern[str]:
        return _rx(r"\s[|»·]\s|\s\|")

    @functools.cached_property
    def stat(self) -> regex.Pattern[str]:
        """A site statistic: ``• 網站:51998``."""
        return _rx(r"^[•·●▪■◆]?\s*\p{Han}{1,4}\s*:\s*\d{1,9}$")

    @functools.cached_property
    def url(self) -> regex.Pattern[str]:
        return _rx(r"^https?://\S+$", _I)

    @functools.cached_property
    def menu(self) -> regex.Pattern[str]:
        """A menu bar: five or more short items separated by spaces, no punctuation."""
        return _rx(r"^(?:[^\s,。!?、:;,!?:;]{1,8}\s+){4,}[^\s,。!?、:;,!?:;]{1,8}$")

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
    def crumb(self) -> regex.Pattern[str]:
        """A breadcrumb without a home item: short category names joined by ``>``, ``»``, ``›``
        or ``→``, the last item (the page's own name) up to 40 characters. No ``/``, code or
        sentence marks in the items (``水產肉類/新鮮蔬果>>生鮮提貨券`` is a product path)."""
        return _rx(
            r"^(?:[^\s>»›→<=(){}/,。!?;:、][^>»›→<=(){}/,。!?;:、]{0,11}?\s*(?:>>?|»|›|→)\s*){1,6}"
            r"[^\s>»›→<=(){}/,。!?][^>»›→<=(){}/,。!?]{0,39}$"
        )

    @functools.cached_property
    def separator(self) -> re.Pattern[str]:
        """An end mark or rule: ``END``, ``- END -``, ``--``, ``———``."""
        return re.compile(r"^[\-—–_=*·~\s]*(?:END|THE END|End)?[\-—–_=*·~\s]*$")

    @functools.cached_property
    def tag_heading(self) -> re.Pattern[str]:
        """A tag heading with its tags on the lines below."""
        return re.compile(
            r"^(?:tag\s*标签|标签|tags?|本文标签|文章标签|相关标签|标签云)\s*:?$", re.I
        )

    @functools.cached_property
    def company(self) -> re.Pattern[str]:
        return re.compile(r"(?:有限公司|分公司|股份公司)$")


_RX = _Patterns()


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
        return _rx(self.source, self.flags)


_SHARE_NET = (
    r"(?:facebook|fb|twitter|line|whatsapp|telegram|linkedin|pinterest|reddit|plurk|噗浪|weibo|"
    r"wechat|微信|新浪微博|微博|朋友圈|qq空间|qzone|qq|豆瓣|email|e-mail|邮件|电邮|messenger|threads|"
    r"tumblr)"
)
_SHARE_TOKEN = (
    rf"(?:(?:分享至|分享到|分享给|分享|share\s+(?:on|to|via))\s*{_SHARE_NET}|分享|转寄|友善列印|列印|"
    rf"打印|复制连结|复制链接|复制网址|share(?:\s+this)?|tweet|pin(?:\s+it)?|print|{_SHARE_NET})"
    r"(?![a-z])"
)
_BUTTONS = (
    *("返回列表", "发新帖", "发帖", "发表回复", "快速回复", "回复文章", "回覆文章", "回复", "回覆"),
    *("返回顶部", "回到顶部", "取消收藏", "收藏", "举报", "检举", "分享", "打印", "列印", "关闭"),
    *("纠错", "下载pdf", "下载", "立即询价", "询价", "加入采购单", "加入购物车", "立即结帐"),
    *("立即结账", "立即购买", "立即下载", "立即咨询", "在线咨询", "邀请回答", "关注问题", "写回答"),
    *("好问题", "添加评论", "赞同", "反对", "喜欢", "收起", "引言回覆", "引言回复", "引用", "推"),
    *("嘘", "听新闻", "放大字体", "缩小字体", "默认字体", "点赞", "在看", "赞", "踩", "顶", "转发"),
    *("评论", "支持", "使用道具", "只看该作者", "复制链接", "编辑", "删除", "关注", "私信"),
    *("阅读模式", "倒序浏览", "电梯直达", "只看楼主", "评分", "打赏", "加入收藏", "立即订购"),
    *("商品详情", "商品介绍", "规格参数", "规格与包装", "售后保障", "商品评价", "累计评价"),
    *("反馈", "加入书签", "加入书架", "推荐本书", "投推荐票", "章节目录"),
    *("包装清单", "默认排序", "按时间排序", "按热度排序", "时间排序", "热度排序"),
)
"""Buttons of forums, Q&A sites, shops and news pages, written out in a row."""
_BUTTON = "(?:" + _trie(list(_BUTTONS)) + ")"
_COUNT = r"(?:\s*[(\[]?\d[\d,.]*[kw万]?\+?[)\]]?)?"
_BUTTON_FIRST = "".join(sorted({b[0] for b in _BUTTONS}))


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
        r"|^(?=(?:\S{1,10}\s+){3,}\S{1,10}$)(?=.*(?:首页|登录|注册|购物车|关于我们|联系我们))"
        r"|^\S{0,8}首页\s+(?:登录|注册|登录\s*/?\s*注册)$",
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
        r"复制本文链接|打印本页|关闭窗口|返回顶部|返回列表|微信加好友|"
        r"加入\S{0,8}好友)[\s|/·]*)+"
        # "打印本頁 | 關閉": a close button after one of them
        r"(?:关闭)?(?:\s*[:]\s*[\w@.\-]{0,30}|[^\p{Han}]{0,12})$"
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
    # the heading of a list of attachments (their file names: :func:`_attachments`)
    Cue("attachment", r"^(?:附件下载|相关附件|附件列表)\s*:?$", max_len=10, first="附相"),
    # a post's signature ("来自天涯社区客户端", "来自 iPhone客户端") and a send button with its
    # shortcut ("回复(Ctrl+Enter)")
    Cue(
        "widget",
        r"^来自\s*\S{1,16}?\s*(?:客户端|app|iphone|android|手机版|移动版)$"
        r"|^\S{1,6}\s*\(\s*ctrl\s*\+\s*enter\s*\)$",
        _I,
        max_len=30,
        words=("来自", "ctrl"),
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
        r"^(?:-|:::|\S{0,6}\s*\|)$",
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
        r"只看楼主|倒序浏览|电梯直达|返回列表|点击关注|关注公众号|长按二维码|最佳答案|最佳回答|"
        r"推荐答案|采纳答案|商品评价|"
        r"长按识别二维码|字体\s*:?\s*大\s*中\s*小|字号\s*:?\s*大\s*中\s*小)$"
        r"|^(?:上一篇|下一篇|上一页|下一页)\s*[:]|向[左右]滑动|我知道了$"
        r"|^(?:[\[【][^\]】]{1,10}[\]】]\s*){2,}$"  # [打印本页] [关闭窗口]
        r"|^(?:(?:回复|引用|举报|分享|收藏|点赞|评论|打印|关闭|转发|编辑|删除|使用道具|顶|踩)"
        r"\s*(?:\(\d+\))?[\s|·/]*){2,}$"  # 回复 | 引用 | 举报
        r"|^powered by\s",
        _I,
        max_len=40,
        first="APQ[apq【上下举产使倒关分删加原友发只商回在字客展帮广引微意我手打投推搜收放更最查楼正注"
        "点热用电登立系纠编缩网聊联视设评详踩转返采长阅隐顶默",
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
    # --- chrome of site types the dev corpus lacks (gov/university/TW-HK news, WeChat
    # mirrors, shops, forums, Q&A, English blogs); each cue a family of wordings, both
    # scripts through the fold. Anchored alternatives start with a character of `first`;
    # the others contain one of `words`.
    # share rows: a share verb with share targets, or three targets ("分享 Facebook LINE
    # 複製連結", "列印 | 轉寄 | 分享至LINE", "Share  Tweet  Pin  Email")
    Cue(
        "share",
        r"^(?=.*(?:分享|转寄|列印|打印|复制|share|tweet|pin|print|email))"
        rf"(?:{_SHARE_TOKEN}\s*:?\s*[|/·,、•]*\s*){{2,}}$"
        r"|^(?:分享本文|分享此文|分享文章|分享这篇文章|转寄|列印|友善列印|友善打印|"
        r"share(?:\s+this(?:\s+(?:article|post|story|page))?)?|tweet|pin\s+it|print\s+this\s+(?:page|article)|"
        r"转寄给?好友|email\s+this)\s*:?$"
        r"|^click\s+to\s+(?:share|print|email)(?![a-z]).{0,50}$|扫码分享|微信扫码",
        _I,
        max_len=80,
        words=(
            *("分享", "转寄", "列印", "打印", "复制", "share", "tweet", "pin", "print", "email"),
            "微信扫码",
        ),
    ),
    Cue(
        "share",
        rf"^(?:{_SHARE_NET}(?![a-z])\s*[|/·•]?\s*){{3,}}$",
        _I,
        max_len=80,
        first="fFtTlLwWpPrR噗微新朋qQ豆eE邮电mM",
    ),
    # follow/subscribe prompts ("加入LINE好友，新聞不漏接", "按此訂閱電子報")
    Cue(
        "share",
        r"^\W{0,3}\s*(?:按此|点此|点击|立即|马上|欢迎|请|免费)?\s*(?:加入|追踪|关注|订阅|按赞|follow)\s*"
        r"(?:我们|本站|本台|本报|本号)?\s*(?:的|官方)?\s*\S{0,10}?"
        r"(?:好友|粉丝团|粉丝专页|粉丝页|帐号|账号|频道|公众号|电子报|新闻信|newsletter|youtube|"
        r"instagram|facebook|line|ig)(?:\s*[,!:]\s*[^。?!,]{0,8})?\s*\W{0,3}$"
        r"|^\W{0,3}\s*(?:点击|长按|扫码|扫描).{0,12}?(?:关注|订阅)(?:我们|本号|公众号)\s*\W{0,3}$"
        r"|^(?:追踪|关注|follow)\s*(?:我们|us)(?:\s*(?:on)?\s*:)?\s*\W{0,3}$"
        r"|^(?:subscribe|sign\s+up)(?:\s+(?:to|for))?\s+(?:our\s+)?newsletter(?![a-z]).{0,20}$"
        r"|^\+?\s*(?:关注|已关注|取消关注|追踪)(?:他|她|ta|作者)?(?:\s*[\d.,]+\s*[万wk]?)?$",
        _I,
        max_len=40,
        words=("加入", "追踪", "关注", "订阅", "按赞", "follow", "newsletter"),
    ),
    # app banners ("立即下載App，睇更多新聞", "打开APP查看全文", "…，尽在财经APP")
    Cue(
        "app",
        r"^(?:立即|马上|现在|点击|免费|请|扫码|扫描二维码)?\s*(?:打开|下载|安装|前往|使用|用|去)\s*\S{0,8}?\s*"
        r"(?:app|客户端)"
        r"(?:\s*[,:!]?\s*(?:阅读|查看|观看|发现|体验|获取|睇|看|收听|浏览)[^。?!]{0,12})?$"
        r"|^[^。?!]{0,16}(?:尽在|就在|下载|打开)\s*\S{0,8}?\s*(?:app|客户端)\s*!?$"
        r"|^(?:在|用)?\s*(?:app|客户端)\s*(?:内|中|里)?\s*(?:打开|阅读|查看|观看)[^。?!]{0,8}$",
        _I,
        max_len=40,
        words=("app", "客户端"),
    ),
    # "read more" prompts ("展开阅读全文 ∨", "查看全部 14 个回答", "继续滑动看下一个", "Read more")
    Cue(
        "more",
        r"^(?:点击|点我|点此|按此|轻触|点按)?\s*(?:展开|显示|加载|查看|阅读)\s*(?:阅读|查看)?\s*"
        r"(?:全文|全部|更多|剩余全文|剩余内容|完整内容|完整版|原文)(?:评论|回复|回覆|回答|留言|内容|精彩)?"
        r"[^\p{Han}\d]{0,4}$"
        r"|^看更多\S{0,10}$"
        r"|^戳\s*[“\"]?阅读原文[”\"]?\S{0,10}$"
        r"|^(?:查看|显示|展开|阅读)\s*(?:全部|所有|其余|其他)\s*\d+\s*(?:个|条|则|篇|项)?\s*"
        r"(?:回答|评论|留言|回复|回覆|答案|讨论|内容|文章)\s*[^\p{Han}\d]{0,3}$"
        r"|^(?:点击|点我|点此|按此|轻触|点按)\s*(?:看|查看|阅读|浏览)\s*(?:更多|全文|原文)[^。?!,]{0,12}$"
        r"|^继续(?:阅读|浏览|滑动)(?:看下一\S{0,2}|下一\S{0,2}|全文|内容|原文)?[^\p{Han}]{0,4}$"
        r"|^向上滑动\S{0,8}$"
        r"|^返回\S{0,6}\s*,?\s*(?:查看|浏览|看)更多\S{0,6}$"
        r"|^(?:read|view|see|show|load)\s+(?:more|all|full\s+(?:article|story|post))(?![a-z]).{0,20}$"
        r"|^continue\s+reading(?![a-z]).{0,30}$"
        r"|^more\s*(?:»|>>|>|›|\.\.\.|…)$",
        _I,
        max_len=40,
        first="点按轻展显加查阅继向返看戳rRvVsSſlLcCmM",
    ),
    # comment sections ("已有 2 条评论", "请您文明上网、理性发言…", "Leave a Reply")
    Cue(
        "comments",
        r"^(?:已有|共有|共|全部|暂无|查看)\s*\d*\s*(?:条|则|个|位)?\s*(?:网友)?(?:评论|留言|回复|回覆|跟帖|回应)"
        r"(?:\s*[(\[]\s*\d+\s*[)\]])?\s*[^\p{Han}\d]{0,3}$"
        r"|^(?:评论|留言|跟帖|回应)\s*(?:[(\[]\s*\d+\s*[)\]]|\d+)$"
        r"|^(?:发表|写|添加|我要|参与)(?:评论|留言|回复|回覆|回答|回应)\s*[^\p{Han}]{0,3}$"
        r"|^(?:网友|用户|读者)?(?:评论|留言)(?:区|列表)$"
        r"|^(?:leave\s+a\s+(?:reply|comment)|cancel\s+reply|post\s+(?:a\s+)?comment|"
        r"submit\s+comment|add\s+(?:a\s+)?comment|no\s+comments(?:\s+yet)?|"
        r"comments?\s*\(\d+\)|your\s+email\s+address\s+will\s+not\s+be\s+published|"
        r"required\s+fields\s+are\s+marked)(?![a-z]).{0,60}$"
        r"|^(?:reply|like\s+this:?|loading\.\.\.)$",
        _I,
        max_len=80,
        first="已共全暂查发写添我参网用读评留跟回lLcCpPsSſaAnNyYrR",
    ),
    Cue(
        "comments",
        r"文明上网|理性发言|文明发言|文明评论|注册后(?:才能|才可以|方可)?(?:发表|参与)?评论|"
        r"登录后(?:才能|才可以|方可)?(?:发表|参与)评论|评论仅代表网友|网友评论仅供"
        r"|^\d+\s*(?:条|则|个)\s*(?:评论|留言|跟帖|回应|回答|回复|回覆)(?:\s*[•·|]\s*[^。!?]{0,40})?$"
        r"|^\d+\s+(?:comments?|replies)$"
        r"|抢沙发|还没有(?:人)?评论|暂无评论",
        _I,
        max_len=80,
        words=(
            *("明上网", "性发言", "明发言", "评论", "留言", "跟帖", "回应", "回答", "comment"),
            *("回复", "回覆"),
            *("replies", "抢沙发"),
        ),
    ),
    # logins in Taiwan and English wordings ("會員登入", "登入/註冊", "Sign in")
    Cue(
        "login",
        r"^(?:会员|立即|请先|请|快速)?登入(?:\s*[/|]\s*(?:注册|加入会员))?$|^(?:注册|加入会员)\s*[/|]\s*登入$"
        r"|^(?:log\s*in|sign\s*in|sign\s*up|register|log\s*out)(?:\s*(?:[|/]|or)\s*(?:log\s*in|sign\s*in|"
        r"sign\s*up|register))*$",
        _I,
        max_len=30,
        first="会立请快登注加lLsSſrR",
    ),
    # visitor counters ("您是第 123456 位访问者")
    Cue(
        "counter",
        r"^(?:您是(?:本站)?第\s*\d+\s*位访(?:问|客)者|(?:今日|总|本站|网站)?访问(?:量|人数|次数)\s*:?\s*\d+"
        r"|在线人数\s*:?\s*\d+)\S{0,4}$",
        max_len=40,
        first="您今总本网访在",
    ),
    # previous/next links and back links ("上一条：…", "回上一頁", "1 2 3 下一頁 »")
    Cue(
        "widget",
        r"^(?:上一条|下一条|上一则|下一则|上一篇文章|下一篇文章|上篇|下篇|前一篇|后一篇|上一主题|"
        r"下一主题|上一章|下一章|上一个|下一个|上一项|下一项|previous(?:\s+(?:post|article|story))?|"
        r"next(?:\s+(?:post|article|story))?|prev)\s*[:>»]"
        r"|^(?:上一篇|下一篇|上一条|下一条|上一则|下一则)\s+[^。!?]{1,40}$"
        r"|^(?:previous|next|prev|older|newer)\s+(?:post|article|entry|story|page)s?$"
        r"|^(?:回|返回)\s*(?:上一?页|上一?层|列表|首页|主页|目录|前页|顶部|页首|页顶|上方)$"
        r"|^(?:上一页|首页|«|<<)\s*(?:\d{1,3}\s+){1,12}\d{1,3}(?:\s*(?:下一页|下页|»|>|>>))?$",
        _I,
        max_len=80,
        first="上下前后回返pPnNoO首«<",
    ),
    Cue(
        "widget",
        r"^(?:\d{1,3}\s+){1,12}(?:下一页|下页|末页|尾页|next|»|>)(?:\s*(?:»|>|>>))?$",
        _I,
        max_len=60,
        words=("下一页", "下页", "末页", "尾页", "next", "»", ">"),
    ),
    # rows of buttons ("返回列表 发新帖", "赞同 156  12 条评论  分享  收藏", "加入購物車　立即結帳")
    Cue(
        "widget",
        rf"^{_BUTTON}{_COUNT}(?:\s*[|·/,]?\s*(?:\d+\s*(?:条|个|人)?\s*)?{_BUTTON}{_COUNT})+\s*$",
        _I,
        max_len=80,
        first=_BUTTON_FIRST,
    ),
    # lone forum/Q&A actions, font-size pickers ("回覆文章", "字級：小 中 大", "A+ A-")
    Cue(
        "widget",
        r"^(?:回复文章|回覆文章|发新帖|发表新帖|发表新主题|快速回复|发表回复|回复本帖|回覆本文|我要回复|"
        r"我要回答|写回答|关注问题|邀请回答|关闭本页|关闭页面|列印本页|打印此页|列印此页|友善列印|"
        r"回顶部|回页首|回到顶端|回顶端|加入购物车|立即购买|立即结账|立即结帐|加入收藏|立即订购|"
        r"马上抢购|默认排序|按时间排序|按热度排序|我来说两句|我要说两句|打赏|赞赏支持)$"
        r"|^(?:字级|字体|字号|字型|文字|字型大小|文字大小|字体大小)(?:设定|设置|调整|选择)?\s*:?\s*"
        r"(?:(?:[大中小特]|默认|标准|超大|特大|较大|较小|a\s*[+-])\s*){0,5}$"
        r"|^[大中小]字(?:号|体)$"
        r"|^(?:a\s*[+-]\s*){2,3}(?:收藏本文|收藏|打印|分享)?$",
        _I,
        max_len=30,
        first="回发快我写关邀字文aA列打友加立马默按打赞大中小",
    ),
    # forum profile rows ("Lv.12 | 文章 856 | 積分 4321")
    Cue(
        "profile",
        r"^(?:lv\.?\s*\d+\s*[|·]?\s*)?(?:(?:文章|帖子|积分|主题|回帖|精华|威望|金钱|经验|贡献|声望|发帖|"
        r"粉丝|关注|获赞|等级|原创|排名|访问)\s*:?\s*\d+\s*[|·]?\s*){2,}$",
        _I,
        max_len=60,
        head_only=True,
        first="lL文帖积主回精威金经贡声发粉关获等原排访",
    ),
    # a blog's category in the head ("分類：前端開發")
    Cue(
        "tags",
        r"^(?:分类|文章分类|所属分类|类别|栏目|所属栏目|分类目录)\s*:\s*[^。,;!?:]{1,20}$",
        max_len=30,
        head_only=True,
        first="分文所类栏",
    ),
    # English post categories and tags ("Posted in Uncategorized", "Tagged: redis, nosql")
    Cue(
        "tags",
        r"^(?:posted\s+in|filed\s+under|tagged(?:\s+with)?)\s*:?\s+\S.{0,80}$"
        r"|^(?:categories|category|tags?)\s*:\s*\S.{0,80}$",
        _I,
        max_len=100,
        first="pPfFtTcC",
    ),
    # cookie banners ("我们使用 Cookie 来改善您的浏览体验…")
    Cue(
        "cookie",
        r"我们(?:会)?(?:使用|采用|利用)\s*cookies?|本(?:网)?站(?:会)?(?:使用|采用|利用)\s*cookies?|"
        r"cookies?\s*(?:政策|设定|设置|偏好|声明|policy|settings|preferences|consent)|"
        r"we\s+use\s+cookies|(?:this|our)\s+(?:web)?site\s+uses\s+cookies|accept\s+(?:all\s+)?cookies|"
        r"继续(?:浏览|使用)\S{0,12}(?:即|则)?(?:表示|视为)?\S{0,4}(?:同意|接受)"
        r"|(?:接受|同意|拒绝)\s*(?:全部|所有)?\s*cookies?",
        _I,
        max_len=240,
        words=("cookie", "继续浏览", "继续使用"),
    ),
    # shop: star ratings, shipping/payment panels in the head
    Cue(
        "shop",
        r"^[★☆✩✮⭐]{3,5}\s*(?:\d(?:\.\d)?)?(?:\s*/\s*5)?\s*(?:[(\[]?\s*\d+\s*(?:则|条|个|人|篇)?\s*"
        r"(?:评价|评论|评分|reviews?|ratings?)\s*[)\]]?)?$",
        _I,
        max_len=40,
        first="★☆✩✮⭐",
    ),
    Cue(
        "shop",
        r"^(?:付款方式|支付方式|运送方式|配送方式|送货方式|取货方式|运费|配送范围|配送区域|发货地|"
        r"发货时间|所在地|所在地区)\s*:"
        r"|^(?:月销量?|销量|已售|库存|累计评价)\s*:?\s*\d+\S{0,3}$",
        max_len=60,
        head_only=True,
        first="付支运配送取发所月销已库累",
    ),
    # related-list headings, with a colon or not, and "people also viewed"
    Cue(
        "related",
        r"^(?:相关(?:新闻|文章|阅读|推荐|报道|报导|链接|连结|资讯|内容|技术|文档|产品|商品|专利|帖子|话题|"
        r"问题|视频|主题|图集|搜索|菜谱|食谱|课程|专题)|(?:其他|其它)?(?:类似|相似)问题|延伸阅读|推荐阅读|推荐文章|热门(?:推荐|文章|文档|阅读|新闻|资讯|帖子|"
        r"话题|标签|搜索|关键词)|猜你喜欢|你可能(?:还|也)?(?:喜欢|感兴趣|会喜欢)|您可能(?:还|也)?"
        r"(?:喜欢|感兴趣|会喜欢)|大家都在看|为你推荐|为您推荐|精彩推荐|编辑推荐|最新(?:文章|资讯|新闻|发布)|"
        r"全站热搜|更多(?:新闻|文章|精彩|资讯|推荐|报道)|看过此\S{0,4}的人(?:也|还)(?:看了|买了|喜欢)|"
        r"购买此\S{0,4}的人(?:也|还)(?:看了|买了)|喜欢此内容的人还喜欢|同类商品|热销商品|"
        r"创作者介绍|博主介绍|关于博主|往期(?:推荐|回顾|精选|精彩)|精选文章|热文推荐|热点(?:推荐|新闻|资讯)|"
        r"今日热点|(?:点击|阅读|热门|评论|新闻)排行榜?|"
        r"related(?:\s+(?:posts?|articles?|stories|news))?|recent\s+comments|archives|categories|"
        r"you\s+(?:may|might)\s+also\s+like|more\s+(?:stories|posts|articles)|recommended\s+for\s+you|"
        r"popular\s+posts|recent\s+posts)\s*:?$",
        _I,
        max_len=40,
        first="相延推热猜你您大为精编最全更看购喜商同创博关往今点阅评新排其类rRyYmMpPaAcC",
    ),
    # sponsored-link labels
    Cue(
        "ad",
        r"^(?:赞助商?连结|赞助商?链接|赞助内容|赞助广告|广告赞助|广告连结|广告链接|sponsored(?:\s+links?)?|"
        r"advertisement)\s*:?$",
        _I,
        max_len=30,
        first="赞广sSſaA",
    ),
    Cue(
        "copyright",
        r"^©\s*(?:19|20)\d\d|^copyright\s*(?:©|&copy;)\s*(?:19|20)\d\d",
        _I,
        max_len=120,
        first="©cCK",
    ),
    # site footers: operator lines, site ids, policy links, browser advice, contact lines,
    # hotlines ("主办单位：…　承办单位：…", "政府网站找错", "本網站最佳瀏覽解析度為…")
    Cue(
        "footer",
        r"^(?:主办单位|主办|承办单位|承办|协办单位|网站主办|主管单位|主管|建设单位|运维单位|维护单位|"
        r"技术支持|网站管理|内容维护|网站维护)\s*:.{1,40}?\s(?:承办单位|承办|协办单位|主管单位|"
        r"技术支持|运维单位|维护单位|网站标识码|icp|联系电话|电话|地址|邮编)\s*[:备]"
        r"|^(?:政府)?网站标识码\s*:?\s*\d"
        r"|^(?:隐私权?(?:政策|声明|保护\S{0,2}|条款)?|隐私权及资讯安全政策|资讯安全政策|"
        r"(?:政府)?网站资料开放宣告|资料开放宣告|无障碍(?:声明|说明|浏览|服务)?|使用条款|服务条款|"
        r"网站声明|网站地图|网站导览|联络我们|联系我们|关于我们|意见信箱|常见问答|"
        r"privacy\s+policy|terms\s+of\s+(?:use|service)|cookie\s+policy|contact\s+us|about\s+us|"
        r"sitemap)(?:\s*[|·/]\s*[^|·/]{1,14}){1,8}$"
        r"|^(?:地址|校址|通讯地址|联络地址|联系地址|学校地址|单位地址|公司地址|办公地址)\s*:.{2,50}?\s"
        r"(?:电话|总机|邮编|邮政编码|传真|服务热线|联络电话|联系电话)\s*:"
        r"|^(?:联系电话|电话|传真|联络电话)\s*:\s*[\d\-()+\s]{7,20}\s+(?:传真|邮箱|邮编|地址|电话|email)\s*:"
        r"|^(?:技术支持|网站建设|网站制作|网站设计|建站|设计制作)\s*:\s*\S.{0,28}?"
        r"(?:公司|科技|网络|信息技术|工作室|集团)$"
        r"|^(?:privacy\s+policy|terms\s+of\s+(?:use|service)|cookie\s+policy|skip\s+to\s+(?:main\s+)?"
        r"content)$"
        r"|^(?:客服专线|客服电话|客服热线|服务热线|全国服务热线|咨询热线|总机|免费专线|联络电话)\s*:\s*"
        r"[\d\-()+\s]{7,20}(?:\s*[(\[].{0,24}[)\]])?$"
        r"|^(?:投稿|联系|合作|商务合作)\s*(?:邮箱|信箱|邮件)\s*:",
        _I,
        max_len=120,
        first="主承协网建运维技内地校通联客服全咨总免投合商隐资政无使关意常学单公办电传设pPtTcCaAsSſ",
    ),
    Cue(
        "footer",
        r"政府网站找错|网站纠错|最佳(?:浏览|观看|显示)(?:解析度|分辨率|效果)|建议(?:使用|以)\S{0,30}浏览器"
        r"|不良信息举报|(?:proudly\s+)?powered\s+by\s+\S+",
        _I,
        max_len=120,
        # words with rare first characters: each scan stops at fewer places
        words=(
            "站找错",
            "站纠错",
            "佳浏览",
            "佳观看",
            "佳显示",
            "浏览器",
            "不良信息举报",
            "powered by",
        ),
    ),
    # disclaimers ("声明：本文转载自网络…", "该文观点仅代表作者本人", "※本文僅供參考…")
    Cue(
        "disclaimer",
        r"^[※*#【\[]?\s*(?:特别|重要|郑重)?声明\s*:.{0,10}(?:转载|来源|来自|网络|观点|版权|侵权|仅代表|仅供|"
        r"原创|本站|本文|本平台|本网|本号)",
        max_len=120,
        first="※*#【[特重郑声",
    ),
    Cue(
        "disclaimer",
        r"转载自网络|来源于网络|版权归原作者|版权归\S{1,10}所有|如(?:有|涉及|涉)侵权\S{0,3}(?:请|敬请)?"
        r"\s*(?:联系|告知|通知)|侵权(?:请|必)?(?:联系)?删除|观点仅代表作者|仅代表作者(?:本人|个人)?"
        r"(?:观点|立场)|不代表本(?:站|网|平台|号|刊)(?:观点|立场)|仅提供信息(?:存储|发布)(?:空间)?服务|"
        r"文责自负|本文仅供参考|仅供(?:学习|研究|交流|参考|个人)\S{0,4}[,。;]\s*(?:请勿|不得|如|若|严禁|禁止)|"
        r"为(?:会员|网友|用户)上传|知识点与官方知识档案匹配"
        r"|(?:本文|文章|以上内容|该文|此文)\S{0,20}仅代表\S{0,10}(?:观点|立场)"
        r"|不代表\S{0,8}(?:新闻|网|平台|号|本站)的?(?:观点|立场)"
        r"|转载\s*,?\s*请(?:注明|保留|联系)|未经(?:授权|许可|同意)\S{0,6}(?:不得|禁止|严禁|请勿)\S{0,4}"
        r"(?:转载|复制|使用)|(?:市场|股市|投资)有风险\s*,?\s*投资需谨慎"
        r"|(?:图片|素材|内容|文章|部分图片)(?:来源|来自|源自)于?(?:网络|互联网)"
        r"|(?:以上|本文|文章)(?:内容|信息|观点)?仅供参考|来自互联网用户投稿",
        max_len=120,
        words=(
            *("载自网络", "源于网络", "版权归", "侵权", "观点仅代表", "仅代表作者", "代表本"),
            *("仅提供信息", "责自负", "仅供", "员上传", "友上传", "户上传", "识点与官方"),
            *(
                "仅代表",
                "不代表",
                "转载",
                "未经",
                "需谨慎",
                "源网络",
                "源于网络",
                "自网络",
                "源自网络",
            ),
            *("源互联网", "源于互联网", "自互联网", "源自互联网", "互联网用户投稿"),
        ),
    ),
    # WeChat-mirror leftovers ("预览时标签不可点", "收录于合集 #…", "微信扫一扫赞赏作者")
    Cue(
        "wechat",
        r"^(?:预览时标签不可点|微信扫一扫\S{0,12}|写留言|留言|赞赏|赞赏作者|喜欢作者|"
        r"视频小程序赞|轻点两下取消赞|轻点两下取消在看|在看|点个?在看\S{0,12}|"
        r"收录于(?:合集|话题)\s*\S{0,40}(?:\s+\S{1,8})?|赞|"
        r"(?:文章)?(?:被)?收录于专栏\s*:?.{0,30})$",
        max_len=60,
        first="预微写留赞喜视轻在点收文被",
    ),
    # forums and Q&A: PTT signatures and pushes, search placeholders
    Cue(
        "forum",
        r"^※\s*(?:发信站|文章网址|编辑|修改|转录至|转录者)\s*:"
        r"|^(?:推|嘘|→)\s*[A-Za-z0-9_]{2,14}\s*:.{0,80}?\s(?:\d{1,3}(?:\.\d{1,3}){3}\s+)?"
        r"\d\d/\d\d(?:\s+\d\d:\d\d)?$"
        r"|^(?:搜索|搜寻|search)\S{0,14}(?:…|\.{3})$",
        _I,
        max_len=160,
        first="※推嘘→搜sSſ",
    ),
    # families seen on more site types (red-team set C): a share verb with its colon, page
    # and chapter navigation, fold/unfold buttons, authorship notices, foot headings
    Cue("widget", r"^(?:分享|转发|收藏|打印|举报)\s*:$", max_len=10, first="分转收打举"),
    Cue(
        "pagination",
        r"^第\s*\d{1,4}\s*页\s*[,/]?\s*共\s*\d{1,4}\s*页$|^共\s*\d{1,4}\s*页$",
        max_len=20,
        first="第共",
    ),
    Cue(
        "widget",
        r"^(?:上一(?:章|页|篇|张)|上页)\s*.{0,16}?\s*(?:下一(?:章|页|篇|张)|下页)$",
        max_len=40,
        first="上",
    ),
    Cue(
        "more", r"^(?:收起|展开)(?:全文|全部|更多)?\s*[^\p{Han}\d]{0,2}$", max_len=40, first="收展"
    ),
    Cue("more", r"点击下一页继续(?:阅读|浏览)", max_len=40, words=("下一页继续",)),
    # any "…地址：… 电话：…" footer line ("醫院地址：…　諮詢電話：…")
    Cue(
        "footer",
        r"\S{1,4}地址\s*:.{2,50}?\s"
        r"(?:电话|总机|邮编|邮政编码|传真|服务热线|联络电话|联系电话|咨询电话|咨询热线)\s*:",
        max_len=120,
        words=("地址",),
    ),
    Cue(
        "copyright",
        r"著作权归\S{0,20}所有|^©\s*著作权",
        max_len=120,
        words=("著作权",),
    ),
    Cue(
        "disclaimer",
        r"未经\S{0,6}(?:授权|许可|同意)\s*,?\s*(?:不得|禁止|严禁|请勿|谢绝)\S{0,4}(?:转载|复制|使用)"
        r"|谢绝转载|禁止转载|仅供(?:学习|研究|交流|参考)\S{0,4},\s*不(?:作为|构成|代表)",
        max_len=120,
        words=("转载", "仅供"),
    ),
    Cue(
        "related",
        r"^(?:热门|热门排行|图集推荐|视频推荐|图片推荐|编辑推介|编辑推荐)$",
        max_len=10,
        first="热图视编",
    ),
    Cue("comments", r"^(?:读者|网友|用户)(?:回应|回复|评论|留言)$", max_len=10, first="读网用"),
    # a comment heading with its count ("亮了的回复 (3)", "热门评论(12)"), share prompts
    Cue(
        "comments",
        r"\S{0,6}(?:回复|回覆|评论|留言)\s*[(\[]\s*\d+\s*[)\]]$",
        max_len=20,
        words=("回复", "回覆", "评论", "留言"),
    ),
    Cue(
        "share",
        r"^(?:点击)?分享(?:给|到)?\S{0,2}让?更多(?:的)?(?:人|朋友|好友)\S{0,4}$",
        max_len=20,
        first="点分",
    ),
    # a call to the reader, anywhere on a site's own line ("本文由XX原创,欢迎关注", "快来这里
    # 追踪", "请关注XX公众号"): a request to follow, subscribe or join is never the article's
    # own text on a line of its own (none in the developer corpus or the red-team sets)
    Cue(
        "promo",
        r"(?:欢迎|快来|敬请)\S{0,12}?(?:关注|订阅|追踪|转发|点赞|收藏|留言)"
        r"|欢迎\S{0,8}?加入\S{0,8}?(?:好友|群|社群|会员|粉丝)|请\S{0,4}?(?:关注|订阅|追踪)"
        r"|(?:关注|订阅|追踪)\S{0,10}?(?:公众号|微信号|头条号|百家号|服务号|订阅号|视频号|抖音号|"
        r"账号|帐号|频道|粉丝团|专页)"
        r"|^(?:点我|按我|戳我|戳这里|点这里|按这里|点击这里|点击此处|猛戳)"
        # an app named by the site ("打开凤凰新闻，查看更多高清图片", "打开头条 看更多")
        r"|^(?:打开|下载)\S{2,8}?(?:新闻|头条|app|客户端)\s*,?\s*(?:查看|阅读|观看|看|获取|体验)",
        _I,
        max_len=80,
        words=(
            *("关注", "订阅", "追踪", "转发", "点赞", "收藏", "留言", "加入"),
            *("点我", "按我", "戳", "点这里", "按这里", "点击这里", "点击此处", "打开", "下载"),
        ),
    ),
    # the reader's buttons with their counts ("點讚 1203　投幣 856　收藏 2104", "转发 56",
    # "赞(3)"): chrome, where a read count ("阅读 (2386)") is the article's meta
    Cue(
        "counter",
        r"^(?:(?:点赞|赞同|赞|转发|转推|评论|收藏|分享|投币|喜欢|在看|踩|反对|顶|打赏|弹幕)\s*"
        r"[(\[:]?\s*\d[\d,.]*\s*[万wk]?\+?\s*[)\]]?\s*(?:[|·•/]\s*)?){1,6}$",
        max_len=60,
        first="点赞转评收分投喜在踩反顶打弹",
    ),
    # a related-links heading with its links on the same line ("相关推荐：2024年…汇总 | 各地报名入口
    # | 考试大纲"), and a previous/next pair ("上 / 下一篇新聞")
    Cue(
        "related",
        r"^(?:相关推荐|相关阅读|推荐阅读|相关文章|延伸阅读|相关新闻|相关链接)\s*:\s*[^。!?]{1,60}"
        r"(?:\s*\|\s*[^。!?|]{1,40}){1,8}$"
        r"|^上\s*/\s*下一(?:篇|条|则|章)\S{0,4}$",
        max_len=160,
        first="相推延上",
    ),
    # a gallery's picture counter ("（1/6）", "3/12")
    Cue(
        "gallery",
        r"^[(\[【]?\s*\d{1,3}\s*/\s*\d{1,3}\s*[)\]】]?$",
        max_len=14,
        first="([【0123456789",
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
    return recache.compile("|".join(map(re.escape, words))) if words else None


@functools.cache
def _gate(n: int, head: bool) -> tuple[int, re.Pattern[str] | None, re.Pattern[str] | None]:
    """For a line of length ``n``: the cues that may run on it (a bit mask over :data:`CUES`)
    and the word scans for them."""
    mask = sum(
        1 << i for i, cue in enumerate(CUES) if n <= cue.max_len and (head or not cue.head_only)
    )
    return mask, _scan(mask, False), _scan(mask, True)


def _candidates(s: str, head: bool) -> tuple[int, int]:
    """The cues (a bit mask over :data:`CUES`) whose pattern may match ``s``, a stripped
    folded line (for most lines none), and those of them ruled in by a word of theirs.

    A cue ruled in by its first character alone can only match at the start of ``s``: each
    alternative of its pattern starts with ``^`` but those that hold one of its words (a test
    checks every pattern), so it is matched there, not searched for along the line."""
    c = s[0]
    first = _FIRST.get(c)
    if first is None:
        first = _DIGIT_CUES if c.isdecimal() or c > "\uffff" else 0
    mask = 0
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
            return eligible, eligible
        cues = _word_cues(True)
        m = latin.search(low)
        while m is not None:
            mask |= cues[m[0]]
            m = latin.search(low, m.end())
    return (first | mask) & eligible, mask


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
    mask, searched = _candidates(s, head)
    if mask and _RX.numbered.match(s):
        return None  # a numbered item is the article's own list
    while mask:
        low = mask & -mask
        mask ^= low
        cue = CUES[low.bit_length() - 1]
        m = cue.pattern.search(s) if low & searched else cue.pattern.match(s)
        # a cue inside a sentence ("用户登录后可以查看订单。") is the sentence's word
        if m is not None and (
            m.start() == 0
            or cue.reason not in _WORDY
            or _RX.sentence_mark.search(s) is None
            or (cue.reason == "copyright" and len(s) <= 30)  # "本站版权所有,翻印必究。"
            # two login buttons after a greeting ("你好,请登录 免费注册"): a sentence has one
            or (cue.reason == "login" and "。" not in s and len(cue.pattern.findall(s)) >= 2)
        ):
            return f"boilerplate:{cue.reason}"
    if s[0] in "[【" and s[-1] in "]】" and 3 < len(s) <= 14:
        # one button in brackets ("【关闭窗口】"): what it says is a cue; a bracketed section
        # word ("【背景技術】") is not
        return judge_chrome(s[1:-1], head=head)
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


_WORD_LIMIT = max(cue.max_len for cue in CUES if cue.words)
"""No cue with words runs on a longer line: longer lines are not scanned for words."""


@functools.cache
def _unfolded_scan() -> tuple[re.Pattern[str], dict[str, tuple[int, int]]]:
    """A scan of the plain lines as written for every cue word of :func:`_word_cues` (the
    words of ASCII letters in any case): a match is the anchor of a word the *fold* of the
    line holds (:func:`.cues.anchored`), or a character whose ``lower()`` makes
    :func:`_candidates` rule every cue in (``İ``, ``ſ``, U+0307). And for each character a
    match may be, the longest line (in the head, after it) a cue of a word through it may
    run on. Both built once and kept on disk (:func:`..recache.derived`: ~50M instructions,
    an eighth of a cold start)."""
    source, by_char = recache.derived("chrome-unfolded-scan", _build_unfolded_scan)
    return recache.compile(source), {c: (h, b) for c, (h, b) in by_char.items()}


def _build_unfolded_scan() -> tuple[str, dict[str, tuple[int, int]]]:
    limits = _word_limits()
    parts, by_char = [], {}
    for latin in (False, True):
        words = list(_word_cues(latin))
        branches = anchored(words, caseless=latin)
        parts += branches.values()
        by_anchor: dict[str, list[tuple[int, int]]] = {}
        for w in words:
            by_anchor.setdefault(w[anchor_index(w)], []).append(limits[w])
        for anchor in branches:
            ruled = by_anchor[anchor]
            most = (max(h for h, _ in ruled), max(b for _, b in ruled))
            for c in preimage(anchor, caseless=latin and anchor.isalpha()):
                by_char[c] = most
    for c in "\u0130\u017f\u0307":
        parts.append(c)
        by_char[c] = (601, 601)  # every cue is ruled in
    return "|".join(parts), by_char


@functools.cache
def _word_limits() -> dict[str, tuple[int, int]]:
    """Cue word (folded; lowercase if Latin) → the longest line any cue it rules in may run
    on, in the head and after it."""
    out = {}
    for w, mask in (_word_cues(False) | _word_cues(True)).items():
        ruled = [cue for i, cue in enumerate(CUES) if mask >> i & 1]
        out[w] = (
            max((c.max_len for c in ruled), default=-1),
            max((c.max_len for c in ruled if not c.head_only), default=-1),
        )
    return out


def _fold_char(c: str) -> str:
    cp = ord(c)
    return chr(_fold_table().get(cp, cp))  # not the list: it may not be built yet


@functools.cache  # a property of the character: asked for every line of every page
def _first_mask(c: str) -> int:
    """The cues (a bit mask over :data:`CUES`) that a line starting with ``c`` as written
    may match from its first character (its fold's), or -1 when the line is judged on its
    stripped form (``c`` a lead character or a space)."""
    if c in _LEAD_CHARS or c.isspace():
        return -1
    f = _fold_char(c)
    mask = _FIRST.get(f, 0)
    if f.isdecimal() or c > "\uffff":
        mask |= _DIGIT_CUES
    return mask


_SPACE_LIKE = "\u3000"
"""The characters besides ``" "`` folding to a space (a test checks the table)."""

PREFIX = 3
"""Characters of a line's start on which the cues its first character rules in are tried
before the line is judged (:func:`_may_start`)."""


@functools.lru_cache(maxsize=65536)  # a property of a few characters, asked for most lines
def _may_start(mask: int, prefix: str) -> bool:
    """Whether a cue of ``mask`` (a bit mask over :data:`CUES`) matched at the start of a
    folded line may match one starting with ``prefix``: ``regex``'s partial match says
    whether some continuation of ``prefix`` matches.

    >>> related = [i for i, cue in enumerate(CUES) if cue.first == "相推延上"][0]
    >>> _may_start(1 << related, "上 /"), _may_start(1 << related, "上海市")
    (True, False)
    """
    while mask:
        low = mask & -mask
        mask ^= low
        if CUES[low.bit_length() - 1].pattern.match(prefix, partial=True) is not None:
            return True
    return False


def _first_rules_in(text: str, mask: int) -> bool:
    """Whether :func:`judge_chrome` may label ``text`` (a plain line, not led by a lead
    character or a space, no cue word in it) by a cue of ``mask``, those its first character
    rules in that may run on it, or by a bracketed button (``【关闭窗口】``): whether those cues
    may match its first :data:`PREFIX` characters, folded (``上一篇`` may, ``上海市`` may not).
    Most lines whose first character some cue starts with are told so without folding the
    line or running a pattern on it."""
    if len(text) < PREFIX or _fold_char(text[-1]).isspace():
        return True  # too short for the test, or judged on a shorter stripped form
    if "\u0130" in text or "\u017f" in text or "\u0307" in text:
        return True  # lowercased, these rule every cue in (:func:`_candidates`)
    prefix = "".join(map(_fold_char, text[:PREFIX]))
    if prefix[0] in "[【" or prefix[0] in _LEAD_CHARS or prefix[0].isspace():
        return True
    return _may_start(mask, prefix)


def _suspects(lines: list[tuple[int, str]], end: int) -> list[int]:
    """The indices, among ``lines`` (index, plain kept text: :func:`.cues.plain`), of the
    lines :func:`judge_chrome` may label; it returns ``None`` for every other one, told
    without folding them: a cue word (in either script) in a line short enough for a cue it
    rules in, a first character some cue starts with, or halves that may fold equal.

    One scan of the page for the words (:func:`_unfolded_scan`); the other tests look at a
    character or two of each line."""
    short = [(i, t) for i, t in lines if len(t) <= _WORD_LIMIT]
    texts = [t for _, t in short]
    scan, limits = _unfolded_scan()

    def word(k: int, m: re.Match[str]) -> bool:
        return len(texts[k]) <= limits[m[0]][0 if short[k][0] < end else 1]

    hits = {short[k][0] for k in page_hits(texts, scan, word)}
    out = []
    for i, text in lines:
        n = len(text)
        if i in hits:
            out.append(i)
            continue
        if not n or n > 600:
            continue
        c = text[0]
        mask = _first_mask(c)
        if mask < 0:
            out.append(i)  # judged on its stripped form
            continue
        if mask:
            mask &= _gate(min(n, 601), i < end)[0]
            if mask and _first_rules_in(text, mask):
                out.append(i)
                continue
        if 8 <= n <= 200:
            squeezed = text
            if " " in text or _SPACE_LIKE in text:
                squeezed = text.replace(" ", "").replace(_SPACE_LIKE, "")
            half = len(squeezed) // 2
            if (
                len(squeezed) >= 8
                and len(squeezed) % 2 == 0
                and _fold_char(squeezed[0]) == _fold_char(squeezed[half])
                and _fold_char(squeezed[-1]) == _fold_char(squeezed[half - 1])
            ):
                out.append(i)
    return out


class ChromeLines:
    """Label lines that match the chrome cue vocabulary :data:`CUES` ``boilerplate``.

    Only the lines a cue may match are judged (:func:`_suspects`): most lines of a page are
    never folded."""

    name = "chrome-lines"

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        facts = page_facts(doc)
        end = facts.head_end(lines)
        texts = facts.plain
        todo = [(i, texts[i]) for i, line in enumerate(lines) if line.label is None]
        kept = facts.kept
        for i in _suspects(todo, end):
            reason = judge_chrome(kept[i], head=i < end)
            if reason is not None:
                lines[i].mark("boilerplate", reason)
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
        # this filter only labels lines: kept texts (the page's facts), blank lines and so
        # the nearest nonblank neighbours stay as they are, and each is looked up once
        facts = page_facts(doc)
        kept = facts.kept
        end = facts.head_end(lines)
        head = min(end, len(lines))
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

        # a post's floor number ("#2", "2樓") next to the post's date or its poster's name
        for i, ln in enumerate(lines):
            if (
                ln.label is None
                and len(ln.kept_text) <= 8
                and FLOOR.match(match_form(ln.kept_text)[1].strip())
                and any(
                    j is not None and lines[j].label == "meta"
                    for j in (nonblank(i, -1), nonblank(i, 1))
                )
            ):
                ln.mark("boilerplate", "boilerplate:floor")

        # a breadcrumb without a home item ("港聞 > 財經 > 即時財經") as the page's first line or
        # right under chrome or spam in the head; labelled before the title is looked for, as
        # it may look like a heading
        for i in range(head):
            text = kept[i]
            if (
                lines[i].label is None
                and text
                and len(text) <= 100
                and (
                    (
                        _CRUMB_HINT.search(text) is not None
                        and _RX.crumb.match(match_form(text)[1].strip())
                    )
                    # or items between spaced slashes ("udn / 聯合新聞網 / 要聞 / 政治")
                    or (" / " in text and _SLASH_CRUMB.match(match_form(text)[1].strip()))
                )
            ):
                j = nonblank(i, -1)
                if j is None or (
                    lines[j].label in ("boilerplate", "spam") and lines[j].reason not in _IN_ARTICLE
                ):
                    lines[i].mark("boilerplate", "boilerplate:breadcrumb")

        t, anchored = locate_title(doc, end)
        # a row of links taken for the title when no meta line anchors one ("进入贴吧 全吧搜索
        # 吧内搜索"): chrome, and the title is looked for again
        while t is not None and not anchored:
            row = _button_row(lines[t].kept_text)
            if not (row == "row" or (row == "names" and _by_chrome(lines, t))):
                break
            lines[t].mark("boilerplate", "boilerplate:button-row")
            t, anchored = locate_title(doc, end)
        if anchored and t is not None:
            t = _above_author(lines, t)
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

        # rows of short buttons or links in the head or after the last paragraph ("进入贴吧
        #    全吧搜索 吧内搜索", "首页 资讯 评测 视频"): never the article's own text; before the
        #    link runs below, which spread from them
        last = facts.last_paragraph(lines)
        for i in _zone(lines, head, last):
            ln = lines[i]
            if ln.label is None and ln.kept_text and i != t and not (i < head and protected(i)):
                row = _button_row(ln.kept_text)
                if row == "row" or (
                    row == "names" and (chrome(nonblank(i, -1)) or chrome(nonblank(i, 1)))
                ):
                    ln.mark("boilerplate", "boilerplate:button-row")

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
        # a column's or app's head above a title its date or byline anchors ("首发于" / "AI工程
        #    化实践" / "写文章"): when every undecided line above the title is a short label
        #    (a word or two, no mark), they are the site's, not the article's
        if anchored and t is not None and t < head:
            top = [i for i in range(t) if lines[i].label is None and kept[i]]
            if top and all(_top_label(kept[i]) and not protected(i) for i in top):
                for i in top:
                    lines[i].mark("boilerplate", "boilerplate:top")
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

        # 5. "related news" lists: short lines after a related-heading, up to a paragraph; the
        #    same for a bare tag heading ("文章標籤" / "CSS 盒模型 前端")
        for i, ln in enumerate(lines):
            if ln.reason != "boilerplate:related" and not (
                ln.reason == "boilerplate:tags"
                and _RX.tag_heading.match(match_form(ln.kept_text)[1].strip())
            ):
                continue
            strong = _RX.related.match(match_form(ln.kept_text)[1].strip())
            if i > end or (strong and t is not None and i > t):
                j = nonblank(i, 1)
                # a related title may carry its date ("2022-11-03 燉牛肉放什麼調料好喫"): the
                # date made it a meta line, the list makes it chrome
                while j is not None and (lines[j].label is None or _dated_title(lines[j])):
                    text = lines[j].kept_text
                    if len(text) > 40 or "。" in text:
                        break
                    lines[j].mark("boilerplate", "boilerplate:related")
                    j = nonblank(j, 1)

        # share buttons one to a line ("Facebook" / "Line" / "複製連結"): two or more in a
        #    row, or one next to a share line; hashtags one to a line after the last paragraph
        #    ("#日本" / "#地震"), two or more in a row
        _one_per_line(lines, head, last)
        if last is not None:
            _attachments(lines, last)

        # 6. the tail, after the article's last paragraph: an end mark right above chrome
        #    ("END", "--"); the comments under a comment heading, up to the chrome that ends
        #    them ("已有 2 条评论" / "Wendy 2024-01-15" / "澳大环境真的很好…" / "回复 | 顶(3)");
        #    runs of at most three short link-like lines between two chrome lines
        if last is not None and lines[last].label not in (None, "body"):
            last = facts.last_paragraph(lines)  # never so far: no rule above takes a paragraph
        if last is not None:
            for i in range(last + 1, len(lines)):
                ln = lines[i]
                if (
                    ln.label is None
                    and 0 < len(ln.kept_text) <= 30
                    and _RX.separator.match(ln.kept_text)
                    and chrome(nonblank(i, 1))
                ):
                    ln.mark("boilerplate", "boilerplate:separator")
            for i in range(last + 1, len(lines)):
                if lines[i].reason != "boilerplate:comments":
                    continue
                run, j = [], nonblank(i, 1)
                while j is not None and lines[j].label is None and len(run) <= 6:
                    run.append(j)
                    j = nonblank(j, 1)
                if run and len(run) <= 6 and chrome(j):
                    for k in run:
                        lines[k].mark("boilerplate", "boilerplate:comments")
            i = last + 1
            while i < len(lines):
                if lines[i].label is not None or not lines[i].kept_text:
                    i += 1
                    continue
                run, j = [i], nonblank(i, 1)
                while j is not None and lines[j].label is None and len(run) <= 3:
                    run.append(j)
                    j = nonblank(j, 1)
                if (
                    len(run) <= 3
                    and chrome(j)
                    and chrome(nonblank(run[0], -1))
                    and all(_tail_link(lines[k].kept_text, title) for k in run)
                ):
                    for k in run:
                        lines[k].mark("boilerplate", "boilerplate:tail-run")
                i = run[-1] + 1
            _lone_buttons(lines, head, last, t)  # the foot's buttons anchor its run too
            _foot(lines, last, title)

        # 7. one button word alone on its line ("关注", "回复", "私信") next to chrome or meta, in
        #    the head or the foot
        _lone_buttons(lines, head, last, t)

        # 8. a line printed again at the other edge of the page (a site name or menu in the
        #    head and the foot) is chrome when one copy is
        _repeats(lines, limit if t is not None else 0, last, title)

        # 9. a table of three fields or more that no rule took for chrome ("品牌：美的" /
        #    "容量：4L" / "颜色：白色") is the article's: the learned step does not see tables
        _field_tables(lines)

        return doc


_CRUMB_HINT = re.compile("[>»›→\uff1e]")
_SLASH_CRUMB = re.compile(r"^[^/\s]{1,10}(?:\s+/\s+[^/\s]{1,10}){2,6}$")


def _top_label(text: str) -> bool:
    """A short label above the title: at most ten characters, some Han, no mark.

    >>> _top_label("首發於"), _top_label("AI工程化實踐"), _top_label("96 0")
    (True, True, False)
    >>> _top_label("外資賭場進駐 爭食澳門大餅"), _top_label("注意:")
    (False, False)
    """
    folded = match_form(text)[1].strip()
    return (
        len(folded) <= 10
        and _TWO_HAN_TOP.search(folded) is not None
        and not _RX.linky_bad.search(folded)
        and not _LISTY.match(folded)
        and not _SECTION.match(folded)
    )


_TWO_HAN_TOP = LazyPattern(r"\p{Han}.*\p{Han}", engine="regex")


def _tail_link(text: str, title: str | None) -> bool:
    """A line that may be a link between chrome lines at the tail: short, no sentence or
    clause marks, not the title, not a list item or a section word."""
    folded = match_form(text)[1].strip()
    return (
        len(folded) <= 40
        and text != title
        and not _RX.linky_bad.search(folded)
        and not _LISTY.match(folded)
        and not _SECTION.match(folded)
        and not _RX.numbered.match(folded)
    )


def _foot(lines: list[Line], last: int, title: str | None) -> None:
    """The page foot: after the article's last paragraph, once two chrome lines have shown
    that the article is over, every short line that is not running text is chrome too
    (related-article titles, comment lines, author cards, footer links with words no cue
    knows). The article is one block and chrome sits at its edges: nothing after its last
    paragraph and after two chrome lines is article, bar a numbered item, a section word,
    wrapped text ending in a clause mark, a step's number above its step, an ingredient's
    amount (or the heading above them) or a table of three fields or more: there the article
    goes on, and the run stops. A thread's posts are labelled before (:class:`.MetaLines`)."""
    anchors = [i for i in range(last + 1, len(lines)) if _strong_chrome(lines[i])]
    if len(anchors) < 2:
        return
    # right above the first of them, a column of three or more tags ("人工智能" / "LangGraph"
    # / "AI Agent"): very short lines without a mark
    run, j = [], next_nonblank(lines, anchors[0], -1)
    while j is not None and j > last and lines[j].label is None and _tag_shape(lines[j]):
        run.append(j)
        j = next_nonblank(lines, j, -1)
    if len(run) >= 3:
        for k in run:
            lines[k].mark("boilerplate", "boilerplate:tags")
    # and lone buttons and counts ("关注" / "3" / "点赞")
    j = next_nonblank(lines, anchors[0], -1)
    while j is not None and j > last and lines[j].label is None and _lone_button(lines[j]):
        lines[j].mark("boilerplate", "boilerplate:foot")
        j = next_nonblank(lines, j, -1)
    for i in range(anchors[0] + 1, len(lines)):
        ln = lines[i]
        if ln.label is not None or not ln.kept_text:
            continue
        shape = _foot_shape(ln.kept_text, title)
        if shape and _steps_on(lines, i):
            # a recipe's or a guide's steps and amounts after its buttons: the article goes
            # on, from this line (the learned step would take a short heading for chrome)
            ln.mark("body", "body:steps")
            return
        if shape is None:
            return  # wrapped running text: the article goes on
        if shape:
            ln.mark("boilerplate", "boilerplate:foot")


_STEP = LazyPattern(r"^(?:\d{1,2}|步骤\s*\d{1,2}|第\s*\d{1,2}\s*步)$", engine="regex")
"""A step's number alone on its line (``1``, ``步骤2``, ``第3步``), on folded text."""
_AMOUNT = LazyPattern(
    r"^[\p{Han}A-Za-z]{1,10}[\s:]+(?:\d+(?:\.\d+)?(?:-\d+)?\s*"
    r"(?:克|千克|公斤|斤|两|毫升|升|个|只|根|片|勺|汤匙|茶匙|小匙|大匙|杯|碗|瓣|颗|粒|块|把|段|g|kg|ml)"
    r"|半个|半根|适量|少许|若干)$",
    engine="regex",
)
"""An ingredient and its amount (``猪小排 600克``, ``盐 适量``), on folded text."""


def _steps_on(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is a step's number with its step under it (a sentence: ``1`` /
    ``排骨冷水下锅，…``) or an ingredient's amount: the article goes on after its buttons."""
    folded = match_form(lines[i].kept_text)[1].strip()
    if len(folded) > 24:
        return False
    j = next_nonblank(lines, i, 1)
    after = match_form(lines[j].kept_text)[1].strip() if j is not None else ""
    if _AMOUNT.match(folded) or (j is not None and lines[j].label is None and _AMOUNT.match(after)):
        return True  # an amount, or the heading of a list of them ("用料")
    if _STEP.match(folded):
        if j is None or lines[j].label is not None or "," not in after:
            return False
        # the first step, or one the next step follows (a lone "9" is a count or a level)
        n = int("".join(c for c in folded if c.isdigit()))
        k = next_nonblank(lines, j, 1)
        follows = _STEP.match(match_form(lines[k].kept_text)[1].strip()) if k is not None else None
        return n == 1 or (follows is not None and str(n + 1) in follows.group())
    # a table of three fields or more ("品牌:某某" / "型号:FR4-4L" / "层数:4层"): a product's
    # specifications (the foot's own fields, "分类:" or "标签:", are cues already)
    run = 0
    while j is not None and run < 3 and lines[i].label is None and _SPEC.match(folded):
        run += 1
        i, j = j, next_nonblank(lines, j, 1)
        folded = match_form(lines[i].kept_text)[1].strip()
    return run >= 3


_SPEC = LazyPattern(r"^[\p{Han}A-Za-z]{2,6}\s*:\s*\S.{0,30}$", engine="regex")
"""A field of a specification table: a short key, a short value (on folded text)."""


def _strong_chrome(ln: Line) -> bool:
    return ln.label == "boilerplate" and ln.reason not in _IN_ARTICLE and ln.reason not in _WEAK


_WEAK = frozenset({"boilerplate:debris", "boilerplate:more", "boilerplate:pagination"})
"""Chrome that also sits inside articles (``?`` debris, "展开全文" with the text after it, "第
1 页 共 4 页" with the paper's notes after it)."""


def _foot_shape(text: str, title: str | None) -> bool | None:
    """Whether a line after the foot's chrome is chrome: short and not a sentence (``None``:
    the article goes on: wrapped running text ending in a clause mark, a numbered item, a
    section word such as a product page's ``关键词`` with its value below).

    >>> _foot_shape("澳門博彩股齊升 金沙中國漲逾3%", None), _foot_shape("这是一句话。", None)
    (True, False)
    >>> _foot_shape("1. 第一步", None), _foot_shape("关键词", None)
    (None, None)
    >>> _foot_shape("本指南旨在帮助你提高发问技巧,", None) is None
    True
    """
    folded = match_form(text)[1].strip()
    if not folded or folded.endswith(_CLAUSE_END):
        return None if len(folded) > 8 else False
    if _RX.numbered.match(folded) or _SECTION.match(folded):
        return None  # a numbered item or a section word: the article goes on
    return (
        len(folded) <= 60
        and "。" not in folded
        and text.strip() != title
        and not _READS.match(folded)
        and not _KEYED.match(folded)
    )


_KEYED = LazyPattern(r"^[\[【]\p{Han}{2,6}[\]】]", engine="regex")
"""A bracketed key (``[收稿日期] 2022-01-10``, ``[基金项目] …``): a paper's notes, meta."""


_READS = LazyPattern(
    r"^(?:阅读|阅读量|浏览|浏览量|点击|人气|views?)\s*[:(]?\s*[\d,.]+\s*[万wk]?\s*\)?次?$", re.I
)
"""A read count: the article's meta wherever it sits (``閱讀 (2386)``)."""


_CLAUSE_END = tuple(",、;")


def _tag_shape(ln: Line) -> bool:
    """A tag: at most twelve characters, some letter, no mark, not a number or a list item."""
    text = match_form(ln.kept_text)[1].strip()
    return (
        0 < len(text) <= 12
        and not text.isdigit()
        and not _RX.linky_bad.search(text)
        and not _TAG_BAD.search(text)
        and not _SECTION.match(text)
    )


_TAG_BAD = LazyPattern(
    r"^\s*(?:\d{1,2}[.、)]|[((]?[一二三四五六七八九十]{1,3}[、.)]|[•·●◇▪■□◆*\-])|[.。!?]"
)
_LONE_BUTTONS = frozenset(b for b in _BUTTONS if len(b) >= 2)


def _lone_button(ln: Line, *, digits: bool = True) -> bool:
    """A count (``digits``) or one button word of :data:`_BUTTONS` alone on its line (two
    characters or more: ``推`` alone may be a word)."""
    text = match_form(ln.kept_text)[1].strip()
    return (digits and text.isdigit() and len(text) <= 7) or text in _LONE_BUTTONS


_LONE_SHARE = LazyPattern(rf"^{_SHARE_TOKEN}$", re.I, engine="regex")
_HASHTAG = LazyPattern(r"^#[^\s#\d][^\s#]{0,11}#?$", engine="regex")


_DATED_TITLE = LazyPattern(
    r"^(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s+(?=(?:[^:]*\p{Han}){4})[^:]{4,36}$", engine="regex"
)
"""A date then a title of four Han characters or more, no key (on folded text)."""


def _dated_title(ln: Line) -> bool:
    return ln.reason == "meta:date" and bool(
        _DATED_TITLE.match(match_form(ln.kept_text)[1].strip())
    )


def _one_per_line(lines: list[Line], head: int, last: int | None) -> None:
    """Share buttons and hashtags printed one to a line: each alone is a word an article may
    hold, two or more in a row are a widget (``WhatsApp`` / ``Facebook`` / ``複製連結``; a share
    button also next to a share line: ``分享到：`` / ``微信`` / ``微博``), in the head or after the
    last paragraph (between paragraphs, a list of networks is the article's). Hashtags only
    after the last paragraph (a ``#话题`` inside the text is the writer's)."""
    share: list[int] = []
    tags: list[int] = []
    for i, ln in enumerate(lines):
        text = ln.kept_text
        if ln.label not in (None, "boilerplate") or not text or len(text) > 16:
            continue
        folded = match_form(text)[1].strip()
        after = last is not None and i > last
        if (i < head or after) and _LONE_SHARE.match(folded):
            share.append(i)
        elif after and ln.label is None and _HASHTAG.match(folded):
            tags.append(i)
    for run in _runs(share, lambda i: next_nonblank(lines, i, 1)):
        ends = (next_nonblank(lines, run[0], -1), next_nonblank(lines, run[-1], 1))
        by_share = any(j is not None and lines[j].reason == "boilerplate:share" for j in ends)
        if len(run) >= 2 or by_share:
            for k in run:
                if lines[k].label is None:
                    lines[k].mark("boilerplate", "boilerplate:share")
    for run in _runs(tags, lambda i: next_nonblank(lines, i, 1)):
        if len(run) >= 2:
            for k in run:
                lines[k].mark("boilerplate", "boilerplate:tags")


_FILE = LazyPattern(
    r"^[\w\-.()\p{Han}\s]{0,80}\.(?:docx?|xlsx?|pptx?|pdf|wps|et|zip|rar|7z)$", re.I, engine="regex"
)


def _attachments(lines: list[Line], last: int) -> None:
    """An attachment's file name alone on its line after the last paragraph (``附件1.docx``):
    a link to a file, chrome. At the top of a page a file name is the document's title."""
    for i in range(last + 1, len(lines)):
        ln = lines[i]
        text = ln.kept_text
        if (
            ln.label is None
            and 4 < len(text) <= 90
            and "." in text
            and _FILE.match(match_form(text)[1].strip())
        ):
            ln.mark("boilerplate", "boilerplate:attachment")


def _field_tables(lines: list[Line]) -> None:
    """Label ``body`` (``body:fields``) the undecided lines of runs of three or more fields
    (``品牌：美的`` / ``容量：4L`` / ``颜色：白色``, or ``重量<tab>5g``): a product's or a record's
    table. Fields a cue knows (contact panels, forum profiles) are labelled before."""
    fields = [i for i, ln in enumerate(lines) if ln.label is None and _field(ln.kept_text)]
    for run in _runs(fields, lambda i: next_nonblank(lines, i, 1)):
        if len(run) >= 3:
            for k in run:
                lines[k].mark("body", "body:fields")


def _field(text: str) -> bool:
    if not 3 < len(text) <= 40 or not (":" in text or "：" in text or "\t" in text):
        return False  # (most lines: no fold)
    return bool(_SPEC.match(match_form(text)[1].strip()) or _TAB_FIELD.match(text.strip()))


_TAB_FIELD = LazyPattern(r"^[\p{Han}A-Za-z]{2,6}\t+\S.{0,30}$", engine="regex")
"""A field of a table whose columns a tab separates (``重量<tab>單耳5g``)."""


def _lone_buttons(lines: list[Line], head: int, last: int | None, t: int | None) -> None:
    """Lone button words (:func:`_lone_button`) at the page's edges, and buttons with a count
    at the foot (:func:`_counted`), next to a chrome or meta line (or a button labelled here:
    a column of them)."""
    zone = _zone(lines, head, last)
    foot = last if last is not None else len(lines)
    todo = []
    for i in zone:
        ln = lines[i]
        if ln.label is not None or i == t:
            continue
        text = ln.kept_text
        n = len(text)
        # a button word has at most six characters; a longer line may be a count at the foot
        if n < 2 or n > 12 or (n > 6 and not (i > foot and text[-1] in _COUNT_ENDS)):
            continue
        if text.strip() in _EDGE_WORDS:
            continue
        if _lone_button(ln, digits=False) or (i > foot and _counted(text)):
            todo.append(i)
    for i in [*todo, *reversed(todo)]:  # both ways: a column of buttons above or below
        ln = lines[i]
        if ln.label is not None:
            continue
        for step in (-1, 1):
            j = next_nonblank(lines, i, step)
            if j is not None and (
                lines[j].label == "meta"
                or (lines[j].label == "boilerplate" and lines[j].reason not in _IN_ARTICLE)
            ):
                ln.mark("boilerplate", "boilerplate:widget")
                break


_EDGE_WORDS = frozenset({"编辑", "編輯"})
_COUNT_ENDS = frozenset("0123456789)）万萬wk")
_COUNTED_LINE = LazyPattern(
    r"^\p{Han}{1,4}(?:\s*\(\d[\d,]*[万wk]?\)|\s+\d[\d,.]*[万wk]?)$", engine="regex"
)


def _counted(text: str) -> bool:
    """A button with its count at the foot ("转发 56", "投票(2)"); a read count is meta."""
    folded = match_form(text)[1].strip()
    return bool(_COUNTED_LINE.match(folded)) and not _READS.match(folded)


"""Button words that are also a byline key (``编辑`` above the editor's name)."""


def _repeats(lines: list[Line], limit: int, last: int | None, title: str | None) -> None:
    """Copies of a chrome line at the page's edges: before the title (``limit``) or after
    the last paragraph (``last``); at most 40 characters, never the title."""
    edges = [*range(limit), *(range(last + 1, len(lines)) if last is not None else ())]
    todo = [i for i in edges if lines[i].label is None and 0 < len(lines[i].kept_text) <= 40]
    if not todo:
        return
    known = {
        ln.kept_text
        for ln in lines
        if ln.label == "boilerplate" and ln.reason not in _IN_ARTICLE and len(ln.kept_text) <= 40
    }
    for i in todo:
        text = lines[i].kept_text
        if text in known and text != title:
            lines[i].mark("boilerplate", "boilerplate:repeat")


_SENTENCE_MARKS = LazyPattern(r"[,。!?;、“”\"《》()]")


def _above_author(lines: list[Line], t: int) -> int:
    """The title when the line found for it is a short author or account name under the real
    title (``怎么把Docker镜像当作桌面系统来用`` / ``Linux运维小哥`` / date line): the longer
    heading-like undecided line right above it."""
    short = match_form(lines[t].kept_text)[1].strip()
    if len(short) > 12 or _SENTENCE_MARKS.search(short):
        return t
    j = next_nonblank(lines, t, -1)
    if j is None or lines[j].label not in (None, "body"):
        return t
    above = match_form(lines[j].kept_text)[1].strip()
    if len(above) >= max(8, len(short) + 2) and heading_like(lines[j].kept_text):
        return j
    return t


def _by_chrome(lines: list[Line], i: int) -> bool:
    """Whether a nonblank neighbour of line ``i`` is chrome (not an in-article image)."""
    for step in (-1, 1):
        j = next_nonblank(lines, i, step)
        if j is not None and lines[j].label == "boilerplate" and lines[j].reason not in _IN_ARTICLE:
            return True
    return False


def _zone(lines: list[Line], head: int, last: int | None) -> list[int]:
    """The page's edges: the head (before the first paragraph) and the foot (after the last)."""
    foot = range(last + 1, len(lines)) if last is not None and last >= head else range(0)
    return [*range(head), *foot]


_ROW_SEPS = (" ", "\u3000", "|", "\uff5c", "·", "•", "/", "\t")
"""What separates the items of a row, as written (a fold maps none of them onto another)."""
_ITEMS = LazyPattern(r"\s*[|\uff5c·•/]\s*|\s+")
_BAD_ITEM = LazyPattern(r"[,。!?、:;“”\"《》\[\]【】.]")
_BUTTON_MARKS = "▶►+"
_COUNTED = LazyPattern(r"^\p{Han}{1,4}\(\d[\d,]*[万wk]?\)$", engine="regex")


def _button_row(text: str) -> str | None:
    """Three or more short items (two to four Han characters, a count, a short Latin word)
    separated by spaces or ``|``, no punctuation: a row of buttons or links, ``"row"``; or
    ``"names"`` when every Han item has two or three characters (names look the same:
    only a chrome neighbour tells). Single Han characters are a spaced-out word (``引 言``).

    >>> _button_row("进入贴吧 全吧搜索 吧内搜索"), _button_row("搜贴 搜人 进吧 搜标签")
    ('row', 'names')
    >>> _button_row("0 引 言"), _button_row("外資賭場進駐 爭食澳門大餅")
    (None, None)
    >>> _button_row("亮了(36)　回复(12)　推荐　收藏"), _button_row("▶ 播放　+ 訂閱　下載　分享")
    ('row', 'row')
    """
    if len(text) > 80 or sum(map(text.count, _ROW_SEPS)) < 2:
        return None  # most lines: no folding, no split
    folded = match_form(text)[1].strip()
    if len(folded) > 60 or _BAD_ITEM.search(folded):
        return None
    items = [x for x in _ITEMS.split(folded) if x]
    if len(items) < 3:
        return None
    han = 0
    names = True
    for x in items:
        if x[0] in _BUTTON_MARKS:  # "▶ 播放", "+ 订阅": a button, not a name
            x = x.lstrip(_BUTTON_MARKS)
            names = False
            if not x:
                continue
        if "(" in x:  # "亮了(36)", "回复(12)": a button with its count
            if not _COUNTED.match(x):
                return None
            han += 1
            names = False
        elif _HAN_ONLY.match(x):
            if not 2 <= len(x) <= 4 or x in _BYLINE_KEYS:
                return None
            han += 1
            names = names and len(x) <= 3
        elif not ((x.isdigit() and len(x) <= 7) or (x.isascii() and x.isalnum() and len(x) <= 10)):
            return None
    if han < 3:
        return None
    return "names" if names else "row"


_HAN_ONLY = LazyPattern(r"^\p{Han}+$", engine="regex")
_BYLINE_KEYS = frozenset(
    {"记者", "编辑", "审核", "作者", "责编", "来源", "摄影", "通讯员", "撰文", "主编", "校对"}
    | {"审校", "翻译", "编译", "出品", "策划", "统筹"}
)
"""A row holding one of these is a byline (``記者 陳怡君 / 綜合報導``), folded."""
