"""Body and meta lines that chrome rules took on pages of unseen sites (issue 4): each rule
tested with the real line that was lost (chrome set H, spam sets) and a counter-example that
stays chrome. Page texts are the sets' lines; counter-examples are lines of the sets and the
developer corpus."""

from __future__ import annotations

import cleantext

# --- a heading set off from the menu above it by a blank line ----------------------------

BAIKE = [  # chrome set H, cH14
    "百科网",
    "网页 新闻 贴吧 知道 视频 音乐 图片 地图 文库",
    "进入词条",
    "全站搜索",
    "帮助",
    "首页 历史上的今天 百科冷知识 图解百科 秒懂百科 懂啦 特色百科",
    "",
    "蚕豆",
    "豆科野豌豆属植物",
    "",
    "收藏",
    "",
    "蚕豆（学名：Vicia faba L.），又称胡豆、罗汉豆、佛豆，一年生草本，高30-100厘米。"
    "原产欧洲地中海沿岸，我国以长江以南为主要产区。",
]
REVIEW = [  # chrome set H, cH30
    "豆瓣讀書",
    "登錄/註冊",
    "下載豆瓣客戶端",
    "豆瓣 讀書 電影 音樂 同城 小組 閱讀 FM 時間 豆品",
    "購書單 電子圖書 豆瓣書店 2023年度榜單",
    "",
    "一個小鎮郵遞員的四十年",
    "",
    "山野來信 評論 《郵路》 ★★★★☆",
    "2024-03-02 23:18:44",
    "",
    "作者用很平實的語言寫父親當了四十年鄉郵員的經歷：騎自行車、後來騎摩托，每天在山裏跑一百多里。",
]


def label(lines: list[str], i: int) -> str:
    return cleantext.clean("\n".join(lines)).lines[i].label or "body"


def test_a_short_heading_with_its_subtitle_under_a_blank_is_no_link() -> None:
    assert label(BAIKE, 7) == "body"
    assert label(BAIKE, 8) == "body"


def test_a_title_long_enough_under_a_blank_is_no_link() -> None:
    assert label(REVIEW, 6) == "body"


def test_a_page_opening_with_its_title_above_a_related_heading() -> None:
    page = [  # spam set A, u112 (its first line)
        "青春期性教育:如何与孩子谈论身体、隐私与安全",
        "",
        "最新动态",
        "【微信小程序实战教程】之微信小程序原生开发详解",
        "2024-11-26 09:51",
        "",
        BAIKE[-1],
    ]
    assert label(page, 0) == "body"


def test_a_section_label_between_chrome_stays_chrome() -> None:
    # spam set A, u011: "新聞資訊" has chrome a blank line away on both sides
    page = [
        "您的瀏覽器不支援 JavaScript 功能,可能會造成部分網頁功能無法正常使用時,"
        "建議開啟瀏覽器 JavaScript 狀態",
        ":::",
        "",
        "新聞資訊",
        "",
        "查詢條件",
        "",
        "請輸入關鍵字",
        "請選擇欲查詢日期區間 -",
        " • 2024/03/08",
        "  環境部提醒事業於4月30日前完成溫室氣體排放量盤查登錄",
        "",
        BAIKE[-1],
    ]
    assert label(page, 3) == "boilerplate"


def test_a_short_link_with_chrome_right_above_stays_chrome() -> None:
    # the same heading with no blank line between it and the menu: a link of the run
    page = [*BAIKE[:6], "蚕豆", "", "收藏", "", BAIKE[-1]]
    assert label(page, 6) == "boilerplate"


# --- a search form's prompt heads no related list -------------------------------------------

