"""The item step (issue 4): lists whose items read as ads, in wordings no rule lists.

Positives are new lines of the families spider pools inject (loans, invoices, betting, SEO
services, counterfeits, fake jobs, local-service tags), written with separators the other
rules do not split on (``▶ ⚽ / ★``) and checked to pass the pipeline without the item step;
they are put into real pages of ``fixtures/spam_sample.jsonl``. Hard negatives are lists a
page holds of its own (tags, menus, products, police notices, crackdown topics, place lists,
departments) put into an *unrelated* real page, the worst case for the step's page test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext import clean
from cleantext.document import Document
from cleantext.filters.spamitems import ItemSpam, list_items
from cleantext.filters.spamslots import ChromeSlotSpam
from cleantext.pipeline import Pipeline, default_filters
from cleantext.spam.items import item_ids, item_spans, item_text
from cleantext.spam.model import load

SAMPLE = Path(__file__).parent / "fixtures" / "spam_sample.jsonl"
PAGES = {p["id"]: p for p in map(json.loads, SAMPLE.read_text("utf-8").splitlines())}
HOSTS = ("p0017", "p0021", "p0209")  # crackdown news (hans), converted mirror (hant), tech
# without the item model's steps (the chrome-slot step reads the item model too)
NO_ITEMS = Pipeline([f for f in default_filters() if not isinstance(f, (ItemSpam, ChromeSlotSpam))])


def inject(host: str, line: str, where: str) -> tuple[str, int]:
    """A real page beginning with ``line`` put at its head, middle or tail; (text, index)."""
    lines = PAGES[host]["text"].split("\n")[:24]
    at = {"head": 0, "mid": len(lines) // 2, "tail": len(lines)}[where]
    return "\n".join([*lines[:at], line, "", *lines[at:]]), at


# lines only the item step catches (checked: the pipeline without it keeps them)
ITEM_ONLY = [
    "朝阳区开锁换锁芯 海淀区管道疏通电话 丰台区家电维修上门 通州区空调维修24小时",
    "翻墙梯子推荐 / 科学上网机场 / 永久免费加速器 / v2ray节点订阅",
    "讨债公司电话 要账公司哪家好 专业收账 清债服务中心",
    "传奇私服发布网 · 变态服开服表 · 游戏外挂免费版 · 防封辅助脚本",
    "全网删帖——负面新闻处理——舆情公关公司——差评删除当天见效",
    "短信群发平台 | 改号软件下载 | 精准手机号码采集 | 空号检测工具",
    # trades and ad claims the generator composes since session 6 (0/9 places before)
    "真钱炸金花 / 牛牛现金版 / 捕鱼电玩城 / 斗地主秒提现",
    "瘦身胶囊排油燃脂 ★ 十天瘦八斤 ★ 纯中药成分 ★ 无效退款",
    "微型针孔摄像头 | 远程监听器 | 隐形耳机考试 | 万能钥匙开锁工具",
    "同城交友约会 · 附近学生妹 · 酒店上门快餐 · 看照片再约",
    "免税外烟 丨 越南代工香烟 丨 一手货源招代理 丨 全国包邮",
]
NEW_WORDINGS = [
    *ITEM_ONLY,
    # two items name loans by strong terms (黑户秒下, 信用卡套现): above a page it does not
    # share a word with, the doorway-title rule takes it as well since session 12
    "網貸協商還款|徵信洗白修復|黑戶秒下款|信用卡套現秒到",
    "信用卡代还/花呗额度提升/黑户贷款秒批/网贷逾期停催/当天放款",
    "▶代开餐饮发票▶代开住宿费发票▶代开运输发票▶全国可查验▶先开票后付款",
    "⚽足球投注官网⚽亚洲让球盘口⚽真人百家乐平台⚽注册即送彩金",
    "高仿名表一手货源、复刻包包工厂直销、莆田鞋批发代理、奢侈品原单货源",
    "★手机兼职日结★宝妈在家刷单★一单一结日赚300★无需押金",
    "抖音快速涨粉 | 小红书笔记代发 | 百度关键词快排 | 全网负面删除",
    "手机兼职打字员,宝妈在家刷单,日赚300+,有意者加QQ:3345667781",
    # a known miss until the item model learnt ad promises (session 7)
    "網貸延期還款|信用修復中心|黑戶也能借款|白條提現秒到賬",
    "【火锅店加盟】【小本创业好项目】【总部全程扶持开店】【一年回本】",
]


@pytest.mark.parametrize("line", ITEM_ONLY)
def test_item_only_wordings_pass_the_other_rules(line: str) -> None:
    """These positives prove the item step: without it the pipeline keeps them."""
    text, at = inject("p0017", line, "head")
    assert NO_ITEMS.clean(text).lines[at].label != "spam", line


# ad lists giving a private contact (Telegram handle, t.me link, 薇 id): half their items are
# promises (稳赚不赔, 无需押金) any trade makes, so fewer items read as ads (CONTACT_SHARE);
# on main before the rule they were caught on the tech page only (3 of 9 places)
CONTACT_LISTS = [
    "外汇跟单群 每日喊单 月收益50% 稳赚不赔 t.me/fx_signal99",
    "手机兼职日结 无需押金 在家可做 每天两小时 加薇:jz-2025ok",
    # a known miss until the generator composed the ad register (claims from morphemes)
    "同城代购跑腿 | 一手货源 | 安全保密 | 支持验货 | 飞机号:@daigou_7788",
]


@pytest.mark.parametrize("line", NEW_WORDINGS + CONTACT_LISTS)
@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize("where", ["head", "mid", "tail"])
def test_ad_lists_of_new_wordings_are_spam(line: str, host: str, where: str) -> None:
    text, at = inject(host, line, where)
    doc = clean(text)
    assert doc.lines[at].label == "spam", (line, doc.lines[at].reason)


def test_a_contact_list_must_still_read_as_ads() -> None:
    # a contact and no ad items (a site's service panel): not the item step's
    line = "客服QQ:800012345 | 客服电话:400-800-1234 | 工作时间:9:00-18:00 | 投稿邮箱"
    for host in HOSTS:
        text, at = inject(host, line, "tail")
        assert clean(text).lines[at].label != "spam", host


# new wordings the step still misses; strict: a change that catches them must move them up
KNOWN_MISSES = [
    # families the generator has no trade for (folk remedies, overseas generic drugs), and
    # certificates named in three characters (学生证: shorter than an evidence item)
    "老中医祖传秘方 · 三副药断根 · 不开刀不住院 · 患者口碑见证",
    "学生证 | 记者证 | 军官证 | 律师证 | 工作证定制",
    "海外代购处方药 丨 印度仿制药 丨 抗癌药直邮 丨 正品保证",
]


@pytest.mark.xfail(strict=True, reason="borderline item scores")
@pytest.mark.parametrize("line", KNOWN_MISSES)
def test_known_misses(line: str) -> None:
    text, at = inject("p0017", line, "head")
    assert clean(text).lines[at].label == "spam"


HARD_NEGATIVES = [
    "关键词:网络赌博;电信诈骗;跑分平台;洗钱",
    "标签:增值税发票 虚开发票 税收征管 刑事责任",
    "严厉打击网络赌博 | 整治电信诈骗 | 查处虚开发票 | 取缔非法集资",
    "专题:打击治理电信网络诈骗 | 扫黄打非 | 净网行动 | 护苗行动",
    "相关阅读:网络贷款逾期怎么办?专家支招 | 征信修复骗局揭秘 | 警惕刷单兼职陷阱",
    "高仿手表被查获 | 假冒名牌包包流入市场 | 海关查获侵权商品",
    "首页 | 新闻中心 | 产品展示 | 客户案例 | 联系我们 | 在线留言",
    "软件下载 | 手机版 | 官方网站 | 登录 | 注册 | 帮助中心",
    "在线观看 | 免费下载 | 高清版本 | 字幕下载 | 影片简介",
    "友情链接:新华网 | 人民网 | 央视网 | 中国网 | 国际在线 | 中国日报网",
    "不锈钢水箱 | 消防水箱 | 玻璃钢水箱 | 保温水箱 | 镀锌水箱",
    "热销商品:儿童保温杯 | 无线蓝牙耳机 | 电动牙刷 | 机械键盘 | 扫地机器人",
    "公司注册 | 代理记账 | 商标注册 | 银行开户 | 税务筹划 | 工商变更",
    "北京市 | 天津市 | 河北省 | 山西省 | 内蒙古自治区 | 辽宁省",
    "服务热线:400-800-1234 | 投诉电话:010-12345678 | 邮箱:service@example.com",
    "男科 | 妇科 | 皮肤科 | 中医科 | 体检中心 | 专家介绍 | 预约挂号",
    "Python教程 | Java教程 | 前端开发 | 数据库 | 人工智能 | 大数据",
    "体育彩票 | 福利彩票 | 开奖公告 | 走势图表 | 彩票资讯",
    "双色球开奖结果 | 大乐透开奖结果 | 排列三开奖 | 七星彩开奖",
    "贷款利率 | 存款利率 | 信用卡 | 理财产品 | 个人贷款 | 企业贷款",
    "参考资料:python.org | docs.djangoproject.com | github.com | stackoverflow.com",
    "申请日期:xxxx年xx月xx日  联系电话:1xx-xxxx-xxxx",
    "签名:人生得意须尽欢,莫使金樽空对月",
    # the vocabulary of the trades composed since session 6, in a page's own lists
    "警方提示:谨防网络刷单 | 警惕高仿假币 | 远离网络赌博 | 拒绝黄赌毒",
    "相关新闻:警方捣毁代孕窝点 | 非法枪支交易案告破 | 电信诈骗团伙落网",
    "减肥食谱 | 健身计划 | 瑜伽入门 | 科学减脂 | 运动康复",
    "欢乐斗地主 | 天天象棋 | 腾讯麻将 | 开心消消乐 | 王者荣耀",
    "比特币行情 | 以太坊价格 | 区块链新闻 | 数字人民币",
    "试管婴儿 | 辅助生殖 | 不孕不育科 | 产科门诊 | 专家团队",
    "热门游戏:原神 | 英雄联盟 | 和平精英 | 梦幻西游 | 魔兽世界",
    "立即登录 | 立即注册 | 找回密码 | 帮助中心",
    "免费试听 | 名师授课 | 限时优惠 | 在线咨询 | 报名入口",
]


@pytest.mark.parametrize("line", HARD_NEGATIVES)
@pytest.mark.parametrize("where", ["head", "tail"])
def test_a_pages_own_lists_are_not_item_spam(line: str, where: str) -> None:
    # p0209 is a tech article: every list here is unrelated to it (the step's worst case)
    text, at = inject("p0209", line, where)
    doc = clean(text)
    assert doc.lines[at].label != "spam" and not doc.lines[at].cuts, doc.lines[at].reason


def test_a_list_sharing_the_articles_words_is_kept() -> None:
    # a crackdown article's own topic list reads as ads item by item: the page test keeps it
    body = "警方近日破获一起网贷诈骗案,嫌疑人以征信修复、网贷逾期协商为名骗取钱财。" * 6
    line = "网贷逾期协商 | 征信修复骗局 | 网贷诈骗 | 破获诈骗案"
    doc = ItemSpam()(Document.from_text(f"{line}\n\n{body}"))
    assert doc.lines[0].label is None


def test_real_corpus_lists_are_not_item_spam() -> None:
    """Every non-spam line of the sample pages keeps its label with the item step."""
    for page in PAGES.values():
        doc = clean(page["text"])
        for gold, line in zip(page["labels"], doc.lines, strict=True):
            if gold != "spam":
                assert line.reason != "spam:item-list", line.text


def test_items_split_on_any_symbol_and_keep_sites_and_contacts() -> None:
    text = "住宿费发票◆篮球让分盘🎯注册送58% | bet66.top 加微:xy8899 ☏139-0000-1111"
    items = [text[a:b] for a, b in item_spans(text)]
    expect = ["住宿费发票", "篮球让分盘", "注册送58", "bet66.top", "加微:xy8899"]
    assert items == [*expect, "139", "0000", "1111"]
    assert list_items("热门标签:昌平区门锁安装 顺义区开锁 通州区 首页") == [
        "昌平区门锁安装",
        "顺义区开锁",
    ]


def test_item_features_fold_scripts_and_digits() -> None:
    assert item_text("網貸秒批2024") == item_text("网贷秒批1999") == "^网贷秒批0000$"
    assert item_ids("網貸秒批") == item_ids("网贷秒批")


def test_the_item_model_reads_composed_ads_not_their_cores() -> None:
    model = load().items
    assert model is not None
    for ad in ("代开住宿费发票", "黑户贷款秒批", "足球投注官网", "莆田鞋批发代理"):
        assert model.score(ad) > 0.5, ad
    for plain in ("人民日报", "技术头条", "影片简介", "工作汇报", "产业发展座谈会"):
        assert model.score(plain) < 0.5, plain


# --- slots, twins, doorway queries, watermarks (slice 2) ------------------------------------

SLOT_ADS = [
    # a spider pool's site named where the page names its own: welcome, copyright (the line
    # is spam, or the name is cut by the copyright rule)
    ("欢迎来到金鼎娱乐城官方网站!", "金鼎娱乐城"),
    ("版权所有 © 2025 鑫隆体育app 保留所有权利", "鑫隆体育"),
    ("您好,欢迎光临鸿运棋牌官方平台!", "鸿运棋牌"),
]
SLOT_OWN = [
    "欢迎访问南京大学官方网站",
    "欢迎来到新浪体育",
    "欢迎光临本店!",
    "欢迎访问中国政府网",
    "欢迎访问中国福利彩票官方网站",
    "欢迎来到网易游戏官网",
    "Copyright © 2024 新华网 版权所有",
    "Copyright © 2024 腾讯体育 版权所有",
    "版权所有 © 2023 某某科技有限公司",
    "Copyright © 2025 南京大学 All Rights Reserved",
    "版权所有:中国体育彩票",
    "来源:新华社  作者:李明",
    "来源:人民网-科技频道",
    "来源:澳门特区政府新闻局",
    "来源:东方财富网",
    # a site named in Latin letters and digits (chrome set E's HK01 page; the item model
    # reads any such code as an ad's)
    "© 2024 HK01 All rights reserved.",
    "Copyright © 2025 36Kr 版权所有",
]


@pytest.mark.parametrize(("line", "name"), SLOT_ADS)
@pytest.mark.parametrize("host", ["p0021", "p0209"])
def test_an_ad_site_in_a_site_slot_is_removed(line: str, name: str, host: str) -> None:
    text, at = inject(host, line, "head")
    ln = clean(text).lines[at]
    assert ln.label == "spam" or name not in ln.kept_text, ln.reason


def test_the_welcome_slot_is_what_removes_an_ad_site() -> None:
    text, at = inject("p0209", "欢迎来到金鼎娱乐城官方网站!", "head")
    assert clean(text).lines[at].reason == "spam:item-slot"


def test_an_ad_site_as_a_bylines_source_is_cut() -> None:
    line = "發布時間:2024-05-01  來源:皇家娛樂城官網  瀏覽:120"
    text, at = inject("p0209", line, "head")
    ln = clean(text).lines[at]
    assert ln.label == "meta" and [c.reason for c in ln.cuts] == ["spam:item-slot"]
    assert "娛樂城" not in ln.kept_text and "瀏覽:120" in ln.kept_text


@pytest.mark.parametrize("line", SLOT_OWN)
@pytest.mark.parametrize("where", ["head", "tail"])
def test_a_sites_own_name_in_a_slot_stays(line: str, where: str) -> None:
    text, at = inject("p0209", line, where)
    ln = clean(text).lines[at]
    assert ln.label != "spam" and not ln.cuts, ln.reason


def test_an_ad_tag_written_twice_in_a_row_is_spam() -> None:
    lines = PAGES["p0209"]["text"].split("\n")[:24]
    tag = "老房翻新防水补漏电话"  # no place name: the hot-tag rule does not know it
    text = "\n".join([*lines[:6], f"  • {tag}", f"    {tag}", "", *lines[6:]])
    doc = clean(text)
    assert [doc.lines[6].reason, doc.lines[7].reason] == ["spam:item-tags"] * 2


def test_a_title_written_twice_in_a_row_stays() -> None:
    lines = PAGES["p0209"]["text"].split("\n")[:24]
    title = "关于开展安全生产大检查的通知"
    text = "\n".join([*lines[:6], f"  • {title}", f"    {title}", "", *lines[6:]])
    doc = clean(text)
    assert doc.lines[6].label != "spam" and doc.lines[7].label != "spam"


WATERMARKED = (
    "该项目由市水务集团牵头实施,覆盖全市主要供水管网,预计年底前完成全部改造任务,"
    "届时供水水质合格率将进一步提升,管网漏损率明显下降。(办证刻章加qq:2233445566)"
)


def test_a_watermark_after_a_plain_paragraph_is_cut_not_the_paragraph() -> None:
    body = "市水务集团今年将完成供水管网改造,提升供水水质,降低管网漏损率。" * 4
    doc = clean(f"供水管网改造工程启动\n\n{body}\n\n{WATERMARKED}\n\n{body}")
    ln = doc.lines[4]
    assert ln.label == "body" and [c.reason for c in ln.cuts] == ["spam:contact-watermark"]
    assert ln.kept_text.endswith("明显下降。")


def test_a_promo_paragraph_with_a_contact_stays_spam() -> None:
    body = "市水务集团今年将完成供水管网改造,提升供水水质,降低管网漏损率。" * 4
    promo = (
        "想炒股赚钱?王老师每天免费带单,推荐牛股,专业团队一对一指导,成功率高,名额有限,"
        "欢迎咨询,限时领取内部资料。添加助理微信 gp518888 即可进群"
    )
    doc = clean(f"供水管网改造工程启动\n\n{body}\n\n{promo}\n\n{body}")
    assert doc.lines[4].label == "spam"


QUERY_DOORWAYS = [
    # a search query (two glued, or one with a bracketed second) over an unrelated article
    "2025年考研英语作文模板有哪些(附万能句型)",
    "宝宝发烧39度怎么办小儿退烧贴哪个牌子好",
]


@pytest.mark.parametrize("line", QUERY_DOORWAYS)
@pytest.mark.parametrize("host", HOSTS)
def test_doorway_queries_with_brackets_or_two_queries_are_spam(line: str, host: str) -> None:
    text, at = inject(host, line, "head")
    assert clean(text).lines[at].reason == "spam:query-title"


def test_a_question_title_of_its_own_article_stays() -> None:
    body = "城市内涝的成因主要有排水管网标准偏低、硬化地面增加和极端降雨增多。" * 6
    doc = clean(f"城市内涝有哪些成因(专家解读)\n\n{body}")
    assert doc.lines[0].label != "spam"


def test_a_bracketed_ad_with_a_contact_before_a_title_is_cut_on_a_short_page() -> None:
    # a forum thread's head: the title, the poster's panel, no article text to compare with
    panel = "\n\n  • 0关注\n  • 0粉丝\n\n等待验证会员\n\n威望\n0\n论坛币\n0 个"
    title = "Transformer模型在时间序列预测中的应用综述 [求助]"
    doc = clean(f"楼主: kx93hd\n\n【宝妈兼职日结加微qq8866520】{title}{panel}")
    line = doc.lines[2]
    assert [c.reason for c in line.cuts] == ["spam:item-run"], line.cuts
    assert line.kept_text == title
    # hard negatives: a column's bracket and a bracket with a contact that is no ad
    for head in ("【以案说法】", "【联系我们 微信kf2024】"):
        line = clean(f"楼主: kx93hd\n\n{head}{title}{panel}").lines[2]
        assert not line.cuts and line.label != "spam", (head, line.reason)


def _spread(tags: list[str], host: str = "p0209") -> list[tuple[str, str]]:
    """(label, reason) of ``tags`` spread one by one through a real page's first lines."""
    lines = PAGES[host]["text"].split("\n")[:24]
    out, at = [], []
    for k, tag in enumerate(tags):
        out += lines[k * 6 : k * 6 + 6]
        at.append(len(out))
        out += [tag, ""]
    out += lines[len(tags) * 6 :]
    doc = clean("\n".join(out))
    return [(doc.lines[i].label, doc.lines[i].reason) for i in at]


