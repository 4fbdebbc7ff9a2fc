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
  continuations; an organisation byline right under the title (``meta``).

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

_I = regex.IGNORECASE

CUES: list[tuple[str, regex.Pattern[str], int, bool]] = [
    # (reason, pattern on the stripped folded line, max length, head only)
    (
        "breadcrumb",
        regex.compile(
            r"^(?:当前位置|您的位置|您现在的位置|您当前所在位置|您当前的位置|您所在的位置|"
            r"你的位置|你现在的位置|你当前的位置|所在位置|当前页面|位置)\s*[:>]"
            r"|^(?:\S{0,6}首页|主页|home)\s*.{0,12}?(?:>|»|›|→)"
            r"|^(?:[^>»›]{1,12}\s*(?:>>|>|»|›)\s*){2,}(?:正文|内容|详情|详细内容|文章内容)\s*$",
            _I,
        ),
        200,
        False,
    ),
    (
        "nav",
        regex.compile(
            r"^\S{0,12}首页$"
            r"|^(?=(?:\S{1,10}\s+){3,}\S{1,10}$)(?=.*(?:首页|登录|注册|购物车|关于我们|联系我们))",
            _I,
        ),
        120,
        False,
    ),
    # bilingual menu items: "HOME 首页", "ABOUT 关于我们"
    ("nav", regex.compile(r"^[A-Z]{2,12}\s+\p{Han}{2,6}$"), 30, True),
    (
        "tags",
        regex.compile(
            r"^(?:tag\s*标签|标签|tags?|本文标签|文章标签|相关标签|分类专栏|所属专栏)(?:\s*[:]|$)",
            _I,
        ),
        200,
        False,
    ),
    (
        "share",
        regex.compile(
            r"^(?:分享到|分享至|分享给|一键分享)\s*:?\s*(?:(?:微信|微博|朋友圈|qq空间|qq|空间|豆瓣|"
            r"facebook|twitter|line|新浪微博|腾讯微博|人人网)[\s,、|]*)*$"
            r"|^(?:扫一扫|微信扫一扫|扫描二维码|扫码关注|长按二维码|点此复制本页地址|\[复制链接\])"
            r"|^(?:(?:关注我们|官方微博|微信公众号|微信公众平台|收藏本文|查看收藏|加入收藏|复制链接|"
            r"复制本文链接|打印本页|关闭窗口|返回顶部|返回列表|微信加好友|加入\S{0,8}好友)[\s|/·]*)+"
            r"(?:\s*[:]\s*[\w@.\-]{0,30}|[^\p{Han}]{0,12})$"
            r"|\S{0,10}\s(?:facebook|twitter|line|微博|微信)$",
            _I,
        ),
        30,
        False,
    ),
    (
        "login",
        regex.compile(
            r"登录\s*[/|]\s*注册|注册\s*[/|]\s*登录|登录后|请登录|立即登录|免费注册|立即注册|"
            r"找回密码|忘记密码|会员中心|创作中心|用户中心|个人中心|退出登录|注册会员|不再提示|"
            r"完善资料"
        ),
        80,
        False,
    ),
    (
        "copyright",
        regex.compile(
            r"^(?:版权声明|版权说明|免责声明)|版权所有(?![者人权])|all rights reserved|"
            r"copyright\s*(?:©|\(c\)|&copy;)?\s*(?:19|20)\d\d.{0,40}(?:all rights|版权|公司|网)|"
            r"icp\s*[备证]\s*(?:字\s*)?(?:第\s*)?\d|公网安备\s*\d",
            _I,
        ),
        120,
        False,
    ),
    (
        "image",
        regex.compile(
            r"^[\w\-.()\p{Han}\s]{0,80}\.(?:png|jpe?g|gif|webp|bmp|svg)$"
            r"|^(?:img|image|图片|在这里插入图片描述|点击查看大图|点击图片查看原图|"
            r"image-\d{6,}|@?\[toc\])$",
            _I,
        ),
        90,
        False,
    ),
    (
        "php-warning",
        regex.compile(
            r"^(?:deprecated|warning|notice|fatal error|parse error|strict standards)"
            r"\s*:.*\sin\s+/",
            _I,
        ),
        400,
        False,
    ),
    ("debris", regex.compile(r"^(?:\?+|\*{5,})$"), 80, False),
    # a lone "-" is also an empty table cell: only in the head
    ("debris", regex.compile(r"^(?:-|:::|\S{1,6}\s*\|)$"), 20, True),
    ("pagination", regex.compile(r"[_\-]\s*第\d{1,4}页$"), 80, False),
    (
        "docshare",
        regex.compile(
            r"已阅读\d+页|还剩\d+页未读|继续免费阅读|下载本文档|^文档简介$|由会员分享|"
            r"可在线阅读|^下载文档$|^举报该文档"
        ),
        200,
        False,
    ),
    (
        "javascript",
        regex.compile(r"^(?:您的)?浏览器(?:不支[持援]|未开启|未启用)\s*javascript", _I),
        120,
        False,
    ),
    ("welcome", regex.compile(r"^(?:您好|你好)?\W{0,2}欢迎(?:光临|来到|访问)"), 40, False),
    (
        "widget",
        regex.compile(
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
        ),
        40,
        False,
    ),
    (
        "related",
        regex.compile(
            r"^(?:相关新闻|相关文章|相关阅读|相关推荐|推荐阅读|热门推荐|热门文章|猜你喜欢|"
            r"延伸阅读|热门标签|热门关键词|最新文章|最新资讯|精彩推荐|大家都在看|为你推荐|"
            r"新闻关键字|查询条件|资讯频道|最新动态|网站导航|\S{0,6}\s*导航)$"
            r"|^\S{0,8}(?:推荐搜索|历史搜索|热门搜索)$"
            r"|^请输入|^请选择|每页显示|笔资料"
        ),
        40,
        False,
    ),
    (
        "contact",
        regex.compile(
            r"^(?:电话|手机|传真|邮箱|邮箱地址|邮件|email|e-mail|qq|客服qq|微信|联系人|联系电话|"
            r"服务热线|热线|销售专线|售后专线|技术支持|咨询热线|地址|网址|邮编|电话咨询|"
            r"邮件询价|市场部|联系方式|\S{1,2}经理)\s*(?:[:]|$)"
            r"|^(?!\d{4}[-/.]\d{1,2}[-/.]\d{1,2})[\d\s\-+()]{7,40}$|^[\w.+-]+@[\w-]+\.[\w.]+$"
            r"|(?:服务热线|热线电话|客服电话|咨询热线)\s*:\s*[\d\-]{7,}",
            _I,
        ),
        60,
        True,
    ),
    (
        "profile",
        regex.compile(
            r"^(?:级别|等级|用户组|头衔)\s*:\s*\S{1,12}$"
            r"|^(?:级别|等级|精华主题|精华|发帖数量|发帖数|帖子|主题|回帖|积分|通用积分|\S{0,2}威望|"
            r"金钱|贡献|论坛币|学术水平|热心指数|信用等级|经验|在线时间|注册时间|最后登录|"
            r"阅读权限|uid|用户组|下载积分|rank|粉丝|关注|听众|收听)"
            r"(?:\s*:?\s*[\d\-./]+\s*(?:\S{0,2}|\(\S{1,3}\)))?$"
            r"|^\+?\d+\s*(?:关注|粉丝|论坛币|听众)$|^查看.{1,30}的\s*(?:主题|帖子)",
            _I,
        ),
        40,
        True,
    ),
]
"""Chrome cues: ``(reason, pattern, max line length, head only)``, first match wins.

A pattern only ever runs on a line no longer than its max length (and :func:`judge_chrome`
gives up on lines over 600 characters), so matching time stays linear in the page size."""

