"""Spam lists caught by their shape and context, without the lexicon.

The lexicon rules and the lexicon-gated model only look at lines holding known spam terms,
so a spam *family* nobody listed (bank-card trafficking, spy devices, medical ads...) goes
through. This detector looks at short lines that are lists of items joined by separators
(``_ | , 、 / · ;``, spaces, emoji) and carry an ad's signal or stand at the page's edge in
the other script, and judges them by what generalises across families.

Candidates (:func:`shape_candidates`; everything else is never featurised): an ad's signal
(a generic commerce morpheme — 出售, 哪里买, 多少钱, 代办, 日结, 包过 — or a contact: 微信,
QQ, a phone number; one regex scan of literal words per line) or, among the first and last
lines of a page, the other script than the page's; no sentence mark, no markup or code, at
least four items of 4.5 characters on average (menus are lists of 2-4-character words), not
prose (function characters 的了是...), not a form field (``日期:``), and a page with an
article around it (else the detector abstains).

Features (:func:`shape_features`, :data:`SHAPE_DENSE`):

- *topical unrelatedness*: the share of the line's character bigrams found in the rest of
  the page, and the share of items none of whose bigrams the page has, both folded to
  Simplified (injected junk shares almost nothing with the article; a site's product list,
  the article's keyword line or table of contents share much);
- item lengths, item count, one template repeated over the items (代孕中心 / 供卵代孕);
- commerce and contact signals per item;
- position (first line, last lines, after a copyright line), script mismatch with the page,
  key prefixes that mark a page's own lists (``关键词:``, ``相关阅读:``, ``标签:``).

A logistic model over these numbers (:class:`ShapeModel`, trained by ``cleantext train``
together with the lexicon-gated model and stored in the same JSON file under ``"shape"``)
scores each candidate; :class:`cleantext.filters.spamshape.ShapeSpam` labels the lines it
scores above its threshold ``spam:model 0.97``.

>>> shape_candidates(["标题", "", "正文第一段说明了会议的内容。"])
[]
>>> shape_candidates(["办理国外文凭 | 认证代办 | 海外学历学位认证 | 一站式留学文凭", "正文。"])
[0]
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from ..filters.lazyre import LazyPattern
from .lexicon import _script_classes, fold, script_counts

MAX_LINE = 300
MIN_LINE = 10
"""Lines of other lengths are never looked at (lists are short; prose is long)."""
CONTEXT_MIN = 150
"""Characters of non-list lines a page needs for its lists to be judged (else: abstain)."""
CONTEXT_CHARS = 6000
"""How much of the page a list is compared with (excerpts are page beginnings)."""
MIN_ITEM = 4.5
"""Mean characters per item a list needs (menus are lists of 2-4-character words)."""
MIN_AD_ITEM = 4.0
"""The same for a list with an ad's signal (junk of four-character items: ``#王者代练``)."""
MIN_ITEMS = 4
"""Items a list needs (``title_section_site`` lines have three)."""
SCRIPT_CHARS = 300
"""A page's script is judged on its first characters (outside the lines looked at)."""

SHAPE_DENSE = (
    "items",
    "item_len",
    "short_items",
    "overlap",
    "foreign_items",
    "shared_items",
    "commerce",
    "commerce_2",
    "contact",
    "first",
    "last",
    "after_copyright",
    "script_mismatch",
    "key_prefix",
    "nav_items",
)
"""Few features, each one a property any spam family shares (or a site's own list lacks):
more would let the model learn the synthetic generator instead (measured: weights on digit
and Latin shares, line length and separators followed the generator's choices)."""

_rx = LazyPattern
# separators between list items: ASCII and full-width punctuation of lists, whitespace runs,
# symbols and emoji (the items are what lies between)
_SEP_CLASS = (
    r"_|,\uff0c、/\uff5c\-\u2013\u2014~\u00b7\u2022\u30fb\u2027;\uff1b\uff3f\uff0f"
    r"\s\u00bb\u203a\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\U0001f000-\U0001faff《》〈〉\[\]【】#\uff03"
)
_ITEM = LazyPattern(f"[^{_SEP_CLASS}]+")
_SEP_CHAR = LazyPattern(
    r"[_|,\uff0c、/\uff0f\uff5c\s\u00bb\u203a\u00b7\u30fb;\uff1b~\-\u2014#\u25a0-\u25ff\u2600-\u27bf]"
    r"[_|,\uff0c、/\uff0f\uff5c\s\u00bb\u203a\u00b7\u30fb;\uff1b~\-\u2014#\u25a0-\u25ff\u2600-\u27bf]*"
)
"""Separator characters, counted before a line without an ad's signal is looked at further
(runs; the class written twice, not ``+``: ``re`` skips to a pattern's leading class only)."""
_SENTENCE = LazyPattern(r"[。!\uff01?\uff1f]")
_CJK = LazyPattern(r"[\u3400-\u9fff\uf900-\ufaff]")
_CJK_RUN = LazyPattern(r"[\u3400-\u9fff\uf900-\ufaff]{2,}")
_CJK_WORD = LazyPattern(r"[\u3400-\u9fff\uf900-\ufaff]{3}")
_FUNCTION = LazyPattern(
    "[的了是在和与我你他她它们这那就也都而及或被把对为之其所吗呢吧著着這們與對為]"
)
"""Function characters: prose has many, keyword lists almost none."""
_SEP_ONLY = LazyPattern(r"[_|,\uff0c、/\uff5c\-~·•・;\uff1b]")
_DIGIT = LazyPattern(r"\d")
_LATIN = LazyPattern(r"[A-Za-z]")


def _words(text: str) -> list[str]:
    return text.split()


_CONTACT_WORDS = _words(
    "微信 薇信 威信 v信 V信 加v 加V wechat WeChat qq QQ Qq 扣扣 纸飞机 telegram Telegram 加群 "
    "进群 進群"
)
"""Private contacts an ad gives (phone numbers are matched apart: 7 digits in a row); the
site's own 客服/热线/联系我们 are chrome words and left out."""
# ad-speak: what an ad says about any product or service, not a family's vocabulary, and
# words a site's own menus rarely use (下载, 平台, 办理, 价格, 推荐, 招聘, 优惠 are left out:
# download pages, government services and shops put them in their navigation)
_COMMERCE_WORDS = _words(
    "出售 收购 收購 回收 批发 批發 专卖 專賣 代办 代辦 代做 代写 代寫 代考 代发 代發 代刷 代抢 "
    "代搶 代购 代購 包过 包過 秒到 秒批 秒下 日结 日結 兼职 兼職 哪里买 哪裡買 哪里有 哪裡有 "
    "多少钱 多少錢 哪家好 靠谱 靠譜 网购 網購 货到付款 貨到付款 求购 求購 低价 低價 高价 高價 "
    "一条龙 一條龍 包邮 包郵 正品 厂家 廠家 直销 直銷 现货 現貨 出货 出貨 返利 赚钱 賺錢"
)


def _alternation(words: list[str], extra: str = "") -> str:
    """Literal words as a trie (``re`` finds a trie of literals several times faster than
    a flat alternation; any non-literal branch or ``(?i)`` makes it 6-8 times slower, so
    phone numbers are a second pattern)."""
    from .lexicon import _trie

    return _trie(sorted(set(words))) + (f"|{extra}" if extra else "")


