"""Chrome and meta told by their shape on site kinds the rules had not seen (red-team set G
and its kin): an article's table with ``|`` between its columns is no row of links, a
thread's poster above their profile panel is the post's byline, a site footer's licence list
is no ad list, and more wordings of the tag and copyright cues.

Lines are real lines of the developer corpus and the readable red-team sets (their set and
page are named); each rule is tested both ways."""

from __future__ import annotations

import pytest

import cleantext
from cleantext.filters.articlelists import _columns
from cleantext.filters.boilerplate import judge_chrome
from cleantext.filters.linemodel import LineModel
from cleantext.filters.meta import heading_like, judge_meta

RULES = cleantext.Pipeline(
    [f for f in cleantext.pipeline.default_filters() if not isinstance(f, LineModel)]
)
FULL = cleantext.Pipeline(cleantext.pipeline.default_filters())

# a news page (set G, cG24): its title, date and paragraphs
TITLE = "港鐵東鐵綫周日起調整班次 繁忙時間每2.5分鐘一班"
P1 = (
    "【明報專訊】港鐵昨宣布，東鐵綫由本周日（19日）起調整班次，早上繁忙時間上水至金鐘段的班次"
    "將由每2.8分鐘加密至每2.5分鐘一班。"
)
P2 = "港鐵表示，調整是根據乘客流量數據作出，羅湖及落馬洲站的跨境班次維持不變。"
HEAD = ["明報新聞網", "每日明報 即時新聞 港聞 經濟 娛樂 英文 副刊 國際 中國 體育", "訂閱 登入"]
HEAD += ["首頁 > 每日明報 > 港聞", "", TITLE, "2024年5月13日星期一", "", P1, P2]
TABLE = ["時段｜現時班次｜新班次", "07:30–08:30｜2.8分鐘｜2.5分鐘", "08:30–09:30｜3分鐘｜2.8分鐘"]
FOOT = ["", "相關字詞﹕港鐵 東鐵綫 班次", "今日港聞", "屯門公路轉車站下月啟用", "廣告"]
FOOT += ["滙豐信用卡 夏日簽賬賞高達$800", "本網站內容版權屬明報報業有限公司所有"]


def labels(doc: cleantext.Document, lines: list[str]) -> list[str | None]:
    texts = [ln.text for ln in doc.lines]
    return [doc.lines[texts.index(x)].label for x in lines]


# --- a table with "|" or tabs between its columns ----------------------------------------------


def test_a_table_after_the_last_paragraph_is_the_articles() -> None:
    page = [*HEAD, "東鐵綫班次調整（早上繁忙時間）", *TABLE, *FOOT]
    doc = FULL.clean("\n".join(page))
    # the header was a row of links and the rows the foot run's
    assert labels(doc, TABLE) == ["body"] * 3
    assert {doc.lines[page.index(x)].reason for x in TABLE} == {"body:table"}
    # the foot's chrome after it is still chrome
    assert labels(doc, [x for x in FOOT if x]) == ["boilerplate"] * 6


def test_a_tab_separated_table_and_a_gear_table_are_tables() -> None:
    # set G, cG04 (tabs) and cG21 (a build's gear, "｜")
    for rows in (
        ["指标\t优化前\t优化后", "P99 延迟\t400ms\t32ms", "分片 CPU\t95%\t25%"],
        ["部位｜裝備｜技能", "頭｜鋼龍頭盔｜弱點特效2", "身｜惡魔護甲｜超會心1、攻擊2"],
    ):
        foot = ["", "廣告", "本網站內容版權屬明報報業有限公司所有"]
        doc = RULES.clean("\n".join([*HEAD, *rows, *foot]))
        assert labels(doc, rows) == ["body"] * 3


