"""Body lines on pages unlike news articles (shop items, forum threads, Q&A, recipes, notices):
the title looked for where such pages put it, so that the rules before the title do not take
the article's first lines for the site's; bylines inside a lead feed ``doc.meta``.

Titles and paragraphs are real developer-corpus lines; the chrome, fields and names around
them are written after real sites of each kind. Each rule is tested both ways."""

from __future__ import annotations

import pytest

import cleantext
from cleantext.filters.boilerplate import judge_chrome
from cleantext.filters.linemodel import LineModel
from cleantext.filters.meta import locate_title

# the rules alone: the learned line step after them is left out
RULES = cleantext.Pipeline(
    [f for f in cleantext.pipeline.default_filters() if not isinstance(f, LineModel)]
)
# real lines: a title (p0092), a product page's title and paragraph (p0161)
TITLE = "中国公安部门深入推进“扫黄打非”工作各地侦破一批网络传播淫秽物品大要案"
P1 = (
    "今年以来,中国公安部依托“扫黄打非”工作机制,加强组织部署,多次召开会议,深入推进公安机关"
    "“扫黄打非”工作。各地公安机关治安管理部门按照部署要求,迅速查办“扫黄打非”大要案件。"
)
ITEM = "PCB机制造服务多层电路板四层pcb板 免费发布多层电路板信息"
ITEM_P = (
    "铜箔由铜加一定比例的其它金属打制而成,铜箔一般有90箔和88箔两种,即为含铜量为90%和88%,"
    "尺寸为16*16cm。铜箔是用途广泛的装饰材料。如:宾馆酒店、寺院佛像、金字招牌、瓷砖马赛克、工艺品等。"
)


def run(lines: list[str]) -> cleantext.Document:
    return RULES.clean("\n".join(lines))


# --- the title above a column's path ------------------------------------------------------


def test_a_column_path_under_the_title_does_not_take_its_place() -> None:
    page = ["某某新闻", "要闻 深度 视频 科技 财经 思想 生活", "下载客户端", "", TITLE]
    page += ["湃客·政务 > 某某区文化和旅游局", "2024-03-05 18:42 来源：某某新闻", "", P1]
    doc = run(page)
    assert doc.meta.title == TITLE
    assert doc.lines[4].label == "body"  # was cut as a link before the title
    assert doc.lines[5].label == "body"  # the path is kept, not taken for chrome
    # a title with spaced words and no path is still the title
    doc = run(["某某新闻", "下载客户端", "", TITLE, "2024-03-05 18:42 来源：某某新闻", "", P1])
    assert doc.meta.title == TITLE


# --- a shop item: the field list above its date is not a title --------------------------------

SHOP_HEAD = ["您好，请登录 免费注册", "我的订单", "客户服务", "网站导航", "全部商品分类"]
FIELDS = ["品牌：某某电子", "型号：FR4-4L", "层数：4层", "板厚：1.6mm", "表面工艺：沉金"]


def test_a_field_list_above_the_listing_date_is_the_items_not_a_title() -> None:
    page = [*SHOP_HEAD, "电子元器件 > 线路板 > 多层板", "", ITEM, "", "价 格", "￥128.00"]
    page += ["加入购物车", "", *FIELDS, "上架时间：2024-01-12", "", ITEM_P]
    doc = run(page)
    assert doc.meta.title == ITEM
    kept = [ln.text for ln in doc.lines if ln.label == "body"]
    for line in [ITEM, "价 格", "￥128.00", *FIELDS, ITEM_P]:
        assert line in kept
    # the menu above the path is still chrome
    assert [ln.label for ln in doc.lines[:5]] == ["boilerplate"] * 5


def test_a_title_with_a_colon_above_its_date_is_the_title() -> None:
    # hard negatives: real titles with a short key and a colon (p0026, p0218), under chrome
    for title in (
        "年度巨献:移动游戏实现技术优化的解决方案详解",
        "高端对话:汽车动力系统技术的全球市场前景",
    ):
        doc = run(["首页 新闻 体育 汽车 房产", "登录 注册", "", title, "2024-03-05 10:20", "", P1])
        assert doc.meta.title == title
        assert locate_title(doc) == (3, True)