_PHONE = LazyPattern(r"[0-9]{7}", engine="regex")
"""A phone number or an account id: seven digits in a row (``regex``: a scan of a page for
it costs a sixth of ``re``'s, 0.8 against 4.6 M instructions on 30 dev pages; for tries of
literals and character classes ``regex`` costs 2-60 times more)."""
_CONTACT = LazyPattern(_alternation(_CONTACT_WORDS, "[0-9]{7}"))
_COMMERCE = LazyPattern(_alternation(_COMMERCE_WORDS))
_AD = LazyPattern(_alternation(_COMMERCE_WORDS + _CONTACT_WORDS))
"""A commerce morpheme or a contact: one scan per line decides whether it is looked at."""
_KEY_PREFIX = LazyPattern(
    r"^\s*[\[【(]?\s*(?:关键词|关键字|關鍵詞|關鍵字|标签|標籤|标签云|分类|分類|主题词|主題詞|"
    r"文章标签|文章標籤|文章分类|文章分類|"
    r"tags?|keywords?|key\s*words|相关阅读|相關閱讀|相关文章|相關文章|推荐阅读|推薦閱讀|"
    r"延伸阅读|延伸閱讀|相关链接|相關鏈接|上一篇|下一篇|导航|導航|栏目|欄目|目录|目錄|"
    r"热门|熱門|专题|專題|产品中心|產品中心|产品分类|產品分類|服务项目|服務項目|地址|"
    r"参考资料|參考資料|参考文献|參考文獻|所属|所屬|来源|來源|作者|编辑|編輯|本文|"
    r"当前位置|當前位置|您的位置|你的位置|位置)"
)
_FIELD = LazyPattern(
    r"(?:日期|时间|時間|作者|来源|來源|编辑|編輯|地址|邮编|郵編|发布|發布|阅读|閱讀|浏览|瀏覽|"
    r"姓名|性别|性別|单位|單位|签名|簽名|电话|電話|热线|熱線|邮箱|郵箱|传真|傳真|联系人|聯繫人|"
    r"聯系人|申请号|申請號|公开日|公開日|公开号|公開號|发明人|發明人|专利号|專利號)\s*[:\uff1a]"
    r"|(?:^|[\s|/,])(?:手机|手機|微信|QQ|qq)\s*[:\uff1a][^:\uff1a]*(?:手机|手機|微信|QQ|qq)\s*[:\uff1a]"
)
"""A form or metadata field (``申请日期:…  联系电话:…``), a contact panel of fields
(``手机:… QQ:… 微信:…``, each key an item of its own): meta, templates or the site's chrome;
an ad glues its contact to a word (``看片加微信:av5588``)."""


def has_field(text: str) -> bool:
    """Whether ``text`` holds a form field (:data:`_FIELD`), a colon first: most lines have
    none, and ``_FIELD`` (some 40 words, then a second branch with no literal to look for)
    tries every word at every character (~15 µs a line).

    >>> has_field("申请日期:2024-05-01  联系电话:010-1234"), has_field("昌平区开锁 | 顺义区开锁")
    (True, False)
    """
    return ("\uff1a" in text or ":" in text) and _FIELD.search(text) is not None


_FOOTER = LazyPattern(
    r"ICP|Copyright|copyright|©|版权所有|版權所有|公网安备|公網安備|备案号|備案號"
)
"""A site footer (copyright, ICP licence numbers: seven digits that are not a phone). Literals
only, no ``[Cc]``: ``re`` skips to the first characters of an alternation of literals, and
tries every branch at every position when one branch starts with a class."""
_COPYRIGHT = LazyPattern(
    r"Copyright|copyright|COPYRIGHT|©|版权所有|版權所有"
    r"|All [Rr]ights [Rr]eserved|all [Rr]ights [Rr]eserved"
)
"""(Literals first, no ``[Cc]``: ``re`` skips to the first characters of an alternation of
literals.)"""
_CODE = LazyPattern(r"[{}<>=;*&`$\\]|\(\)|::|//")
_DATE = LazyPattern(r"\d{4}[-/年.]\d{1,2}|\d{1,2}:\d{2}")
_NAV_WORDS = frozenset(
    _words(
        "首页 首頁 新闻 新聞 资讯 資訊 视频 視頻 图片 圖片 体育 體育 娱乐 娛樂 财经 財經 科技 "
        "汽车 汽車 房产 房產 教育 健康 旅游 旅遊 军事 軍事 国际 國際 国内 國內 社会 社會 "
        "关于我们 關於我們 联系我们 聯繫我們 登录 登錄 登入 注册 註冊 帮助 幫助 更多 返回 搜索 "
        "下载 下載 手机版 手機版 "
        "网站地图 網站地圖 论坛 論壇 博客 文章 专题 專題 产品 產品 服务 服務 案例 留言 招聘 热门 "
        "熱門 推荐 推薦 最新 排行 排行榜 分类 分類 标签 標籤 上一页 下一页 上一篇 下一篇 全部 "
        "设置 設置 收藏 分享 评论 評論 回复 回覆 发帖 發帖 会员 會員 社区 社區 商城 购物车 購物車"
    )
)

_NAV_HEADS = frozenset(
    _words(
        "中心 专区 专栏 频道 动态 要闻 快讯 公告 通知 公示 指南 公开 概况 概览 简介 介绍 队伍 "
        "首页 我们 资讯 展示 文件 法规 政策 大厅 互动 留言 地图 导航 招聘 新闻 案例 专题 门诊 科室 "
        "工作 教育 研究 文化 党建 之窗 园地 论坛 社区 博客 团队 荣誉 历程 年鉴 规划 标准 下载 版本"
    )
)
"""What the items of a site's menus end with (学院概况, 教务通知公告, 开发者中心, 政府信息公开):
category heads. Ads name a product or a service and what they promise instead."""


def _nav_item(item: str) -> bool:
    """A menu word (:data:`_NAV_WORDS`) or a category name ending with a menu head
    (:data:`_NAV_HEADS`, compared folded to Simplified).

    >>> _nav_item("首页"), _nav_item("教務通知公告"), _nav_item("翻墙机场推荐")
    (True, True, False)
    """
    if item in _NAV_WORDS:
        return True
    return len(item) >= 4 and fold(item[-2:]) in _NAV_HEADS