def test_rows_of_footer_links_are_no_table() -> None:
    # as wide as a table, but no figures: links (each a real footer item of the sets)
    rows = ["关于我们 | 联系我们 | 网站地图", "隐私政策 | 用户协议 | 帮助中心"]
    rows.append("意见反馈 | 投诉建议 | 加入我们")
    doc = RULES.clean("\n".join([*HEAD, "", *rows]))
    assert all(ln.reason != "body:table" for ln in doc.lines)
    # two rows, or rows of different widths, are no table either
    two = ["時段｜現時班次｜新班次", "07:30–08:30｜2.8分鐘｜2.5分鐘"]
    doc = RULES.clean("\n".join([*HEAD, "", *two, "08:30–09:30｜3分鐘"]))
    assert all(ln.reason != "body:table" for ln in doc.lines)


def test_columns_split_on_one_separator_and_refuse_sentences() -> None:
    assert _columns("頭｜鋼龍頭盔｜弱點特效2") == ["頭", "鋼龍頭盔", "弱點特效2"]
    assert _columns("指标\t优化前\t优化后") == ["指标", "优化前", "优化后"]
    assert _columns("P L C | 變頻器與傳動 | 傳感器") == ["P L C", "變頻器與傳動", "傳感器"]
    assert _columns("时段｜班次") is None  # two cells
    assert _columns("作者 | 张三 | 这是一句话。") is None
    assert _columns("项目 | " + "很长" * 11 + " | 结果") is None  # a cell of 22 characters


# --- a thread's poster above their profile panel ------------------------------------------------

THREAD = "深水埗平價車仔麪推介（附地址）"  # set G, cG30
POST = "住深水埗十幾年，食過唔少車仔麪，推介幾間抵食嘅：兩間都係老字號，湯底好夠味，份量又大。"


def test_a_posters_name_above_their_profile_is_the_byline() -> None:
    for name in ("街坊阿明", "bluefox"):  # set G cG30, set A cA07
        page = ["香港討論區 › 飲食講場", "", THREAD, "查看: 8923 | 回覆: 41", "", name]
        page += ["帖子 1283 積分 2046", "發表於 2024-5-10 18:45", "只看該作者", POST]
        doc = FULL.clean("\n".join(page))
        assert doc.lines[5].label == "meta" and doc.lines[5].reason == "meta:byline", name
        assert doc.lines[6].label == "boilerplate"


def test_a_name_heading_the_sites_profile_widget_above_the_title_stays_chrome() -> None:
    # dev p0007: the profile panel of the site's widget, above the thread's title
    page = ["wow588", "級別: 略有小成", "精華主題: 0", "發帖數量: 179 個"]
    page += ["樓主  發表于: 2013-03-30 11:20", "十一種通用濾波算法(轉)", "", POST]
    doc = FULL.clean("\n".join(page))
    assert doc.lines[0].label == "boilerplate"
    # a value inside the panel ("0 个" between two keys) is no name
    page = ["游戏开发论坛", "", THREAD, "[复制链接]", "", "主题", "0 个", "帖子", "积分"]
    page += ["发表于 2004-7-20 16:30:00", POST]
    doc = FULL.clean("\n".join(page))
    assert doc.lines[6].label != "meta"


# --- cue wordings ----------------------------------------------------------------------------


def test_related_words_and_a_copyright_owned_by_are_chrome() -> None:
    assert judge_chrome("相關字詞﹕港鐵 東鐵綫 班次") == "boilerplate:tags"  # set G, cG24
    assert judge_chrome("相關字詞﹕3GPP 5G 標準") == "boilerplate:tags"  # set C, cC16
    assert judge_chrome("本網站內容版權屬明報報業有限公司所有") == "boilerplate:copyright"
    # a sentence about copyright, and an article's keyword line, are not
    assert judge_chrome("他說版權屬於作者所有，出版社無權擅自改編。") is None
    assert judge_chrome("本站內容版權屬於某某報業有限公司所有") == "boilerplate:copyright"
    assert judge_chrome("关键词：港铁 班次") is None


# --- a site footer's licence list is no ad list ------------------------------------------------


