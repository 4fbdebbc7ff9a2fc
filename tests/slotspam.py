"""Spam written in the shape of site chrome: a generated robustness set (issue 4).

Spider pools put their sites' names where a page names its own: the copyright line, the
welcome line, friend-link and partner runs, ``|``-joined footer runs, "powered by", and the
source or author of a byline. The chrome steps that run after the spam steps label those
lines boilerplate or meta, so a spam name no spam step knows passes as chrome.

Positives: spam site names composed per family (the item generator's brands and trade cores,
and wordings written here: betting brands, casinos in Traditional, porn video sites, loans,
pharmacies, detectives, SEO agencies...) put into chrome slots of many formats, the line
put into real pages of the dev corpus at the places such lines stand. Hard negatives: the
real chrome lines of dev and chrome sets A, C, E, G, H in those shapes, and site names
written here (governments, universities, hospitals, media, companies whose names end in
官网, 平台, 网络科技), put into the same pages and slots, where the page never names them
(the worst case for a page test).

Deterministic (a fixed seed); nothing here is shipped.

    python tests/slotspam.py [--show] [--all]
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from cleantext.spam.itemsynth import BRAND_CHARS, TRADES
from cleantext.spam.lexicon import to_traditional
from cleantext.spam.synth import CITIES, GAMBLING_BRAND, PORN_A, PORN_B, _w

HERE = Path(__file__).parent
DEV = Path("/work/shared/corpus/dev.jsonl")
if not DEV.exists():  # a checkout elsewhere: the copy next to the tests
    DEV = HERE / "fixtures" / "corpus_lines.jsonl"
CHROME_SETS = [HERE / "fixtures" / f"chrome_unseen_{x}.jsonl" for x in "ACEGH"]
HOSTS = ("p0141", "p0153", "p0185", "p0026", "p0110", "p0207")
"""Pages of the dev corpus without spam: a government notice, an industry page, a tutorial,
a tech article, and two Traditional pages (hans, hans, hans, hans, hant, hant)."""
CHROME_HOSTS = ("cA01", "cC03", "cG12", "cC06")
"""Pages of chrome sets A, C, G with a site's head and footer (dev pages are beginnings:
few have a footer): a government portal, a court's news site, a hospital (hans), a company
(hant)."""
HANT_HOSTS = ("p0110", "p0207", "cC06")
SEED = 20261207
AMBIGUOUS = ("作者: 澳门博彩网站 来源:",)
"""Real lines left out of the negatives: a gambling site's name as a page's author (dev
labels it meta on its own page, a site about gambling; elsewhere it is a spam slot)."""

# --- spam site names, per family --------------------------------------------------------------

_LATIN_BRANDS = [
    "bet365",
    "188bet",
    "12bet",
    "w88",
    "m88",
    "dafabet",
    "vwin",
    "bet9",
    "1xbet",
    "sbobet",
    "manbetx",
    "ybvip",
]
_BET_TAILS = [
    "体育",
    "体育官网",
    "体育(中国)官方网站",
    "体育·(中国)官方网站",
    "体育app下载",
    "电竞",
    "体育平台",
    "体育娱乐",
    "体育官方入口",
    "(中国)体育有限公司",
    "体育直播",
]
_CASINO_TAILS = ["娱乐城", "娱乐场", "百家乐", "线上娱乐城", "真人娱乐", "国际娱乐", "赌场官网"]
_LOTTERY = ["彩票网", "彩票平台", "六合彩资料网", "幸运飞艇计划网", "时时彩计划网", "彩票官网"]
_PORN_HEADS = ["91", "51", "69", "97", "520", "色中色", "草莓", "蜜桃", "樱桃", "麻豆", "香蕉"]
_PORN_TAILS = [
    "视频",
    "影院",
    "成人网",
    "传媒",
    "福利社",
    "短视频",
    "直播",
    "视频在线观看",
    "午夜影院",
    "av在线",
]
_LOANS = [
    "{c}黑户贷款网",
    "急用钱贷款平台",
    "网贷口子大全",
    "{b}借款app",
    "{c}无抵押贷款公司",
    "秒下款网贷平台",
    "{b}信用卡套现网",
    "征信修复服务中心",
]
_PHARMACY = [
    "伟哥官网",
    "印度仿制药代购网",
    "壮阳药网上商城",
    "{b}男科药房",
    "进口减肥药专卖网",
    "美国黑金官网",
    "催情药货到付款网",
    "{b}延时药专卖店",
]
_DETECTIVES = [
    "{c}私家侦探公司",
    "{c}婚外情调查公司",
    "{b}侦探事务所",
    "{c}调查取证公司",
    "{c}寻人找人公司",
    "{c}侦探网",
]
_SEO = [
    "百度快排系统",
    "蜘蛛池出租网",
    "{b}seo快速排名",
    "{c}网站优化公司",
    "{b}泛目录站群",
    "{c}seo外包",
    "负面删帖公关公司",
    "{b}关键词排名系统",
]
_OTHERS = [
    "代开发票网",
    "{c}办证刻章网",
    "{b}加速器官网",
    "翻墙机场{b}",
    "高仿名表一手货源网",
    "{c}代孕中心",
    "{b}传奇私服发布网",
    "usdt承兑{b}",
]
ORDINARY_CORES = frozenset(
    _w(
        "数据 烟草 香烟 外汇 股票 理财 期货 黄金白银 原油 炒股 "
        "私募 跟单 项目 小项目 代理 开店 加盟 手表 鞋子 包包 茅台 "
        "奢侈品 学历 文凭 护照 签证 留学 移民 落户 入户 绿卡 论文 "
        "期刊 考研 网课 题库 答案 口碑 百科 百科词条 新闻稿 公关 "
        "舆情 流量 粉丝 点赞 评论 关注 推广 问答 软文 评价 销量 "
        "好评 差评 店铺 淘宝 拼多多 抖店 直播间 人气 排名 收藏加购 "
        "合约 钱包 交易所 比特币 虚拟币 挖矿 币圈 游戏币 金币 脚本 "
        "辅助 代练 上分 分期 额度 保健品 偏方 祛痘 酵素 燃脂 海马 "
        "鹿茸 鹦鹉 猴子 猫头鹰 模特 空姐 足浴 桑拿 捕鱼 斗地主 "
        "棋牌 棋牌游戏 德州扑克 体彩 竞彩 彩票 手机号码 个人信息 "
        "快递单号 征信 逾期 借款 贷款 定位 取证 破解 辅助外挂 植发 "
        "脱发 前列腺 白癜风 牛皮癣 狐臭 减肥药 丰胸 治疗 电子烟 "
        "烟油 证件 公章 印章"
    )
)
"""Cores of the item generator's trades that name ordinary sites too (外汇网, 彩票网, 论文网):
left out of the composed names, which must be spam sites' beyond doubt."""
FAMILIES = (
    "betting",
    "casino-hant",
    "lottery",
    "porn",
    "loans",
    "pharmacy",
    "detectives",
    "seo",
    "other-trades",
    "composed",
)