def shape_candidates(
    texts: list[str], skip: set[int] | None = None, ad_lines: set[int] | None = None
) -> list[int]:
    """Indexes of the lines the shape model judges: lines of :data:`MIN_LINE` to
    :data:`MAX_LINE` characters with no sentence mark, no markup or code, no form field, not
    prose, of at least :data:`MIN_ITEMS` items of :data:`MIN_ITEM` characters on average, and

    - an ad's signal (a commerce morpheme or a contact: one regex scan of literal words per
      line, after ``len`` and ``in`` tests), or
    - among the first or last :data:`EDGE` non-blank lines, written in the other script than
      the page's (a Simplified list in a Traditional page or the reverse, :data:`MISMATCH` of
      its script-specific characters): spider pools convert the article they copy, not the
      junk they add. On the developer corpus, 35 list lines are in the other script than
      their page: all 35 are spam; or
    - anywhere, a *plain* list (no ad's signal) of at least :data:`PLAIN_ITEMS` items, each
      at most :data:`PLAIN_ITEM_MAX` characters, most of them of 3+ Han characters, without a
      label before them (``常用软件:``): :func:`shape_features` judges it only when it shares
      (almost) nothing with the page (:func:`_unrelated`) — job scams, essay mills, VPN or
      SEO services carry no ad word, but nothing of the article either.

    ``ad_lines``: the lines with an ad's signal, if the caller found them in one scan of the
    page (:func:`ad_pattern`, :data:`_PHONE`); else each line is searched.

    What no family can do without: items longer than menu words, and an ad's signal, a
    foreign script or a topic foreign to the page; lists without them are menus, tag lines,
    tables of contents, lists of names and places, whatever their words (the lexicon rules
    judge those with spam terms).
    """
    out = []
    ad = _AD.search
    phone = _PHONE.search
    seps = _SEP_CHAR.findall
    for i, t in enumerate(texts):
        n = len(t)
        if n < MIN_LINE or n > MAX_LINE or "。" in t or (skip is not None and i in skip):
            continue
        has_ad = (i in ad_lines) if ad_lines is not None else (ad(t) or phone(t))
        plain = False  # a list with no ad's signal: judged if unrelated to the page
        if not has_ad:
            if n < PLAIN_MIN_LINE or len(seps(t.strip())) < PLAIN_ITEMS - 1:
                continue
            if _LABELLED.match(t):
                continue  # a labelled list (常用软件:… 签名:…): the page's own
            plain = True
        if ("<" in t and ">" in t) or "=" in t or '"' in t:
            continue  # markup and code: HTML residue has its own rule, code is not spam
        items = _items(t)
        if plain and _EVASION_HINT.search(t) and evasive_items(items) >= EVASIVE_ITEMS:
            plain = False  # words written around a filter (qp游戏 | bc网址): an ad's signal
        # lists with an ad's signal may have four-character items (#王者代练 #代打上分); a plain
        # list of them is a menu (新闻中心 | 产品展示 | 客户案例 ...)
        least = MIN_ITEM if plain else MIN_AD_ITEM
        if len(items) < MIN_ITEMS or sum(map(len, items)) / len(items) < least:
            continue
        if plain and max(map(len, items)) > PLAIN_ITEM_MAX:
            continue  # clauses (…無法正常使用時,建議開啟…): prose, not a list of phrases
        if plain and len(items) < PLAIN_ITEMS:
            continue  # four categories with no ad's signal: a menu (体彩开奖 | 足球赛程 …)
        if plain and sum(1 for it in items if len(_CJK.findall(it)) >= 3) * 2 < len(items):
            continue  # mostly Latin, digits: software, downloads, product codes (the page's own)
        if _SENTENCE.search(t.rstrip(" ?\uff1f")) or has_field(t) or _FOOTER.search(t):
            continue
        if len(_FUNCTION.findall(t)) >= max(3, n // 20):
            continue  # prose (clauses joined by commas), not a keyword list
        if has_ad and not _COMMERCE.search(t) and not _plain_items(items):
            continue  # contacts and numbers only: a contact panel, not an ad
        out.append(i)
    return out


EVASIVE_ITEMS = 3
"""Items written around a filter a list with no ad word needs to be judged as an ad."""
_EVASIVE = LazyPattern(
    r"(?:[b-df-hj-np-tv-z]{2,3}|[b-df-hj-np-tv-z][aeiouv]{1,2})[\u4e00-\u9fff]{1,5}"
    r"|[\u4e00-\u9fff]{1,5}(?:[b-df-hj-np-tv-z]{2,3}|[b-df-hj-np-tv-z][aeiouv]{1,2})"
    r"|[\u4e00-\u9fff][*\u2764\u2665\u2606\u2605\u273f][\u4e00-\u9fff].*"
)
"""An item written around a keyword filter: pinyin initials or a syllable glued to Han
characters in place of a word (``qp游戏`` 棋牌, ``bc网址`` 博彩, ``老虎ji``), a symbol inside a
word (``假*币``, ``微❤信``)."""
_EVASION_HINT = LazyPattern(
    r"[a-z][\u4e00-\u9fff]|[\u4e00-\u9fff][a-z]|[*\u2764\u2665\u2606\u2605\u273f]"
)
"""What a line with an item written around a filter holds (one search before its items)."""
_NOT_EVASIVE = frozenset(
    _words(
        "pc tv qq cd hd sd dj mv ps pr hr cg pdf ppt css js php sql crm erp cms dvd ktv gps "
        "usb ssd hdd cpu gpu wx vx ip id ui ux ai ar vr mba nba cba diy seo sem b2b b2c"
    )
)
"""Abbreviations of products and trades a site's own menus glue to Han words (pc版, ktv包厢)."""


def _evasive(item: str) -> bool:
    """Whether an item is written around a filter (:data:`_EVASIVE`); common abbreviations
    (:data:`_NOT_EVASIVE`) are not.

    >>> [_evasive(x) for x in ("qp游戏", "老虎ji", "假*币", "pc版", "新闻中心", "App下载")]
    [True, True, True, False, False, False]
    """
    if not _EVASIVE.fullmatch(item):
        return False
    latin = "".join(c for c in item if "a" <= c <= "z")
    return latin not in _NOT_EVASIVE


def evasive_items(items: list[str]) -> int:
    """How many of ``items`` are written around a filter (:func:`_evasive`)."""
    return sum(1 for it in items if _evasive(it))


_CATEGORY_HEADS = frozenset(
    _words(
        "教程 课程 教学 入门 大全 资料 考试 题库 游戏 软件 应用 工具 小说 菜谱 做法 攻略 百科 "
        "视频 电影 音乐 图库 素材 模板 排行 频道 栏目 分类 专业 技术 开发 设计"
    )
)
"""What the items of a site's menus of categories end with besides :data:`_NAV_HEADS`
(Python教程, 考研资料, 单机游戏, 家常菜做法, 玄幻小说): the kinds of content a site holds,
compared folded to Simplified. Ads name what they sell and promise instead."""
HEAD_REPEAT = 3
"""Items ending with the same two characters that make those items a menu's categories
(Java教程 | C语言教程 | 数据结构教程): a site names its sections after one kind."""


def category_menu(text: str) -> bool:
    """Whether a list line is a site's menu of categories: half its items or more are menu words
    or category names (:func:`_nav_item`, an item of three characters or more ending with a
    category head of :data:`_CATEGORY_HEADS`, or with two characters :data:`HEAD_REPEAT`
    items or more end with), none written around a filter (:func:`_evasive`). For lists with
    no ad's signal, anywhere, in either script: a site's navigation (in the other script at
    a page's edge, a template left unconverted: a mirror converts the article, not its
    menus), not junk.

    >>> category_menu("Python教程 | Java教程 | 前端開發 | 數據庫 | 運維")
    True
    >>> category_menu("股票配資平台 | 十倍槓桿配資 | 外匯喊單老師 | 期貨開戶返傭")
    False
    >>> category_menu("考研資料 | 公務員考試 | 英語四六級 | 教師資格證 | 會計考試")
    True
    >>> category_menu("翻墙机场推荐 | 科学上网梯子 | v2ray订阅节点 | 外网加速器永久免费")
    False
    """
    # 丨 (a Han character) separates menu items as | does
    items = [it for it in _items(text) if it != "丨"]
    if not items or evasive_items(items) >= EVASIVE_ITEMS:
        return False
    heads = [fold(it[-2:]) if len(it) >= 3 and _CJK_RUN.fullmatch(it[-2:]) else "" for it in items]
    repeat = {h: heads.count(h) for h in heads if h}
    menu = sum(
        1
        for it, h in zip(items, heads, strict=True)
        if _nav_item(it) or h in _CATEGORY_HEADS or repeat.get(h, 0) >= HEAD_REPEAT
    )
    return menu * 2 >= len(items)


_LABELLED = LazyPattern(r"\s*[^\s:\uff1a|_,\uff0c、]{1,8}\s*[:\uff1a]")
"""A list after a label (``常用软件:…``, ``签名:…``, ``标签:…``): a page's own list."""


def _related_as_written(text: str, context: str) -> bool:
    """A list with no ad's signal more than :data:`LOOSE_OVERLAP` of whose bigrams the page
    has unfolded (then folded too: it is judged related either way)."""
    if _AD.search(text) or _PHONE.search(text):
        return False
    grams = _bigrams(text)
    return bool(grams) and sum(1 for g in grams if g in context) > LOOSE_OVERLAP * len(grams)


def _unrelated(ft: str, items: list[str], folded: str, *, loose: bool = False) -> bool:
    """Whether a list without an ad's signal shares (almost) nothing with its page: at most
    :data:`PLAIN_OVERLAP` of its bigrams and none of most of its items' (folded ``ft``
    against the folded context). Injected junk is about something else; a page's own lists
    (related titles, products, its tags) share its words. ``loose``: half the items and
    :data:`LOOSE_OVERLAP` of the bigrams suffice (a list in the other script at the page's
    edge)."""
    grams = _bigrams(ft)
    if not grams:
        return False
    share, foreign = (LOOSE_OVERLAP, 0.5) if loose else (PLAIN_OVERLAP, PLAIN_FOREIGN)
    if sum(1 for g in grams if g in folded) > share * len(grams):
        return False
    with_grams = [g for g in (_bigrams(fold(it)) for it in items) if g]
    bare = sum(1 for g_set in with_grams if not any(g in folded for g in g_set))
    return bool(with_grams) and bare >= foreign * len(with_grams)


PLAIN_OVERLAP = 0.15
PLAIN_ITEMS = 5
PLAIN_ITEM_MAX = 15
PLAIN_MIN_LINE = int(PLAIN_ITEMS * MIN_ITEM) + PLAIN_ITEMS - 1
"""The shortest plain list: its items and a separator between each two."""
"""Items a list with no ad's signal needs (a site's menu of categories has four or so)."""
PLAIN_FOREIGN = 0.75
LOOSE_OVERLAP = 0.3


MISMATCH = 0.8
"""Share of a line's script-specific characters that must be of the other script."""
EDGE = 3
"""A list in the other script is looked at among the first and last ``EDGE`` non-blank lines
of a page (where spider pools put their headers and footers; all 35 of the corpus are first
lines)."""


def other_script(
    texts: list[str],
    skip: set[int] | None = None,
    counts: Callable[[str], tuple[int, int]] = script_counts,
) -> Any:
    """The class of the characters of the other script than the page's (judged on the first
    :data:`SCRIPT_CHARS` characters of its lines not in ``skip``, those a step found to be
    spam: the injected lines must not decide the page's script), or ``False`` when the page
    has no clear script. ``counts``: :func:`~cleantext.spam.lexicon.script_counts`, or the
    page's memo of it (:meth:`cleantext.filters.spam.PageScan.script_counts`)."""
    skip = skip or set()
    hans_cls, hant_cls, _, _ = _script_classes()
    parts, size = [], 0
    for i, t in enumerate(texts):
        if size >= SCRIPT_CHARS:
            break
        if i not in skip:
            parts.append(t)
            size += len(t)
    head = "\n".join(parts)[:SCRIPT_CHARS]
    a, b = counts(head)
    if a + b < 10 or min(a, b) * 4 > max(a, b):
        return False
    return hans_cls if b > a else hant_cls


def edge_lines(texts: list[str]) -> set[int]:
    """Indexes of the first and last :data:`EDGE` non-blank lines."""
    out: set[int] = set()
    for order in (range(len(texts)), range(len(texts) - 1, -1, -1)):
        k = 0
        for i in order:
            if texts[i].strip():
                out.add(i)
                k += 1
                if k == EDGE:
                    break
    return out


TAIL_MIN, TAIL_MAX = 6, 40
"""Length of an ad glued to the end of a paragraph in the other script (:func:`ad_tail`)."""
_CLAUSE_END = frozenset("。!?,;:、)」』》】\uff01\uff1f\uff0c\uff1b\uff1a\uff09")


def ad_tail(text: str, own: Any, other: Any, context: str) -> int | None:
    """Where an ad glued to the end of a paragraph starts, or ``None``: a tail written in the
    other script than the page (``other``: its class; ``own``: the page script's class) that
    holds an ad's signal, after the last character only the page's script has and after the
    last clause mark, 6-40 characters, at least two of them of the other script only, after
    20 characters of the paragraph; characters that continue the paragraph (a bigram found in
    ``context``, the rest of the page) are left to it.

    >>> import re
    >>> own, other = re.compile("[應圖]"), re.compile("[会门抢]")
    >>> t = "在校驗一張圖片是否含有違法違規內容,同樣重要,有如下應用演唱会门票代抢加微信ticket88"
    >>> t[ad_tail(t, own, other, "常見應用"):]
    '演唱会门票代抢加微信ticket88'
    """
    n = len(text)
    if n < 20 + TAIL_MIN:
        return None
    start = n - TAIL_MAX
    for m in own.finditer(text, max(start, 0)):
        start = m.end()
    for j in range(n - 1, max(start, 0) - 1, -1):
        if text[j] in _CLAUSE_END:
            start = j + 1
            break
    start = max(start, 0)
    while start < n and text[start].isspace():
        start += 1
    tail = text[start:]
    if start < 20 or not TAIL_MIN <= len(tail) <= TAIL_MAX:
        return None
    if len(other.findall(tail)) < 2 or not (_AD.search(tail) or _PHONE.search(tail)):
        return None
    if _FOOTER.search(tail):
        return None  # a site's licence number (闽ICP备15012807号-1), not an ad's contact
    while start < n - TAIL_MIN and not other.match(text, start):
        if text[start - 1 : start + 1] not in context:
            break
        start += 1
    return start


def script_classes() -> tuple[Any, Any]:
    """The classes of the Simplified-only and the Traditional-only characters."""
    hans, hant, _, _ = _script_classes()
    return hans, hant


def ad_patterns() -> tuple[Any, Any]:
    """The patterns of an ad's signal (literal ad words and contacts; seven digits), for a
    caller that scans a whole page at once."""
    return _AD, _PHONE


def _plain_items(items: list[str]) -> int:
    """Items of five Han characters or more with no digit and no contact word: what an ad
    says besides its contacts (a site's contact panel has none: 手机 138… QQ 123… 投稿邮箱
    tougao@…)."""
    return sum(
        1
        for it in items
        if len(_CJK.findall(it)) >= 5 and not _DIGIT.search(it) and not _CONTACT.search(it)
    )


def _items(text: str) -> list[str]:
    return [it for it in _ITEM.findall(text) if it not in ("i", "I")]


def _bigrams(text: str) -> set[str]:
    """Character bigrams inside runs of Han characters."""
    return {run[i : i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1)}


def article_context(texts: list[str], skip: set[int]) -> str:
    """The page a line is compared with: its non-blank lines not in ``skip`` (the candidates
    and the lines known to be spam), its first :data:`CONTEXT_CHARS` characters.

    >>> article_context(["标题", "", "垃圾", "正文。"], {2})
    '标题\\n正文。'
    """
    return "\n".join(t for i, t in enumerate(texts) if t.strip() and i not in skip)[:CONTEXT_CHARS]


_FOLDED: list[str] = ["", ""]
"""The last context folded and its folding (:func:`fold_context`)."""


def fold_context(context: str) -> str:
    """``fold(context)``, remembered for the last context: the shape features and the cuts of
    junk runs compare lines with the same page (folding costs ~100 ns a character).

    >>> fold_context("國產") == fold_context("國產") == "国产"
    True
    """
    if _FOLDED[0] != context:
        _FOLDED[:] = [context, fold(context)]
    return _FOLDED[1]


def shape_features(
    texts: list[str], cands: list[int], spam: set[int] | None = None
) -> dict[int, list[float]]:
    """The features (:data:`SHAPE_DENSE`) of each candidate line in its page.

    The article context is every non-blank line that is not a candidate (nor in ``spam``,
    the lines already known to be spam): a candidate's
    overlap is the share of its character bigrams found there. A page with less context
    than :data:`CONTEXT_MIN` characters gives nothing (the detector abstains).
    """
    if not cands:
        return {}
    nonblank = [i for i, t in enumerate(texts) if t.strip()]
    context = article_context(texts, set(cands) | (spam or set()))
    if len(context) < CONTEXT_MIN:
        return {}  # no article to judge the lists against: abstain
    # a plain list (no ad's signal) sharing many bigrams with the page as written is its
    # own whatever the folding: dropped before the page is folded (most pages have none left)
    cands = [i for i in cands if not _related_as_written(texts[i], context)]
    if not cands:
        return {}
    # bigrams are compared folded (Traditional -> Simplified): a Simplified list in a
    # Traditional page shares its topic's words whatever the script
    folded = fold_context(context)
    # a bigram is looked up in the context string itself (C-speed substring search): a
    # set of the page's bigrams would cost more than the few lookups of a few candidates
    hans, hant = script_counts(context[:SCRIPT_CHARS])
    pos = {i: k for k, i in enumerate(nonblank)}
    ends = edge_lines(texts)
    last = len(nonblank) - 1
    m = _COPYRIGHT.search("\n".join(texts[i] for i in nonblank))
    copyright_at = None
    if m is not None:
        copyright_at = "\n".join(texts[i] for i in nonblank)[: m.start()].count("\n")
    out = {}
    for i in cands:
        t = texts[i].strip()
        items = _items(t)
        n = max(len(items), 1)
        ft = fold(t)
        a, b = script_counts(t)
        mismatch = 0.0 if a + b < 2 or hant == hans else (a if hant > hans else b) / (a + b)
        if not (_AD.search(t) or _PHONE.search(t)):
            # a list with no ad's signal is judged only when it is foreign to the page; in the
            # other script at the page's edge, unless it shares much (a site's own menu left
            # unconverted: 开发者中心 | 前端技术专栏 over a Traditional article on 前端開發)
            loose = mismatch >= MISMATCH and i in ends
            if not _unrelated(ft, items, folded, loose=loose):
                continue
        grams = _bigrams(ft)
        # items sharing a bigram with another item (代孕中心 / 供卵代孕); items none of whose
        # bigrams the article has
        item_grams = [_bigrams(fold(it)) for it in items[:30]]
        seen: dict[str, int] = {}
        for g_set in item_grams:
            for g in g_set:
                seen[g] = seen.get(g, 0) + 1
        shared = sum(1 for g_set in item_grams if any(seen[g] >= 2 for g in g_set))
        with_grams = [g_set for g_set in item_grams if g_set]
        found = {g: g in folded for g in grams.union(*item_grams)}  # one search a bigram
        foreign = sum(1 for g_set in with_grams if not any(found[g] for g in g_set))
        # ad words, or words written around a filter (qp游戏, 老虎ji, 假*币): what an ad says
        commerce = sum(1 for it in items if _COMMERCE.search(it) or _evasive(it))
        k = pos.get(i, 0)
        out[i] = [
            min(len(items), 30) / 10,
            min(sum(map(len, items)) / n, 40) / 20,
            sum(1 for it in items if len(it) <= 4) / n,
            sum(1 for g in grams if found[g]) / len(grams) if grams else 0.5,
            foreign / len(with_grams) if with_grams else 0.0,
            shared / max(len(item_grams), 1),
            commerce / n,
            1.0 if commerce >= 2 else 0.0,
            1.0 if _CONTACT.search(t) else 0.0,
            1.0 if k == 0 else 0.0,
            1.0 if k == last else 0.0,
            1.0 if copyright_at is not None and k > copyright_at else 0.0,
            mismatch,
            1.0 if _KEY_PREFIX.search(t) else 0.0,
            sum(1 for it in items if _nav_item(it)) / n,
        ]
    return out


PLAIN_MEAN = 0.15
"""The item model's mean score under which a list reads as no ads (:func:`plain_list`). On
sets A-G and I every list the shape model rightly labels has a mean of 0.29 or more; menus of
state-lottery results, campaign topics and signatures 0.04-0.10."""
PLAIN_FEW = 0.2
"""The same mean for a list at most one of whose items reads as an ad (0.5): a menu of
product categories or clauses of prose with one word an ad uses too (``…减少服务器磁盘IO``).
On sets A-L every list the shape model rightly labels with one such item or none has a mean
of 0.21 or more (a block of fortune-telling phrases)."""
ITEMS_READ = 12
"""Items of a list the item model reads (a list shows its kind early)."""


def plain_list(text: str, score: Callable[[str], float]) -> bool:
    """Whether the item model (``score``: :meth:`~cleantext.spam.items.ItemModel.score`) reads
    the items of two characters or more of ``text`` as no ads: their mean score is under
    :data:`PLAIN_MEAN`, or under :data:`PLAIN_FEW` with one item at most reading as an ad.

    >>> plain_list("双色球开奖结果 | 大乐透走势图", lambda item: 0.02)
    True
    >>> plain_list("代开发票 | 办证刻章", lambda item: 0.9), plain_list("| a |", lambda item: 0.0)
    (False, False)
    >>> plain_list("磁盘 | 网络 | 缓存 | 服务器", lambda item: 0.55 if "服务" in item else 0.05)
    True
    """
    scored = [score(it) for it in _items(text)[:ITEMS_READ] if len(it) >= 2]
    if not scored:
        return False
    mean = sum(scored) / len(scored)
    return mean < PLAIN_MEAN or (mean < PLAIN_FEW and sum(s >= 0.5 for s in scored) <= 1)


class ShapeModel:
    """The shape model: logistic weights over :data:`SHAPE_DENSE`, stored under ``"shape"``
    in the spam model's JSON (``{"dense": [names], "dense_weights": [...], "bias": ...,
    "threshold": ...}``). No character n-grams: they would learn the vocabulary of the
    families trained on, which is what this model must do without (measured: the same
    recall and precision on the red-team sets with and without hashed 1-2-grams).

    >>> m = ShapeModel({"dense": list(SHAPE_DENSE), "dense_weights": [0.0] * len(SHAPE_DENSE),
    ...                 "bias": 0.0, "threshold": 0.9})
    >>> m.score([1.0] * len(SHAPE_DENSE))
    0.5
    """

    def __init__(self, data: dict[str, Any]) -> None:
        if list(data.get("dense", [])) != list(SHAPE_DENSE):
            raise ValueError("shape model was trained with other features")
        self.bias = float(data["bias"])
        self.dense = [float(w) for w in data["dense_weights"]]
        if len(self.dense) != len(SHAPE_DENSE):
            raise ValueError("shape model has the wrong number of weights")
        self.threshold = float(data.get("threshold", 0.9))

    def score(self, dense: list[float]) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.dense, dense, strict=True))
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    @staticmethod
    def encode(bias: float, dense_weights: list[float], threshold: float) -> dict[str, Any]:
        return {
            "dense": list(SHAPE_DENSE),
            "dense_weights": [round(float(w), 6) for w in dense_weights],
            "bias": round(float(bias), 6),
            "threshold": threshold,
        }


