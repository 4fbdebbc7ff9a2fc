"""The chrome cue vocabulary: :data:`CUES`, one :class:`Cue` a family of wordings.

Each cue is a ``regex`` pattern on the stripped folded line (both scripts through
:mod:`.cues`), a reason (``boilerplate:<reason>``) and what every match needs (a first
character or one of a few words), so that :mod:`.chromelines` runs few patterns per line.
The button and share words are written once here and also read by the page rules
(:mod:`.chromebuttons`).

>>> [cue.reason for cue in CUES[:3]]
['breadcrumb', 'nav', 'nav']
>>> CUES[0].pattern.match("您的位置: 首页 > 正文") is not None
True
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .chromepatterns import _I, _rx
from .cues import _trie

if TYPE_CHECKING:
    import regex


_DIGITS_ASCII = "0123456789"


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
    *("反馈", "加入书签", "加入书架", "推荐本书", "投推荐票", "章节目录", "发消息", "快速回覆"),
    *("进店逛逛", "收藏店铺", "进入店铺", "关注店铺", "全屏", "全萤幕", "播放"),
    *("包装清单", "默认排序", "按时间排序", "按热度排序", "时间排序", "热度排序"),
)
"""Buttons of forums, Q&A sites, shops and news pages, written out in a row."""
_BUTTON = "(?:" + _trie(list(_BUTTONS)) + ")"
_COUNT = r"(?:\s*[(\[]?\d[\d,.]*[kw万]?\+?[)\]]?)?"
_BUTTON_FIRST = "".join(sorted({b[0] for b in _BUTTONS}))


_NUM = r"\d[\d,.]*\s*[万wk]?\+?"
_REACTION = r"(?:赞|点赞|心情|留言|评论|收藏|下载|点评|分享|转发|喜欢|回复|回应)"
_COUNTED = (
    rf"(?:{_NUM}\s*(?:次|条|则|个|人)?\s*{_REACTION}"
    rf"|(?:赞好|正评|负评|好评|差评|已售|月销|销量|笑脸|哭脸|{_REACTION})\s*[(\[:]?\s*{_NUM}\s*[)\]]?"
    r"|\d(?:\.\d)?\s*分(?:\s+\p{Han}{1,2})?|人均\s*[¥$]?\s*\d+|收藏)"
)
"""One count of a row of counts (folded): a reaction's count either way round, a score
(``4.8分 超棒``), a price per head, a bare ``收藏`` button."""


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
    # a language switcher ("中文 | Português | English", "繁體 | 简体 | EN"): two or more
    # language names and nothing else
    Cue(
        "nav",
        r"^(?:(?:简体中文|繁体中文|简体|繁体|中文|英文|葡文|日文|韩文|english|en|português|"
        r"portugues|日本语|한국어|français|español|deutsch)\s*(?:[|/·]\s*|\s+|$)){2,6}$",
        _I,
        max_len=60,
        first="简繁中英葡日韩eEpP한fFdD",
    ),
    Cue(
        "tags",
        r"^(?:tag\s*标签|标签|tags?|本文标签|文章标签|相关标签|分类专栏|所属专栏|相关字词|相关词语)"
        r"(?:\s*[:\ufe55]|$)",  # (and a small colon: "相關字詞﹕港鐵 東鐵綫")
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
        r"^[^,。;!?]{0,20}版权属[^,。;!?]{1,20}所有[.。]?$|"
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
        # (a job post's own contact for applicants, "联系人:周经理 … 面试地址:…", is the post's)
        r"^(?!.*(?:面试|简历|履历|应聘|投递))"
        r"(?:电话|手机|传真|邮箱|邮箱地址|邮件|email|e-mail|qq|客服qq|微信|联系人|联系电话|"
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
        r"|^(?:注册|登录|登入)\s+(?:注册|登录|登入)$"
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
        r"^(?:回复文章|回覆文章|发新帖|发表新帖|发表新主题|快速回复|快速回覆|发表回复|回复本帖|回覆本文|我要回复|"
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
        r"(?:购买|买了|买过)此\S{0,4}的人(?:也|还)(?:看了|买了)|喜欢此内容的人还喜欢|同类商品|热销商品|"
        r"看了又看|"
        r"创作者介绍|博主介绍|关于博主|往期(?:推荐|回顾|精选|精彩)|精选文章|热文推荐|热点(?:推荐|新闻|资讯)|"
        r"今日热点|(?:点击|阅读|热门|评论|新闻)排行榜?|"
        r"related(?:\s+(?:posts?|articles?|stories|news))?|recent\s+comments|archives|categories|"
        r"you\s+(?:may|might)\s+also\s+like|more\s+(?:stories|posts|articles)|recommended\s+for\s+you|"
        r"popular\s+posts|recent\s+posts)\s*:?$",
        _I,
        max_len=40,
        first="相延推热猜你您大为精编最全更看购买喜商同创博关往今点阅评新排其类rRyYmMpPaAcC",
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
        r"|不良信息举报|(?:proudly\s+)?powered\s+by\s+\S+"
        r"|processed\s+in\s+[\d.]+\s*seconds?|^gmt\s*[+-]\s*\d{1,2}\s*,",
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
            "processed in",
            "gmt",
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
        r"|(?:以上|本文|文章)(?:内容|信息|观点|资料)?\s*(?:仅|只)供参考|来自互联网用户投稿"
        r"|(?:转载|引用)[^。]{0,30}请注明(?:出处|来源)",
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
            *("只供参考", "请注明出处", "请注明来源"),  # ("转载" above rules in the last)
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
        r"^(?:上一(?:章|页|篇|张|主题|条|则)|上页)\s*.{0,16}?\s*(?:下一(?:章|页|篇|张|主题|条|则)|下页)$",
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
        r"著作权归\S{0,20}所有|著作权归属\S{1,20}|^©\s*著作权",
        max_len=120,
        words=("著作权",),
    ),
    Cue(
        "disclaimer",
        r"(?:未经|非经)\S{0,6}(?:授权|许可|同意|允许)\s*,?\s*(?:不得|禁止|严禁|请勿|谢绝)\S{0,4}"
        r"(?:转载|复制|使用)"
        r"|(?:禁止|严禁|不得)(?:未经|非经)\S{0,6}(?:授权|许可|同意|允许)\S{0,2}(?:转载|复制|使用)"
        r"|谢绝转载|禁止转载|仅供(?:学习|研究|交流|参考)\S{0,4},\s*不(?:作为|构成|代表)",
        max_len=120,
        words=("转载", "仅供", "非经"),
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
        r"|欢迎\S{0,8}?加入\S{0,8}?(?:好友|群|社群|会员|粉丝)|请(?!继续|密切|及时|持续|随时|留意)\S{0,4}?(?:关注|订阅|追踪)"
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
    # a short line asking to download the site's app or follow its channel ("下载8world应用",
    # "关注8world WhatsApp频道"), a prompt to read on or skip a block ("請繼續往下閱讀...",
    # "跳過此內容，繼續閱讀"): short, ending on the app or the channel
    Cue(
        "promo",
        r"下载\S{0,12}?(?:应用|app|客户端)$|^关注[^。,!?]{0,20}?(?:whatsapp|telegram|line|频道)$",
        _I,
        max_len=30,
        words=("下载", "关注"),
    ),
    Cue(
        "read-on",  # inside the article: its neighbours are not chrome for it
        r"^请?继续(?:往下|向下)?(?:阅读|滑动|浏览)\s*[.…。]*$",
        max_len=30,
        first="请继",
    ),
    Cue(
        "widget",
        r"^跳过(?:此|本|下一)(?:内容|部分|段|则)",
        max_len=30,
        first="跳",
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
    # a row of the page's counts and scores, count first or word first ("1,203 心情　86 則留言
    # 收藏", "4.8分 超棒 | 2,146條點評", "正評 32　負評 1", "讚好 15　留言 2"), or one reaction's
    # count ("1.2萬 讚", "1086萬次下載"); a read count, the article's meta, is none of them
    Cue(
        "counter",
        rf"^(?:{_COUNTED}(?:\s*[|·•/]?\s*{_COUNTED}){{1,5}}"
        rf"|{_NUM}\s*(?:次|条|则)?\s*(?:赞|点赞|心情|下载|点评)|(?:赞好|点赞|赞)\s*{_NUM})$",
        max_len=60,
        first=_DIGITS_ASCII + "赞点心留评收下分转喜回正负好差已月销笑哭人",
    ),
    # a related-links heading with its links on the same line ("相关推荐：2024年…汇总 | 各地报名入口
    # | 考试大纲"), and a previous/next pair ("上 / 下一篇新聞")
    Cue(
        "related",
        r"^(?:相关推荐|相关阅读|推荐阅读|相关文章|延伸阅读|相关新闻|相关链接)\s*:\s*[^。!?]{1,60}"
        r"(?:\s*\|\s*[^。!?|]{1,40}){1,8}$"
        r"|^(?:相关推荐|相关阅读|推荐阅读|延伸阅读)\s*:\s*[^\s。!?,]{1,16}(?:\s+[^\s。!?,]{1,16}){1,8}$"
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
    # --- families of site kinds of red-team set G (classifieds, video pages, novel sites,
    # WeChat mirrors, Discuz forums, shops), each a family of wordings
    # a forum profile row with its figures first ("36 主题 412 帖子 1580 积分")
    Cue(
        "profile",
        r"^(?:\d[\d,.]*\s*[万wk]?\s*(?:主题|帖子|积分|回帖|精华|粉丝|关注|获赞|文章|听众|威望)"
        r"\s*[|·]?\s*){2,}$",
        max_len=60,
        head_only=True,
        first=_DIGITS_ASCII,
    ),
    # a classified's phone hidden behind a button ("0912-***-*** 顯示號碼", "查看电话号码") and
    # its safety notice ("温馨提示：交易前请核实对方身份，任何索要定金…")
    Cue(
        "contact",
        r"^(?:查看|显示|拨打)(?:完整)?(?:电话|号码|电话号码|手机|手机号码?|联系方式)$"
        r"|^[\d+(][\d\-\s()]{1,8}\*{2,}[\d\-*\s]{0,10}(?:(?:显示|查看)(?:号码|电话))?$",
        max_len=30,
        first="查显拨+(" + _DIGITS_ASCII,
    ),
    Cue(
        "disclaimer",
        r"^(?:温馨提示|温馨提醒|安全提示|友情提示|交易提示)\s*:.{0,80}"
        r"(?:骗|定金|押金|订金|汇款|转账|核实|谨防|警惕)",
        max_len=120,
        first="温安友交",
    ),
    # a site's note that what it shows is for reference only ("以上回答仅供参考", "本系統資料
    # 僅供參考，正確內容以各法院之公告為準", "房源信息仅供参考", "以上資訊以建商公告為準"): said
    # of the page (以上/本/此 …, or its information), no sentence ending in "。" (the
    # article's "该报告的数据仅供参考。")
    Cue(
        "disclaimer",
        r"^(?!.*。$)(?:(?:以上|本|此|该)\S{0,8}?(?:仅|只)供参考"
        r"|\S{0,8}(?:信息|资料|内容|资讯|数据)(?:仅|只)供参考"
        r"|(?:以上|本)\S{0,12}以\S{2,16}为准$)",
        max_len=80,
        words=("供参考", "为准"),
    ),
    # a job or trading site's warning against fraud ("求职安全提示：凡收取押金…", "求職防詐：…")
    Cue(
        "disclaimer",
        r"^\S{0,4}(?:安全提示|防诈|防骗)\s*:.{0,80}(?:骗|诈|押金|费用|转账|汇款)",
        max_len=120,
        words=("安全提示", "防诈", "防骗"),
    ),
    # the site's follow links ("追蹤我們：Facebook｜YouTube｜Instagram")
    Cue("share", r"^(?:关注|追踪|follow)\s*(?:我们|us)\s*[:|]", _I, max_len=80, first="关追fF"),
    # "people who saw this also saw" lists ("看过该职位的人还看了", "读过这本书的读者还借阅了")
    Cue(
        "related",
        r"^(?:看过|读过|买过|浏览过|借过|看了)\S{0,10}?(?:的人|读者|用户|网友)\S{0,2}?,?(?:还|也)\S{0,4}$",
        max_len=30,
        first="看读买浏借",  # ("看了這本書的人，也看了")
    ),
    # a video page: sort tabs, autoplay switches, the player's clock, play counts
    Cue(
        "widget",
        r"^(?:最热|最新|热门|默认)(?:\s+(?:最热|最新|热门|默认))+$"
        r"|^(?:接下来播放|自动连播|自动播放|连续播放)(?:\s+(?:接下来播放|自动连播|自动播放|连续播放))*$"
        r"|^\d{1,2}:\d\d(?::\d\d)?\s*/\s*\d{1,2}:\d\d(?::\d\d)?$",
        max_len=30,
        first="最热默接自连" + _DIGITS_ASCII,
    ),
    Cue(
        "counter",
        r"^\d[\d,.]*\s*[万wk]?\s*(?:次)?(?:播放|观看)(?:量|次数)?$",
        max_len=16,
        first=_DIGITS_ASCII,
    ),
    # a novel site's prompts ("请记住本书首发域名：…", "本章尚未結束，請點擊下一頁", "…请大家收藏：
    # (www…) …更新速度最快。", "本站所有小说为转载作品…")
    Cue(
        "promo",
        r"请记住本(?:书|站)\S{0,6}域名|手机版阅读网址|本章(?:尚)?未(?:完|结束)\S{0,4}(?:请)?点击下一页"
        r"|请大家收藏\s*:|(?:小说|本站|网)\S{0,6}更新(?:速度)?最快|本站所有小说",
        max_len=120,
        words=("域名", "阅读网址", "本章", "请大家收藏", "最快", "本站所有小说"),
    ),
    # WeChat mirrors: comments closed to new followers, a QR code's follow prompt
    Cue(
        "wechat",
        r"已设置\S{0,10}(?:才可|才能)留言$|^长按(?:识别)?(?:二维码|图片)\s*,?\s*(?:关注|加入|添加)\S{0,24}$",
        max_len=40,
        words=("已设置", "长按"),
    ),
    # a row of footer links joined by "|" holding a policy or service link ("哈啦區規範 | 客服
    # 中心 | 隱私權聲明")
    Cue(
        "footer",
        r"^(?=[^|]{1,14}(?:\|[^|]{1,14}){2,8}$)(?:[^|]*\|)*\s*(?:隐私权?(?:政策|声明|条款|保护政策)?|"
        r"服务条款|使用条款|用户协议|客服中心|联系我们|关于我们|网站地图|帮助中心|免责声明)\s*(?:\||$)",
        max_len=120,
        words=(
            *("隐私", "条款", "用户协议", "客服中心", "联系我们", "关于我们", "网站地图"),
            *("帮助中心", "免责声明"),
        ),
    ),
    # a listing's buttons ("檢舉此物件", "預約看房"), "nearby" lists, a category list's
    # heading at the foot ("菜谱分类"), feedback links ("反馈/建议")
    Cue(
        "widget",
        r"^(?:举报|检举|投诉)(?:此|该|本)\S{1,4}$|^(?:立即|在线)?预约(?:看房|看车|试驾|参观|到店)$"
        r"|^(?:意见)?反馈\s*/\s*建议$",
        max_len=12,
        first="举检投立在预意反",
    ),
    Cue(
        "related",
        r"^(?:附近|周边|同区|同类|同款|更多)\S{0,4}推荐$"
        r"|^(?:菜谱|食谱|文章|商品|产品|全部|帖子|博客|栏目|新闻|视频|图书)分类$",
        max_len=10,
        first="附周同更菜食文商产全帖博栏新视图",
    ),
    # a shop's score with its count of reviews ("商品評價 4.8 (326則)")
    Cue(
        "shop",
        r"^(?:商品评价|商品评分|评价|评分|店铺评分)\s*:?\s*\d(?:\.\d)?\s*(?:分|/\s*5)?\s*"
        r"[(\[]\s*\d[\d,]*\s*(?:则|条|个|人)?(?:评价)?\s*[)\]]$",
        max_len=30,
        first="商评店",
    ),
]
"""Chrome cues, first match wins.

A pattern only ever runs on a line no longer than its max length (and :func:`judge_chrome`
gives up on lines over 600 characters), so matching time stays linear in the page size."""


_IN_ARTICLE = frozenset(
    {
        "boilerplate:image",
        "boilerplate:doubled-alt",
        "boilerplate:title-repeat",
        "boilerplate:php-warning",
        "boilerplate:read-on",
    }
)
"""Chrome that sits inside articles, next to headings and captions (image placeholders, alt
text, PHP warnings): it does not make its neighbours chrome."""