Hint = Callable[[str], object]
_HINTS: dict[str, Hint] = {
    # reason -> a cheap test that every line matched by that reason's patterns passes. Most
    # lines fail it, and the pattern (a long alternation, far slower) then never runs. Each
    # hint names what every alternative of the pattern needs; `re` is a superset of
    # `regex` here (literals and ASCII case only).
    "breadcrumb": lambda s: (
        ">" in s or "»" in s or "›" in s or "→" in s or "位置" in s or "当前页面" in s
    ),
    "login": lambda s: (
        "登录" in s or "注册" in s or "密码" in s or "中心" in s or "提示" in s or "完善资料" in s
    ),
    # "all rights reserved", "copyright", "icp": "i" also matches "İ"
    "copyright": lambda s: "版权" in s or "免责声明" in s or "公网安备" in s or _ACI.search(s),
    "docshare": lambda s: "阅读" in s or "页" in s or "文档" in s or "会员" in s,
    "nav": lambda s: "A" <= s[0] <= "Z" or _NAV_WORDS.search(s),
    "share": re.compile(
        r"分享|扫|二维码|复制|关注我们|微博|微信|收藏|打印本页|关闭窗口|返回|加入|facebook|twitter|line",
        re.IGNORECASE,
    ).search,
    # a file name, or a whole-line placeholder: "img", "image…" ("i" also matches "İ"), "图片"…
    "image": lambda s: "." in s or s[0] in "iIİ图在点@[",
    "tags": lambda s: s[0] in "Tt分所文本标相",
    "php-warning": lambda s: s[0] in "DFNPSWdfnpswſ",
    "debris": lambda s: s[0] in "?*-:" or "|" in s,
    "pagination": lambda s: "页" in s,
    "javascript": lambda s: "浏览器" in s,
    "welcome": lambda s: "欢迎" in s,
    "widget": lambda s: s[0] in _WIDGET_FIRST or "滑动" in s or "我知道了" in s,
    "related": re.compile(
        r"相关|推荐|热门|猜你喜欢|延伸阅读|最新|大家都在看|新闻关键字|查询条件|资讯频道|导航|搜索|"
        r"请输入|请选择|每页显示|笔资料"
    ).search,
    # a key alone (s is stripped: "key\s*$" is the key, at most 6 characters), a ":" after
    # it, an e-mail address, or a phone number
    "contact": lambda s: len(s) <= 6 or ":" in s or "@" in s or _PHONE_START.match(s),
}
_PHONE_START = regex.compile(r"[\d\s\-+()]")
_WIDGET_FIRST = frozenset(
    "APQ[apq【上下举产使倒关分删加原友发只回在字客展帮广引微意我手打投搜收放更最查楼正注点热用电登立系纠编缩"
    "网聊联视设评详踩转返长阅隐顶默"
)
"""Every character a line-start widget cue can begin with (tests/test_boilerplate.py checks
this, and the first characters in the tags and php-warning hints, against the patterns)."""
_ACI = re.compile(r"[aAcCiIİ]")
_NAV_WORDS = re.compile(r"首页|登录|注册|购物车|关于我们|联系我们")