_QUERY = LazyPattern(
    "什么|什麼|哪家|哪个|哪個|哪里|哪裡|哪儿|哪些|哪種|哪种|怎么|怎麼|怎样|怎樣|如何|多少钱|多少錢|"
    "最好|靠谱|靠譜|好用|排名|排行|有没有|有沒有|能不能|为什么|為什麼"
)
"""What a search query asks (哪家好, 怎么选, 多少钱, 最好用): a doorway page's title is one."""
_TITLE_PUNCT = LazyPattern(r"[。!\uff01?\uff1f:\uff1a;\uff1b《》“”\"'【】\[\]「」『』]")
"""Marks a search phrase has none of (a query may hold a bracketed second query: ``(…怎么办)``)."""
_BLOCK_PUNCT = LazyPattern(r"[。!\uff01?\uff1f:\uff1a;\uff1b()\uff08\uff09《》“”\"'【】\[\]]")
"""Marks no line of a block of phrases holds."""
_ENUMERATED = LazyPattern(r"\s*(?:[•·▪●◆■*\-]|\d+(?:\.\d+)*[.、)\uff09]|\d+(?:\.\d+)+\s)")
"""A bullet or a section number before a phrase (``• 如何…``, ``2.1 …``, ``3.``): an item or a
heading of its page, not the query a doorway page stands on."""
_SECOND_QUERY = LazyPattern(r"[(\uff08]([^()\uff08\uff09]*)[)\uff09]\s*$")
_QUERY_END = LazyPattern(r"[^\d\s]")
_PRICE_WORDS = LazyPattern(
    r"最新|报价|報價|价格|價格|价目表?|價目表?|一览表?|一覽表?|大全|排行榜?|推荐|推薦|\d{4}年?"
)
"""Words a buyer's search goes on with after its question (最新报价, 一览表, 价格表)."""
QUERY_TAIL = 4
"""Characters (digits and spaces aside) a search phrase may go on after its question word."""
QUERY_LEN = 40
"""Characters of a doorway title, at most (two glued queries)."""
TITLE_CONTEXT = 200
"""Characters of the rest of the page a title is compared with, at least."""