class Names:
    """A seeded generator of spam site names of :data:`FAMILIES`."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)

    def _brand(self) -> str:
        r = self.rng
        k = r.random()
        if k < 0.3:
            return r.choice(GAMBLING_BRAND)
        if k < 0.5:
            return r.choice(_LATIN_BRANDS)
        return "".join(r.sample(BRAND_CHARS, r.randint(2, 3)))

    def _fill(self, template: str) -> str:
        r = self.rng
        return template.format(c=r.choice(CITIES), b="".join(r.sample(BRAND_CHARS, 2)))

    def name(self, family: str) -> str:
        r = self.rng
        if family == "betting":
            return self._brand() + r.choice(_BET_TAILS)
        if family == "casino-hant":
            return to_traditional(self._brand() + r.choice(_CASINO_TAILS))
        if family == "lottery":
            return self._brand() + r.choice(_LOTTERY)
        if family == "porn":
            if r.random() < 0.3:
                return r.choice(PORN_A) + r.choice(PORN_B)
            return r.choice(_PORN_HEADS) + r.choice(_PORN_TAILS)
        if family == "loans":
            return self._fill(r.choice(_LOANS))
        if family == "pharmacy":
            return self._fill(r.choice(_PHARMACY))
        if family == "detectives":
            return self._fill(r.choice(_DETECTIVES))
        if family == "seo":
            return self._fill(r.choice(_SEO))
        if family == "other-trades":
            return self._fill(r.choice(_OTHERS))
        # composed from the item generator's trades: a core and a site's tail
        trade = r.choice(sorted(TRADES))
        cores, mods, _ = TRADES[trade]
        cores = [c for c in cores if c not in ORDINARY_CORES] or cores
        name = r.choice(cores) + r.choice(["网", "官网", "平台", "之家", "大全", "导航", "论坛"])
        if r.random() < 0.4:
            name = r.choice(mods) + name
        return to_traditional(name) if r.random() < 0.3 else name


# --- the chrome slots -------------------------------------------------------------------------

_PROVINCES = "京沪粤浙苏鲁闽湘鄂川渝陕冀豫皖赣桂琼黔滇辽吉黑晋津"
SLOTS: dict[str, list[str]] = {
    "copyright": [
        "Copyright © {y} {n} 版权所有",
        "Copyright © {y}-{y2} {n} All Rights Reserved",
        "© {y} {n} All rights reserved.",
        "{n} 版权所有 {icp}",
        "版权所有：{n}　{icp}",
        "版权所有 © {y} {n}　{icp}",
        "Copyright © {y} {n}　备案号：{icp}",
        "{n}版权所有©{y}",
        "Copyright © {d} {n} 版权所有",
        "© {n} {icp}",
        "版權所有 © {y} {n}",
        "Copyright©{y} {n} Powered by {n2}",
        "Copyright © {y} {n} | {n2} 版权所有",
    ],
    "welcome": [
        "欢迎来到{n}!",
        "您好，欢迎光临{n}官方网站",
        "欢迎访问{n}",
        "歡迎光臨{n}",
        "欢迎来到{n}，请登录",
        "欢迎进入{n}",
        "您好~歡迎來到{n}!",
    ],
    "links": [
        "友情链接：{n} | {n2} | {n3} | {n4}",
        "友情链接：{n} {n2} {n3}",
        "合作伙伴：{n} | {n2} | {n3}",
        "友情鏈接：{n}　{n2}　{n3}　{n4}",
        "合作夥伴：{n}、{n2}、{n3}",
        "友情链接: {n}  {n2}",
    ],
    "footer-run": [
        "{n} | {n2} | {n3}",
        "{n} | {n2} | {n3} | {n4}",
        "{n}  {n2}",
        "{n}",
        "{n} · {n2} · {n3}",
    ],
    "powered": [
        "Powered by {n}",
        "技术支持：{n}",
        "技术支持：{n}　{icp}",
        "本站由{n}提供技术支持",
    ],
    "byline": [
        "来源：{n}",
        "作者：{n}",
        "来源：{n}　作者：{n2}",
        "文章来源：{n}",
        "發布者：{n}",
        "作者: {n} 来源: {n2}",
        "来源：{n}　发布时间：{date}　浏览次数：{k}",
    ],
}
"""Chrome slots, ``{n}``…``{n4}`` the names, ``{y}`` years, ``{icp}`` a licence number,
``{d}`` a domain, ``{date}`` a date, ``{k}`` a count."""
WHERE = {
    "copyright": ("tail", "foot"),
    "welcome": ("head", "after-nav"),
    "links": ("tail", "mid", "foot"),
    "footer-run": ("after-nav", "mid", "foot"),
    "powered": ("tail", "foot"),
    "byline": ("after-title",),
}
"""Where each slot's line is put: ``foot`` and ``after-nav`` in the pages with a footer and a
head of chrome (:data:`CHROME_HOSTS`), the others in any page."""


def _host(rng: random.Random, where: str) -> str:
    return rng.choice(CHROME_HOSTS if where in ("foot", "after-nav") else HOSTS + CHROME_HOSTS)


def _fields(rng: random.Random) -> dict[str, str]:
    y = rng.randint(2008, 2025)
    letters = "".join(rng.choice("abcdefghkmnpqrstwxyz") for _ in range(rng.randint(2, 6)))
    icp = f"{rng.choice(_PROVINCES)}ICP备{rng.randint(10**7, 10**8 - 1)}号-{rng.randint(1, 9)}"
    domain = f"www.{letters}{rng.choice(['', '88', '365', '1'])}.{rng.choice(['com', 'cn'])}"
    return {
        "y": str(y),
        "y2": str(min(y + rng.randint(1, 10), 2026)),
        "icp": icp,
        "d": domain,
        "date": f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "k": str(rng.randint(12, 9999)),
    }


def _fill(template: str, names: list[str], fields: dict[str, str]) -> str:
    n = {"n": names[0], "n2": names[1], "n3": names[2], "n4": names[3]}
    return template.format(**n, **fields)


@dataclass(frozen=True)
class Case:
    kind: str  # the slot
    family: str  # the names' family, or "real"/"own" for negatives
    line: str
    names: tuple[str, ...]  # the spam names in the line (positives), () for negatives
    host: str
    where: str


def positives(per_slot: int = 40, seed: int = SEED) -> list[Case]:
    """``per_slot`` generated lines of each slot, each in one host page and place."""
    rng = random.Random(seed)
    gen = Names(seed + 1)
    out = []
    for kind, templates in SLOTS.items():
        for k in range(per_slot):
            family = FAMILIES[k % len(FAMILIES)]
            template = templates[k % len(templates)]
            # a run names sites of two families at most: a pool's own list
            other = FAMILIES[rng.randrange(len(FAMILIES))]
            names = [gen.name(family), gen.name(other), gen.name(family), gen.name(other)]
            line = _fill(template, names, _fields(rng))
            keys = ("{n}", "{n2}", "{n3}", "{n4}")
            used = tuple(x for key, x in zip(keys, names, strict=True) if key in template)
            where = rng.choice(WHERE[kind])
            out.append(Case(kind, family, line, used, _host(rng, where), where))
    return out


# --- a spam site's own chrome: its menu, its buttons, its partners' run ------------------------

MENU_ITEMS: dict[str, list[str]] = {
    "betting": _w(
        "体育投注 真人视讯 电子游艺 彩票游戏 棋牌游戏 捕鱼游戏 电竞竞猜 足球滚球 真人百家乐 "
        "首存送彩金 天天返水 体育赛事投注 老虎机 皇冠足球 沙巴体育 AG真人 PT电子"
    ),
    "casino-hant": _w(
        "真人百家樂 線上娛樂城 老虎機 體育投注 電子遊藝 首存優惠 返水活動 百家樂教學 娛樂城出金 "
        "運彩投注 捕魚機"
    ),
    "lottery": _w(
        "北京赛车pk10 幸运飞艇 重庆时时彩 极速快三 六合彩资料 一肖一码 平特一肖 时时彩计划 "
        "彩票计划群 六合彩开奖 特码资料 香港马会资料 极速赛车"
    ),
    "porn": _w(
        "国产自拍 日韩无码 欧美性爱 动漫精品 三级伦理 主播福利 网红黑料 制服诱惑 偷拍自拍 "
        "中文字幕av 成人视频 无码专区 国产精品 黑料吃瓜"
    ),
    "pirate-video": _w(
        "伦理片 福利片 午夜剧场 韩国伦理 午夜影院 伦理电影 成人动漫 里番 无码电影 在线av "
        "福利视频 三级片"
    ),
    "loans": _w(
        "黑户贷款 网贷口子 无视征信 秒批秒下 信用卡套现 学生贷款 空放借款 征信修复 "
        "黑户借款 白户下款 逾期可借"
    ),
    "documents": _w(
        "办证 刻章 代开发票 假文凭 办毕业证 代办驾驶证 学历造假 假证件 办假证 代开增值税发票 刻公章"
    ),
    "other-trades": _w(
        "代孕 私家侦探 婚外情调查 百度快排 蜘蛛池 黑客接单 找黑客 改成绩 翻墙vpn 高仿手表 "
        "迷药 窃听器"
    ),
}
"""The channels of a spam site's menu, per family (written here)."""
BUTTONS: dict[str, list[str]] = {
    "betting": _w("注册送彩金 免费试玩 首存优惠 最新入口 备用网址 立即投注 存款 取款 领取彩金"),
    "casino-hant": _w("註冊送彩金 免費試玩 首存優惠 立即出金 備用網址"),
    "lottery": _w("加入计划群 免费领取计划 开奖直播 一码中特 包中三期"),
    "porn": _w("免费看片 进入成人区 看片app下载 解锁无码 福利视频"),
    "pirate-video": _w("伦理片在线看 福利片免费看 午夜影院入口"),
    "loans": _w("黑户秒下款 无视征信借款 当天放款 申请网贷口子"),
    "documents": _w("办证联系 代开发票 刻章加急"),
    "other-trades": _w("代孕咨询 私家侦探热线 快排报价"),
}
"""A spam site's buttons, per family (written here)."""
MENU_GENERIC = _w("首页 在线客服 优惠活动 最新公告 手机app 关于我们 联系我们 帮助中心 会员中心")
"""Items any site's menu has, spam or not."""
MENUS: dict[str, list[str]] = {
    "menu": [
        "首页 | {a} | {b} | {c} | {d} | {g}",
        "首页 {a} {b} {c} {d} {g}",
        "{a} · {b} · {c} · {d}",
        "{g} | {a} | {b} | {c} | {g2}",
        "{a} ✦ {b} ✦ {c} ✦ {d}",
        "【{a}】【{b}】【{c}】【{g}】",
    ],
    "buttons": [
        "{x} | {y} | {g}",
        "{x}  {y}  {g}  {g2}",
        "{g} | {x} | {y}",
        "{x} {y}",
    ],
    "partner-run": [
        "本站推荐：{a} | {b} | {c} | {d}",
        "热门推荐：{a} {b} {c}",
        "{a} | {b} | {c} | {g}",
        "推荐站点: {a} · {b} · {c}",
    ],
}
"""A spam site's menu, a row of its buttons, a run of its channels at a page's end."""
MENU_WHERE = {
    "menu": ("head", "after-nav", "mid"),
    "buttons": ("head", "mid", "tail"),
    "partner-run": ("foot", "tail", "mid"),
}
MENU_FAMILIES = tuple(MENU_ITEMS)


