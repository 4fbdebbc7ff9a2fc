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
