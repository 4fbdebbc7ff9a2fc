"""Synthetic training pages: real lines of labelled pages with generated spam injected.

Spam is composed from generic spam vocabulary (never copied from corpus pages) in every shape
the spam filters must know: keyword-list headers and footers of porn / gambling / video /
invoice / certificate / link-farm families, Traditional spam in Simplified pages and the
reverse, digits, Latin and emoji, agency promo paragraphs, place+product keyword tags,
keyword-doorway titles borrowed from *other* pages, spam prefixes on real titles. Hard
negatives are generated too: navigation menus, tag lines, crackdown news sentences.
"""

from __future__ import annotations

import random
from typing import Any

import regex

from .lexicon import script_counts, to_traditional


def _w(words: str) -> list[str]:
    return words.split()


PORN_A = _w(
    "国产 精品 亚洲 欧美 日韩 日本 中文字幕 久久 无码 成人 午夜 免费 高清 91 97 99 人妻 少妇 "
    "自拍 偷拍 一本道 麻豆 蜜桃 色综合 激情 黄色 三级 伦理 熟女 美女 国产精品 精品国产 亚洲AV "
    "日韩AV 欧美日韩 亚洲欧美 久久久 天天 夜夜 色婷婷 狠狠 人人 最新 永久 手机"
)
PORN_B = _w(
    "一区二区 一区二区三区 在线观看 在线播放 视频 电影 网站 影院 av AV 精品视频 免费观看 毛片 "
    "一级片 专区 乱码 不卡 高清在线 第一页 手机版 永久免费 无码专区 在线看 福利 视频在线 "
    "观看免费 网址 资源 合集 中文字幕 综合网 婷婷 激情 色 www xxx porn 1区2区 二区三区"
)
GAMBLING_BRAND = _w(
    "bob od ob ky hth ayx kaiyun leyu yabo 亚博 开云 乐鱼 九游会 华体会 米乐 爱游戏 半岛 星空 必威 "
    "沙巴 皇冠 博天堂 新葡京 威尼斯人 太阳城"
)
GAMBLING_SUFFIX = _w(
    "体育 体育官网 体育app 体育下载 官网 官方网站 网页版 网页版入口 app下载 登录入口 注册 娱乐 "
    "娱乐官网 电竞 真人 棋牌 彩票 手机版 官方网站入口 体育平台"
)
GAMBLING_TERMS = _w(
    "澳门娱乐城 百家乐 老虎机 网上赌场 彩票开户 开户送彩金 首充返水 时时彩计划 六合彩资料 "
    "北京赛车pk10 幸运飞艇 快三技巧 体育投注 足球投注 棋牌游戏 电子游艺 真人视讯 网投平台 "
    "注册送38元 赌球网站 线上赌场 在线赌场 真人娱乐"
)
CITIES = _w(
    "北京 上海 广州 深圳 成都 重庆 武汉 西安 杭州 南京 天津 苏州 郑州 长沙 东莞 青岛 沈阳 "
    "宁波 昆明 合肥 佛山 福州 无锡 厦门 哈尔滨 济南 温州 南宁 长春 泉州 石家庄 贵阳 南昌 "
    "太原 烟台 嘉兴 南通 金华 珠海 惠州 徐州 海口 乌鲁木齐 绍兴 中山 台州 兰州 潍坊 保定"
)
DISTRICTS = _w("朝阳区 海淀区 浦东新区 徐汇区 天河区 南山区 福田区 武侯区 江北区 洪山区 雁塔区")
PRODUCTS = _w(
    "智能电表 不锈钢板 钢结构厂房 防水涂料 玻璃钢管道 塑料托盘 液压升降机 空气能热水器 "
    "铝单板 净化工程 环氧地坪 钢格板 叉车 冷库 电动伸缩门 污水处理设备 标识标牌 活动板房 "
    "监控安装 瓷砖胶 石材护理 搬家公司 保洁公司 装修公司 驾校报名 月嫂培训"
)
PRODUCT_SUFFIX = _w("价格 厂家 批发 多少钱 哪家好 公司 定制 报价 指导 单价 安装 维修 电话")
INVOICE = _w(
    "代开发票 代开增值税发票 代开普通发票 代开专用发票 发票代开 代开各类发票 代开正规发票 "
    "开具发票联系 代开税票"
)
CERTIFICATE = _w("办证 刻章 办假证 办理毕业证 代办学历 办学历 证件代办 办理证件 文凭代办 办毕业证")
ESCORT = _w(
    "上门服务 上门按摩 外围女 外围模特 包夜服务 空降服务 楼凤信息 同城约炮 一夜情 全套服务 "
    "商务伴游 同城交友"
)
DRUG = _w("听话水 迷幻药 催情药 失忆水 乖乖水 三唑仑 迷药 春药 冰毒 麻古 k粉")
DRUG_SUFFIX = _w("购买 出售 哪里买 哪里有卖 网购 官网 货到付款 药效")
VIDEO_TITLES = _w(
    "新灰姑娘 长安十二时辰 庆余年 狂飙 繁花 甄嬛传 流浪地球 封神榜 仙剑奇侠传 琅琊榜 "
    "权力的游戏 鱿鱼游戏 海贼王 名侦探柯南 进击的巨人"
)
VIDEO_SUFFIX = _w(
    "在线观看 全集在线观看 免费观看完整版 高清在线观看 在线播放 完整版在线 电视剧全集 "
    "免费在线观看 韩剧在线 美剧在线 影视大全 免费追剧 vip视频 破解版"
)
AGENCY = _w("创新互联 某某网络 云端科技 星河网络 蓝海建站")
AGENCY_SERVICES = _w(
    "网站建设 网站设计 网站制作 网站开发 网页设计 做网站 建网站 网站优化 网站推广 网站改版 "
    "小程序开发 小程序制作 微信公众号开发 app开发 软件定制开发 营销型网站 企业网站 "
    "响应式网站 云服务器 服务器租用 域名注册 seo优化 网络推广"
)
AGENCY_TEMPLATES = (
    "{a}专注于{c}{s1}、{c}{s2}、{s3}等业务,{n}年建站经验,已为{c}众多企业提供一站式服务。",
    "{a}是一家专业提供{c}{s1}的公司,专注{s2}、{s3}、{s4},为客户提供定制化解决方案,欢迎咨询。",
    "{a}为客户提供专业的{c}{s1}、{s2}、{s3}服务,{n}年经验,团队专业,全程项目跟踪,承诺优惠。",
    "{c}{s1}公司{a},{c}{s2},有丰富的{s3}经验。已为{c}上千家企业提供{s4}服务,欢迎合作!",
    "{a}坚持专注的理念,公司专注于为企业提供{s1}、{c}{s2}、{s3}、{s4}等一站式互联网服务。",
)
EMOJI = _w("🔥 ✅ ❤️ 👉 ⭐ 💰 🎁")
SEPS = ("_", "|", ",", "\uff0c", "-", "、", " ", " | ", " I ", " - ", "\uff5c", "_", "|", " ")