def test_one_ad_template_spread_over_the_page_is_spam() -> None:
    tags = ["• 王者荣耀代练上分包赢", "• 和平精英代练上分包赢", "• 英雄联盟代练上分包赢"]
    assert _spread(tags) == [("spam", "spam:item-tags")] * 3
    assert _spread(tags[:2]) != [("spam", "spam:item-tags")] * 2  # two lines make no template


def test_lists_of_names_ending_alike_are_not_spread_ads() -> None:
    for tags in (
        ["• 北京大学附属中学", "• 清华大学附属中学", "• 人民大学附属中学"],
        ["浙江省人民医院", "江苏省人民医院", "广东省人民医院", "湖北省人民医院"],
        ["第一届全国运动会", "第二届全国运动会", "第三届全国运动会"],
    ):
        assert all(label != "spam" for label, _ in _spread(tags)), tags


@pytest.mark.parametrize("mark", ["【樱桃直播 yt66.tv】", "(本站由极速云加速器jisu.top赞助)"])
@pytest.mark.parametrize("host", HOSTS)
def test_a_sites_watermark_after_a_paragraph_is_cut(mark: str, host: str) -> None:
    lines = PAGES[host]["text"].split("\n")[:24]
    k = max(range(len(lines)), key=lambda j: len(lines[j]))  # the longest paragraph
    para = lines[k].rstrip()
    if not para.endswith("。"):
        para = para + "。"
    lines[k] = para + mark
    line = clean("\n".join(lines)).lines[k]
    assert [c.reason for c in line.cuts] == ["spam:site-watermark"], (line.reason, line.cuts)
    assert line.kept_text.rstrip() == para


