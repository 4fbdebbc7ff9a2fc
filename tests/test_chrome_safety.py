"""Body lines that page rules must not take for chrome or meta on sites the rules were not
tuned on, and chrome/meta shapes those sites write differently: a news lead's dateline
followed by its first sentence, the colon's other forms (``﹕``, ``∶``), a short closing
sentence after the last paragraph. Lines are real lines of the dev corpus and the chrome
tuning sets; each rule is tested both ways."""

from __future__ import annotations

import pytest

import cleantext
from cleantext.filters.boilerplate import judge_chrome
from cleantext.filters.cues import fold
from cleantext.filters.meta import judge_meta

# --- a news lead: dateline, byline, then the article's first sentence ---------------------

# set E (cE10) and set G (cG01) leads cut after their first sentence, and a lead of set E
# (cE09) cut after its first clause: the fields are the same, the running text shorter
LEADS = [
    "财联社3月5日讯（记者 顾烨）记者今日走访发现，多家股份制银行近期再次下调大额存单挂牌利率。",
    "新京报讯（记者 吴婷婷）3月5日，记者从市园林绿化局获悉，今年本市将新建口袋公园。",
    "中新网郑州5月12日电（记者 韩静怡）小满将至，豫东平原的冬小麦进入灌浆期。",
]


@pytest.mark.parametrize("text", LEADS)
def test_a_lead_with_its_first_sentence_is_no_meta_line(text: str) -> None:
    assert judge_meta(text) is None
    assert judge_meta(text, head=False) is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("新京报讯（记者 吴婷婷）", "meta:byline"),  # the dateline alone
        ("2024年05月12日 09:46　来源：中国新闻网", "meta:date"),  # set G (cG01)
        # a byline with several names after its key: names, not running text
        ("2024-03-05 10:20 来源：新华社 作者：王一帆，李明远，张伟，刘洋，陈静", "meta:date"),
    ],
)
def test_fields_without_running_text_stay_meta(text: str, reason: str) -> None:
    assert judge_meta(text) == reason


def test_a_lead_sentence_stays_body_on_a_page() -> None:
    page = "\n".join(
        [
            "中新网首页 > 地方 > 正文",
            "",
            "河南一县试点“麦田托管” 种粮大户半年省下两成成本",
            "2024年05月12日 09:46　来源：中国新闻网",
            "",
            LEADS[0],
            "",
            "据县农业农村局统计，截至5月上旬，全县已有十一万亩耕地签订了全程或半托管协议，"
            "涉及农户两万三千余户。",
        ]
    )
    doc = cleantext.clean(page)
    assert doc.lines[3].label == "meta"
    assert doc.lines[5].label in (None, "body")
    assert LEADS[0] in doc.text


# --- the colon's other forms ---------------------------------------------------------------


@pytest.mark.parametrize("colon", ["﹕", "︰", "∶", "︓"])
def test_the_colons_other_forms_fold_to_a_colon(colon: str) -> None:
    assert fold(f"責任編輯{colon}楊賜") == "责任编辑:杨赐"


# set C (cC01) and set A (cA23) meta lines, set G (cG20) product fields, written with "﹕"
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("责任编辑﹕杨赐", "meta:editor"),
        ("發布單位﹕秘書室公共事務組　發布日期﹕2019-12-05　點閱數﹕862", "meta:source"),
        ("来源∶新华社 2024-03-05", "meta:source"),
    ],
)
def test_meta_keys_with_a_small_colon_are_meta(text: str, reason: str) -> None:
    assert judge_meta(text) == reason


def test_a_field_table_with_small_colons_is_body() -> None:
    # set E (cE25): a product's fields under its title, the colon written "﹕"
    page = [
        "首页 > 厨房小电 > 电饭煲",
        "",
        "美的（Midea）电饭煲家用4L智能IH电磁加热",
        "",
        "品牌﹕ 美的（Midea）",
        "商品名称﹕美的MB-HS4075",
        "商品编号﹕100012345678",
        "容量﹕4L",
        "加热方式﹕IH电磁加热",
        "",
        "这款电饭煲采用IH电磁加热，内胆受热均匀，米饭口感更好，适合三到五口之家日常使用。",
    ]
    doc = cleantext.clean("\n".join(page))
    for i in range(4, 9):
        assert doc.lines[i].label in (None, "body"), doc.lines[i].reason