def test_a_path_no_chrome_announced_starts_the_article() -> None:
    # the shop's menu items are undecided lines: the path under them is where the item starts
    page = [
        "我的订单",
        "客户服务",
        "全部商品分类",
        "电子元器件 > 线路板 > 多层板",
        "",
        ITEM,
        "",
        ITEM_P,
    ]
    doc = run(page)
    assert doc.meta.title == ITEM
    # no path: the first heading-like line is still the title (here the menu item)
    doc = run(["我的订单", "全部商品分类", "", ITEM, "", ITEM_P])
    assert doc.meta.title == "全部商品分类"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("您好，请登录 免费注册", "boilerplate:login"),
        ("你好,请登录  免费注册", "boilerplate:login"),
        # one login word inside a sentence is the sentence's
        ("用户登录后可以查看订单。", None),
        ("你好，请登录后再评论", None),
    ],
)
def test_two_login_buttons_after_a_greeting(text: str, reason: str | None) -> None:
    assert judge_chrome(text, head=True) == reason


# --- a byline inside a news lead ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "authors"),
    [
        ("某某晚报讯（记者 周敏）4月2日，", ["周敏"]),
        ("某某财经4月2日讯（记者 林立 实习生 王可）记者今日从多家银行了解到，", ["林立", "王可"]),
        ("新华社北京4月18日电(记者史競男)", ["史競男"]),
        # hard negatives: no bracketed byline after the dateline
        ("据新华社电,记者从国家统计局获悉,", []),
        ("中新网北京电 国务院新闻办公室今天举行发布会(记者会现场),", []),
        ("该公司的通讯(记者会)安排在下午,", []),
    ],
)
def test_a_byline_in_a_lead_feeds_the_authors_and_the_lead_stays_body(
    lead: str, authors: list[str]
) -> None:
    doc = run([TITLE, "", lead + P1])
    assert doc.meta.authors == authors
    assert doc.lines[2].label == "body"


# --- a thread's posts: poster names above their timestamps, floor numbers, counts -----------

POST = "熟练度:这个游戏中,大部分都用熟练度取代经验值,只有人物的等级提升采用经验。"  # p0097
THREAD = [
    "遊戲開發者論壇",
    "討論區 新聞 下載 登入",
    "",
    "[讨论] 一个基于卡片游戏的回合制RPG战斗体制",
]
THREAD += ["星海旅人", "2023-06-18 21:40", "1樓", "", P1, "", "分享", "檢舉", "引言回覆", ""]


@pytest.mark.parametrize("name", ["老貓不睡", "pixelfox_88", "kuroneko0712"])
def test_a_posters_name_above_the_timestamp_of_a_reply_is_meta(name: str) -> None:
    page = [*THREAD, name, "2023-06-18 22:15", "2樓", POST, "", "瀏覽 2,310 | 回應 12", "回覆文章"]
    got = [(ln.label, ln.reason) for ln in run(page).lines]
    n = len(THREAD)
    assert got[n] == ("meta", "meta:byline")
    assert got[n + 1][0] == "meta" and got[n + 3][0] == "body"
    assert got[n + 2] == ("boilerplate", "boilerplate:floor")
    assert got[6] == ("boilerplate", "boilerplate:floor")  # "1樓" under the first post's date
    assert got[n + 5] == ("meta", "meta:counter")


def test_a_list_of_titles_with_timestamps_is_no_thread() -> None:
    # related titles with their dates: no post (a sentence) under the dates
    page = [*THREAD, "相关主题", "卡牌游戏数值设计", "2023-05-02 10:11", "回合制战斗节奏"]
    page += ["2023-04-28 09:30", "回覆文章"]
    got = [ln.label for ln in run(page).lines]
    n = len(THREAD)
    assert got[n + 1] != "meta" and got[n + 3] != "meta"
    # a lone count or a reply count alone above the posts is not a thread's counts
    assert run([*THREAD[:-5], "回應 12", "", POST]).lines[-3].label != "meta"


def test_the_title_above_the_articles_own_date_is_no_poster() -> None:
    # the first date of the page is the article's: its title stays the title
    title = "電動汽車充電器組件構成"  # a real title (p0101, converted)
    doc = run(["星洲网 首页 国内 国际 财经 娱乐", "", title, "2024-03-05 15:20", P1])
    assert doc.meta.title == title
    assert doc.lines[2].label == "body"