@pytest.mark.parametrize(
    "mark", ["(来源:人民网 people.com.cn)", "(原文链接 www.example.com)", "(详见 python.org)"]
)
def test_a_paragraphs_own_source_in_a_bracket_stays(mark: str) -> None:
    lines = PAGES["p0209"]["text"].split("\n")[:24]
    k = max(range(len(lines)), key=lambda j: len(lines[j]))
    lines[k] = lines[k].rstrip().rstrip("。") + "。" + mark
    line = clean("\n".join(lines)).lines[k]
    assert not line.cuts and line.label != "spam", (mark, line.reason)


@pytest.mark.parametrize("host", ["p0017", "p0021", "p0209"])
def test_three_clauses_joined_by_commas_are_a_sentence_not_a_list(host: str) -> None:
    # a recipe step without its full stop (chrome work saw it cut as spam:item-list): the
    # item model reads its clauses as ads, and on a page sharing none of its words (the
    # worst case) it was spam on every dev page it was put in
    step = "倒入排骨翻炒上色，加开水没过排骨，小火炖40分钟"
    text, at = inject(host, step, "head")
    ln = clean(text).lines[at]
    assert ln.label != "spam" and not ln.cuts, ln.reason
    # three ads joined by commas with a contact are still a list of ads
    ads = "代开各类发票，高仿名表一手货源，网贷秒下款，加微信fp8899"
    text, at = inject(host, ads, "head")
    assert clean(text).lines[at].label == "spam"