def test_a_footers_licence_list_is_chrome_not_spam() -> None:
    footer = "[网上传播视听节目许可证（0106168)] [京ICP备05004341号-1] 总机：86-10-87826690"
    page = ["中国新闻网", "", "夏粮收购准备就绪 多地启动小麦最低收购价预案", "2024-05-12 10:20"]
    page += ["", P1, P2, "", "相关新闻", "下载中新网客户端 随时看新闻", footer]
    doc = FULL.clean("\n".join(page))
    assert doc.lines[-1].label == "boilerplate"  # was spam:item-list


# --- cue families of the site kinds of set G ------------------------------------------------

CHROME = [
    # (line, reason): set G lines, their page named
    ("註冊 登入", "login"),  # cG30, a forum's head
    ("上一主題 下一主題", "widget"),  # cG30
    ("GMT+8, 2024-5-13 21:40 , Processed in 0.061842 second(s), 27 queries .", "footer"),  # cG06
    ("36 主题 412 帖子 1580 积分", "profile"),  # cG06
    ("0912-***-*** 顯示號碼", "contact"),  # cG23, a rental listing
    ("查看电话号码", "contact"),  # cG11, a classified
    ("温馨提示：交易前请核实对方身份，任何索要定金、押金的行为都可能是骗局。", "disclaimer"),
    ("本文內容只供參考，不能取代醫生的專業診斷及治療。", "disclaimer"),  # cG25
    (
        "| 本文系云帆技术团队出品，著作权归属云帆科技。欢迎出于分享和交流等非商业目的转载或使用"
        "本文内容，敬请注明出处。",
        "disclaimer",
    ),  # cG04
    ("最热 最新", "widget"),  # cG13, a video page
    ("接下来播放 自动连播", "widget"),  # cG13
    ("00:00 / 01:36", "widget"),  # cG26, a player's clock
    (
        "請記住本書首發域名：www.shuxiangge.example。書香閣手機版閱讀網址：m.shuxiangge.example",
        "promo",
    ),
    ("本章尚未結束，請點擊下一頁", "promo"),  # cG28, a novel site
    (
        "本站所有小说为转载作品，所有章节均由网友上传，转载至本站只是为了宣传，让更多读者欣赏。",
        "promo",
    ),
    ("作者已设置关注7天后才可留言", "wechat"),  # cG10, a WeChat mirror
    ("长按识别二维码，关注三线小城生活记", "wechat"),  # cG10
    ("哈啦區規範 | 客服中心 | 隱私權聲明", "footer"),  # cG21
    ("商品評價 4.8 (326則)", "shop"),  # cG20
    ("買了此商品的人也買了", "related"),  # cG20
    ("看了又看", "related"),  # cG05
    ("推荐阅读：长夜将明 剑来不问 我在大理寺当仵作", "related"),  # cG14
    ("进店逛逛 收藏店铺", "widget"),  # cG05
    ("快速回覆", "widget"),  # cG30
    ("檢舉此物件", "widget"),  # cG23
    ("預約看房", "widget"),  # cG23
    ("反馈/建议", "widget"),  # cG09
    ("附近物件推薦", "related"),  # cG23
    ("菜谱分类", "related"),  # cG08
]


@pytest.mark.parametrize(("line", "reason"), CHROME)
def test_chrome_wordings_of_new_site_kinds(line: str, reason: str) -> None:
    assert judge_chrome(line) == f"boilerplate:{reason}"


@pytest.mark.parametrize(
    "line",
    [
        # article lines with the same words (written as a page would hold them)
        "这个应用的更新速度最快。",
        "数据安全 | 隐私保护 | 合规审查",
        "首页 | 隐私政策",  # two items: no row
        "他说最新的研究表明，最热的年份是去年。",
        "温馨提示：今天下午三点起停水，请居民提前储水。",  # a notice, no fraud warning
        "本章介绍如何安装依赖，请点击下一页的链接下载安装包。",
        "垃圾分类",  # a heading of an article on sorting waste
        "举报此类行为可拨打12345热线。",
        "附近的居民推荐了几家老店",
        "1 主题 讨论",
    ],
)
def test_article_lines_with_those_words_are_not_chrome(line: str) -> None:
    assert judge_chrome(line) is None


