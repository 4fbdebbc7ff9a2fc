"""The line model (:mod:`cleantext.chrome`, step :class:`cleantext.filters.linemodel.LineModel`):
shipped format, loading without scikit-learn, determinism, retraining, the CLI, and pages of
site types the training sets lack (written for this test, not taken from the sets)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import cleantext
from cleantext.chrome import features
from cleantext.chrome.model import FORMAT, LineModel, load
from cleantext.chrome.train import rule_state
from cleantext.document import Document
from cleantext.filters.linemodel import LineModel as Step
from cleantext.spam.model import ModelError
from conftest import run_cli

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
SHIPPED = Path(cleantext.__file__).parent / "chrome" / "data" / "linemodel.json"

# Pages of site types none of the training sets has (recipes, job ads, travel notes), each
# line with its true label. Written for this test.
PAGES = {
    "recipe": [
        ("boilerplate", "下厨房 | 菜谱大全 | 美食专题 | 厨房问答 | 市集"),
        ("boilerplate", "登录 注册"),
        ("body", "家常红烧肉的做法"),
        ("meta", "作者：阿芳的小厨房　2023-11-02 18:20"),
        ("boilerplate", "收藏 127　做过 45"),
        (
            "body",
            "红烧肉是一道很受欢迎的家常菜，肥而不腻，入口即化，做法其实并不复杂，关键在于火候和糖色。",
        ),
        ("body", "用料"),
        ("body", "五花肉 500克、冰糖 30克、生抽 两勺、老抽 半勺、姜片 适量、八角 两个。"),
        ("body", "先把五花肉切成两厘米见方的块，冷水下锅焯水，水开后撇去浮沫，捞出沥干备用。"),
        ("body", "锅中放少许油，放入冰糖小火慢慢炒出糖色，颜色变成枣红色时倒入肉块翻炒均匀。"),
        ("body", "加入开水没过肉块，大火烧开后转小火炖一个小时，最后大火收汁即可出锅。"),
        ("boilerplate", "上一道：清蒸鲈鱼　下一道：糖醋排骨"),
        ("boilerplate", "发表你的评论"),
        ("boilerplate", "关于我们 | 联系我们 | 用户协议 | 隐私政策"),
    ],
    "job": [
        ("boilerplate", "首页 找工作 校园招聘 企业服务 APP下载"),
        ("body", "招聘：高级前端开发工程师"),
        ("meta", "发布时间：2024-05-16　浏览次数：2,381"),
        ("body", "岗位职责："),
        (
            "body",
            "负责公司核心产品的前端架构设计与开发，与后端工程师协作完成接口联调，持续优化页面性能与用户体验。",
        ),
        ("body", "参与前端工程化建设，编写可复用的组件库，并负责代码评审和团队技术分享。"),
        ("body", "任职要求："),
        ("body", "本科及以上学历，三年以上前端开发经验，熟悉主流框架并有大型项目经验者优先。"),
        ("boilerplate", "立即投递　收藏职位　举报"),
        ("boilerplate", "扫码下载APP，随时随地找工作"),
        ("boilerplate", "相似职位推荐"),
        ("boilerplate", "Copyright © 2024 某某人才网 版权所有"),
    ],
    "travel": [
        ("boilerplate", "机票 | 酒店 | 火车票 | 旅游度假 | 攻略"),
        ("boilerplate", "您当前所在位置：首页 > 攻略 > 云南"),
        ("body", "大理三日游攻略：洱海骑行与古城慢生活"),
        ("meta", "游记作者：背包客小林　发表于 2022-08-19"),
        ("boilerplate", "点赞 312　评论 48　分享"),
        (
            "body",
            "第一天抵达大理后，我们先在古城里找了一家安静的客栈住下，傍晚沿着人民路一直走到"
            "洋人街，吃了当地有名的饵块。",
        ),
        (
            "body",
            "第二天租了电动车环洱海骑行，从才村码头出发，一路经过双廊和喜洲，沿途风景非常美。",
        ),
        ("body", "第三天去了苍山，坐索道上山，山顶的风很大，但是能看到整个洱海和大理坝子。"),
        ("boilerplate", "本文图片均为作者拍摄，转载请联系作者授权"),
        ("boilerplate", "热门目的地"),
        ("boilerplate", "丽江 | 西双版纳 | 香格里拉 | 昆明"),
    ],
}


def page_text(name: str) -> str:
    return "\n".join(text for _, text in PAGES[name])


def decisions(model: LineModel, text: str) -> dict[int, tuple[float, float, float]]:
    """The model's probabilities for each line the step would judge on the page."""
    texts, labels = features.page_state(rule_state(text).lines)
    only = [
        i
        for i, t in enumerate(texts)
        if labels[i] is None and t and features.eligible(t, model.max_len)
    ]
    return {
        i: model.probabilities(*f) for i, f in features.page_features(texts, labels, only).items()
    }