NAV = _w(
    "首页 新闻 视频 图片 体育 娱乐 财经 科技 汽车 房产 教育 健康 旅游 军事 国际 国内 社会 "
    "关于我们 联系我们 产品中心 案例展示 新闻中心 在线留言 下载中心 帮助中心 登录 注册 "
    "电影 电视剧 综艺 动漫 纪录片 少儿 音乐 游戏 直播 彩票 博彩新闻 网站建设 网站设计 "
    "小程序开发 网站制作 APP开发 微信开发 网络推广 成功案例 服务项目 解决方案 高清影视 "
    "国产动漫 欧美电影 日韩剧 体育直播 在线客服"
)
CRACKDOWN = (
    "{c}警方破获一起利用网络传播淫秽视频案,抓获犯罪嫌疑人{n}名。",
    "{c}公安机关开展“扫黄打非”专项行动,关停涉黄网站{n}个。",
    "法院审理查明,被告人在境外开设赌场网站,组织他人参与百家乐、六合彩等赌博活动。",
    "{c}警方捣毁一个网络赌博平台,涉案资金达{n}亿元,该平台以“体育投注”为名吸引赌客。",
    "近日,{c}打掉一个制售假发票犯罪团伙,查获假发票{n}万余份。",
    "{c}市场监管部门提醒:警惕“代办证件”“办理毕业证”类诈骗广告。",
    "澳门博彩业{n}月收入同比上升,各大娱乐场客流恢复。",
    "记者调查发现,一些盗版影视网站以“免费在线观看”为诱饵,传播木马程序。",
)
NOTICES = (
    "警方提醒:凡在网上看到“高仿证件”“无抵押秒批贷款”“{c}上门按摩”之类广告,一律不要相信。",
    "{c}公安提示:张贴“刻章办证”“贷款包下款”小广告的,将依法处理。",
    "反诈中心提醒:兼职点赞返利、投资稳赚不赔、低价出售游戏装备等信息多为诈骗。",
)
"""Police notices that list the ads they warn of: an ad's words in the police's sentence."""


_WORDS = regex.compile(r"\p{Han}{2,5}")


