"""Guards on the chrome rules that took article lines, and chrome they now find (issue 4).

Every page here is composed for the test (no line of a tuning or held-out set): each guard
has the article's line it keeps and a counter-example the rule still labels chrome."""

from __future__ import annotations

import cleantext

PARAGRAPH = (
    "红烧肉是一道家常菜，做法各地不同。这里用的是最简单的方法，不放糖色，只靠冰糖和老抽上色，"
    "小火慢炖一个小时，肥而不腻，入口即化。"
)
THREAD_POST = (
    "家里的绿萝放在客厅北边，最近一个月叶子一片接一片发黄，浇水也是一周一次，不知道是不是光照"
    "不够，请大家帮忙看看。"
)


def labels(lines: list[str]) -> list[str]:
    return [ln.label or "body" for ln in cleantext.clean("\n".join(lines)).lines]


def reasons(lines: list[str]) -> list[str]:
    return [ln.reason for ln in cleantext.clean("\n".join(lines)).lines]


# --- a block of buttons in the head: only runs of button-shaped lines --------------------

RECIPE_HEAD = ["家常菜谱网", "首页 | 菜谱 | 食材 | 登录", "", "红烧肉的家常做法", ""]


def test_the_line_right_above_the_first_paragraph_in_a_button_block_is_its_heading() -> None:
    page = [*RECIPE_HEAD, "收藏", "分享", "做法步骤", PARAGRAPH]
    assert labels(page)[7] == "body"


def test_a_short_line_in_a_button_block_away_from_the_paragraph_is_a_button() -> None:
    page = [*RECIPE_HEAD, "收藏", "分享", "去评论", "", PARAGRAPH]
    assert reasons(page)[7] == "boilerplate:widget"


def test_a_short_line_in_a_run_with_the_products_name_is_the_products() -> None:
    page = [
        *RECIPE_HEAD[:3],
        "北欧风实木餐桌椅组合一桌四椅",
        "",
        "收藏",
        "北欧风实木餐桌一桌四椅 加厚桌面",
        "原木色",
        "",
        PARAGRAPH,
    ]
    assert labels(page)[7] == "body"
    assert labels(page)[5] == "boilerplate"


def test_a_run_of_button_shaped_lines_is_buttons() -> None:
    page = [
        *RECIPE_HEAD[:3],
        "北欧风实木餐桌椅组合一桌四椅",
        "",
        "收藏",
        "降价提醒",
        "对比",
        "",
        PARAGRAPH,
    ]
    assert labels(page)[5:8] == ["boilerplate"] * 3


def test_more_short_lines_in_a_row_than_buttons_are_the_articles() -> None:
    song = ["风吹过山岗", "云落在河上", "我走过小镇", "你站在桥头", "灯一盏一盏亮"]
    page = [*RECIPE_HEAD[:3], "山岗上的风（电影《远山》主题曲）", "", "收藏", *song, "", PARAGRAPH]
    assert labels(page)[6:11] == ["body"] * 5


# --- tags under a bare tags heading ------------------------------------------------------


def test_the_lines_under_a_bare_tags_heading_are_tags() -> None:
    page = [
        "某技术博客",
        "",
        "用Redis做分布式锁的三个坑",
        "原创",
        "于 2024-01-02 10:00:00 发布",
        "文章标签：",
        "redis cluster",
        "分布式",
        "",
        PARAGRAPH,
    ]
    assert reasons(page)[6:8] == ["boilerplate:tags"] * 2


def test_a_sentence_under_a_bare_tags_heading_is_no_tag() -> None:
    page = [
        "某技术博客",
        "",
        "用Redis做分布式锁的三个坑",
        "原创",
        "于 2024-01-02 10:00:00 发布",
        "标签：",
        "锁要设过期时间，否则进程挂了就永远不释放。",
        "",
        PARAGRAPH,
    ]
    assert labels(page)[6] == "body"


# --- a short name alone under the breadcrumb ---------------------------------------------

FILM = [
    "某某影视网",
    "首页 | 电影 | 电视剧 | 综艺 | 登录",
    "当前位置：首页 > 电影 > 剧情片",
    "",
    "河边的少年",
    "",
    "导演：李某某",
    "主演：王某某 张某某",
    "",
    "一个在河边长大的少年，在父亲离开后独自撑起家里的渡船，夏天的洪水来了，他第一次明白长大的意思。",
]


def test_a_short_name_alone_under_the_breadcrumb_is_the_pages_heading() -> None:
    assert labels(FILM)[4] == "body"


POEM = [
    "某某诗词网",
    "首页 | 诗人 | 诗词 | 名句 | 登录",
    "当前位置：首页 > 诗人：王某 > 诗词",
    "",
    "夜泊",
    "",
    "作者：王某某",
    "朝代：清代",
    "",
    "江上的灯火 一盏一盏熄灭",
    "船头的人 还在等风",
    "水声里 有故乡的口音",
]