def test_shipped_model_is_small_plain_json() -> None:
    assert SHIPPED.stat().st_size < 2_000_000
    data = json.loads(SHIPPED.read_text("utf-8"))
    assert data["format"] == FORMAT and data["version"] == 1
    assert data["dense"] == list(features.DENSE)
    assert 0.5 < data["threshold"] < 1 and data["max_len"] > 0
    assert data["meta"]["sklearn_free"] is True
    assert isinstance(load(), LineModel)


def test_the_step_runs_without_sklearn_numpy_or_scipy() -> None:
    code = (
        "import sys\n"
        "for m in ('sklearn', 'numpy', 'scipy'):\n"
        "    sys.modules[m] = None  # any import of them fails\n"
        "import cleantext\n"
        f"doc = cleantext.clean({page_text('job')!r})\n"
        "print(sum(1 for ln in doc.lines if ln.reason.startswith(('meta:', 'boilerplate:'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(out.stdout) > 0


def test_scores_are_deterministic_across_processes() -> None:
    code = (
        "from cleantext.chrome.train import rule_state\n"
        "from cleantext.chrome import features\n"
        "from cleantext.chrome.model import load\n"
        f"texts, labels = features.page_state(rule_state({page_text('travel')!r}).lines)\n"
        "only = [i for i, t in enumerate(texts) if t]\n"
        "m = load()\n"
        "print([m.probabilities(*f) for f in features.page_features(texts, labels, only).values()])"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env={"PYTHONHASHSEED": seed},
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(runs) == 1 and "(" in runs.pop()


def toy_model(boilerplate_bias: float) -> dict:
    """A model whose only opinion is a bias towards boilerplate (and ``分享`` as chrome)."""
    n = len(features.DENSE)
    return {
        "format": FORMAT,
        "version": 1,
        "gram_chars": features.GRAM_CHARS,
        "dense": list(features.DENSE),
        "classes": ["meta", "boilerplate"],
        "bias": [-5.0, boilerplate_bias],
        "dense_weights": [[0.0] * n, [0.0] * n],
        "grams": {"分享": [0.0, 20.0]},
        "threshold": 0.9,
        "max_len": 10,
    }


def test_only_undecided_short_lines_are_judged_and_the_reason_carries_the_probability() -> None:
    doc = Document.from_text("分享到微信\n分享到微信\n分享一下周末在山里看到的风景\n分享")
    doc.lines[3].mark("body", "rule:kept")
    Step(model=toy_model(-2.0))(doc)
    title, first, long_line, decided = doc.lines
    assert title.label is None  # the page's first open line is its title: never judged
    assert first.label == "boilerplate" and first.reason.startswith("boilerplate:model 0.9")
    assert long_line.label is None  # longer than max_len: never judged
    assert decided.reason == "rule:kept"  # a rule's label is never changed
    doc = Step(model=toy_model(-20.0))(Document.from_text("标题\n分享到微信"))
    assert doc.lines[1].label is None  # below the threshold: left undecided


def test_numbered_headings_and_code_are_never_judged() -> None:
    assert not features.eligible("一、硬件介绍", 80)
    assert not features.eligible("3. 按需求保存项目名称", 80)
    assert not features.eligible("/** @author someone */", 80)
    assert features.eligible("相关阅读", 80)


def test_bad_line_model_files_give_clear_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "cleantext-spam-model"}', encoding="utf-8")
    with pytest.raises(ModelError, match="not a cleantext line model"):
        Step(str(bad))
    stale = dict(toy_model(0.0), dense=["len"])
    (tmp_path / "stale.json").write_text(json.dumps(stale), encoding="utf-8")
    with pytest.raises(ModelError, match="retrain it with 'cleantext train-lines'"):
        Step(str(tmp_path / "stale.json"))
    proc = run_cli(["--line-model", str(tmp_path / "missing.json"), "-"], b"x")
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr
    assert b"cannot load line model" in proc.stderr


def test_train_lines_needs_something_to_do() -> None:
    proc = run_cli(["train-lines", str(FIXTURES / "chrome_unseen_A.jsonl")])
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "nothing to do" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_shipped_model_takes_no_body_line_of_unseen_site_types(name: str) -> None:
    doc = cleantext.clean(page_text(name))
    for (gold, text), line in zip(PAGES[name], doc.lines, strict=True):
        if line.reason.endswith(tuple(f"model {p / 100:.2f}" for p in range(101))):
            assert line.label == gold, text


@pytest.fixture(scope="module")
def retrained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped model retrained with the documented command (README)."""
    if not CORPUS.exists():
        pytest.skip("shared corpus not available")
    out = tmp_path_factory.mktemp("linemodel") / "lines.json"
    corpora = [
        str(CORPUS),
        *(str(FIXTURES / f"chrome_unseen_{h}.jsonl") for h in "ACEGHIJ"),
        *(str(FIXTURES / f"spam_unseen_{h}.jsonl") for h in "ABCDEFGILMNOPQRS"),
    ]
    proc = subprocess.run(
        [sys.executable, "-m", "cleantext", "train-lines", *corpora, "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    return out


def test_the_retrained_model_behaves_like_the_shipped_one(retrained: Path) -> None:
    # the rules it sits behind change often; the model's decisions on clear lines must not
    mine = LineModel(json.loads(retrained.read_text("utf-8")))
    shipped = load()
    for name in PAGES:
        text = page_text(name)
        got, want = decisions(mine, text), decisions(shipped, text)
        assert got.keys() == want.keys()
        for i in got:
            assert got[i] == pytest.approx(want[i], abs=0.05), PAGES[name][i]
    doc = cleantext.clean(
        page_text("job"),
        pipeline=cleantext.Pipeline(cleantext.pipeline.default_filters(line_model=str(retrained))),
    )
    assert [ln.label for ln in doc.lines] == [
        ln.label for ln in cleantext.clean(page_text("job")).lines
    ]


def test_a_threshold_per_class() -> None:
    # one n-gram pushes boilerplate to 0.882 (the module's example): taken at 0.8, not at 0.95
    data = {
        "format": "cleantext-line-model",
        "version": 1,
        "gram_chars": features.GRAM_CHARS,
        "dense": list(features.DENSE),
        "classes": ["meta", "boilerplate"],
        "bias": [0.0, 2.0],
        "dense_weights": [[0.0] * len(features.DENSE)] * 2,
        "grams": {"分": [0.0, 1.0]},
        "threshold": 0.8,
        "max_len": 60,
    }
    label, p = LineModel(data).predict(["分", "享"], [0.0] * len(features.DENSE))
    assert label == "boilerplate" and 0.8 < p < 0.95
    assert LineModel(data).takes(label, p)
    strict = LineModel({**data, "thresholds": {"boilerplate": 0.95}})
    assert not strict.takes(label, p)
    assert strict.takes("meta", 0.85) and not strict.takes("body", 0.99)


def test_the_shipped_model_asks_more_of_boilerplate_than_of_meta() -> None:
    # a line taken as chrome leaves the clean text; one taken as meta stays in doc.meta
    shipped = load()
    assert shipped.thresholds["boilerplate"] > shipped.thresholds["meta"] >= 0.9