@pytest.mark.parametrize(
    ("text", "reason"),
    [("最佳答案", "boilerplate:widget"), ("推荐答案", "boilerplate:widget"), ("最佳答案是", None)],
)
def test_a_qa_pages_answer_heading_is_chrome(text: str, reason: str | None) -> None:
    assert judge_chrome(text) == reason


# --- share buttons and hashtags one to a line ------------------------------------------------

NEWS = ["某某新闻网", "即時 政治 國際 兩岸 產經 科技 生活", "", TITLE, "2024/3/5 14:32"]


def test_share_buttons_one_to_a_line_in_the_head() -> None:
    page = [*NEWS, "WhatsApp", "Facebook", "Telegram", "複製連結", "", P1]
    got = [(ln.label, ln.reason) for ln in run(page).lines]
    assert got[5:9] == [("boilerplate", "boilerplate:share")] * 4
    # one next to a share line
    page = [*NEWS, "分享到：", "微博", "", P1]
    assert run(page).lines[6].reason == "boilerplate:share"


def test_network_names_between_paragraphs_are_the_articles() -> None:
    page = [*NEWS, "", P1, "常见的平台有：", "Facebook", "Telegram", "", P1 + "另有说明。"]
    got = [ln.label for ln in run(page).lines]
    assert got[8:10] == ["body", "body"]
    # a lone network name in the head, no share line by it, stays
    assert run([*NEWS, "微博", "", P1]).lines[5].label != "boilerplate"


def test_hashtags_one_to_a_line_after_the_last_paragraph() -> None:
    page = [*NEWS, "", P1, "", "#日本", "#地震", "#宮城"]
    got = [(ln.label, ln.reason) for ln in run(page).lines]
    assert got[-3:] == [("boilerplate", "boilerplate:tags")] * 3
    # one hashtag alone, or hashtags between paragraphs, are the writer's
    assert run([*NEWS, "", P1, "", "#地震"]).lines[-1].label == "body"
    page = [*NEWS, "", P1, "#日本", "#地震", "", P1 + "另有说明。"]
    assert [ln.label for ln in run(page).lines[7:9]] == ["body", "body"]


def test_a_related_recipes_heading() -> None:
    assert judge_chrome("相关菜谱") == "boilerplate:related"
    assert judge_chrome("相关菜谱很多") is None


# --- an author's name above its follow button, a region under the date ---------------------


def test_a_name_above_a_follow_button_with_the_date_line_under_it() -> None:
    # a notes site: title, a tip button, the author and a follow button, then date and counts
    head = [
        "首頁",
        "下載App",
        "登錄",
        "",
        "搬到海邊小城的第三年",
        "",
        "讚賞支持",
        "晴川閣主",
        "關注",
    ]
    page = [*head, "2023.08.11 21:04:37 字數 1,632 閱讀 4,871", "", P1]
    doc = run(page)
    assert doc.lines[7].reason == "meta:byline"
    assert doc.meta.title == "搬到海邊小城的第三年"
    # no undecided line above the chrome: the short line may be the title, not judged meta
    doc = run(["讚賞支持", "晴川閣主", "關注", "2023.08.11 21:04:37 字數 1,632", "", P1])
    assert doc.lines[1].label != "meta"


def test_a_region_under_the_date_line_in_the_head() -> None:
    page = [*NEWS[:4], "2024-03-05 10:20:13　来源: 某某汽车", "广东", "举报", "", P1]
    assert run(page).lines[5].reason == "meta:location"
    # a region name as a list item of the article (not under a date) stays body
    page = [*NEWS[:4], "2024-03-05 10:20:13　来源: 某某汽车", "", P1, "广东", "", P1]
    assert run(page).lines[7].label == "body"


# --- the foot: what goes on after the buttons on pages that are no news articles ------------

RECIPE = ["美食小站", "首页 菜谱 食材 专题 社区", "", "红烧排骨（少油版，孩子爱吃）", "小满的灶台"]
RECIPE += ["2021-10-08 10:20", "", P1, "收藏", "分享"]