def menu_positives(per_slot: int = 40, seed: int = SEED) -> list[Case]:
    """``per_slot`` lines of each of :data:`MENUS`, each naming one family's channels."""
    rng = random.Random(seed + 3)
    out = []
    for kind, templates in MENUS.items():
        for k in range(per_slot):
            family = MENU_FAMILIES[k % len(MENU_FAMILIES)]
            template = templates[k % len(templates)]
            items = rng.sample(MENU_ITEMS[family], 4)
            buttons = rng.sample(BUTTONS[family], 2) if len(BUTTONS[family]) > 1 else []
            g, g2 = rng.sample(MENU_GENERIC, 2)
            if family == "casino-hant":
                g, g2 = to_traditional(g), to_traditional(g2)
            x, y = buttons or (BUTTONS[family][0], g2)
            fields = dict(zip("abcd", items, strict=True), g=g, g2=g2, x=x, y=y)
            line = template.format(**fields)
            keys = {"{a}": items[0], "{b}": items[1], "{c}": items[2], "{d}": items[3]}
            keys |= {"{x}": x, "{y}": y}
            used = tuple(v for key, v in keys.items() if key in template and v in buttons + items)
            where = rng.choice(MENU_WHERE[kind])
            out.append(Case(kind, family, line, used, _host(rng, where), where))
    return out