_LEAD = regex.compile(r"^[\s•·●◇▪■□◆]+")
_SENTENCE_MARK = regex.compile(r"[。!?]|[,;](?=.)")
_WORDY = frozenset({"login", "copyright", "share"})
"""Cues that are also ordinary words: inside a sentence they only count at its start."""
_NUMBERED = regex.compile(r"^(?:\d{1,2}[.、)]|[(]?[一二三四五六七八九十]{1,3}[、.)])\s*\S")


def judge_chrome(text: str, *, head: bool = True) -> str | None:
    """The ``boilerplate:…`` reason for one line, or ``None``.

    >>> judge_chrome("微信公眾號"), judge_chrome("閱讀:420") is None
    ('boilerplate:share', True)
    >>> judge_chrome("發帖數量: 179 個"), judge_chrome("發帖數量: 179 個", head=False)
    ('boilerplate:profile', None)
    """
    if len(text) > 600:
        return None
    _, folded = match_form(text)
    lead = _LEAD.match(folded)
    s = (folded[lead.end() :] if lead else folded).strip()
    if not s or _NUMBERED.match(s):
        return None  # a numbered item is the article's own list
    n = len(s)
    for reason, pattern, hint in _eligible(min(n, 601), head):
        if hint is not None and not hint(s):
            continue
        m = pattern.search(s)
        # a cue inside a sentence ("用户登录后可以查看订单。") is the sentence's word
        if m is not None and (
            m.start() == 0
            or reason not in _WORDY
            or _SENTENCE_MARK.search(s) is None
            or (reason == "copyright" and n <= 30)  # "本站版权所有,翻印必究。"
        ):
            return f"boilerplate:{reason}"
    return _doubled(s)