# --- a short sentence closing the article after its last paragraph ---------------------------

# set G (cG15): a table's source between the table and the article's closing sentence
ZAOBAO = [
    "新闻 > 新加坡",
    "",
    "组屋翻新计划扩大 逾五万户明年起受惠",
    "",
    "发布 / 2024年5月12日 17:45",
    "文 / 林佩仪",
    "",
    "建屋发展局宣布，家居改进计划将扩大至1997年前建成的组屋，预计有逾五万户家庭明年起陆续受惠。",
    "国家发展部长星期天（5月12日）出席基层活动时说，政府会承担大部分翻新费用，公民家庭的自付额"
    "视组屋类型而定，介于数百至数千元之间。",
    "以下是各类组屋的自付上限（新元）：",
    "三房式及以下：1250",
    "四房式：2500",
    "五房式及公寓式组屋：3750",
    "资料来源：建屋发展局",
    "{closing}",
    "",
    "热门新闻",
    "© 2024 SPH Media Limited. Co. Regn. No. 202120748H.",
]


def test_a_tables_source_above_the_closing_sentence_is_the_articles() -> None:
    closing = "居民可投票表决是否参与计划，须有至少75%的住户赞成。"
    page = "\n".join(ZAOBAO).replace("{closing}", closing)
    doc = cleantext.clean(page)
    source = ZAOBAO.index("资料来源：建屋发展局")
    assert doc.lines[source].label in (None, "body"), doc.lines[source].reason
    assert doc.lines[source + 1].label in (None, "body")


def test_the_same_source_closing_the_article_is_meta() -> None:
    # no sentence after it: the source closes the article, as the page's own source does
    page = "\n".join(x for x in ZAOBAO if x != "{closing}")
    doc = cleantext.clean(page)
    source = ZAOBAO.index("资料来源：建屋发展局")
    assert doc.lines[source].label == "meta"


def test_a_replys_head_after_the_last_paragraph_stays_meta() -> None:
    # a thread: the closing sentences below a reply's head are the reply's, not the article's
    # (set L, L14's reply head; dev p0201-like replies)
    page = [
        "論壇 > 親子生活",
        "",
        "小朋友幾歲開始學游泳比較好？",
        "發表於 2025-04-27 07:30",
        "",
        "我家老大今年四歲，最近身邊很多朋友都送小朋友去學游泳，想問問大家一般幾歲開始學比較合適，"
        "有沒有推薦的泳會或者教練？",
        "",
        "回覆 Vivi 2025-04-27 08:12",
        "我家是五歲開始學的，一個暑假就學會了。",
        "",
        "回覆 | 引用",
    ]
    doc = cleantext.clean("\n".join(page))
    assert doc.lines[7].label == "meta", doc.lines[7].reason


# --- titles the head's link rules took when the title search landed elsewhere -----------------


def _labels(lines: list[str]) -> list[str | None]:
    return [ln.label for ln in cleantext.clean("\n".join(lines)).lines]


# set A (cA04): a news page's head, with a keywords line put between its title and byline
TW_NEWS = [
    "加入好友",
    "即時 | 政治 | 社會 | 國際 | 財經 | 生活 | 娛樂 | 運動",
    "",
    "外資賭場進駐 爭食澳門大餅",
    "{between}",
    "2024/03/05 10:20　更新時間：2024/03/05 12:45",
    "分享 Facebook LINE 複製連結",
    "",
    "  有人說澳門是東方的拉斯維加斯,因為在這裡賭博是合法的產業,政府每年有近四成的稅收來自賭博"
    "相關產業,一間外資賭場新開幕,就擠進了數萬名賭客想要來試試手氣,絕對稱得上是賭性堅強。",
    "",
    "© 2024 台灣快報 版權所有 轉載請註明出處",
]