class Synth:
    """A seeded generator of spam lines and injected pages."""

    def __init__(self, seed: int = 0) -> None:
        self.rng = random.Random(seed)
        # the notices' own stream: the pages drawn from ``rng`` stay those of earlier models
        self._notices = random.Random(seed + 13)

    # --- spam lines -----------------------------------------------------------------------
    def porn_item(self) -> str:
        r = self.rng
        parts = [r.choice(PORN_A) for _ in range(r.randint(1, 2))] + [
            r.choice(PORN_B) for _ in range(r.randint(1, 2))
        ]
        r.shuffle(parts)
        item = "".join(parts)
        if r.random() < 0.2:
            item += str(r.randint(1, 999))
        return item

    def gambling_item(self) -> str:
        r = self.rng
        if r.random() < 0.5:
            return r.choice(GAMBLING_BRAND) + r.choice(GAMBLING_SUFFIX)
        return r.choice(["", *CITIES[:5], "澳门", "香港"]) + r.choice(GAMBLING_TERMS)

    def invoice_item(self) -> str:
        return self.rng.choice(CITIES) + self.rng.choice(INVOICE)

    def certificate_item(self) -> str:
        return self.rng.choice(CITIES) + self.rng.choice(CERTIFICATE)

    def video_item(self) -> str:
        return self.rng.choice(VIDEO_TITLES) + self.rng.choice(VIDEO_SUFFIX)

    def escort_item(self) -> str:
        return self.rng.choice(["", *CITIES[:8]]) + self.rng.choice(ESCORT)

    def drug_item(self) -> str:
        return self.rng.choice(DRUG) + self.rng.choice(DRUG_SUFFIX)

    def keyword_list(self, family: str | None = None) -> str:
        r = self.rng
        family = family or r.choice(
            ["porn"] * 6
            + ["gambling"] * 2
            + ["invoice", "certificate", "video", "escort", "drug", "mixed"]
        )
        make = {
            "porn": self.porn_item,
            "gambling": self.gambling_item,
            "invoice": self.invoice_item,
            "certificate": self.certificate_item,
            "video": self.video_item,
            "escort": self.escort_item,
            "drug": self.drug_item,
        }
        n = r.randint(3, 14)
        if family == "mixed":
            items = [make[r.choice(list(make))]() for _ in range(n)]
        else:
            items = [make[family]() for _ in range(n)]
        line = r.choice(SEPS).join(items)
        if r.random() < 0.15:
            line = r.choice(EMOJI) + line + r.choice(EMOJI)
        if r.random() < 0.15:
            line = r.choice(["友情链接:", "友情链接:", "热门推荐:", "相关搜索:"]) + line
        if r.random() < 0.1:
            line = "主站蜘蛛池模板: " + line
        return line

    def agency_promo(self) -> str:
        r = self.rng
        s = r.sample(AGENCY_SERVICES, 4)
        return r.choice(AGENCY_TEMPLATES).format(
            a=r.choice(AGENCY),
            c=r.choice(CITIES),
            s1=s[0],
            s2=s[1],
            s3=s[2],
            s4=s[3],
            n=r.randint(5, 15),
        )

    def place_tag(self) -> str:
        r = self.rng
        place = r.choice(CITIES + DISTRICTS)
        return place + r.choice(PRODUCTS) + r.choice(PRODUCT_SUFFIX)

    def video_doorway(self, filler: list[str]) -> str:
        r = self.rng
        head = r.choice(
            [
                "简介:{t}在线观看在线播放,本片由{a}演出本剧,剧情描述:,",
                "{t}免费观看完整版高清,{t}在线播放,主演:{a},剧情简介:",
                "《{t}》全集在线观看 - {t}高清完整版 - 主演{a} - ",
            ]
        ).format(t=r.choice(VIDEO_TITLES), a=r.choice(["倉木さゆり", "佐藤", "李某", "Anna"]))
        return head + "".join(r.sample(filler, min(len(filler), r.randint(1, 3))))

    def hot_tags(self) -> str:
        r = self.rng
        head = r.choice(["热门标签:", "熱門標簽:", "相关标签:", "热门搜索:"])
        return head + " ".join(self.place_tag() for _ in range(r.randint(4, 10)))

    # --- hard negatives -------------------------------------------------------------------
    def nav(self) -> str:
        r = self.rng
        return r.choice([" | ", " ", "|", " · ", "_", " > "]).join(r.sample(NAV, r.randint(3, 9)))

    def crackdown(self) -> str:
        r = self.rng
        text = r.choice(CRACKDOWN).format(c=r.choice(CITIES), n=r.randint(2, 300))
        if self._notices.random() < 0.4:
            text = self._notices.choice(NOTICES).format(c=self._notices.choice(CITIES))
        return text

    def tag_line(self, words: list[str]) -> str:
        r = self.rng
        k = min(len(words), r.randint(2, 5))
        head = r.choice(["关键词:", "关键词:", "标签:", "Tags:", "關鍵詞:"])
        return head + r.choice([";", ",", " ", "、"]).join(r.sample(words, k))

    # --- pages ----------------------------------------------------------------------------
    def inject(
        self, lines: list[str], labels: list[str], donor_titles: list[str]
    ) -> dict[str, Any]:
        """One synthetic page: ``lines``/``labels`` of a real page with spam injected."""
        r = self.rng
        lines, labels = list(lines), list(labels)
        hant = r.random() < 0.5

        def spam_line(kind: str) -> str:
            text = {
                "list": self.keyword_list,
                "promo": self.agency_promo,
                "tag": self.place_tag,
            }[kind]()
            if hant and r.random() < 0.3:
                text = to_traditional(text)
            return text

        def insert(pos: int, text: str, label: str) -> None:
            lines[pos:pos] = [text, ""]
            labels[pos:pos] = [label, "blank"]

        shapes = r.sample(
            [
                "head",
                "tail",
                "inside",
                "promo",
                "doorway",
                "tags",
                "prefix",
                "nav",
                "crackdown",
                "keywords",
                "video",
                "hottags",
            ],
            r.randint(1, 3),
        )
        for shape in shapes:
            n = len(lines)
            if shape == "head":
                for _ in range(r.choice([1, 1, 1, 2])):
                    insert(0, spam_line("list"), "spam")
            elif shape == "tail":
                insert(n, spam_line("list"), "spam")
            elif shape == "inside":
                insert(r.randint(0, n), spam_line("list"), "spam")
            elif shape == "promo":
                insert(r.randint(0, n), spam_line("promo"), "spam")
            elif shape == "doorway" and donor_titles:
                insert(0, r.choice(donor_titles), "spam")
            elif shape == "tags":
                pos = r.randint(0, n)
                tag = spam_line("tag")
                lines[pos:pos] = ["  • " + tag, "    " + tag, ""]
                labels[pos:pos] = ["spam", "spam", "blank"]
            elif shape == "prefix":
                for i, (t, lab) in enumerate(zip(lines, labels, strict=True)):
                    if lab == "body" and 4 <= len(t.strip()) <= 40:
                        prefix = r.choice(SEPS).join(
                            self.porn_item() for _ in range(r.randint(2, 4))
                        )
                        spam_major = len(prefix) > len(t.strip())
                        lines[i] = prefix + r.choice([" ", "_", "|"]) + t.strip()
                        labels[i] = "spam" if spam_major else "body"
                        break
            elif shape == "nav":
                insert(r.randint(0, min(n, 3)), self.nav(), "boilerplate")
            elif shape == "video":
                filler = [t for t, lab in zip(lines, labels, strict=True) if lab == "body"]
                if filler:
                    insert(r.randint(0, min(n, 2)), self.video_doorway(filler), "spam")
            elif shape == "hottags":
                insert(r.randint(0, n), self.hot_tags(), "spam")
            elif shape == "crackdown":
                insert(r.randint(0, n), self.crackdown(), "body")
            elif shape == "keywords":
                words = [
                    w
                    for t, lab in zip(lines, labels, strict=True)
                    if lab == "body"
                    for w in _WORDS.findall(t)
                ]
                if len(words) >= 3:
                    insert(r.randint(0, min(n, 6)), self.tag_line(words), "body")
                if len(words) >= 6:
                    tags = "热门标签:" + " ".join(
                        r.sample(words, r.randint(4, min(10, len(words))))
                    )
                    insert(r.randint(0, n), tags, "boilerplate")
        return {"text": "\n".join(lines), "labels": labels}