def test_a_recipes_amounts_and_steps_after_its_buttons_are_the_article() -> None:
    page = [*RECIPE, "用料", "猪小排 600克", "冰糖\t15克", "盐 适量", "做法", "1"]
    page += ["排骨冷水下锅，加料酒和姜片焯水。", "2", "锅里放少许油和冰糖，小火炒出糖色。"]
    got = [ln.label for ln in run(page).lines]
    n = len(RECIPE)
    assert got[n:] == ["body"] * (len(page) - n)


def test_numbers_and_fields_alone_in_the_foot_stay_chrome() -> None:
    # a ranked list of related titles (no sentence under the numbers), two fields: the foot
    page = [*RECIPE, "热读", "1", "糖醋排骨的三种做法", "2", "可乐鸡翅"]
    got = [ln.label for ln in run(page).lines]
    assert got[len(RECIPE) + 1 :] == ["boilerplate"] * 4
    page = [*RECIPE, "类别：家常菜", "口味：酸甜", "上传我的作品"]
    assert [ln.label for ln in run(page).lines[len(RECIPE) :]] == ["boilerplate"] * 3


def test_a_spec_table_after_a_shops_tabs_is_the_article() -> None:
    page = [*SHOP_HEAD, "", ITEM, ITEM_P, "价格：￥128.00", "立即购买", "加入购物车", "商品详情"]
    page += ["商品评价", *FIELDS, "包装清单"]
    got = [ln.label for ln in run(page).lines]
    assert got[-6:-1] == ["body"] * 5
    # a tab, not the heading of a related list
    assert judge_chrome("商品评价") == "boilerplate:widget"


def test_short_answers_under_their_posters_stay_in_the_foot() -> None:
    page = [TITLE, "匿名用户", "2023-05-12", "", P1, "评论", "收起", "其他回答", "老厨师"]
    page += ["发表于 2023-05-13 08:10", "小火慢炖", "吃货一号", "2023-05-13 09:45", "加点山楂"]
    page += ["其他类似问题", "牛肉怎么炖才烂"]
    got = [(ln.label, ln.reason) for ln in cleantext.clean("\n".join(page)).lines]
    assert [got[k] for k in (8, 11)] == [("meta", "meta:byline")] * 2
    assert [got[k][0] for k in (10, 13)] == ["body", "body"]
    assert got[-1][0] == "boilerplate"


def test_readers_comments_under_a_comment_heading_are_no_thread() -> None:
    page = [TITLE, "2024-03-05 10:20", "", P1, "评论 (12)", "用户登录后发表评论", "匿名网友"]
    page += ["2024/03/05 10:32", "向量检索现在是标配了吗", "回复", "举报"]
    got = [ln.label for ln in run(page).lines]
    assert got[6] != "meta" and got[8] != "body"


# --- titles above field lists and Q&A askers ------------------------------------------------


def test_a_table_of_tab_separated_fields_is_no_title_and_no_byline() -> None:
    page = ["某某购物", "登入 註冊 購物車", "3C > 耳機 > 藍牙耳機", ITEM, "網路價", "$1,990"]
    page += ["加入購物車", "品牌\t某某", "型號\tTW-200", "重量\t單耳5g", "上架日期：2024/01/12"]
    page += ["", ITEM_P]
    doc = run(page)
    assert doc.meta.title == ITEM
    assert [ln.label for ln in doc.lines[3:6]] == ["body"] * 3
    assert [ln.label for ln in doc.lines[7:10]] == ["body"] * 3


def test_a_name_above_its_fields_is_the_title() -> None:
    # a doctor's page: the name, then fields, then the date
    page = ["某某市第一人民医院", "首页 医院概况 科室导航 专家介绍 就医指南"]
    page += ["当前位置：首页 > 专家介绍 > 心内科", "张某某", "职称：主任医师", "科室：心血管内科"]
    page += ["擅长：冠心病介入治疗、心律失常诊治", "发布时间：2024-03-05", "", P1]
    doc = run(page)
    assert doc.meta.title == "张某某"
    assert [ln.label for ln in doc.lines[3:7]] == ["body"] * 4