@pytest.mark.parametrize(
    "between", ["關鍵詞：澳門；賭場；金沙", "摘要：外資賭場進駐澳門", "標籤：澳門 賭場"]
)
def test_a_keywords_line_under_the_title_is_not_taken_for_it(between: str) -> None:
    page = [x.replace("{between}", between) for x in TW_NEWS]
    doc = cleantext.clean("\n".join(page))
    assert doc.lines[3].label in (None, "body"), doc.lines[3].reason
    assert doc.meta.title == "外資賭場進駐 爭食澳門大餅"


# set E (cE20): a notice whose date line, put above its title, ends with an empty count key
NOTICE = [
    "省住房和城乡建设厅",
    "首页 | 机构概况 | 政务公开 | 政务服务 | 互动交流 | 专题专栏",
    "您所在的位置：首页 > 政务公开 > 通知公告",
    "",
    "发布日期：2024-03-05　　来源：省住房和城乡建设厅　　浏览量：",
    "{value}",
    "",
    "建质函〔2024〕18号",
    "",
    "为进一步加强建筑施工企业和项目安全生产管理，根据有关规定，现就开展2024年度建筑施工"
    "安全生产标准化考评工作通知如下：",
]


def test_a_title_under_an_empty_count_key_is_no_count() -> None:
    title = "关于开展2024年度建筑施工安全生产标准化考评工作的通知"
    labels = _labels([x.replace("{value}", title) for x in NOTICE])
    assert labels[5] in (None, "body")
    # the count itself on the next line is the key's value
    assert _labels([x.replace("{value}", "1,293") for x in NOTICE])[5] == "meta"


# set G (cG16) without its byline and date lines: the title right above the first paragraph
SINCHEW = [
    "星洲网 Sin Chew Daily",
    "首页 即时 国内 国际 财经 娱乐 体育 地方 副刊 言路 视频",
    "登入 | 注册",
    "国内",
    "",
    "升旗山缆车周末停运保养 游客可乘接驳巴士",
    "Facebook WhatsApp 分享",
    "",
    "（槟城13日讯）升旗山缆车将于本周六及周日（18及19日）暂停服务，进行年度例行保养。",
    "升旗山管理机构在文告中说，保养期间将提供免费接驳巴士，从山脚站往返山顶，每30分钟一班。",
    "",
    "版权所有 © 2024 星洲日报",
]


def test_the_heading_above_the_first_paragraph_is_no_link_of_a_run() -> None:
    labels = _labels(SINCHEW)
    assert labels[5] in (None, "body")
    assert labels[3] == "boilerplate"  # the column's link beside the menu still is
    # a short menu word there is still a link
    assert _labels([*SINCHEW[:5], "国内新闻", *SINCHEW[6:]])[5] == "boilerplate"


# set L (L17) and set N (N75): a listing's and a product's title, spaced words, under the crumb
@pytest.mark.parametrize(
    ("crumb", "title", "below"),
    [
        (
            "二手房 > 成都 > 高新区 > 房源详情",
            "天府三街 地铁口 精装三房 南北通透 满五唯一",
            "房源编号:CD2504170092  发布时间:2025-04-17",
        ),
        (
            "商品分類 > 電競周邊 > 機械鍵盤",
            "87鍵 熱插拔機械鍵盤 RGB背光 PBT鍵帽 繁體注音版",
            "售價 NT$ 1,890 | 已售 3,516 件 | 評價 4.8 顆星",
        ),
    ],
)
def test_spaced_words_under_the_breadcrumb_are_the_pages_title(
    crumb: str, title: str, below: str
) -> None:
    para = "小区建成于2016年,人车分流,绿化率35%,步行约400米到地铁1号线天府三街站,周边配套齐全。"
    doc = cleantext.clean("\n".join([crumb, title, below, para]))
    assert doc.lines[1].label in (None, "body"), doc.lines[1].reason
    assert doc.meta.title == title
    # the same words above the breadcrumb are the site's menu
    doc = cleantext.clean("\n".join([title, crumb, "", "标题在这里出现一次", below, para]))
    assert doc.lines[0].label == "boilerplate"