PAPER = [  # spam set G, u304: a crackdown article spliced above a paper's page
    "警方打掉一个为“菠菜”网站引流的推广团伙",
    "",
    "据介绍,“菠菜”是网络赌博(bc)的谐音黑话,该团伙在短视频平台发布“稳赚技巧”,诱导网民注册境外赌博网站。",
    "",
    "网站首页  词典首页",
    "",
    "请输入您要查询的论文:",
    "",
    "标题 干旱冲击下草地租赁对草场退化及牧户生计的影响",
    "范文",
    "",
    "    励汀郁 谭淑豪",
    "",
    "    摘要 近年来草地租赁市场在牧区出现并逐渐发展。然而,作为调节牧户资源的市场制度,"
    "其对草原社会生态的影响莫衷一是。",
]


def test_the_title_under_a_search_prompt_is_no_related_item() -> None:
    doc = cleantext.clean("\n".join(PAPER))
    assert doc.lines[6].label == "boilerplate"  # the prompt itself is chrome
    assert doc.lines[8].label in (None, "body")
    assert doc.lines[11].label in (None, "body", "meta")


def test_a_related_heading_after_the_article_still_takes_its_list() -> None:
    page = [*PAPER[:4], "相关文章", "草地租赁的几种形式", "牧区合作社发展简史"]
    doc = cleantext.clean("\n".join(page))
    assert [doc.lines[i].label for i in (4, 5, 6)] == ["boilerplate"] * 3


# --- a job post's contact for applicants ------------------------------------------------------

JOB = [  # spam set L, L70: no paragraph of 40 characters, so the whole page reads as head
    "招聘首页 > 财务/审计/税务 > 职位详情",
    "会计主管(制造业)  8-12K·13薪",
    "杭州·余杭区 | 3-5年 | 本科 | 发布于 2025-03-10",
    "岗位职责:",
    "1. 负责公司日常账务处理、成本核算及月度、年度财务报表编制;",
    "2. 负责增值税、企业所得税等税种的申报与汇算清缴,对接税务机关;",
    "任职要求:",
    "1. 财务、会计相关专业本科及以上学历,持有中级会计师证书者优先;",
    "福利待遇:五险一金、带薪年假、节日福利、免费工作餐、年度体检。",
    "立即沟通  收藏职位",
    "",
    "联系人:沈女士  联系电话:0571-88236014  邮箱:hr@hengfeng-tech.cn",
]


def test_a_job_posts_contact_under_its_duties_is_the_posts() -> None:
    assert label(JOB, 11) in ("body", "meta")
    # Traditional headings fold to the same words
    page = [*JOB[:3], "職責:", *JOB[4:]]
    assert label(page, 11) in ("body", "meta")


def test_a_contact_panel_above_the_duties_stays_chrome() -> None:
    page = [JOB[0], "联系人:沈女士  联系电话:0571-88236014", *JOB[1:11]]
    assert label(page, 1) == "boilerplate"
    # and on a page that is no job post
    page = [*JOB[:3], *JOB[4:6], *JOB[7:]]
    assert label(page, len(page) - 1) == "boilerplate"


# --- a job post's fields under its title are no names ---------------------------------------

JOB_HEAD = [  # chrome set H, cH07
    "才聘网",
    "首页 职位 公司 校园招聘 猎头 海外 职场资讯",
    "切换城市：成都",
    "我要招人 | 登录 | 注册",
    "",
    "嵌入式软件工程师（新能源车载）",
    "18-28K·14薪",
    "成都-高新区　3-5年　本科",
    "",
    "发布于 2024-06-11　浏览 896",
    "",
    "负责新能源车载控制器的嵌入式软件开发，参与需求分析、架构设计与代码评审，保障量产项目按期交付。",
]


def test_a_salary_and_experience_range_under_the_title_are_no_names() -> None:
    doc = cleantext.clean("\n".join(JOB_HEAD))
    assert [doc.lines[i].label or "body" for i in (5, 6, 7)] == ["body"] * 3
    assert doc.meta.title == "嵌入式软件工程师（新能源车载）"  # the fields under it are passed
    # an account's name in the same place is still the author's
    page = [*JOB_HEAD[:6], "算法小陈", *JOB_HEAD[8:]]
    assert cleantext.clean("\n".join(page)).lines[6].label == "meta"