def test_the_asker_of_a_question_is_meta_and_no_title() -> None:
    question = "家里的除湿机应该放在客厅还是卧室？"
    page = ["问答网", "首页 问题 话题 登录", "", question]
    page += [
        "房子二十多平，梅雨季节衣柜总有霉味，想买一台除湿机。",
        "提问者：晚风",
        "2024-03-05 21:14",
    ]
    page += ["", P1]
    doc = run(page)
    assert doc.meta.title == question
    assert doc.lines[3].label == "body" and doc.lines[4].label == "body"
    assert doc.lines[5].reason == "meta:byline"
    assert doc.meta.authors == []  # the asker is a user of the site, not the text's author


def test_a_title_with_a_colon_printed_twice_is_no_field_list() -> None:
    # p0026: the title twice at the top of the page, a short key and a colon in it
    title = "年度巨献:移动游戏实现技术优化的解决方案详解"
    doc = run(["首页 新闻 体育 汽车 房产", "", title, "", title, "", P1])
    assert doc.meta.title == title
    assert [doc.lines[k].label for k in (2, 4)] == ["body", "body"]


def test_a_count_of_answers_heads_the_threads_own_posts() -> None:
    page = [TITLE, "2024-03-05 10:20", "", P1, "2个回答", "阿哲爸", "2024-03-05 22:02"]
    page += ["卧室一定要有一台，尤其是浴室在房间里的格局。", "相关问题"]
    got = [ln.reason for ln in run(page).lines]
    assert got[4] == "boilerplate:comments" and got[5] == "meta:byline"


# --- attachments, post signatures, ratings, release marks -----------------------------------


def test_an_attachments_file_name_after_the_text_is_chrome() -> None:
    page = [TITLE, "2024-03-05", "", P1, "附件下载：", "附件1.docx", "某某申请表.pdf"]
    got = [ln.reason for ln in run(page).lines]
    assert got[4:] == ["boilerplate:attachment"] * 3
    # p0165: a document-sharing page named by its file, the page's title
    doc = run(["電子產(chǎn)品裝配工藝規(guī)程.ppt", "", P1])
    assert doc.lines[0].label == "body"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("来自天涯社区客户端", "boilerplate:widget"),
        ("來自 iPhone客戶端", "boilerplate:widget"),
        ("回复(Ctrl+Enter)", "boilerplate:widget"),
        ("发表 (Ctrl + Enter)", "boilerplate:widget"),
        ("来自北京的游客在这里拍照留念", None),
        ("按Ctrl+Enter发送", None),
    ],
)
def test_a_posts_signature_and_a_send_button(text: str, reason: str | None) -> None:
    assert judge_chrome(text) == reason


def test_a_rating_under_a_short_title_is_meta() -> None:
    page = ["下厨房", "菜谱", "作品", "下载APP", "可乐鸡翅", "综合评分 8.6（103人做过这道菜）"]
    page += ["简单好做，孩子最爱吃的一道菜，十分钟就能上桌。", "", P1]
    doc = run(page)
    assert doc.lines[5].reason == "meta:counter"
    assert doc.meta.title == "可乐鸡翅" and doc.lines[4].label == "body"
    # a line about rating, without a score, is the text's
    assert run([TITLE, "评分细则如下", "", P1]).lines[1].label == "body"


def test_a_notices_release_mark_under_its_date() -> None:
    page = [TITLE, "", P1, "某某区人民政府", "2016年5月18日", "（此件主动公开）"]
    assert run(page).lines[5].reason == "meta:docinfo"
    page = [TITLE, "", P1, "（此件主动公开，欢迎转载）", "", P1]
    assert run(page).lines[3].label == "body"


# --- a short title across a share bar, a photo caption under the title ------------------------


def test_a_short_title_across_a_share_bar_above_its_byline() -> None:
    page = ["2024年3月5日 星期二", "某某日报社主办", "首页 | 要闻 | 时政 | 经济 | 社会 | 文化"]
    page += ["当前位置：首页 > 要闻", "春运启动", "分享到：", "来源：某某日报　作者：张三", P1]
    doc = run(page)
    assert doc.meta.title == "春运启动"
    assert doc.lines[4].label == "body"