# --- titles and fields of listings, recipes, Q&A and Malaysian news (set G) ---------------------


def test_a_questions_counts_joined_by_a_dot_are_meta_and_the_question_is_the_title() -> None:
    question = "为什么很多人租房宁愿多花钱也要选一居室？"  # set G, cG07
    assert judge_meta("关注者 2,317 · 被浏览 1,840,221") == "meta:counter"
    assert judge_meta("关注者 2,317 被浏览 1,840,221") == "meta:counter"
    page = ["知乎", "首页 知学堂 发现 等你来答", "搜索你感兴趣的内容", "提问", "", question, ""]
    page += ["关注问题 写回答 邀请回答", "添加评论", "分享", "关注者 2,317 · 被浏览 1,840,221"]
    page += ["查看全部 516 个回答", "", "陈默", "城市规划从业者", "1,204 人赞同了该回答", ""]
    page += ["我自己就是从合租搬到一居室的，多付的那一千块，买的其实是三样东西。", POST]
    doc = FULL.clean("\n".join(page))
    assert doc.lines[5].label == "body"  # was cut as a link before the counts taken for title
    assert doc.meta.title == question


def test_a_byline_key_of_malaysian_papers() -> None:
    assert judge_meta("报导：邱慧敏") == "meta:byline"  # set G, cG16
    assert judge_meta("報導：邱慧敏") == "meta:byline"
    # the word in a sentence, or not before a separator, is no key
    assert judge_meta("据报道：当地时间5日，升旗山缆车暂停服务。") is None
    assert judge_meta("报道称缆车将于周末停运") is None


LISTING = "近捷運科技大樓站 電梯兩房 可寵物"  # set G, cG23, a rental listing's title


def test_a_listings_field_row_is_no_title_and_the_title_above_is_kept() -> None:
    assert not heading_like("型態：電梯大樓　現況：整層住家")
    assert heading_like("年度巨献:移动游戏实现技术优化的解决方案详解")  # one colon: a title
    page = ["591房屋交易網", "租屋 新建案 中古屋 店面 辦公 土地 居家裝修", "登入 | 註冊 | 刊登廣告"]
    page += ["台北市 > 大安區 > 整層住家", "", LISTING, "租金 28,000 元/月", "押金二個月"]
    page += ["格局：2房1廳1衛　坪數：24坪　樓層：7F/12F", "型態：電梯大樓　現況：整層住家"]
    page += ["5小時前更新　瀏覽 628 次", "屋主 陳小姐", "", "屋況說明"]
    page += ["房東自住後出租，屋況維持良好，去年更換全室冷氣及熱水器，步行至捷運站約5分鐘。"]
    doc = FULL.clean("\n".join(page))
    assert doc.lines[5].label == "body"  # was cut as a link before the field row
    assert doc.lines[9].label == "body"


def test_a_date_in_a_row_of_the_listings_fields_is_no_publication_date() -> None:
    assert judge_meta("最短租期：一年　可入住日：2024年6月1日") is None  # set G, cG23
    # a date under a key of its own, alone or after a meta key, is still a date line
    assert judge_meta("上架时间：2023-09-01") == "meta:date"  # set E, cE25
    assert judge_meta("生成日期：2016-12-06") == "meta:date"  # set A, cA02
    assert judge_meta("来源：本站　发布时间：2024-05-12") is not None


RECIPE = ["美食天下", "首页 菜谱 食材 食疗 专题 话题 社区 菜单", "登录 注册", "搜菜谱、食材"]
RECIPE += ["美食天下 > 菜谱 > 家常菜 > 凉拌菜", ""]
STEPS = [
    "",
    "夏天不想开火，茄子蒸一蒸，手撕成条，淋上料汁就是一道下饭菜。",
    "",
    "凉拌手撕茄子的做法步骤",
]
STEPS += ["1", "茄子洗净，整根放入蒸锅，水开后大火蒸12分钟，用筷子能轻松扎透即可。"]