def _without_spam(page: dict[str, Any]) -> list[tuple[str, str]]:
    """(line, label) of a labelled page, its spam lines left out."""
    lines = page["text"].split("\n")
    return [(t, lab) for t, lab in zip(lines, page["labels"], strict=True) if lab != "spam"]


def synthetic_pages(
    pages: list[dict[str, Any]], *, seed: int = 0, per_page: int = 4
) -> list[dict[str, Any]]:
    """``per_page`` injected variants of every page, its own spam lines removed first."""
    syn = Synth(seed)
    bases = []
    titles = []
    for page in pages:
        keep = _without_spam(page)
        if not keep:
            continue
        bases.append(keep)
        for t, lab in keep:
            if lab == "body" and 6 <= len(t.strip()) <= 30 and "。" not in t:
                titles.append(t.strip())
                break
    out = []
    for k, base in enumerate(bases):
        own = base[0][0].strip()
        donors = [t for t in titles if t != own]
        for _ in range(per_page):
            lines = [t for t, _ in base]
            labels = [lab for _, lab in base]
            page = syn.inject(lines, labels, donors)
            page["id"] = f"syn{k}"
            out.append(page)
    return out


# --- shape-model pages: generic commercial junk and list-shaped hard negatives ---------------
# The shape model (cleantext.spam.structure) must learn the *shape* of injected junk, not the
# vocabulary of the families listed here: items are built from generic ad morphemes around
# goods and services of many trades, or from phrases of *other* pages, and the hard negatives
# are lists of the page's own words, menus of short words, lists with a key prefix.