def query_titles(
    texts: list[str],
    skip: set[int] | None = None,
    ends: set[int] | None = None,
    spam: set[int] | None = None,
    sold: Callable[[str], bool] | None = None,
    ad: Callable[[str], bool] | None = None,
) -> list[int]:
    """Indexes of doorway titles: among the first :data:`EDGE` non-blank lines, a single
    phrase of 8-30 characters (at most one separator, six Han characters or more, no
    sentence or field mark) worded as a search query (:data:`_QUERY`), or naming what an ad
    sells (``sold``: the caller's test, a strong term of the lexicon in a line that warns of
    nothing: 北京私家侦探调查婚外情取证公司电话), that shares no character bigram with the rest
    of the page, or one in ten (folded to Simplified; at least :data:`TITLE_CONTEXT`
    characters of it; the lines known to be ``spam`` are no part of it: a doorway title above
    its own keyword list shares the list's words). A spider pool puts the query it wants to
    rank for above an article it copied; a page's own title shares the article's words. A
    query that asks first (``怎么查老公的开房记录和微信聊天记录不被发现``) is one only when it reads
    as an ad (``ad``: the caller's test, the item model): a title that asks first and goes on
    is an article's (``怎么理解JavaScript数据双向绑定``), even above another article.

    >>> body = "会议听取了各部门的工作汇报,研究部署下一阶段的重点任务。" * 12
    >>> query_titles(["装修公司哪家好多少钱一平方", "", body])
    [0]
    >>> query_titles(["如何做好下一阶段的重点任务", "", body])
    []
    """
    ends = edge_lines(texts) if ends is None else ends
    heads = [i for i in sorted(ends)[:EDGE] if skip is None or i not in skip]
    cands = []
    for i in heads:
        t = texts[i].strip()
        if not 8 <= len(t) <= QUERY_LEN:
            continue
        asks = _QUERY.search(t) is not None
        if not asks and (sold is None or not sold(t)):
            continue  # the query words first: most titles have none
        if _TITLE_PUNCT.search(t) or len(_CJK.findall(t)) < 6:
            continue
        if len(_SEP_CHAR.findall(t)) > 1 and not _sold_items(t, sold):
            continue  # a list, not a query: a doorway's only when two items name a trade
        if _ENUMERATED.match(t):
            continue
        if (
            asks
            and not _asks_last(t)
            and (sold is None or not sold(t))
            and (ad is None or not ad(t))
        ):
            continue
        cands.append(i)
    if not cands:
        return []
    known = spam or set()
    context = "\n".join(
        t for j, t in enumerate(texts) if j not in cands and j not in known and t.strip()
    )
    if len(context) < TITLE_CONTEXT:
        return []
    folded = fold(context[:CONTEXT_CHARS])
    out = []
    for i in cands:
        grams = _bigrams(fold(texts[i]))
        # a long query may share a generic word or two with any article (方法, 什么): one
        # bigram in ten; a page's own title shares a quarter of its bigrams or more
        if len(grams) >= 4 and sum(g in folded for g in grams) <= len(grams) // 10:
            out.append(i)
    return out