# set N (N19): a company site's "about us" page headed by its own menu item
ABOUT = [
    "首頁 | 關於我們 | 產品介紹 | 設備一覽 | 聯絡我們",
    "關於我們",
    "昱鋒精密模具股份有限公司成立於1991年,位於台中工業區,專業從事塑膠射出模具設計與製造。",
    "公司擁有五軸CNC加工中心、慢走絲線切割及放電加工機等設備四十餘台,並導入模流分析軟體,縮短試模時間。",
    "Copyright © 2025 昱鋒精密模具股份有限公司",
]


def test_a_section_page_headed_by_its_menu_item_keeps_the_heading() -> None:
    doc = cleantext.clean("\n".join(ABOUT))
    assert doc.lines[1].label == "body" and doc.lines[1].reason == "body:heading"
    # a word the menu does not name stays chrome there ("分享到" above the first paragraph)
    doc = cleantext.clean("\n".join([ABOUT[0], "分享到", *ABOUT[2:]]))
    assert doc.lines[1].label == "boilerplate"
    # and the menu item at the page's foot is still a link
    doc = cleantext.clean("\n".join([*ABOUT[2:4], "關於我們", ABOUT[4]]))
    assert doc.lines[2].label == "boilerplate"


# --- a table of contents between the title and its date -------------------------------------

# set O (O68): an exhibition page; numbered parts are the article's, never chrome or names
EXHIBITION = [
    "首頁 > 展覽 > 特展",
    "青花千年:院藏瓷器特展 七月登場",
    "展覽分區",
    "第一單元 元代青花的成熟",
    "第二單元 明代官窯",
    "第三單元 清宮御瓷",
    "第四單元 修復現場",
    "2025-06-27 | 國立故宮博物院南部院區",
    "故宮南院今年暑假推出「青花千年」特展,精選院藏元、明、清三代青花瓷器一百二十餘件,"
    "展期自7月5日至12月28日。",
    "參觀資訊 | 交通指南 | 購票",
]


def test_a_table_of_contents_under_the_title_stays_the_articles() -> None:
    doc = cleantext.clean("\n".join(EXHIBITION))
    for i in range(1, 7):
        assert doc.lines[i].label in (None, "body"), (i, doc.lines[i].reason)
    assert doc.meta.title == "青花千年:院藏瓷器特展 七月登場"
    assert doc.lines[7].label == "meta"


def test_a_chapters_number_still_heads_a_chapter_page() -> None:
    # set N (N08): a novel's chapter under its breadcrumb, the byline under it
    page = [
        "首页 > 都市言情 > 雾港来信 > 正文",
        "第十二章 旧码头的灯",
        "作者:南栀  更新时间:2025-05-30 23:10  本章字数:2861",
        "雨下了一整夜,天亮时才停。林晚把伞靠在门边,抬头看见旧码头那盏灯还亮着,昏黄的光落在"
        "湿漉漉的石板路上。",
    ]
    doc = cleantext.clean("\n".join(page))
    assert doc.meta.title == "第十二章 旧码头的灯"
    assert doc.lines[2].label == "meta"


# --- a reply's head inside a thread -----------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "回覆 #2 DSE過來人",  # set O (O18)
        "回覆 阿哲 2025-04-26 23:05",  # set L (L14)
        "沙发 老猫奴阿坤  2025-05-19 20:51",  # set M (M06)
        "2楼 老许骑行  发表于 2025-05-06 21:40",
    ],
)
def test_a_replys_head_between_posts_is_meta(head: str) -> None:
    page = [
        "學生討論區 » DSE » 溫習心得",
        "中五升中六暑假點樣溫書先最有效率?",
        "樓主: 想入港大嘅阿晴  發表於 2025-07-08 21:30",
        "暑假得兩個月,想趁呢段時間追返數學同化學,但每次一坐低就忍唔住玩手機,有冇人有好方法?",
        head,
        "建議訂個實際啲嘅時間表,每日做一份past paper,做完即刻對答案搵自己弱項。"
        "手機就擺喺第二間房。",
        "補習班唔係必要,如果自律,用past paper加marking scheme已經夠。",
        "回覆 | 引用原文 | 讚好 | 舉報",
    ]
    labels = _labels(page)
    assert labels[4] == "meta"
    assert labels[5] in (None, "body") and labels[6] in (None, "body")