REAL_MENUS = [
    # real sites' menus with channels near a spam trade's (written here): they stay chrome
    "首页 | 新闻 | 体育 | 娱乐 | 彩票 | 财经",
    "首页 新闻 体育 NBA 中超 娱乐 彩票 游戏 视频 小说 汽车 房产",
    "开奖公告 | 玩法规则 | 销售网点 | 中奖查询 | 公益体彩",
    "体彩 | 竞彩足球 | 竞彩篮球 | 北京单场 | 胜负彩 | 开奖",
    "首页 | 彩票 | 双色球 | 大乐透 | 七乐彩 | 福彩3D | 开奖直播",
    "電視劇 電影 綜藝 動漫 少兒 紀錄片",
    "首页 热播 电影 电视剧 综艺 动漫 VIP会员 直播 体育",
    "玄幻 | 都市 | 言情 | 排行榜 | 完本 | 免费小说",
    "App Store下载 | 安卓下载 | 扫码下载",
    "下载游戏 | 充值中心 | 客服 | 游戏论坛 | 新手指南",
    "首页 棋牌 麻将 斗地主 捕鱼 休闲 下载 充值",
    "賽馬 | 足球 | 六合彩 | 會員專區",
    "贷款计算器 | 个人贷款 | 信用卡 | 房屋贷款 | 汽车贷款",
    "立即下载 | 免费试玩 | 联系客服",
    "娱乐 | 明星 | 电影 | 电视 | 音乐 | 综艺 | 八卦",
    "足球 篮球 网球 综合 中国足球 国际足球 CBA 彩票",
]
"""Menus of real portals, lotteries, video, novel, game, bank and app sites (hard negatives)."""