def test_a_short_line_across_a_menu_is_no_title() -> None:
    # a menu between a short line and the date: the line is the site's, not the title
    page = [
        "某某日报",
        "首页 | 要闻 | 时政 | 经济 | 社会 | 文化",
        "2024-03-05 10:20 来源：某某日报",
    ]
    doc = run([*page, "", P1])
    assert locate_title(doc)[1] is False  # (found again as the first heading-like line)


def test_a_photo_caption_between_the_title_and_its_date() -> None:
    page = [
        "某某新闻",
        "首页 国内 国际 财经 体育",
        "县城图书馆延长开放时间",
        "图为读者在自习区看书",
    ]
    doc = run([*page, "2024-03-05 18:42 来源：某某新闻", P1])
    assert doc.meta.title == "县城图书馆延长开放时间"
    assert [ln.label for ln in doc.lines[2:4]] == ["body", "body"]


def test_a_reply_above_a_later_date_is_no_title() -> None:
    # a thread: the first post (running text) above its floor and date, a short reply above
    # the next: the title is above the first post, never a reply
    title = "用了三个月的某某手机，说说续航和发热"
    page = ["进入贴吧 全吧搜索 吧内搜索", "数码吧", title, "只看楼主 收藏 回复", "数码老张"]
    page += ["三个月下来整体满意，续航一天一充没问题，打游戏会有点温热。"]
    page += [
        "1楼 2024-03-05 21:14",
        "小刘同学",
        "同款，续航确实不错，就是充电有点慢",
        "2楼 2024-03-05 22:02",
    ]
    page += ["回复"]
    doc = run(page)
    assert locate_title(doc)[0] != 8
    assert doc.meta.title != "同款，续航确实不错，就是充电有点慢"
    assert doc.lines[4].label != "boilerplate"  # the poster's name was cut before the title


def test_a_table_of_fields_between_buttons_is_the_article() -> None:
    page = [
        "某某商城",
        "首页 | 全部分类 | 会员中心 | 购物车",
        "美的电饭煲家用4L 智能预约 IH电磁加热",
    ]
    page += ["分享", "品牌：美的", "容量：4L", "颜色：白色", "加入购物车"]
    page += ["柴火饭口感，24小时预约，IH立体加热让米饭受热更均匀，口感更好，适合三到五口之家使用。"]
    got = [(ln.label, ln.reason) for ln in cleantext.clean("\n".join(page)).lines]
    assert got[4:7] == [("body", "body:fields")] * 3  # the learned step took "颜色：白色"
    # two fields are no table: left to the other steps
    page = [TITLE, "", P1, "分享", "收藏", "分类：家常菜", "口味：酸甜", "上传我的作品"]
    assert "body:fields" not in [ln.reason for ln in run(page).lines]


def test_a_lone_number_above_a_comment_is_no_step() -> None:
    # a count in a poster's panel ("9") above a comment with a comma: not a recipe's step
    page = [*RECIPE, "redcat", "9", "顶一下，写得很详细", "回复"]
    got = [ln.reason for ln in run(page).lines]
    assert "body:steps" not in got
    page = [*RECIPE, "3", "倒入排骨翻炒上色，加开水没过排骨。", "4", "大火收汁，撒上葱花。"]
    assert run(page).lines[len(RECIPE)].reason == "body:steps"  # step 3, step 4 after it


# --- a Q&A page's list of similar questions, each with its date -------------------------------


def test_similar_questions_with_their_dates_are_a_related_list() -> None:
    assert judge_chrome("其他類似問題") == "boilerplate:related"
    page = [TITLE, "2024-03-05", "", P1, "评论", "收起", "其他类似问题"]
    page += ["2021-09-11 redis和mysql的区别是什么", "2020-03-02 redis集群怎么搭建"]
    got = [(ln.label, ln.reason) for ln in run(page).lines]
    assert got[-2:] == [("boilerplate", "boilerplate:related")] * 2
    # a date with its source under a related heading stays meta; a dated line elsewhere too
    page = [TITLE, "2024-03-05", "", P1, "相关新闻", "2024-03-05 来源：新华网"]
    assert run(page).lines[-1].label == "meta"
    page = [TITLE, "2024-03-05 某某新闻客户端", "", P1]
    assert run(page).lines[1].label == "meta"