# --- a language switcher is chrome ------------------------------------------------------------

MACAU = [  # chrome set H, cH26
    "澳門特別行政區政府新聞局",
    "新聞 | 政府公報 | 政府架構 | 專題 | 多媒體",
    "中文 | Português | English",
    "",
    "輕軌橫琴線試運行　預計年底通車",
    "",
    "2024-06-24 18:36",
    "",
    "輕軌橫琴線今日起進入試運行階段，列車將在不載客情況下進行運行測試及人員演練。",
]


def test_a_language_switcher_is_chrome_and_the_title_under_it_no_name() -> None:
    doc = cleantext.clean("\n".join(MACAU))
    assert doc.lines[2].reason == "boilerplate:nav"
    assert doc.lines[4].label in (None, "body")
    assert doc.meta.title == "輕軌橫琴線試運行 預計年底通車"  # (its ideographic space folded)


def test_language_names_in_a_sentence_or_a_heading_are_no_switcher() -> None:
    from cleantext.filters.chromelines import judge_chrome

    assert judge_chrome("繁體 | 简体 | EN") == "boilerplate:nav"
    assert judge_chrome("中文") is None  # one word: a heading or a table cell
    assert judge_chrome("中文 English 对照学习") is None
    assert judge_chrome("本站提供中文与English两种版本。") is None


# --- a photo's caption keyed 图 is no credit --------------------------------------------------


def test_a_caption_after_tu_is_body_and_a_credit_stays_meta() -> None:
    from cleantext.filters.metajudge import judge_meta

    # chrome set H, cH04: under the article's last paragraph
    assert judge_meta("图：7月16日至19日累计降雨量预报", head=False) is None
    assert judge_meta("图：受访者提供的一张合影，摄于村口老槐树下", head=False) is None
    assert judge_meta("圖／高公局提供") == "meta:credit"  # chrome set G, cG17
    assert judge_meta("图：新华社") == "meta:credit"
    assert judge_meta("图片来源：县图书馆供图") == "meta:credit"  # chrome set E, cE01


# --- "please keep following" a story is the article's -----------------------------------------


def test_a_news_closing_call_to_keep_following_is_the_articles() -> None:
    from cleantext.filters.chromelines import judge_chrome

    assert judge_chrome("请继续关注本台的后续报道。") is None
    assert judge_chrome("请密切关注当地气象部门发布的预警信息。") is None
    # a call to follow the site's account stays chrome (spam set O, O31)
    assert judge_chrome("预约挂号请关注医院微信公众号") == "boilerplate:promo"


# --- a title with a colon inside its quotes is no field ----------------------------------------

MUSEUM = [  # chrome set H, cH25
    "香港歷史博物館",
    "參觀 | 展覽 | 教育及活動 | 藏品 | 研究 | 關於我們",
    "繁 | 简 | EN",
    "首頁 > 展覽 > 專題展覽",
    "",
    "「九龍城寨：城市記憶」專題展覽",
    "",
    "日期：2024年8月14日至2025年3月3日",
    "地點：一樓專題展覽館",
    "",
    "九龍城寨曾是全球人口密度最高的地方之一。是次展覽透過約二百件文物、照片及居民口述紀錄，重現城寨內的日常生活。",
]


def test_a_quoted_title_with_a_colon_is_the_title_and_the_site_name_chrome() -> None:
    doc = cleantext.clean("\n".join(MUSEUM))
    assert doc.meta.title == MUSEUM[5]
    assert doc.lines[0].label == "boilerplate"
    # a field list's key before the colon still reads as a field: no title there
    page = ["某某商城", "首页 | 分类 | 购物车", "", "容量：4L", "颜色：白色", "", MUSEUM[-1]]
    assert cleantext.clean("\n".join(page)).meta.title != "容量：4L"


