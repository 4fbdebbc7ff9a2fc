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

from .lexicon import to_traditional


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


_WORDS = regex.compile(r"\p{Han}{2,5}")


class Synth:
    """A seeded generator of spam lines and injected pages."""

    def __init__(self, seed: int = 0) -> None:
        self.rng = random.Random(seed)

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
        return r.choice(CRACKDOWN).format(c=r.choice(CITIES), n=r.randint(2, 300))

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


def synthetic_pages(
    pages: list[dict[str, Any]], *, seed: int = 0, per_page: int = 4
) -> list[dict[str, Any]]:
    """``per_page`` injected variants of every page, its own spam lines removed first."""
    syn = Synth(seed)
    bases = []
    titles = []
    for page in pages:
        keep = [
            (t, lab)
            for t, lab in zip(page["text"].split("\n"), page["labels"], strict=True)
            if lab != "spam"
        ]
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