def test_a_poems_title_of_two_characters_under_the_breadcrumb_is_no_link() -> None:
    assert labels(POEM)[4] == "body"


def test_a_latin_link_alone_under_the_breadcrumb_stays_chrome() -> None:
    page = [*POEM[:4], "English", "", *POEM[4:]]
    assert labels(page)[4] == "boilerplate"


# --- an account's name between the chrome and the heading --------------------------------

NOTE = [
    "好书笔记 - 读好书的地方",
    "发现 | 书单 | 消息 | 登录",
    "关注",
    "",
    "爱读书的小林同学",
    "",
    "三个月读完二十本书之后我想说的话｜附书单",
    "",
    "去年年底给自己定了一个目标，三个月读完二十本书。现在回头看，真正留下印象的不到一半，"
    "但读书的方法倒是摸索出了一些。",
]


def test_a_name_alone_between_blank_lines_under_the_chrome_is_no_link() -> None:
    assert labels(NOTE)[4] != "boilerplate"


def test_a_short_link_under_the_chrome_with_no_blank_between_stays_chrome() -> None:
    page = [*NOTE[:3], "书单广场", "", *NOTE[4:]]
    assert labels(page)[3] == "boilerplate"


# --- a thread: its title above the buttons, its floors' posters and last post -------------

THREAD = [
    "绿植论坛",
    "首页 | 版块 | 搜索 | 登录 | 注册",
    "进入论坛 | 论坛搜索",
    "",
    "求助：家里的绿萝叶子一片片发黄是什么原因",
    "",
    "只看楼主 | 收藏 | 回复",
    "",
    "绿手指阿青",
    "1楼",
    "2025-03-01 10:00 IP属地:浙江",
    THREAD_POST,
    "",
    "养花老周",
    "2楼",
    "2025-03-01 10:12 IP属地:江苏",
    "北边光照太弱了，搬到东边窗台试试，再把浇水改成土干透再浇。",
    "",
    "绿手指阿青",
    "3楼",
    "2025-03-01 10:20 IP属地:浙江",
    "好的，谢谢！那要不要换盆？",
    "",
    "回复(2)",
    "发表回复",
    "©2025 绿植论坛 版权所有",
]


def test_a_threads_title_above_its_buttons_is_the_title_not_a_link() -> None:
    assert labels(THREAD)[4] == "body"
    assert labels(THREAD)[:3] == ["boilerplate"] * 3


def test_the_last_floors_post_is_no_foot() -> None:
    assert labels(THREAD)[21] == "body"


def test_the_foot_after_the_last_floor_stays_chrome() -> None:
    assert labels(THREAD)[23:26] == ["boilerplate"] * 3


def test_a_posters_name_next_to_the_floor_number_is_a_byline() -> None:
    assert reasons(THREAD)[13] == "meta:byline"
    assert reasons(THREAD)[18] == "meta:byline"


def test_a_posters_name_with_the_account_under_the_floor_number_is_a_byline() -> None:
    page = [*THREAD[:12], "", "#2", "老周 (zhou1988)", "2025-03-01 10:12", THREAD[16]]
    assert reasons(page)[13] == "boilerplate:floor"
    assert reasons(page)[14] == "meta:byline"


def test_a_post_under_its_floors_date_is_no_byline() -> None:
    page = [*THREAD[:12], "", "2楼", "2025-03-01 10:12", "同意", "", "回复(1)"]
    assert labels(page)[15] != "meta"


# --- a call to follow inside a sentence telling what someone did --------------------------


def test_a_sentence_telling_that_someone_follows_an_account_is_the_articles() -> None:
    from cleantext.filters.chromelines import judge_chrome

    for line in (
        "民警通过追踪嫌疑人的社交账号，最终在外地将其抓获。",
        "他每天都会关注几个财经博主的账号，了解市场动向。",
        "市政府欢迎社会各界关注并参与老城改造，意见可通过热线反映。",
        "这家面馆开业以来一直欢迎食客留言提出建议。",
    ):
        assert judge_chrome(line) is None, line


def test_a_call_to_the_reader_is_still_chrome() -> None:
    from cleantext.filters.chromelines import judge_chrome

    for line in (
        "本文由某某科技原创，欢迎关注，每天一篇干货！",
        "想看更多攻略？欢迎关注“山野徒步”公众号。",
        "办理业务请关注市民中心微信公众号",
        "全网最全的露营装备清单快来这里追踪",
    ):
        assert judge_chrome(line) == "boilerplate:promo", line


# --- a record's own fields in the head are meta ------------------------------------------

RECORD_PAGE = [
    "某省药品信息查询平台",
    "首页 | 药品查询 | 器械查询 | 公告",
    "",
    "复方甘草口服溶液说明书",
    "",
    "批准文号：国药准字H20099999",
    "生产企业：某某制药有限公司",
    "",
    "【成份】本品为复方制剂，每毫升含甘草流浸膏0.12毫升，辅料为蔗糖、羟苯乙酯和水。",
]