# --- an event's edition names the site, no part of the article ----------------------------------

CONFERENCE = [  # chrome set H, cH16
    "第十二届全国数字人文学术研讨会",
    "会议首页 | 会议通知 | 日程安排 | 征稿启事 | 注册缴费 | 交通住宿 | 联系我们",
    "English Version",
    "",
    "第十二届全国数字人文学术研讨会 第二轮通知",
    "",
    "发布：会务组　时间：2024-06-05",
    "",
    "各位专家、学者：",
    "第十二届全国数字人文学术研讨会定于2024年10月18日至20日在南京举行。现将有关事项通知如下。",
]


def test_an_events_name_above_its_menu_is_the_sites() -> None:
    doc = cleantext.clean("\n".join(CONFERENCE))
    assert doc.lines[0].label == "boilerplate"
    assert doc.lines[4].label in (None, "body")
    # a numbered part stays the article's wherever it stands ("第三章 …" next to chrome)
    page = ["第三章 旧码头的灯", *CONFERENCE[1:]]
    assert cleantext.clean("\n".join(page)).lines[0].label in (None, "body")


# --- the spam features fold the colon's other forms as the cues do ------------------------------


def test_spam_features_read_a_small_colon_as_a_colon() -> None:
    from cleantext.filters.cues import match_form
    from cleantext.spam.features import ngram_ids
    from cleantext.spam.lexicon import fold

    line = "發布單位﹕運輸工務司司長辦公室"  # a notice's source field (small colon)
    assert fold(line) == fold("發布單位：運輸工務司司長辦公室") == "发布单位:运输工务司司长办公室"
    assert ngram_ids(fold(line)) == ngram_ids(fold("发布单位:运输工务司司长办公室"))
    assert fold(line) == match_form(line)[1]  # as the chrome and meta cues read it
    # one character for one: offsets in the folded line stay offsets in the line
    assert len(fold("比例 3∶1︰2")) == len("比例 3∶1︰2")


# --- a site's notes: for reference only, fraud warnings, follow links, "also viewed" ------------


def test_a_sites_reference_only_note_is_chrome_and_a_sentence_saying_so_is_not() -> None:
    from cleantext.filters.chromelines import judge_chrome

    for line in (  # chrome set H (cH08, cH09, cH19, cH28), spam sets L, M, N, O
        "房源信息仅供参考，以实地查看为准",
        "以上价格为店内价格，具体以到店实际成交价为准",
        "本系統資料僅供參考，正確內容以各法院之公告為準",
        "本文中文翻譯僅供參考",
        "以上回答仅供参考,不能替代医生面诊",
        "以上資訊以建商公告為準",
        "本回答僅供參考",
    ):
        assert judge_chrome(line) == "boilerplate:disclaimer", line
    for line in (  # body lines of chrome set G (cG21), spam sets O (O10) and P (P08)
        "最近版上很多新手問太刀怎麼配，整理一下我自己的路線，僅供參考。",
        "未办理备案的,部分地区会适当降低报销比例,具体以参保地政策为准。",
        "部分列车的车次、运行区段、停站和开车时刻将有所调整,请旅客以铁路12306网站和车站公告为准,合理安排出行。",
    ):
        assert judge_chrome(line) is None, line


def test_a_job_sites_fraud_warning_is_chrome() -> None:
    from cleantext.filters.chromelines import judge_chrome

    assert (
        judge_chrome("求职安全提示：凡收取押金、服装费的都可能是诈骗") == "boilerplate:disclaimer"
    )
    assert (
        judge_chrome("求職防詐：面試前請確認公司資訊，勿繳交任何費用") == "boilerplate:disclaimer"
    )
    # an article's own safety advice names no fraud
    assert judge_chrome("安全提示：雷雨天气请勿在大树下避雨。") is None