def menu_negatives() -> list[Case]:
    """Each of :data:`REAL_MENUS` in every place a spam menu is put, on two hosts."""
    out = []
    for k, line in enumerate(REAL_MENUS):
        for kind, wheres in MENU_WHERE.items():
            for where in wheres:
                host = CHROME_HOSTS[k % 4] if where in ("foot", "after-nav") else HOSTS[k % 6]
                out.append(Case(kind, "own", line, (), host, where))
    return out


# --- hard negatives: real chrome lines and own names -------------------------------------------

_CHROME_SHAPE = re.compile(
    r"版权|版權|©|copyright|欢迎|歡迎|友情链接|友情鏈接|合作伙伴|合作夥伴|powered by|"
    r"技术支持|技術支持|来源|來源|作者|icp|\|.*\|",
    re.IGNORECASE,
)


def real_chrome(shaped: bool = True) -> list[tuple[str, str, str]]:
    """(page id, label, line) of the boilerplate and meta lines of dev and chrome sets A, C,
    E, G, H in the slots' shapes (all of them if not ``shaped``; 200 characters at most)."""
    out = []
    for path in (DEV, *CHROME_SETS):
        for raw in path.read_text("utf-8").splitlines():
            page = json.loads(raw)
            if "labels" not in page:
                continue
            mixed = set(page.get("mixed_lines", []))
            pairs = zip(page["text"].split("\n"), page["labels"], strict=True)
            for i, (t, lab) in enumerate(pairs):
                if lab in ("boilerplate", "meta") and i not in mixed and len(t) <= 200:
                    shape = not shaped or _CHROME_SHAPE.search(t)
                    if shape and t.strip() and not t.startswith(AMBIGUOUS):
                        out.append((page["id"], lab, t))
    return out