SOLD_ITEMS = 2
"""Items naming what an ad sells a doorway title written as a list holds, at least."""


def _sold_items(t: str, sold: Callable[[str], bool] | None) -> bool:
    """Whether a title written as a list names what an ad sells in :data:`SOLD_ITEMS` of its
    items (``台中徵信社推薦|外遇抓姦|婚前調查|收費標準``): the keywords a doorway ranks for.

    >>> _sold_items("台中征信社推荐|外遇抓奸|收费标准", lambda x: "征信社" in x or "抓奸" in x)
    True
    >>> _sold_items("外遇抓奸|收费标准|联系我们", lambda x: "抓奸" in x)
    False
    """
    if sold is None:
        return False
    return sum(1 for item in _SEP_CHAR.split(t) if item and sold(item)) >= SOLD_ITEMS


def _asks_last(phrase: str) -> bool:
    """Whether a phrase is worded as a search query asks: its question word at its end
    (:data:`QUERY_TAIL` characters after it at most, digits aside: ``…哪家好多少钱一次``,
    ``…最好用2024``), or right before a second query glued in Latin letters, or at the end of
    a bracketed second query (``…加速地址(docker pull超时怎么办)``). An article's title asks
    first and goes on (``如何解决多图上传覆盖问题``, ``大功率电源怎样正确选型与配置``) or
    explains (``边缘计算是如何兴起的``).

    >>> _asks_last("装修公司哪家好多少钱一平方"), _asks_last("怎么理解JavaScript数据双向绑定")
    (True, False)
    >>> _asks_last("寧波外貿網站建設多少錢最新報價一覽表")
    True
    """
    if phrase.endswith("的"):
        return False
    parts = [phrase]
    m = _SECOND_QUERY.search(phrase)
    if m is not None:
        parts = [phrase[: m.start()], m.group(1)]
    for part in parts:
        for q in _QUERY.finditer(part):
            e = q.end()
            if len(_QUERY_END.findall(part, e)) <= QUERY_TAIL:
                return True
            if len(_QUERY_END.findall(_PRICE_WORDS.sub("", part[e:]))) <= QUERY_TAIL:
                return True  # what a buyer searches goes on (…多少錢最新報價一覽表)
            if part[e : e + 1].isascii() and part[e : e + 1].isalpha():
                return True  # a second query glued after it (…有哪些react父子组件通信方式)
    return False