GOODS = _w(
    "二手手机 茶叶 红酒 白酒 名表 黄金首饰 香烟 雪茄 保健品 减肥药 增高药 燕窝 冬虫夏草 玉石 "
    "翡翠 手串 古董 字画 钱币 邮票 二手车 摩托车 电动车 空调 冰箱 钢材 水泥 木材 石材 化肥 "
    "种子 农药 饲料 鱼苗 种猪 宠物狗 猫咪 鹦鹉 观赏鱼 钓鱼竿 烟花爆竹 打火机 电子烟 口罩 "
    "消毒液 净水器 按摩椅 跑步机 游戏账号 抖音号 微信号 游戏装备 点卡 礼品卡 购物卡 加油卡 "
    "演唱会门票 机票 火车票 酒店房 二手房 商铺 写字楼 仓库 厂房 集装箱 发电机 挖掘机 叉车配件"
)
SERVICES = _w(
    "装修 搬家 开锁 管道疏通 家电维修 保洁 月嫂 保姆 代驾 跑腿 翻译 婚介 婚庆 摄影 公司注册 "
    "代理记账 工商年检 商标注册 签证 移民 讨债 收债 股票配资 外汇开户 期货开户 网站排名 "
    "百度推广 刷粉丝 刷流量 代练 陪玩 改分 找人 私人定制 上门维修 上门回收 废品回收"
)
AD_PREFIX = _w(
    "出售 收购 高价回收 批发 专卖 代办 办理 代做 求购 低价 正规 专业 快速 诚信 靠谱 全国 "
    "本地 同城 网上 正品 特价 优惠 大量"
)
AD_SUFFIX = _w(
    "哪里买 哪里有卖 多少钱 价格 价格表 哪家好 怎么样 靠谱吗 批发 专卖 代办 出售 网购 货到付款 "
    "厂家 厂家直销 公司 电话 联系方式 平台 官网 一条龙 一站式服务 包邮 现货 秒到 日结 兼职 "
    "加盟 招商 培训班 排名 推荐 首选 服务 中心 热线 低价出售 批发价 多少钱一斤 行情"
)
# trades whose junk carries no ad morpheme and no contact: what it sells is said by a topic
# and a plain service word (教程, 入口, 永久免费...), so the model must read its unrelatedness
# to the page and its repeated template, not commerce words
TOPICS = _w(
    "外卖骑手 网店装修 直播带货 短视频剪辑 跨境电商 宠物寄养 私家侦探 婚恋交友 奢侈品鉴定 "
    "网络贷款 信用卡提额 医美整形 植发 彩票预测 刷单 加粉 域名注册 云服务器 代理IP 手游外挂 "
    "网盘资源 影视会员 驾校报名 职业资格证 留学中介 风水算命 星座运势 私服 辅助脚本 "
    "成人用品 情感挽回 分手复合 黑客技术 数据恢复 手机定位 微商货源 虚拟货币 区块链挖矿 "
    "网赚项目 自媒体运营 账号解封 考试题库 文凭认证 体育直播 足球比分 棋牌游戏 解梦大全"
)
PLAIN_HEAD = _w("免费 永久 正版 最新 内部 一手 稳定 高速 专业 国内 海外 私人 手机 在线 极速")
PLAIN_TAIL = _w(
    "教程 软件 平台 工具 技巧 攻略 资源 入口 大全 排行 在线 下载 神器 秘籍 渠道 入门 "
    "接单 交流群 论坛 分享 网址 破解版 app 永久免费 不限速 当天见效 一对一 包教包会"
)
CONTACT = (
    "加微信{w}",
    "微信:{w}",
    "V信{w}",
    "QQ:{d}",
    "扣扣{d}",
    "电话{p}",
    "热线{p}",
    "联系{p}",
    "飞机@{w}",
)
LIST_SEPS = (*SEPS, " / ", "/", "・", "·", " · ", ";", "~", "•", " ")
KEY_HEADS = _w(
    "关键词: 标签: 相关阅读: 推荐阅读: 相关文章: 延伸阅读: 热门文章: 栏目导航: 产品中心: 服务项目: "
    "目录: 相关链接: 专题: 分类:"
)
CHROME_VERBS = _w(
    "关注 下载 加入 联系 查询 办理 预约 申请 访问 订阅 扫码 登录 注册 收藏 分享 投稿 反馈 进入 "
    "返回 在线 免费 会员 积分 限时 新品 官方 热门 推荐 最新 本站 网上 便民 公共"
)
CHROME_NOUNS = _w(
    "官方APP 公众号 微信公众号 交流群 在线客服 办理进度 官方微博 手机版 客户端 会员中心 "
    "服务大厅 办事指南 历史版本 帮助中心 常见问题 意见反馈 联系我们 产品价格 优惠活动 "
    "积分兑换 门店查询 招聘信息 政策解读 服务平台 下载中心 技术支持 售后服务 资源交易 "
    "特价商品 新品上市 排行榜 专题活动 用户协议 隐私政策 网站地图 友情链接 广告合作"
)
SHOP_PROMISES = _w("正品保障 全场包邮 厂家直销 货到付款 现货速发 七天无理由退货 假一赔十")
DEPARTMENTS = _w(
    "内科 外科 儿科 眼科 口腔科 皮肤科 骨科 中医科 急诊科 检验科 放射科 药剂科 心内科 神经科 "
    "呼吸科 消化科 肾内科 体检中心 康复科 营养科"
)