OWN_NAMES = [
    # governments, universities, hospitals, media, companies and platforms (written here)
    "岳阳市人民政府",
    "国家税务总局",
    "澳门特别行政区政府",
    "北京大学",
    "华南理工大学",
    "复旦大学附属中山医院",
    "新华网",
    "人民网",
    "中国体育彩票",
    "中国福利彩票发行管理中心",
    "腾讯体育",
    "新浪财经",
    "网易游戏官网",
    "中国银行官网",
    "国家政务服务平台",
    "学习强国学习平台",
    "阿里云开发者平台",
    "深圳市某某网络科技有限公司",
    "杭州云帆网络科技有限公司",
    "成都天府软件园",
    "广州市第一人民医院",
    "上海市公安局",
    "中国移动官网",
    "携程旅行网",
    "美团平台",
    "京东商城",
    "华为官网",
    "小米商城",
    "北京万达体育有限公司",
    "广东省体育局",
    "中国足球协会",
    "央视体育",
    "咪咕视频",
    "爱奇艺",
    "优酷视频",
    "腾讯视频",
    "中国建设银行",
    "平安普惠",
    "招商银行信用卡中心",
    "老百姓大药房",
    "国药控股",
    "中国律师网",
    "百度智能云",
    "站长之家",
    "CSDN博客",
    "博客园",
    "知乎",
    "豆瓣电影",
    "台北市政府",
    "國立臺灣大學",
    "中央通訊社",
    "香港特別行政區政府",
    "澳門大學",
    "台灣彩券",
    "三立新聞網",
    "中華電信",
]


def own_negatives(seed: int = SEED) -> list[Case]:
    """The slots filled with :data:`OWN_NAMES` (each name once or twice, all slots)."""
    rng = random.Random(seed + 2)
    out = []
    for kind, templates in SLOTS.items():
        for template in templates:
            for _ in range(4):
                names = rng.sample(OWN_NAMES, 4)
                where = rng.choice(WHERE[kind])
                host = _host(rng, where)
                if host in HANT_HOSTS:  # a Traditional page names its own in Traditional
                    names = [to_traditional(x) for x in names]
                line = _fill(template, names, _fields(rng))
                out.append(Case(kind, "own", line, (), host, where))
    return out