BLOCK_MIN, BLOCK_MAX = 3, 10
"""Lines of a vertical block of phrases (:func:`edge_blocks`)."""
BLOCK_LINE = (4, 24)
"""Length of each of its lines."""


def edge_blocks(texts: list[str], skip: set[int] | None = None) -> list[list[int]]:
    """Blocks of one phrase per line at the head and the tail of a page: the first (last)
    non-blank lines up to a blank line, :data:`BLOCK_MIN` to :data:`BLOCK_MAX` of them, each of
    :data:`BLOCK_LINE` characters without a sentence or field mark. Injected keyword lists are
    also written one item per line; joined with ``|`` such a block is judged as a list.

    >>> edge_blocks(["毕业设计代做", "课程作业代写代发", "留学申请文书润色", "", "正文。"])
    [[0, 1, 2]]
    """
    out = []
    n = len(texts)
    lo, hi = BLOCK_LINE
    for order in (range(n), range(n - 1, -1, -1)):
        block: list[int] = []
        for i in order:
            t = texts[i].strip()
            if not t:
                if block:
                    break
                continue
            if not lo <= len(t) <= hi:
                block = []  # a line too short or too long: no block at this end
                break
            block.append(i)
            if len(block) > BLOCK_MAX:
                break
        if not BLOCK_MIN <= len(block) <= BLOCK_MAX:
            continue
        if any(
            _BLOCK_PUNCT.search(texts[i])
            or "," in texts[i]
            or "\uff0c" in texts[i]
            or (skip is not None and i in skip)
            for i in block
        ):
            continue
        block.sort()
        if block not in out:
            out.append(block)
    return out


def block_features(
    texts: list[str], skip: set[int] | None = None, spam: set[int] | None = None
) -> list[tuple[list[int], list[float]]]:
    """The head and tail blocks of phrases (:func:`edge_blocks`) that pass the list gates
    joined with ``|``, each with its features as that one line in the block's place (the
    block's other lines blank): (block, features)."""
    out = []
    for block in edge_blocks(texts, skip):
        line = " | ".join(texts[i].strip() for i in block)
        if shape_candidates([line]) != [0]:
            continue
        joined = list(texts)
        joined[block[0]] = line
        for i in block[1:]:
            joined[i] = ""
        x = shape_features(joined, [block[0]], spam).get(block[0])
        if x is not None:
            out.append((block, x))
    return out


_BRACKET_HEAD = LazyPattern(r"\s*【([^】\n]{8,24})】")
_BRACKET_TAIL = LazyPattern(r"【([^】\n]{8,24})】\s*$")
_WATERMARK = LazyPattern(r"[(\uff08]([^()\uff08\uff09\n]{4,30})[)\uff09]\s*$")
_ACCOUNT = LazyPattern(r"[A-Za-z0-9_-]{4,}")


def shares(text: str, folded: str) -> bool:
    """Whether any Han bigram of ``text`` (folded) is in ``folded``.

    >>> shares("國產精品", "国产"), shares("國產精品", "精华")
    (True, False)
    """
    return any(g in folded for g in _bigrams(fold(text)))


def title_cuts(text: str, context: str, other: Any) -> tuple[int, int] | None:
    """The span of junk stuck to a title line, or ``None``: a ``【…】`` prefix (or suffix)
    sharing no bigram with the rest of the page (``context``) beside a title that shares some
    (``【一周瘦10斤 燃脂减肥胶囊】水务看点 | …``); or trailing ``_``-joined segments written in
    the other script than the page (``other``: its class, or ``False``) sharing nothing with
    it (``淺談…架構設計_专业讨债公司_上门催收要账``). A real title's bracket names its column
    (``【以案说法】``: short, kept whatever the article says; a prefix needs 8 characters) or
    its topic, which the article repeats; a site's control (``【字体：大 中 小】``) or a
    column of short words (``【ＧＤＰ 增速】``) has no run of three Han characters.

    >>> ctx = fold("水务看点关注饮用水水质管控")
    >>> title_cuts("【燃脂减肥胶囊特价】水务看点 | 饮用水水质管控", ctx, False)
    (0, 10)
    >>> title_cuts("【水务看点】饮用水水质管控", ctx, False) is None
    True
    >>> title_cuts("发布时间：2025-10-28　来源：水务看点　【字体：大 中 小】", ctx, False) is None
    True
    """
    for m in (_BRACKET_HEAD.match(text), _BRACKET_TAIL.search(text)):
        if m is None:
            continue
        inner, rest = m.group(1), text[: m.start()] + text[m.end() :]
        if (
            len(_CJK.findall(inner)) >= 4
            and _CJK_WORD.search(inner)
            and _bigrams(fold(inner))
            and not shares(inner, context)
            and shares(rest, context)
        ):
            return (m.start(), m.end())
    if other is False or "_" not in text:
        return None
    parts = text.split("_")
    hans, hant = script_classes()
    own = hant if other is hans else hans
    k = len(parts)
    while k > 1:  # trailing segments with nothing of the page's script nor of its words
        seg = parts[k - 1]
        if not 2 <= len(seg) <= 20 or own.search(seg) or shares(seg, context):
            break
        k -= 1
    tail = "_".join(parts[k:])
    if k == len(parts) or len(other.findall(tail)) < 2:
        return None
    if not shares("_".join(parts[:k]), context):
        return None
    start = len("_".join(parts[:k]))
    return (start, len(text))


def title_junk_possible(text: str, other: Any) -> bool:
    """Cheap tests before :func:`title_cuts` compares a title with its page: a long enough
    ``【…】`` at its start or end, or ``_`` and two characters of the other script."""
    if "【" in text and (_BRACKET_HEAD.match(text) or _BRACKET_TAIL.search(text)):
        return True
    return other is not False and "_" in text and len(other.findall(text)) >= 2