def test_follow_links_and_also_viewed_headings_are_chrome() -> None:
    from cleantext.filters.chromelines import judge_chrome

    assert judge_chrome("追蹤我們：Facebook｜YouTube｜Instagram") == "boilerplate:share"
    assert judge_chrome("看过该职位的人还看了") == "boilerplate:related"
    assert judge_chrome("读过这本书的读者还借阅了") == "boilerplate:related"
    assert judge_chrome("关注我们的成长，也关注孩子们的未来。") is None
    assert judge_chrome("读过这本书的人都知道，作者写的是他的父亲。") is None


# --- a block of buttons at the page's edge: its short lines are buttons too ---------------------

HOUSE = [  # chrome set H, cH08
    "安家找房",
    "二手房 新房 租房 小区 经纪人 房价 我要卖房",
    "西安二手房 > 雁塔二手房 > 曲江二手房",
    "",
    "曲江池畔 南北通透三居 满五唯一 业主诚心卖",
    "",
    "总价 168万　单价 15849元/平米",
    "3室2厅 | 106平米 | 南北 | 精装 | 中楼层/共18层",
    "",
    "关注房源",
    "预约看房",
    "在线咨询",
    "",
    "房源特色",
    "核心卖点：小区紧邻曲江池遗址公园，步行五分钟到地铁4号线。",
    "户型介绍：客厅朝南带阳台，主卧朝南，次卧和厨房朝北，无暗间。小区绿化率高，物业服务口碑好。",
]


def test_a_short_line_in_a_block_of_buttons_is_a_button() -> None:
    doc = cleantext.clean("\n".join(HOUSE))
    assert [doc.lines[i].label for i in (9, 10, 11)] == ["boilerplate"] * 3
    assert doc.lines[13].label in (None, "body")  # a heading a blank line below stays


def test_a_listings_price_and_fields_under_its_title_are_no_buttons() -> None:
    page = [  # chrome set G, cG23: the title's block ends with a button
        "591房屋交易網",
        "租屋 新建案 中古屋 店面 辦公 土地 居家裝修",
        "台北市 > 大安區 > 整層住家",
        "",
        "近捷運科技大樓站 電梯兩房 可寵物",
        "租金 28,000 元/月",
        "押金二個月",
        "5小時前更新　瀏覽 628 次",
        "預約看房",
        "",
        "房東自住後出租，屋況維持良好，去年更換全室冷氣及熱水器。步行至捷運科技大樓站約5分鐘。",
    ]
    assert label(page, 6) != "boilerplate"
    # a listing's bulleted field next to its buttons (developer corpus, p0161)
    page = [
        "四层pcb板",
        "",
        "更新时间:2024-05-06 04:25:16 编号:882a5tudcf4608",
        "分享",
        "举报",
        "  • 面议",
        "",
        "  • PCB多层线路板",
    ]
    assert label(page, 5) == "body"


# --- a table of contents of numbered headings between the title and its date --------------------

ENTRY = [  # spam set P, P67
    "百科 > 生物 > 鸟类",
    "东方白鹳",
    "目录",
    "1 形态特征",
    "2 栖息环境",
    "3 繁殖习性",
    "4 保护现状",
    "词条编辑 1,286 次  最近更新:2025-05-11",
    "东方白鹳是鹳科鹳属的大型涉禽,体长约110厘米,羽毛以白色为主,翅膀具黑色飞羽,嘴长而粗壮,呈黑色,"
    "腿和脚为红色。",
]


def test_the_title_above_a_numbered_contents_is_the_title() -> None:
    doc = cleantext.clean("\n".join(ENTRY))
    assert doc.meta.title == "东方白鹳"
    assert doc.lines[1].label in (None, "body")
    assert [doc.lines[i].label or "body" for i in range(2, 7)] == ["body"] * 5
    # one numbered heading above the date is the title itself, no contents
    page = [ENTRY[0], "", "1 形态特征与栖息环境", *ENTRY[7:]]
    assert cleantext.clean("\n".join(page)).meta.title == "1 形态特征与栖息环境"
