"""Page layouts of kinds the developer corpus has few of, written after common Chinese site
templates (portal news, government notice, Discuz forum, blog clone). They check the issue-6
filters away from the corpus: chrome and metadata labelled, every body line kept."""

from __future__ import annotations

from cleantext import Pipeline
from cleantext.filters.boilerplate import ChromeLines, PageChrome
from cleantext.filters.meta import MetaExtractor, MetaLines
from cleantext.filters.normalize import LabelBlankLines, NormalizeText

PIPE = Pipeline(
    [NormalizeText(), LabelBlankLines(), ChromeLines(), MetaLines(), PageChrome(), MetaExtractor()]
)


def check(page: list[tuple[str, str]]):
    """``page`` is (expected label, line); returns the document after asserting the labels."""
    doc = PIPE.clean("\n".join(line for _, line in page))
    got = [(ln.label, ln.text) for ln in doc.lines]
    want = [(label, line) for label, line in page]
    assert got == want, "\n".join(
        f"{g[0]:12s}{w[0]:12s}{w[1]}" for g, w in zip(got, want, strict=True) if g != w
    )
    return doc


def test_portal_news() -> None:
    doc = check(
        [
            ("boilerplate", "首页 | 新闻 | 体育 | 娱乐 | 财经 | 科技 | 登录"),
            ("boilerplate", "新浪新闻 > 国内新闻 > 正文"),
            ("body", "国务院召开常务会议 部署推进稳就业工作"),
            ("meta", "2024年05月10日 18:30 新华网"),
            ("boilerplate", "分享到:微信 微博"),
            ("body", "新华社北京5月10日电 国务院总理主持召开国务院常务会议,部署推进稳就业工作。"),
            ("body", "会议指出,就业是最基本的民生,要把稳就业摆在更加突出的位置。"),
            ("body", "一、加大政策支持力度"),
            ("body", "会议要求,各地区各部门要落实落细各项稳就业政策,确保取得实效。"),
            ("meta", "责任编辑:张三 SF183"),
            ("boilerplate", "相关新闻"),
            ("boilerplate", "多地出台稳就业新举措"),
        ]
    )
    assert doc.meta.title == "国务院召开常务会议 部署推进稳就业工作"
    assert doc.meta.published == "2024-05-10T18:30"
    assert doc.meta.editor == "张三 SF183"


def test_government_notice() -> None:
    doc = check(
        [
            ("meta", "索引号: 11440300/2024-00123   分类: 通知公告"),
            ("meta", "发布机构: 深圳市人力资源和社会保障局   成文日期: 2024-03-01"),
            ("body", "标题: 关于做好2024年度职称评审工作的通知"),
            ("meta", "文号: 深人社规〔2024〕3号   发布日期: 2024-03-05"),
            ("boilerplate", "【字体:大 中 小】 【打印】 【关闭】"),
            ("body", "各有关单位:"),
            ("body", "  为做好2024年度职称评审工作,现将有关事项通知如下:"),
            ("body", "  一、评审范围"),
            ("body", "  本市各类企业、事业单位中从事专业技术工作的人员,均可按规定申报。"),
            ("body", "  二、申报时间"),
            ("body", "  2024年4月1日至4月30日。"),
            ("meta", "深圳市人力资源和社会保障局"),
            ("meta", "2024年3月1日"),
        ]
    )
    assert doc.meta.title == "关于做好2024年度职称评审工作的通知"
    assert doc.meta.published == "2024-03-05"


def test_discuz_forum_thread() -> None:
    doc = check(
        [
            ("boilerplate", "论坛首页 › 技术交流 › 查看帖子"),
            ("boilerplate", "登录 | 立即注册 | 找回密码"),
            ("meta", "查看: 1234|回复: 12"),
            ("body", "[求助] Python 多线程问题怎么解决?"),
            ("meta", "楼主 张三 发表于 2023-5-6 10:20:30 | 只看该作者 |倒序浏览 |阅读模式"),
            ("body", "各位大佬好,我在用 threading 写爬虫的时候遇到一个问题,线程总是卡住不动。"),
            ("body", "1. 系统环境"),
            ("body", "Windows 10,Python 3.11"),
            ("body", "2. 代码如下"),
            ("body", "import threading"),
            ("body", "t = threading.Thread(target=run)"),
            ("boilerplate", "回复 | 引用 | 举报"),
        ]
    )
    assert doc.meta.title == "[求助] Python 多线程问题怎么解决?"
    assert doc.meta.published == "2023-05-06T10:20:30"


def test_blog_clone() -> None:
    doc = check(
        [
            ("body", "Python 装饰器详解 原创"),
            ("meta", "最新推荐文章于 2024-01-05 10:00:00 发布"),
            ("meta", "于 2023-06-01 10:00:00 发布 · 1.2k 阅读 · 3 点赞 · 5 收藏"),
            ("boilerplate", "分类专栏: Python 文章标签: python 装饰器"),
            (
                "boilerplate",
                "版权声明:本文为博主原创文章,遵循 CC 4.0 BY-SA 版权协议,转载请附上原文出处链接和本声明。",  # noqa: E501
            ),
            ("meta", "本文链接:https://blog.example.net/u/article/details/123"),
            (
                "body",
                "装饰器是 Python 中非常重要的概念,它可以在不修改函数代码的情况下扩展函数的功能。",
            ),
            ("body", "目录"),
            ("body", "一、什么是装饰器"),
            ("body", "二、带参数的装饰器"),
            ("boilerplate", "在这里插入图片描述"),
            ("body", "def log(func):"),
            ("body", "    return func"),
        ]
    )
    assert doc.meta.title == "Python 装饰器详解"
    assert doc.meta.published == "2024-01-05T10:00:00"