def real_negatives(shaped: bool = True) -> list[Case]:
    """Each real chrome line put into two host pages (a Simplified one at its head, a
    Traditional one at its tail)."""
    out = []
    for k, (_pid, lab, line) in enumerate(real_chrome(shaped)):
        # a Simplified and a Traditional page, in turn, at the head and at the tail
        for host, where in ((HOSTS[k % 4], "head"), (HANT_HOSTS[k % 3], "tail")):
            out.append(Case("real-" + lab, "real", line, (), host, where))
    return out


# --- running them -----------------------------------------------------------------------------


def _pages() -> dict[str, list[str]]:
    pages = {}
    for path in (DEV, *CHROME_SETS):
        for raw in path.read_text("utf-8").splitlines():
            page = json.loads(raw)
            if page.get("id") in HOSTS + CHROME_HOSTS:
                pages[page["id"]] = page["text"].split("\n")
    return pages


def place(case: Case, pages: dict[str, list[str]]) -> tuple[str, int]:
    """The host page with the case's line put in its place; (text, index of the line)."""
    lines = pages[case.host]
    at = {
        "head": 0,
        "after-nav": 1,
        "after-title": min(2, len(lines)),
        "mid": len(lines) // 2,
        "foot": max(len(lines) - 2, 0),
        "tail": len(lines),
    }[case.where]
    return "\n".join([*lines[:at], case.line, *lines[at:]]), at


def caught(case: Case, doc: object, at: int) -> bool:
    """Is every spam name of the case gone from what is kept as the page's text, and by a
    spam step (the line labelled spam, or the names cut as spam)?"""
    line = doc.lines[at]  # type: ignore[attr-defined]
    if line.label == "spam":
        return True
    if not line.cuts or any(c.label != "spam" for c in line.cuts):
        return False
    return not any(_core(n) in line.kept_text for n in case.names)


def _core(name: str) -> str:
    return name[:4]


def run(cases: list[Case]) -> list[tuple[Case, object, int]]:
    from cleantext import clean

    pages = _pages()
    out = []
    for case in cases:
        text, at = place(case, pages)
        doc = clean(text)
        out.append((case, doc, at))
    return out


def flagged(doc: object, at: int) -> bool:
    """Did a spam step take anything of the line (a label or a cut)?"""
    line = doc.lines[at]  # type: ignore[attr-defined]
    return line.label == "spam" or any(c.label == "spam" for c in line.cuts)


def report(show: bool = False, every: bool = False) -> tuple[int, int, int, int]:
    """Print recall per slot and family on the positives and the flags on the negatives;
    (caught, positives, false positives, negatives)."""
    pos = run(positives() + menu_positives())
    by_kind: dict[str, list[int]] = {}
    by_family: dict[str, list[int]] = {}
    misses = []
    for case, doc, _at in pos:
        ok = caught(case, doc, _at)
        for key, table in ((case.kind, by_kind), (case.family, by_family)):
            table.setdefault(key, [0, 0])
            table[key][0] += ok
            table[key][1] += 1
        if not ok:
            line = doc.lines[_at]  # type: ignore[attr-defined]
            misses.append(f"  {case.kind:10} {case.family:12} [{line.reason}] {case.line}")
    n_ok = sum(v[0] for v in by_kind.values())
    print(f"positives: caught {n_ok}/{len(pos)} ({n_ok / len(pos):.1%})")
    for table in (by_kind, by_family):
        print("  " + ", ".join(f"{k} {a}/{b}" for k, (a, b) in table.items()))
    neg = run(real_negatives(not every)) + run(own_negatives()) + run(menu_negatives())
    fps = [(c, d, a) for c, d, a in neg if flagged(d, a)]
    print(f"negatives: flagged {len(fps)}/{len(neg)}")
    for case, doc, at in fps:
        line = doc.lines[at]  # type: ignore[attr-defined]
        cuts = [c.reason for c in line.cuts]
        print(f"  FP {case.kind:16} {case.where:5} [{line.reason}{cuts}] {case.line}")
    if show:
        print("\n".join(misses))
    return n_ok, len(pos), len(fps), len(neg)


if __name__ == "__main__":
    # --all: every boilerplate and meta line of the sets as a negative, not only the shaped
    report("--show" in sys.argv, "--all" in sys.argv)