@pytest.mark.parametrize("text", ["回复 举报", "回覆 引用", "回复：谢谢楼主分享，学到了。"])
def test_reply_buttons_and_replies_are_no_reply_head(text: str) -> None:
    from cleantext.filters.namelines import _REPLY_HEAD

    m = _REPLY_HEAD.match(fold(text))
    assert m is None or not (m["floor"] or m["no"] or m["date"])


# --- metadata shapes: a blog's English date, a reviewing doctor, a press contact ---------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("May 06 Mon 2024 21:18", "meta:date"),  # set G (cG22)
        ("审核专家：汪蓓（甲状腺乳腺外科 主任医师）", "meta:credit"),  # set G (cG12)
        ("新聞聯絡人：環保局清運科 陳怡君股長　電話：(02)2720-6511", "meta:credit"),  # (cG18)
        ("【医学审核：李明 主任医师】", "meta:credit"),
    ],
)
def test_more_metadata_shapes(text: str, reason: str) -> None:
    assert judge_meta(text) == reason
    assert judge_meta(text, head=False) == reason


@pytest.mark.parametrize(
    "text",
    [
        "本文经医学审核，内容仅供参考。",
        "请各单位新闻联络人于5月10日前报送材料。",
        "On May 6 we met again in 2024 at the same place.",
    ],
)
def test_the_same_words_in_sentences_are_no_metadata(text: str) -> None:
    assert judge_meta(text) is None


# --- site notices written other ways ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # sets E (cE03, cE11, cE12)
        "本內容爲作者獨立觀點，不代表虎嗅立場。未經允許不得轉載，授權事宜請聯繫hezuo@huxiu.com",
        "本站新闻禁止未经授权转载，违者依法追究相关法律责任。授权请联系：oscbianji#oschina.cn",
        "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。",
        "想知道更多最新新闻？下载8world应用",  # set E (cE19)
        "关注8world WhatsApp频道",
        "跳過此內容，繼續閱讀",  # set E (cE17)
    ],
)
def test_notices_and_calls_are_chrome(text: str) -> None:
    assert judge_chrome(text) is not None
    assert judge_chrome(text, head=False) is not None


@pytest.mark.parametrize(
    "text",
    [
        # an article's sentences with the same words (real dev lines' shapes)
        "法院审理认为，被告未经原告许可，在其网站上转载了涉案文章，构成侵权。",
        "市民可在手机应用商店搜索并下载“粤省事”小程序，完成实名认证后即可办理。",
        "他说，要继续阅读大量文献才能找到答案。",
        "跳绳是一项适合全年龄段的运动。",
    ],
)
def test_the_same_words_in_an_articles_sentences_are_no_chrome(text: str) -> None:
    assert judge_chrome(text) is None


def test_a_read_on_prompt_inside_the_article_keeps_its_closing_lines() -> None:
    # set E (cE12): the prompt between paragraphs, a short closing sentence and the editor
    page = [
        "首頁 > 生活",
        "",
        "清明連假國道疏運 高公局：4天夜間免收通行費",
        "2024/3/5 14:32（3/5 15:10 更新）",
        "",
        "（中央社記者汪淑芬台北5日電）清明連假將至，高速公路局今天公布疏運措施，連假4天每日凌晨0時"
        "至5時實施國道全線免收通行費，並於部分路段開放路肩。",
        "請繼續往下閱讀...",
        "此外，國道客運業者將加開班次，高鐵與台鐵也會陸續公布加班車資訊。",
        "（編輯：陳清芳）1130305",
        "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。",
        "相關新聞",
    ]
    labels = _labels(page)
    assert labels[6] == "boilerplate"
    assert labels[7] in (None, "body")
    assert labels[8] != "boilerplate"  # the editor: kept (the foot's run took it)
    assert labels[9] == "boilerplate"


