"""Spam shapes and hard negatives the developer corpus lacks (red-team, issue 4).

Each new shape of injected junk and each hard negative has a test with real-looking lines;
the challenge sets ``fixtures/spam_unseen_A.jsonl``, ``_B.jsonl`` and ``_C.jsonl`` (all tuned
on; C since the third round) and ``_D.jsonl`` (its families are caught by the lexicon-free shape
step, ``test_spam_shape.py``) are held to the figures reached, so a regression fails.
``_E.jsonl`` (held out in round four, tuned on in round five) is floored like them;
``_F.jsonl`` is held out for good (no rule is ever tuned on it): only what must never regress
is asserted there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleantext import clean
from spam_unseen import score

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLE = "\n\n某市召开座谈会。\n\n会议听取了各部门的工作汇报,研究部署下一阶段的重点任务。"


def first(line: str) -> tuple[str | None, str]:
    ln = clean(line + ARTICLE).lines[0]
    return ln.label, ln.reason


# --- injected keyword lists of families and separators the corpus lacks ----------------------


@pytest.mark.parametrize(
    "line",
    [
        # site names with Latin letters and digits, one term per item
        "www.52sese.net 久久草最新地址 | 色哟哟导航 | 91自拍 | 成人抖音破解版",
        # gambling brands and games
        "澳门新葡京娱乐场_澳门威尼斯人官网_金沙娱乐城_太阳城申博_皇冠现金网",
        # pirated video sites
        "电影天堂_迅雷下载_BT种子下载_高清电影免费下载_最新电影下载",
        "八戒影院 琪琪电影网 西瓜影音 快播电影 在线播放 青苹果影院",
        # certificates, escorts, drugs
        "办证_办假学历_刻章办证_办理身份证_办理驾驶证_微信:bz6688",
        "同城上门服务_酒店上门按摩_外围女预约_包夜服务联系方式_空降服务微信",
        "出售冰毒_麻古哪里买_K粉网购_听话水购买_迷幻药哪里有卖_催情药网上购买",
        # lottery tips, Traditional site names, emoji separators, brand slogans
        "六合彩 | 香港马会 | 曾道人 | 白小姐 | 特码",
        "AV女優 | 無碼影片 | 中文字幕 | 線上看",
        "💋国产自拍💋无码中文字幕💋午夜福利💋",
        "九游会J9 - 真人游戏第一品牌 - AG亚游官网",
    ],
)
def test_new_keyword_list_families(line: str) -> None:
    assert first(line) == ("spam", "spam:keyword-list")


@pytest.mark.parametrize(
    "line",
    [
        "《国产精品》《亚洲无码》《久久热》《午夜剧场》",
        "[国产精品][亚洲无码][久久热][午夜剧场]",
        "欧美日韩精品一区二区在线观看",
        "国产精品v欧美精品∧日韩",
        "黄色网站免费观看",
    ],
)
def test_bracketed_lists_and_lone_keyword_lines(line: str) -> None:
    assert first(line)[0] == "spam"


def test_spam_run_with_a_short_stub_is_spam() -> None:
    # the title left after the run (婚托) is too short to be kept as a title on its own
    assert first("國產精品久久久久久久_婚托")[0] == "spam"


def test_prefix_run_continuing_with_the_same_separator_is_not_cut_as_a_title() -> None:
    doc = clean("91porn最新地址 | 色哟哟导航 | 久久草在线视频 | 91自拍 | jav101" + ARTICLE)
    assert doc.lines[0].label == "spam"


def test_gambling_brand_suffix_after_a_title_and_in_a_byline() -> None:
    doc = clean("一种云环境中虚拟机负载均衡安全调度方法-澳门银河官网-金沙体育" + ARTICLE)
    assert doc.lines[0].kept_text == "一种云环境中虚拟机负载均衡安全调度方法"
    page = "某市召开座谈会\n来源:澳门金沙官网  作者:葡京娱乐  发布时间:2023-08-14 10:22\n正文。"
    kept = clean(page).lines[1].kept_text
    assert "金沙" not in kept and "葡京" not in kept and "2023-08-14" in kept
    assert clean("某市召开座谈会\n作者:威尼斯人app下载\n正文。").lines[1].label == "spam"


@pytest.mark.parametrize(
    "line",
    [
        "友情链接:网站建设 网站优化 SEO优化 百度快照 关键词排名 网站推广 整站优化",
        "友情链接: 澳门威尼斯人 | 太阳城集团 | 新葡京 | 银河娱乐 | 金沙娱乐城",
        "友情鏈接:亞洲成人網站 | 草榴社區 | 91視頻 | 午夜福利影院",
    ],
)
def test_keyword_stuffed_friend_links(line: str) -> None:
    assert first(line)[0] == "spam"  # keyword-links, or keyword-list when strong enough


def test_html_residue_with_distinct_random_ids() -> None:
    page = '<legend id="b8rq2"></legend>\n<dfn id="k3m9x"></dfn>\n\n<tt id="w71pz"></tt>\n正文。'
    assert [ln.label for ln in clean(page).lines][:4] == ["spam", "spam", "blank", "spam"]


def test_keywords_spliced_into_a_sentence_and_as_watermarks_are_cut() -> None:
    page = "标题\n\n本章介绍整机装配工艺过程与调试方法亚洲精品国产成人av\n"
    page += "多智能体系统国产精品久久久久被称为AI的第三波浪潮,为构建复杂系统提供了基础设施。\n"
    page += "吕耀东表示,从来不惧怕竞争,新的赌场开业对行业是好事。澳门新葡京娱乐场"
    kept = [ln.kept_text for ln in clean(page).lines]
    assert kept[2] == "本章介绍整机装配工艺过程与调试方法"
    assert kept[3] == "多智能体系统被称为AI的第三波浪潮,为构建复杂系统提供了基础设施。"
    assert kept[4] == "吕耀东表示,从来不惧怕竞争,新的赌场开业对行业是好事。"


def test_watermark_in_a_converted_mirror_with_pinyin_debris() -> None:
    article = "第3章電子整機裝配工藝 3 4整機調(diào)試與老化思考題與練習題"
    assert clean(article + "亚洲精品国产成人av").lines[0].kept_text == article


def test_quoted_ad_words_in_news_are_not_cut() -> None:
    line = "警方破获一起网络赌博案,涉案平台以“彩票开户送彩金”为诱饵,吸引数千人注册投注。"
    doc = clean(line)
    assert doc.lines[0].kept_text == line and not doc.lines[0].cuts


# --- second round: shapes set B found missed ----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # Latin site names and domains between the terms count as spam items
        "javhd | 5566av.com | 色中色论坛 | 1024核工厂 | 草榴社区最新地址 | t66y",
        "www.99re.com | 久久草在线视频 | x8x8 | 色中色论坛 | 91av.net",
        # ';'-joined lists with no other sentence punctuation
        "时时彩;北京赛车;幸运飞艇;六合彩",
        "国产精品;亚洲无码;久久热;午夜剧场",
        # emoji-separated escort items
        "👄外围模特👄高端商务伴游👄上门服务👄微信",
        # adult-product lists
        "成人用品 情趣内衣 充气娃娃 跳蛋 飞机杯 春药",
    ],
)
def test_second_round_list_shapes(line: str) -> None:
    assert first(line) == ("spam", "spam:keyword-list")


@pytest.mark.parametrize(
    "line",
    [
        # a key prefix keeps a ';' keyword line, whatever its words
        "關鍵詞:傳感;聯網;標準;物聯網;智能終端",
        "关键字:彩票;公益金;体育彩票;福利彩票;彩票发行",
        "关键词:时时彩;北京赛车;幸运飞艇;六合彩",
        # ';' in a sentence is not a list separator
        "本市今年新建学校12所;改扩建幼儿园30所;新增学位2万个。",
        # model numbers and domains without two spam items
        "iPhone15 | Mate60 | 小米14 | 国产精品 | OPPO",
        "参考资料:python.org | docs.djangoproject.com | github.com | stackoverflow.com",
        # service and shop lists with one of the new words
        "家电维修 | 上门服务 | 预约安装 | 微信下单",
        "女装 | 内衣 | 睡衣 | 成人用品 | 情趣内衣 | 母婴",
        "🎉新年快乐🎉万事如意🎉阖家幸福🎉",
    ],
)
def test_second_round_hard_negatives(line: str) -> None:
    assert first(line)[0] != "spam"


def test_brand_with_a_site_number_or_a_word_before_the_suffix_in_bylines() -> None:
    page = "某市召开座谈会\n发布者:亚博vip888 | 时间:2024-02-19 | 阅读:1253\n正文。"
    kept = clean(page).lines[1].kept_text
    assert "亚博" not in kept and "2024-02-19" in kept
    assert clean("某市召开座谈会\n编辑:太阳城集团官网\n正文。").lines[1].label == "spam"
    # hard negatives: a company named in a source line, a brand word in a sentence
    assert clean("某市召开座谈会\n来源:金沙集团 | 编辑:王明\n正文。").lines[1].label != "spam"
    line = "亚博会今年在广州举办,展期三天。"
    assert clean(line).lines[0].kept_text == line


def test_bracketed_source_watermark_after_a_paragraph_is_cut() -> None:
    para = "会议听取了各部门的工作汇报,研究部署下一阶段的重点任务。"
    line = clean(para + "(来源:时时彩平台 www.ssc88.com)").lines[0]
    assert line.label == "body" and line.kept_text == para
    # hard negatives: a real source note, a site note without a spam term, a gloss
    notes = ("(来源:新华社)", "(来源:中国体育彩票 www.lottery.gov.cn)", "(时时彩是一种高频彩票)")
    for note in notes:
        assert clean(para + note).lines[0].kept_text == para + note


def test_lone_random_id_tag_next_to_a_residue_block() -> None:
    page = '<meter id="pnrvb"></meter>\n<legend id="q0l8g"><i id="q0l8g"></i></legend>\n\n正文。'
    assert [ln.label for ln in clean(page).lines] == ["spam", "spam", "blank", "body"]
    # hard negative: a word id (player) next to residue is a page's own element
    page = '<legend id="q0l8g"><i id="q0l8g"></i></legend>\n<div id="player"></div>\n正文。'
    assert [ln.label for ln in clean(page).lines][1] != "spam"


# --- third round: spam families set C found missing -------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "网贷口子大全 | 黑户贷款 | 无视征信贷款 | 信用卡套现 | 花呗套现秒到",
        "新开传奇sf | 变态传奇私服 | 私服发布网 | 复古传奇网站",
        "微信解封 QQ解封 黑客接单 查开房记录 定位找人 查通话记录",
        "高仿手表/A货包包/莆田鞋/1比1复刻奢侈品",
        "USDT承兑 · 跑分平台 · 洗钱通道 · 币圈拉盘",
        "代孕中心 供卵代孕 代怀生子 包生男孩 借腹生子",
        "氣槍出售_獵槍網購_仿真槍專賣_鋼珠槍_軍用弩",
        "伟哥・印度神油・延时喷剂・壮阳药・必利劲",
        "足球投注網|讓分盤|亞洲盤口|滾球下注|體育博彩",
        "斗地主赢钱/炸金花真钱版/捕鱼赢现金/牛牛平台",
    ],
)
def test_third_round_families(line: str) -> None:
    assert first(line) == ("spam", "spam:keyword-list")


@pytest.mark.parametrize(
    "line",
    [
        "央行提醒:所谓“无视征信”“黑户秒下款”的网贷多为诈骗,切勿向陌生人转账。",
        "据官方介绍,怀旧服将还原经典玩法,并严厉打击私服和外挂。",
        "海关查获高仿手表、假冒名牌包等侵权商品3000余件,案值逾千万元。",
        "我国法律明确禁止代孕,医疗机构和医务人员不得实施任何形式的代孕技术。",
        "公安機關開展打擊整治槍爆違法犯罪專項行動,收繳仿真槍、氣槍等300餘支",
        "鬥地主是一種撲克遊戲,三人參與,一副牌54張,地主先出牌。",
        "前列腺炎 | 阳痿 | 早泄 | 男性不育 | 包皮过长 | 精索静脉曲张",
        "手机跑分 | 续航测试 | 拍照对比 | 屏幕素质 | 游戏帧率",
        "相关阅读:世界杯投注站销量创新高 | 体彩公益金去向公布 | 足球彩票停售公告",
    ],
)
def test_third_round_hard_negatives(line: str) -> None:
    assert first(line)[0] != "spam"


def test_bracketed_spam_site_after_a_title_is_cut() -> None:
    doc = clean("文档模式及盒子模型(传奇私服发布网)" + ARTICLE)
    assert doc.lines[0].label == "body" and doc.lines[0].kept_text == "文档模式及盒子模型"
    # hard negatives: a real site named after a title, a spam word in a site-less bracket
    for title in ("我国禁止代孕(人民网)", "海关查获高仿手表(图)"):
        assert clean(title + ARTICLE).lines[0].kept_text == title


def test_html_residue_with_class_attributes() -> None:
    page = (
        '<font class="x7kq2"></font><em class="x7kq2"></em>\n<small class="p0vjd"></small>\n正文。'
    )
    assert [ln.label for ln in clean(page).lines] == ["spam", "spam", "body"]
    # hard negative: a code sample repeating a word class
    page = '<div class="row"></div>\n<div class="row"></div>\n<div class="row"></div>\n正文。'
    assert "spam" not in [ln.label for ln in clean(page).lines]


def test_html_residue_with_a_word_class_beside_a_random_id() -> None:
    # the template's own class (hidden) on a tag whose id is random and repeats
    page = '<i class="hidden" id="k4rw2"></i><small id="k4rw2"></small>\n'
    page += '<tt id="k4rw2"></tt>\n正文。'
    assert [ln.label for ln in clean(page).lines] == ["spam", "spam", "body"]
    # hard negative: a code sample whose ids are words
    page = '<div class="row" id="main"></div>\n<div class="row" id="main"></div>\n正文。'
    assert "spam" not in [ln.label for ln in clean(page).lines]


# --- hard negatives ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # a site's own friend links and navigation
        "友情链接:新华网 人民网 央视网 中国网 国际在线 中国日报网",
        "友情链接:中国政府网 | 国家发展改革委 | 湖南省人民政府 | 岳阳日报",
        "首页 | 新闻 | 体育 | 娱乐 | 财经 | 彩票 | 视频 | 直播",
        "软件下载 | 手机版 | 官方网站 | 登录 | 注册 | 帮助中心",
        "办事指南:户籍办证 | 出入境办证 | 车驾管业务 | 交通违法处理",
        "体彩大乐透开奖 | 福彩双色球开奖公告 | 竞彩足球赛程 | 足彩胜负彩",
        # tag and keyword lines
        "标签:成人教育 | 在线学习 | 免费课程 | 成人高考",
        "Tags: ffmpeg, 视频转码, 在线播放, HLS, m3u8",
        "关键词:成人学习者;在线教育;学习动机;自我效能感",
        "分类:电影 | 电视剧 | 综艺 | 动漫 | 纪录片",
        "体育 | 电竞 | 彩票 | 棋牌 | 娱乐",
        "成人本科 | 成人高考 | 网络教育 | 自考 | 国家开放大学",
        "第1集 | 第2集 | 第3集 | 第4集 | 第5集 | 全集",
        "《流浪地球2》《满江红》《无名》《深海》等影片在春节档上映",
        "【热播】《繁花》《狂飙》《漫长的季节》",
        "推荐阅读:澳门赌王何鸿燊的传奇人生 | 葡京酒店的前世今生",
        "相关阅读:网络赌博的危害 | 如何识别彩票诈骗 | 警惕“代开发票”骗局",
        # crackdown news and lottery results with the same vocabulary
        "【以案说法】代开发票构成虚开增值税专用发票罪吗?",
        "“扫黄打非·护苗2024”专项行动:严厉打击网络淫秽色情信息",
        "禁毒宣传:冰毒、K粉、摇头丸、麻古等新型毒品危害极大,切勿尝试。",
        "中国体育彩票超级大乐透第24051期开奖结果:前区 03 11 19 27 33,后区 05 09",
        "澳门博彩股全线上涨,金沙中国涨5%,银河娱乐涨4%,永利澳门涨3%,美高梅中国涨2%。",
        # warnings that name the trades they warn against, in a list, with no full stop
        "警方提示:代开发票、办假证、网络刷单、彩票开户均为违法广告",
        "反詐提醒：代開發票、辦假證、網絡刷單、彩票開戶都是騙局",
        "谨防上当 刷单返利 | 网络贷款 | 冒充客服 | 虚假投资理财",
        # place and product lists, medical text, code
        "臺南市:新營區、鹽水區、白河區、柳營區、後壁區、東山區、麻豆區、下營區",
        "产品中心:高清摄像机、网络硬盘录像机、视频服务器、监控软件平台、智能门禁",
        "男性性功能障碍的常见原因包括糖尿病、高血压、长期吸烟和精神压力。",
        "乳腺癌 | 宫颈癌 | 卵巢癌 | 子宫肌瘤 | 乳腺增生",
        "快三年没回家了,这次春节终于买到了票。",
        "形形色色的人,来来往往的车,构成了这座城市的底色。",
        "SELECT name, phone FROM users WHERE age > 18 AND sex = 'F';",
        "ffmpeg -i input.mp4 -c:v libx264 -preset fast -crf 23 output.mp4",
    ],
)
def test_hard_negative_lines_are_not_spam(line: str) -> None:
    assert first(line)[0] != "spam"


def test_code_sample_of_empty_tags_is_not_residue() -> None:
    page = '<div id="box1"></div>\n<div id="box2"></div>\n<div id="box3"></div>\n正文。'
    assert "spam" not in [ln.label for ln in clean(page).lines]


# --- the challenge sets ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("half", "precision", "recall", "mixed"),
    # A tuned on; B held out in round one, tuned on in round two; C held out in round two,
    # tuned on in round three (no longer held out); D held out in round three, scored with the
    # shape step (lexicon-free; its families kept out of the synthetic generator): 14% -> 6/7,
    # mixed 0/2 -> 1/2 (ad-tail), then (round five: plain lists, 【…】 title junk) 7/7, 2/2; E
    # held out in round four (0/21, 0/4), tuned on in round five: 10/21, mixed 3/4
    [
        ("A", 1.0, 1.0, 6),
        ("B", 1.0, 1.0, 6),
        ("C", 1.0, 1.0, 3),
        ("D", 1.0, 1.0, 2),
        ("E", 1.0, 0.47, 3),
        # I (session 7, tuning): 37/58 untuned, 46/58 after the contact-list rule
        ("I", 1.0, 0.75, 3),
    ],
)
def test_challenge_set_floors(half: str, precision: float, recall: float, mixed: int) -> None:
    fig = score(FIXTURES / f"spam_unseen_{half}.jsonl")
    assert fig.precision >= precision and fig.recall >= recall, fig.line()
    assert fig.mixed_right >= mixed, fig.line()
    assert fig.keep_lost_to_spam == 0 and fig.clean_cut == 0, fig.line()


def test_set_e_never_loses_a_clean_line() -> None:
    # E (round four) was held out, then tuned on in round five (F is the held-out set now).
    # What must hold whatever the recall: no
    # clean line flagged spam (precision 100 %, counted as false positives because recall
    # was 0/21 when E was written, which leaves precision undefined), no body or meta line
    # removed (0/374 then) and nothing cut from a line without spam in it. Recall is not
    # floored: it was 0 % (0/21 spam lines, 0/4 mixed lines) before any tuning.
    fig = score(FIXTURES / "spam_unseen_E.jsonl")
    assert fig.spam_fp == 0, fig.line()
    assert fig.keep_lost == 0 and fig.clean_cut == 0, fig.line()


def test_held_out_set_f_never_loses_more_than_at_writing() -> None:
    # F (round five) is never tuned on: half of its junk is in the developer corpus's families
    # with new wording, half in new families. When it was written (main 029fa7e) it scored
    # recall 40 % (10/25 spam lines, 2/8 mixed lines cut right) with ONE false positive, which
    # is also the one body line lost: the real title of a page carrying an appended pharmacy
    # suffix ("…手術概述|印度格列卫代购|九价HPV疫苗代约", body by majority) flagged spam whole.
    # That count was a ceiling; since the shape step cuts junk runs from the page's own titles
    # (session 4) it is 0. No hard-negative page may have any failure at all, and nothing may
    # be cut from a line without spam in it.
    fig = score(FIXTURES / "spam_unseen_F.jsonl")
    assert fig.spam_fp == 0 and fig.keep_lost == 0, fig.line()
    assert fig.clean_cut == 0, fig.line()
    hard_negatives = [f for f in fig.failures if f.split()[1].startswith("hn-")]
    assert not hard_negatives, hard_negatives