@functools.cache
def _eligible(n: int, head: bool) -> tuple[tuple[str, regex.Pattern[str], Hint | None], ...]:
    """The cues, in order, that may run on a line of length ``n``, with their hints."""
    return tuple(
        (reason, pattern, _HINTS.get(reason))
        for reason, pattern, max_len, head_only in CUES
        if n <= max_len and (head or not head_only)
    )


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


_DIGITS = regex.compile(r"^\d{1,7}$")
_LINKY_BAD = regex.compile(r"[,。!?、:;,!?:;“”\"《》()()]")
_LINKY_BAD_HEAD = regex.compile(r"[,。!;,!;“”\"《》]")
"""Before the title, slogans (``、``), mojibake (``?``) and labels (``:``) are still links."""
_OPENS = regex.compile(r"\s*\(opens new window\)", regex.IGNORECASE)
_BULLET = regex.compile(r"^\s*[•·●▪■◆]\s*\S")
_RELATED = regex.compile(
    r"^(?:相关新闻|相关文章|相关阅读|相关推荐|推荐阅读|热门推荐|猜你喜欢|延伸阅读|大家都在看|为你推荐)$"
)
"""Headings of link lists that are never article sections."""
_IN_ARTICLE = frozenset(
    {
        "boilerplate:image",
        "boilerplate:doubled-alt",
        "boilerplate:title-repeat",
        "boilerplate:php-warning",
    }
)
_COMPANY = regex.compile(r"(?:有限公司|分公司|股份公司)$")
_SEPS = regex.compile(r"\s[|»·]\s|\s\|")
_MENU = regex.compile(r"^(?:[^\s,。!?、:;,!?:;]{1,8}\s+){4,}[^\s,。!?、:;,!?:;]{1,8}$")
"""A menu bar: five or more short items separated by spaces, no punctuation."""