def test_a_records_number_and_maker_are_meta() -> None:
    assert labels(RECORD_PAGE)[5:7] == ["meta", "meta"]


def test_a_sentence_led_by_a_record_key_stays_body() -> None:
    page = [
        *RECORD_PAGE[:5],
        "生产企业：某某制药有限公司去年搬到了城东的工业园区。",
        *RECORD_PAGE[7:],
    ]
    assert labels(page)[5] == "body"


def test_a_song_pages_singer_and_writers_are_meta() -> None:
    page = [*POEM[:4], "夜航", "", "演唱：周某", "作词：陈某　作曲：周某", "", *POEM[9:]]
    assert labels(page)[6:8] == ["meta", "meta"]


# --- a menu's row is no title, nor is the site's name above it ----------------------------

RULING = [
    "某市法院裁判文书网",
    "文书查询 | 庭审直播 | 诉讼指南 | 联系我们",
    "打印 | 下载 | 分享",
    "",
    "裁判案由：房屋租赁合同纠纷",
    "裁判日期：2024年05月06日",
    "",
    "某市某区人民法院民事判决书",
    "原告：张某某，男，1980年出生。",
    "被告：李某某，女，1985年出生。",
    "原告张某某与被告李某某房屋租赁合同纠纷一案，本院于2024年3月1日立案后，依法适用简易程序公开开庭进行了审理。",
]


def test_the_site_name_and_menu_rows_above_a_records_fields_are_chrome() -> None:
    doc = cleantext.clean("\n".join(RULING))
    assert [ln.label for ln in doc.lines[:3]] == ["boilerplate"] * 3
    assert doc.lines[4].label == "meta"
    assert (doc.lines[7].label or "body") == "body"


# --- rows of the page's counts and scores ------------------------------------------------


def test_rows_of_counts_and_scores_are_chrome() -> None:
    from cleantext.filters.chromelines import judge_chrome

    for line in (
        "3.9分 | 人均 ¥45 | 已售 1.1万",
        "4.2分 很好 | 318条点评",
        "562 心情　41 則留言　收藏",
        "好評 88　差評 3",
        "2.6萬 讚",
        "37万次下载",
    ):
        assert judge_chrome(line) == "boilerplate:counter", line


def test_a_lone_score_a_numbered_heading_and_a_read_count_are_no_counters() -> None:
    from cleantext.filters.chromelines import judge_chrome

    for line in ("88分 良好", "2.3 安装依赖", "1. 分享给朋友", "阅读 1.5k · 点赞 12 · 收藏 30"):
        assert judge_chrome(line) != "boilerplate:counter", line


# --- a shop's name between the site's head and its figures --------------------------------

SHOP = [
    "某某点评 | 吃喝玩乐",
    "首页 > 杭州美食 > 面馆 > 西湖区",
    "登录 | 注册 | 手机版",
    "",
    "老街口片儿川面馆（湖滨店）",
    "",
    "3.9分 | 人均 ¥45 | 已售 1.1万",
    "",
    "店家自述：一碗面守了三十年",
    "2024-05-01 10:00 发布",
    "招牌片儿川用的是现切的笋片和雪菜，面是每天早上手工擀的，汤头清爽不油腻，分量也足。",
]


def test_a_shops_name_between_the_head_and_its_figures_is_no_link() -> None:
    assert labels(SHOP)[4] == "body"
    assert labels(SHOP)[6] == "boilerplate"


def test_a_row_of_words_between_the_head_and_the_figures_stays_a_link() -> None:
    page = [*SHOP[:4], "关于我们 商家入驻", *SHOP[5:]]
    assert labels(page)[4] == "boilerplate"


# --- a related list's heading after the article ------------------------------------------

COURSE = [
    "某某学习网",
    "",
    "零基础学素描：从排线开始",
    "2024-03-02 09:00",
    "",
    "排线是素描的基本功。刚开始练习时不要急着画物体，先在纸上画满平行线，要求线条间距均匀、"
    "起笔收笔轻、中间重，这样叠加出来的灰面才干净。",
    "",
    "练熟了排线，再去画简单的几何体，你会发现明暗过渡容易多了，画面也不会脏。",
    "",
    "相关讲座",
    "素描静物入门",
    "速写人物十讲",
    "",
    "© 某某学习网",
]


def test_a_related_heading_after_the_last_paragraph_heads_a_list() -> None:
    assert labels(COURSE)[9:12] == ["boilerplate"] * 3


def test_a_related_heading_between_the_articles_paragraphs_is_its_section() -> None:
    page = [*COURSE[:7], "相关政策", COURSE[7], "", COURSE[5], *COURSE[8:]]
    assert labels(page)[7] == "body"


def test_who_saw_this_also_saw_is_a_related_heading() -> None:
    from cleantext.filters.chromelines import judge_chrome

    assert judge_chrome("看了这部电影的人，也看了") == "boilerplate:related"
    assert judge_chrome("看了这部电影的人都说好") is None