# a site's menus of category names (学院概况 | 教务通知公告 | 开发者中心): topics of a site and
# the heads of its categories; left in the other script by a naive mirror, at a page's edge,
# they look like injected junk in everything but their words
MENU_TOPICS = _w(
    "学院 本科生 研究生 科学 师资 招生 就业 校友 党群 行政 教务 学工 图书馆 后勤 国际交流 "
    "产品 行业 技术 客户 企业 集团 投资者 人力资源 社会责任 政务 办事 政策 便民 数据 统计 "
    "新闻 视频 图片 专家 会员 开发者 前端 后端 人工智能 云计算 大数据 移动开发 数据库 运维 "
    "网络安全 软件测试 医院 门诊 住院 科室 护理 健康 体检 学术 期刊 会议 展会 协会 基金会"
)
MENU_HEADS = _w(
    "中心 专区 专栏 频道 动态 要闻 公告 通知 公示 指南 公开 概况 简介 介绍 队伍 资讯 展示 "
    "文件 法规 大厅 互动 园地 论坛 社区 博客 团队 之窗 工作 教育 研究 案例 专题 服务 平台 "
    "系统 入口 查询 信息 管理 建设 交流 合作 发展"
)


class ShapeSynth(Synth):
    """Pages for the shape model (its own seeded stream: the lexicon model's pages are
    unchanged)."""

    def contact(self) -> str:
        r = self.rng
        w = "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(r.randint(2, 6)))
        w += str(r.randint(1, 99999))
        d = str(r.randint(10**6, 10**10))
        p = "1" + str(r.randint(3, 9)) + "".join(str(r.randint(0, 9)) for _ in range(9))
        return r.choice(CONTACT).format(w=w, d=d, p=p)

    def ad_item(self, obj: str, morpheme: float = 0.8) -> str:
        """``obj`` dressed as an ad item: an ad morpheme before or after it (with probability
        ``morpheme``), a city, another word, a year."""
        r = self.rng
        x = r.random()
        if r.random() >= morpheme:
            item = r.choice(["", "", r.choice(CITIES)]) + obj
            if r.random() < 0.4:
                item += r.choice(GOODS + SERVICES)[:2]
        elif x < 0.4:
            item = obj + r.choice(AD_SUFFIX)
        elif x < 0.7:
            item = r.choice(AD_PREFIX) + obj
        elif x < 0.85:
            item = r.choice(AD_PREFIX) + obj + r.choice(AD_SUFFIX)
        else:
            item = r.choice(CITIES) + obj + r.choice(AD_SUFFIX)
        if r.random() < 0.1:
            item = str(r.choice([2023, 2024, 2025, 2026])) + item
        return item

    def ad_list(self, donor_words: list[str]) -> str:
        """Generic commerce junk: one trade's goods/services (the family word repeated over
        the items, as real lists do) or several, dressed with ad morphemes on some items
        only, a contact now and then."""
        r = self.rng
        pool = r.choice([GOODS, SERVICES, GOODS + SERVICES, donor_words or GOODS])
        n = r.randint(3, 8)
        morpheme = r.choice([0.3, 0.6, 0.9])
        if r.random() < 0.5:  # one family
            fam = r.choice(pool)
            objs = [fam if r.random() < 0.7 else r.choice(pool) for _ in range(n)]
        else:
            objs = [r.choice(pool) for _ in range(n)]
        items = list(dict.fromkeys(self.ad_item(o, morpheme) for o in objs))
        if r.random() < 0.5:
            items.insert(r.randint(0, len(items)), self.contact())
        line = r.choice(LIST_SEPS).join(items)
        if r.random() < 0.1:
            e = r.choice(EMOJI)
            line = e + e.join(items) + e
        return line

    def plain_list(self) -> str:
        """Junk with no ad morpheme and no contact: one or two topics with plain service words
        (a template over the items), in one line or one phrase per line (returned with
        newlines: a vertical block)."""
        r = self.rng
        k = r.randint(5, 8)
        # one trade's template over the items, or as many trades as items (no template)
        topics = r.sample(TOPICS, r.choice([1, 2, 3, k]))
        items = []
        for j in range(k):
            t = topics[j % len(topics)] if len(topics) == k else r.choice(topics)
            x = r.random()
            if x < 0.45:
                items.append(t + r.choice(PLAIN_TAIL))
            elif x < 0.7:
                items.append(r.choice(PLAIN_HEAD) + t)
            elif x < 0.85:
                items.append(r.choice(PLAIN_HEAD) + t + r.choice(PLAIN_TAIL))
            else:
                items.append(t)
        items = list(dict.fromkeys(items))
        seps = (*LIST_SEPS, " ▶ ", "◆", " ★ ", "——", "／", " #", "■")
        return r.choice(seps).join(items)

    def short_ad_list(self) -> str:
        """Junk of four-character items (``#王者代练 #代打上分``, ``犀牛角杯 虎骨酒 货到付款``):
        a two-character object and a two-character ad word, a contact now and then."""
        r = self.rng
        two = [w for w in AD_PREFIX + AD_SUFFIX if len(w) == 2]
        objs = [w[:2] for w in GOODS + SERVICES + TOPICS]
        items = []
        for _ in range(r.randint(5, 8)):
            o, m = r.choice(objs), r.choice(two)
            items.append(o + m if r.random() < 0.6 else m + o)
        if r.random() < 0.3:
            items.insert(r.randint(0, len(items)), self.contact())
        sep = r.choice([" #", " » ", "——", " | ", " ", "、", "_", " ▶ ", "/", " "])
        line = sep.join(dict.fromkeys(items))
        return "#" + line if sep == " #" else line

    # hard negatives
    def site_menu(self, donor_words: list[str]) -> str:
        """A site's menu of category names (a topic and a category head), 5-8 items."""
        r = self.rng
        pool = MENU_TOPICS + [w for w in donor_words if 2 <= len(w) <= 4]
        items = []
        for _ in range(r.randint(5, 8)):
            x = r.random()
            if x < 0.75:
                items.append(r.choice(pool) + r.choice(MENU_HEADS))
            elif x < 0.9:
                items.append(r.choice(pool))
            else:
                items.append(r.choice(NAV))
        seps = [" | ", " ", "|", " · ", "/", " / ", "  ", "_", " » "]
        return r.choice(seps).join(dict.fromkeys(items))

    def own_list(self, own: list[str], *, prefix: bool) -> str:
        r = self.rng
        k = min(len(own), r.randint(3, 8))
        line = r.choice(LIST_SEPS).join(r.sample(own, k))
        return (r.choice(KEY_HEADS) + line) if prefix else line

    def short_menu(self, words: list[str], donor_phrases: list[str]) -> str:
        """A menu: short words, or category names of 3-8 characters (变频器与传动 | 传感器)."""
        r = self.rng
        short = [w for w in words if 2 <= len(w) <= 4] or NAV
        cats = [p[: r.randint(3, 8)] for p in donor_phrases] or NAV
        pool = r.choice([short, NAV, DEPARTMENTS, DISTRICTS, cats, cats])
        k = min(len(pool), r.randint(3, 9))
        line = r.choice([" | ", " ", "|", " · ", "_", "、", " / "]).join(r.sample(pool, k))
        if r.random() < 0.2:
            line = r.choice(KEY_HEADS) + line
        return line

    def own_ad_list(self, own: list[str], donor_words: list[str]) -> tuple[str, str]:
        """Lists an ad gate lets through that are not spam: the page's own phrases with ad
        morphemes (a table of contents, a product line's list: 三、平台建设 / 产品价格), or a
        key prefix before tags of a site (标签: 免费素材 在线工具)."""
        r = self.rng
        k = r.randint(4, 8)
        if r.random() < 0.6 and len(own) >= 3:
            items = [
                w + r.choice(AD_SUFFIX) if r.random() < 0.4 else w
                for w in r.sample(own, min(k, len(own)))
            ]
            head = r.choice(KEY_HEADS) if r.random() < 0.4 else ""
            label = "body"
        else:
            pool = donor_words or GOODS
            items = [
                r.choice(AD_PREFIX) + w if r.random() < 0.4 else w + r.choice(["", "大全", "工具"])
                for w in (r.choice(pool) for _ in range(k))
            ]
            head = r.choice(KEY_HEADS)
            label = "boilerplate"
        return head + r.choice(LIST_SEPS).join(dict.fromkeys(items)), label

    def chrome_list(self) -> str:
        """A site's own menu or widget in ad-like words (下载官方APP | 联系在线客服 | 办理进度
        查询): chrome, not spam."""
        r = self.rng
        items = []
        for _ in range(r.randint(4, 7)):
            x = r.random()
            if x < 0.5:
                items.append(r.choice(CHROME_VERBS) + r.choice(CHROME_NOUNS))
            elif x < 0.8:
                items.append(r.choice(CHROME_NOUNS))
            else:
                items.append(r.choice(CHROME_NOUNS) + r.choice(["查询", "入口", "下载", "中心"]))
        if r.random() < 0.3:  # a shop's promises (short items, in ad-speak)
            items += r.sample(SHOP_PROMISES, 2)
        if r.random() < 0.1:
            items.append(self.contact())
        return r.choice([" | ", " ", "|", " · ", "_", " / ", "  "]).join(dict.fromkeys(items))

    def prefixed_phrases(self, donor_phrases: list[str]) -> str:
        r = self.rng
        k = min(len(donor_phrases), r.randint(2, 5))
        return r.choice(KEY_HEADS[1:7]) + r.choice([" | ", " ", "|", "、"]).join(
            r.sample(donor_phrases, k)
        )

    def shape_page(
        self,
        lines: list[str],
        labels: list[str],
        donor_words: list[str],
        donor_phrases: list[str],
    ) -> dict[str, Any]:
        r = self.rng
        lines, labels = list(lines), list(labels)
        own_words = list(
            dict.fromkeys(
                w
                for t, lab in zip(lines, labels, strict=True)
                if lab == "body"
                for w in _WORDS.findall(t)
            )
        )
        own_phrases = [w for w in own_words if len(w) >= 4] or own_words
        a, b = script_counts("\n".join(lines)[:1000])
        hant = b > a

        def put(where: str, text: str, label: str, script: str = "") -> None:
            # a site's own lists are in its script; injected junk mostly is not converted
            # with the article (the corpus: every list in the other script is spam)
            # (a few of a site's own lines are left unconverted by naive mirrors);
            # ``script``: "own" or "other" forces one
            if script:
                if (script == "own") == hant:
                    text = to_traditional(text)
            elif (label != "spam" and r.random() < 0.9) or (label == "spam" and r.random() < 0.3):
                text = to_traditional(text) if hant else text
            elif not hant and r.random() < 0.25:
                text = to_traditional(text)  # Traditional in a Simplified page
            n = len(lines)
            pos = {"head": 0, "tail": n, "mid": r.randint(0, n)}[where]
            if where != "mid" and r.random() < 0.25:
                # one item per line, a block apart (cleantext.spam.structure.edge_blocks)
                parts = [p.strip() for p in _ITEM_SPLIT.split(text) if p.strip()]
                if 3 <= len(parts) <= 8:
                    lines[pos:pos] = ["", *parts, ""]
                    labels[pos:pos] = ["blank", *[label] * len(parts), "blank"]
                    return
            lines[pos:pos] = [text, ""]
            labels[pos:pos] = [label, "blank"]

        for _ in range(r.randint(1, 3)):
            x = r.random()
            where = r.choice(["head", "head", "tail", "tail", "mid"])
            if x < 0.25:
                put(where, self.ad_list(donor_words), "spam")
            elif x < 0.32:
                put(where, self.short_ad_list(), "spam")
            elif x < 0.45:
                put(where, self.plain_list(), "spam")
            elif x < 0.5:
                put(where, self.keyword_list(), "spam")
            elif x < 0.57 and len(own_phrases) >= 3:
                own = self.own_list(own_phrases, prefix=r.random() < 0.5)
                put(r.choice(["head", "mid"]), own, "body")
            elif x < 0.64:
                text, label = self.own_ad_list(own_phrases, donor_words)
                put(where, text, label)
            elif x < 0.72:
                put(where, self.chrome_list(), "boilerplate")
            elif x < 0.8:
                # a site's menu at the page's edge, as often left in the other script as not
                menu = self.site_menu(donor_words)
                put(r.choice(["head", "tail"]), menu, "boilerplate", r.choice(["own", "other"]))
            elif x < 0.9:
                put(where, self.short_menu(own_words, donor_phrases), "boilerplate")
            elif donor_phrases:
                put(where, self.prefixed_phrases(donor_phrases), "boilerplate")
        return {"text": "\n".join(lines), "labels": labels}


