"""Spam in the shape of a site's menu: a spam site's channels where a page has its own.

A spider pool's page heads, splits and ends its text with its own site's chrome: a menu of a
betting site (``首页 真人娱乐 电子游戏 体育投注 彩票大厅 优惠活动``), a row of its buttons
(``2026最新入口 | 注册送彩金``), a run of its partners' names at the end (``本站推荐:91吃瓜网 |
黑料正能量 | 开云体育 | 澳门葡京``). The chrome steps label such lines by their shape (nav,
button row, link run, footer, the line model), and the spam steps before them let them pass
when fewer than two items held a strong term.

:func:`menu_spam` judges such a line by its items, for :class:`~.spamslots.ChromeSlotSpam`:
a line already headed for removal as chrome costs no article text when it is relabelled,
but a real site's menu must stay chrome, and a portal's, a lottery's, a video or a novel
site's name channels near a spam trade's (``体育 | 娱乐 | 彩票``, ``开奖公告``, ``电影 综艺``,
``言情``). So an item is *sure* only by a strong lexicon term or a gambling brand (never by a
channel word), and a line is a spam menu when one item at least is sure, another is sure or
reads as an ad's (the lexicon's weak terms of a family twice, or the item model as a site's
name, :func:`~.spamslots.reads_as_ad`) or the sure one holds two strong terms (``注册送彩金``),
such items are half of the line's (two fifths with two sure ones), the generic ones aside
(``首页``, ``在线客服``), and the page shares at most :data:`~.spamitems.OVERLAP` of their
bigrams.

>>> from cleantext.spam.model import load
>>> menu_spam("首页 真人娱乐 电子游戏 体育投注 彩票大厅 优惠活动 代理加盟", load(None).items)
True
>>> menu_spam("首页 | 新闻 | 体育 | 娱乐 | 彩票 | 财经", load(None).items)
False
"""

from __future__ import annotations

from typing import Any

from ..spam.lexicon import fold
from .lazyre import LazyPattern

MENU_REASONS = (
    "boilerplate:nav",
    "boilerplate:button-row",
    "boilerplate:link-run",
    "boilerplate:model",
    "boilerplate:foot",
)
"""Reasons of the chrome lines judged as menus, wherever they stand on the page."""
MENU_LINE = 160
"""Characters of a menu line at most."""
MIN_ITEMS = 2
"""Items of a menu (the generic ones aside) at least."""
_LEAD = LazyPattern(r"^[^:]{1,8}:")
"""A run's label before its items (``本站推荐:``, ``热门:``)."""
_ITEM_GENERIC = LazyPattern(
    r"(?:首页|首頁|主页|主頁|返回首页|网站首页|關於我們|关于我们|联系我们|聯繫我們|在线客服|線上客服"
    r"|客服|登录|登錄|注册|註冊|立即注册|免费注册|手机版|手機版|app下载|下载app|更多|more|home"
    r"|最新公告|网站公告|網站公告|帮助中心|幫助中心|会员中心|會員中心|优惠活动|優惠活動)"
)
"""Items every site's menu has (they neither make a menu spam nor dilute a spam one)."""


def _items(folded: str) -> list[str]:
    from .spam import item_spans

    out = []
    for a, b in item_spans(folded):
        item = _LEAD.sub("", folded[a:b]).strip()
        if len(item) >= 2 and not _ITEM_GENERIC.fullmatch(item):
            out.append(item)
    return out


def menu_spam(text: str, model: Any, share: Any = None) -> bool:
    """Whether a chrome line's items are a spam site's menu (the module's doc). ``share``
    (the spam items' folded text, ``|``-joined → the share of their bigrams the rest of the
    page has, or None) vetoes a menu naming what the page is about."""
    from .spam import _CONDEMN, _WARNING, despaced, item_spam
    from .spamitems import OVERLAP
    from .spamslots import reads_as_ad

    if len(text) > MENU_LINE:
        return False
    folded = fold(despaced(text))
    if _WARNING.search(folded) or _CONDEMN.search(folded):
        return False  # news of a crackdown (警方查处私刻公章窝点): a related title, no menu
    items = _items(folded)
    if len(items) < MIN_ITEMS:
        return False
    sure = weight = 0
    hits = []
    for item in items:
        strong, spammy = item_spam(item)
        if strong:
            sure += 1
        elif not (spammy or (len(item) >= 4 and reads_as_ad(item, model))):
            continue
        hits.append(item)
        weight += min(strong, 2) or 1
    if not sure or weight < 2:
        return False
    n, k = len(items), len(hits)
    if not (2 * k >= n or (sure >= 2 and 5 * k >= 2 * n)):
        return False
    s = share("|".join(hits)) if share is not None else None
    return s is None or s <= OVERLAP  # else the page is about what its menu names