# set G (cG27): a blog post's category at its foot; set C (cC09): the value on the next line
@pytest.mark.parametrize(
    ("foot", "chrome"),
    [(["分類: 運維", "標籤: nginx, websocket"], [0, 1]), (["分类：", "人工智能"], [0, 1])],
)
def test_a_posts_category_at_its_foot_is_chrome(foot: list[str], chrome: list[int]) -> None:
    page = [
        "Nginx 反向代理 WebSocket 斷線問題的排查記錄",
        "發表於 2024-05-07 16:20 編碼的老貓 閱讀(1832) 評論(4)",
        "",
        "原因：Nginx 默認的 proxy_read_timeout 是 60 秒，連接上沒有數據傳輸時，超時後 Nginx 會主動"
        "關閉。",
        "",
        *foot,
        "Copyright © 2024 編碼的老貓",
    ]
    labels = _labels(page)
    for k in chrome:
        assert labels[5 + k] == "boilerplate", foot[k]
    # in the head, before the first paragraph, a category is the post's own field (a cue)
    assert _labels(["分類: 運維", *page])[0] == "boilerplate"


def test_a_listings_title_under_the_breadcrumb_is_no_row_of_links_without_a_date() -> None:
    # set L (L17) without its date line: spaced words under the crumb, the listing's fields
    page = [
        "二手房 > 成都 > 高新区 > 房源详情",
        "天府三街 地铁口 精装三房 南北通透 满五唯一",
        "总价:268万  单价:24,363元/平米  建筑面积:110平米",
        "小区建成于2016年,人车分流,绿化率35%,步行约400米到地铁1号线天府三街站,周边配套齐全,生活便利。",
    ]
    doc = cleantext.clean("\n".join(page))
    assert doc.lines[1].label in (None, "body"), doc.lines[1].reason
    assert doc.meta.title == page[1]
    # a row of buttons there, above the breadcrumb, is still chrome
    doc = cleantext.clean("\n".join(["首页 资讯 评测 视频 论坛", *page]))
    assert doc.lines[0].label == "boilerplate"


@pytest.mark.parametrize(
    ("text", "chrome"),
    [
        # set O (O74): a job post's own contact for applicants
        ("联系人:周经理 13861205537(微信同号)  面试地址:苏州市姑苏区十全街88号", False),
        ("简历投递:hr@jiuzhou-wuliu.com.cn  联系电话:022-58861307 刘先生", False),  # set N
        # a site's contact panel (set L, dev-like), and a hotline inside a line
        ("联系人:沈女士  联系电话:0571-88236014  邮箱:hr@hengfeng-tech.cn", True),
        ("西安某某有限公司 服務熱線:029-8647-0012", True),
    ],
)
def test_a_job_posts_contact_for_applicants_is_no_contact_panel(text: str, chrome: bool) -> None:
    assert (judge_chrome(text) == "boilerplate:contact") is chrome


@pytest.mark.parametrize(
    ("text", "chrome"),
    [
        # set H (cH04): an expert's advice reported in the article
        ("气象专家提醒，出行前请关注最新预警，不要在河道、桥下等低洼处停留。", False),
        ("市疾控中心表示，请关注官方发布的信息，不信谣不传谣。", False),
        # the site's own calls (sets C, G, dev-like)
        ("本文由電子工程世界原創，歡迎關注，帶你一起長知識！", True),
        ("预约挂号请关注医院微信公众号", True),
    ],
)
def test_a_call_to_follow_in_reported_advice_is_the_articles(text: str, chrome: bool) -> None:
    assert (judge_chrome(text) == "boilerplate:promo") is chrome