def shape_pages(
    pages: list[dict[str, Any]], *, seed: int = 0, per_page: int = 4
) -> list[dict[str, Any]]:
    """``per_page`` variants of every page (its own spam removed) for the shape model."""
    syn = ShapeSynth(seed + 1)
    bases = []
    for page in pages:
        keep = _without_spam(page)
        if keep:
            bases.append(keep)
    phrases_of = [
        list(dict.fromkeys(w for t, lab in base if lab == "body" for w in _PHRASES.findall(t)))
        for base in bases
    ]
    out = []
    for k, base in enumerate(bases):
        for v in range(per_page):
            donors = [phrases_of[(k + 1 + v * 7 + j) % len(bases)] for j in range(3)]
            donor_phrases = [p for d in donors for p in d][:60]
            donor_words = [w[: syn.rng.randint(2, 4)] for w in donor_phrases]
            page = syn.shape_page(
                [t for t, _ in base], [lab for _, lab in base], donor_words, donor_phrases
            )
            page["id"] = f"shape{k}"
            out.append(page)
    return out


_PHRASES = regex.compile(r"\p{Han}{6,14}")
_ITEM_SPLIT = regex.compile(r"\s*(?:[|_,\uff0c、/\uff0f\uff5c;~·・•▶◆★■#]|——| - | I )\s*")