def test_a_recipes_author_as_long_as_its_title_is_told_by_the_recipes_words() -> None:
    # set G, cG08: the title and the author's name both six characters
    page = [*RECIPE, "凉拌手撕茄子", "阿蛮的小厨房", "2024-05-07　浏览：12038　收藏：312", *STEPS]
    doc = FULL.clean("\n".join(page))
    assert doc.lines[6].label == "body" and doc.meta.title == "凉拌手撕茄子"
    assert doc.lines[7].label == "meta"
    # when the recipe's text names neither, the line above the date stays the title
    page = [*RECIPE, "小满的厨房", "周末家常菜", "2024-05-07　浏览：12038　收藏：312", *STEPS]
    doc = FULL.clean("\n".join(page))
    assert doc.lines[7].label == "body" and doc.meta.title == "周末家常菜"


def test_a_data_source_between_paragraphs_is_the_articles_note() -> None:
    # set G, cG15: the note under a table; in the head it is the page's source (spam set L)
    assert judge_meta("资料来源：建屋发展局", head=False) is None
    assert judge_meta("資料來源:戶政事務所") == "meta:source"


def test_a_contact_name_closing_a_listings_fields_is_its_poster() -> None:
    # set G, cG11: a classified's fields, then its poster's name
    page = ["58同城", "北京58同城 > 北京二手市场 > 北京二手家具 > 朝阳二手家具", "登录 注册", ""]
    page += ["九成新实木餐桌一张 带四把椅子 搬家急转", "更新于 2024-05-12　356人浏览", ""]
    page += [
        "价格：680元",
        "成色：九成新",
        "区域：朝阳 - 望京",
        "联系人：刘女士",
        "查看电话号码",
        "",
    ]
    page += ["去年十月买的北欧风实木餐桌，尺寸1.4米×0.8米，橡木材质，桌面没有划痕，低价转让。"]
    doc = FULL.clean("\n".join(page))
    assert doc.lines[10].label == "meta"  # was a contact panel's line
    assert doc.lines[11].label == "boilerplate"
    # a site's contact panel (dev p0139): its lines are all contact cues
    panel = ["技术支持", "联系方式", "市场部:", "联系人:郎昊", "手机:13265413323"]
    doc = FULL.clean("\n".join([*panel, "", "【信达电子】行业深度解读", "", POST]))
    assert doc.lines[3].label == "boilerplate"


def test_a_breadcrumb_ending_in_a_threads_title_with_brackets() -> None:
    # set G, cG30: the last item is the thread's title, brackets and all
    page = ["香港討論區 discuss.com.hk", "註冊 登入"]
    page += ["香港討論區 › 飲食講場 › 深水埗平價車仔麪推介（附地址）", "上一主題 下一主題", ""]
    page += [THREAD, "查看: 8923 | 回覆: 41", "", POST]
    doc = FULL.clean("\n".join(page))
    assert doc.lines[2].reason == "boilerplate:breadcrumb"
    assert doc.lines[5].label == "body"
    # the last item is a title, not a sentence: a line with a full stop is no breadcrumb
    page[2] = "香港討論區 › 飲食講場 › 深水埗的車仔麪檔。"
    assert FULL.clean("\n".join(page)).lines[2].reason != "boilerplate:breadcrumb"


def test_a_bracketed_photo_or_video_credit_is_meta() -> None:
    assert judge_meta("（联合早报档案照）") == "meta:credit"  # set G, cG15
    assert judge_meta("（影片由讀者提供）") == "meta:credit"  # set G, cG26
    # a bracketed remark that credits no picture, or a credit without brackets, is not one
    assert judge_meta("（数据由国家统计局提供）") is None
    assert judge_meta("（本文由读者提供线索）") is None