class PageChrome:
    """Page-structure rules for chrome the cue vocabulary cannot see on its own."""

    name = "page-chrome"

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        if not lines:
            return doc
        end = head_end(doc)
        # 0. a sticky "now reading" bar repeats the title: the line after it is chrome
        for i in range(min(end, len(lines))):
            if (
                lines[i].reason == "boilerplate:widget"
                and "正在阅读" in match_form(lines[i].kept_text)[1]
            ):
                j = next_nonblank(lines, i, 1)
                if j is not None and lines[j].label is None:
                    copy = lines[j].kept_text
                    if any(ln.kept_text == copy for ln in lines[j + 1 :]):
                        lines[j].mark("boilerplate", "boilerplate:reading-bar")

        t, anchored = locate_title(doc, end)
        title = lines[t].kept_text if t is not None else None

        def protected(i: int) -> bool:
            text = lines[i].kept_text
            return (
                i == t
                or (title is not None and text == title)
                or bool(_LISTY.match(lines[i].clean))
                or bool(_SECTION.match(text))
            )

        def chrome(j: int | None) -> bool:
            # image placeholders sit inside articles, next to headings and captions: they do
            # not make their neighbours chrome
            return (
                j is not None
                and lines[j].label == "boilerplate"
                and lines[j].reason not in _IN_ARTICLE
            )

        # 1. digit-only counters in the head next to meta/chrome lines
        for i in range(min(end, len(lines))):
            ln = lines[i]
            if ln.label is None and _DIGITS.match(ln.kept_text) and not protected(i):
                near = [
                    j
                    for j in (next_nonblank(lines, i, -1), next_nonblank(lines, i, 1))
                    if j is not None
                ]
                # next to chrome: any count; next to a meta line only a small one (a year
                # under the date line may start a table)
                if any(lines[j].label in ("boilerplate", "spam") for j in near) or (
                    len(ln.kept_text) <= 3 and any(lines[j].label == "meta" for j in near)
                ):
                    ln.mark("boilerplate", "boilerplate:counter")

        # 2. short link-like lines adjacent to chrome. Before the title: any (menus, bullet
        #    sidebars, slogans, site names); after the title, still in the head: runs of at
        #    most four between two chrome lines, or lines repeated on the page.
        # an organisation byline right under the title ("深圳市正运动技术有限公司")
        if t is not None:
            j = next_nonblank(lines, t, 1)
            if j is not None and lines[j].label is None and j < end:
                text = match_form(lines[j].kept_text)[1]
                if len(text) <= 30 and _COMPANY.search(text):
                    lines[j].mark("meta", "meta:byline")
        limit = t if t is not None else 0
        for i in range(min(limit, len(lines))):
            ln = lines[i]
            if ln.label is None and not protected(i):
                text = match_form(ln.kept_text)[1]
                if len(text) <= 30 and _COMPANY.search(text):
                    ln.mark("boilerplate", "boilerplate:site-name")

        def linky(i: int) -> bool:
            text = _OPENS.sub("", match_form(lines[i].kept_text)[1]).strip()
            if i < limit:
                return len(text) <= 24 and not _LINKY_BAD_HEAD.search(text)
            return len(text) <= 20 and not _LINKY_BAD.search(text)

        changed = True
        while changed:
            changed = False
            for i in range(min(end, len(lines))):
                ln = lines[i]
                if ln.label is not None or not ln.kept_text or i == t:
                    continue
                prev, nxt = next_nonblank(lines, i, -1), next_nonblank(lines, i, 1)
                near = chrome(prev) or chrome(nxt)
                if i < limit:
                    text = match_form(ln.kept_text)[1]
                    if len(text) <= 120 and _MENU.match(text) and not protected(i):
                        ln.mark("boilerplate", "boilerplate:nav")
                        changed = True
                        continue
                    # a bullet sidebar only when a meta line anchors the title
                    bullet = anchored and bool(_BULLET.match(ln.clean)) and len(text) <= 40
                    navy = len(text) <= 120 and len(_SEPS.findall(text)) >= 3
                    if near and (bullet or ((linky(i) or navy) and not protected(i))):
                        ln.mark("boilerplate", "boilerplate:link-run")
                        changed = True
        i = t + 1 if t is not None else 0
        while i < min(end, len(lines)):
            if lines[i].label is not None or not lines[i].kept_text or protected(i) or not linky(i):
                i += 1
                continue
            run, j = [i], next_nonblank(lines, i, 1)
            while j is not None and j < end and lines[j].label is None and not protected(j):
                if not linky(j):
                    break
                run.append(j)
                j = next_nonblank(lines, j, 1)
            if len(run) <= 4 and chrome(next_nonblank(lines, run[0], -1)) and chrome(j):
                for k in run:
                    lines[k].mark("boilerplate", "boilerplate:link-run")
            i = run[-1] + 1

        # 3. breadcrumb continued on the next line ("> 标题")
        for i, ln in enumerate(lines):
            if ln.label is None and ln.kept_text.startswith((">", "»")):
                j = next_nonblank(lines, i, -1)
                if j is not None and lines[j].reason == "boilerplate:breadcrumb":
                    ln.mark("boilerplate", "boilerplate:breadcrumb")

        # 4. the title repeated as image alt text, twice or more after the first paragraph
        if title is not None:
            repeats = [
                i
                for i in range(end + 1, len(lines))
                if lines[i].label is None and lines[i].kept_text == title
            ]
            if len(repeats) >= 2:
                for i in repeats:
                    lines[i].mark("boilerplate", "boilerplate:title-repeat")

        # 5. "related news" lists: short lines after a related-heading, up to a paragraph
        for i, ln in enumerate(lines):
            if ln.reason != "boilerplate:related":
                continue
            strong = _RELATED.match(match_form(ln.kept_text)[1].strip())
            if i > end or (strong and t is not None and i > t):
                j = next_nonblank(lines, i, 1)
                while j is not None and lines[j].label is None:
                    text = lines[j].kept_text
                    if len(text) > 40 or "。" in text:
                        break
                    lines[j].mark("boilerplate", "boilerplate:related")
                    j = next_nonblank(lines, j, 1)
        return doc