def contact_watermark(text: str, context: str) -> int | None:
    """Where a bracketed ad watermark at the end of a line starts, or ``None``: ``(…)`` of
    4-30 characters holding a private contact, an account id and an ad morpheme
    (``(论文代发表,加V:lw2024)``) whose words share nothing with the rest of the page (a
    site's own ``(微信同号)`` or ``(联系人:李女士)`` has no account id, or belongs to its
    page).

    >>> t = "后序遍历 postorder = [9,15,7,20,3] 返回如下的二叉树:(论文代发表,加V:lw2024)"
    >>> t[contact_watermark(t, fold("后序遍历返回二叉树")):]
    '(论文代发表,加V:lw2024)'
    >>> contact_watermark("据创业邦(微信搜索关注:ichuangyebang)", "") is None
    True
    """
    m = _WATERMARK.search(text)
    if m is None or m.start() < 10:
        return None
    inner = m.group(1)
    if not _CONTACT.search(inner) or not _ACCOUNT.search(inner) or not _COMMERCE.search(inner):
        return (
            None  # a media's own attribution (据创业邦(微信搜索关注:ichuangyebang)) sells nothing
        )
    words = _CONTACT.sub("", inner)
    if len(_CJK.findall(words)) < 2 or shares(words, context):
        return None
    return m.start()


JUNK_KEPT_OVERLAP = 0.5
"""Share of its bigrams the part of a mixed line that is kept must find in the page."""


def junk_run(text: str, folded: str, *, other: Any = False) -> tuple[int, int] | None:
    """The span of a junk run stuck to the start or the end of a line whose other part is the
    page's own (a title, a heading), or ``None``: items joined by one separator, at least two,
    none sharing a character bigram with the rest of the page (``folded``, folded to
    Simplified), holding an ad's signal (or written in ``other``, the class of the other
    script than the page's), beside a part of four Han characters or more at least
    :data:`JUNK_KEPT_OVERLAP` of whose bigrams the page has (injected junk shares nothing with
    the article; the title it is glued to shares its words). The span includes the separator
    at the joint.

    >>> ctx = fold("颅内囊肿手术的适应证、手术方式与术后护理规范,颅内囊肿多为先天性")
    >>> t = "顱內囊腫手術規范一、顱內囊腫手術概述|印度格列卫代购|九价HPV疫苗代约"
    >>> a, b = junk_run(t, ctx)
    >>> t[:a], t[a:b]
    ('顱內囊腫手術規范一、顱內囊腫手術概述', '|印度格列卫代购|九价HPV疫苗代约')
    >>> junk_run("颅内囊肿手术规范_颅内囊肿_健康频道_某某网", ctx) is None
    True
    """
    spans = [m.span() for m in _ITEM.finditer(text)]
    if len(spans) < 3:
        return None
    related = [shares(text[a:b], folded) for a, b in spans]
    for tail in (True, False):
        order = range(len(spans) - 1, -1, -1) if tail else range(len(spans))
        k = 0  # items of the junk run
        for j in order:
            if related[j]:
                break
            k += 1
        if k < 2 or k == len(spans):
            continue
        # the run's items and the joint: one separator between each two (after stripping)
        if tail:
            first, last = len(spans) - k, len(spans) - 1
            lo, hi = spans[first - 1][1], len(text)
            keep = text[:lo]
        else:
            first, last = 0, k - 1
            lo, hi = 0, spans[k][0]
            keep = text[hi:]
        seps = {text[spans[j][1] : spans[j + 1][0]].strip() for j in range(first, last)}
        joint = text[spans[first - 1][1] : spans[first][0]] if tail else text[spans[last][1] : hi]
        seps.add(joint.strip())
        if len(seps) != 1 or "" in seps:
            continue  # items joined by whitespace only, or mixed separators: not one run
        junk = text[lo:hi]
        signal = _AD.search(junk) or _PHONE.search(junk)
        if not signal and not (other is not False and len(other.findall(junk)) >= 2):
            continue
        if any(len(_CJK.findall(text[a:b])) < 2 for a, b in spans[first : last + 1]):
            continue  # items of the run are phrases (a lone code or number is no junk)
        grams = _bigrams(fold(keep))
        if len(_CJK.findall(keep)) < 4 or not grams:
            continue
        if sum(1 for g in grams if g in folded) < JUNK_KEPT_OVERLAP * len(grams):
            continue
        return (lo, hi)
    return None


def junk_run_possible(text: str) -> bool:
    """Cheap test before :func:`junk_run`: a separator of lists that a title's own words do
    not use inside a phrase (``|``, ``_``, ``/``, ``、``...) and room for three items."""
    return len(_SEP_ONLY.findall(text)) >= 2


SPLICE_OTHER = 3
"""Characters only the other script has that a splice needs (a name a page quotes has fewer)."""
SPLICE_LEN = (5, 20)
_SPLICE_START = frozenset(",\uff0c、;\uff1b:\uff1a")
_SPLICE_LEAD = 6
"""Characters common to both scripts a splice may begin with before its first character of
the other script (久久精品 before 免费视频)."""


def script_splice(
    text: str, own: Any, other: Any, context: str | Callable[[], str]
) -> list[tuple[int, int]]:
    """Spans of junk spliced into a paragraph after a clause mark, written in the other
    script than the page (``other``: its class; ``own``: the page script's class): from the
    mark to the last character of the other script (and one common character after it that
    completes its word unless the article goes on with it: a bigram it begins is in the page),
    at least :data:`SPLICE_OTHER` of them, no character of the page's script, the paragraph
    going on in the page's script after it, :data:`SPLICE_LEN` characters, and at most a
    quarter of its character bigrams found in the rest of the page (``context``, folded to
    Simplified; or a function giving it, called only for a span of the splice's shape).
    Spider pools splice keywords into the article they copy after converting it; they do
    not convert their keywords.

    >>> import re
    >>> own, other = re.compile("[過會為麼貼覺]"), re.compile("[费视频]")
    >>> t = "不過一定有人會起疑,久久精品免费视频為什麼不貼摘要就好,我私心覺得好文"
    >>> [t[a:b] for a, b in script_splice(t, own, other, "一定有人起疑")]
    ['久久精品免费视频']
    >>> script_splice("不過有人會問,免费视频為什麼", own, other, "免费视频") == []
    True
    """
    out: list[tuple[int, int]] = []
    n = len(text)
    lo_len, hi_len = SPLICE_LEN
    pos = 0
    for m in other.finditer(text):
        j = m.start()
        if j < pos:
            continue
        k = j - 1  # back to the clause mark over common characters
        while k >= 0 and j - k <= _SPLICE_LEAD + 1 and text[k] not in _SPLICE_START:
            if own.match(text, k) or not _CJK.match(text, k):
                break
            k -= 1
        pos = j + 1
        if k < 8 or text[k] not in _SPLICE_START:
            continue
        start, e, last, count = k + 1, j, j, 0
        while e < n and text[e] not in _SPLICE_START and not own.match(text, e):
            if other.match(text, e):
                last, count = e, count + 1
            e += 1
        pos = e
        if e >= n or text[e] in _SPLICE_START or count < SPLICE_OTHER:
            continue  # a whole clause in the other script, or a few characters: not a splice
        if not lo_len <= last + 1 - start <= hi_len or not _CJK.match(text, start):
            continue
        if not isinstance(context, str):
            context = context()  # the page folded: only once a span has the splice's shape
        end = last + 1
        if end < e and _CJK.match(text, end) and fold(text[end : end + 2]) not in context:
            end += 1  # 网盘资|源: the character ends the splice's word (the article has no 源尤)
        if end - start > hi_len:
            continue
        grams = _bigrams(fold(text[start:end]))
        if sum(1 for g in grams if g in context) * 4 > len(grams):
            continue  # the article's own words (a word or two may be common: 资源)
        out.append((start, end))
    return out
