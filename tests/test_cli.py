"""The command line as a user runs it. Most tests run it in-process through ``cli.main(argv)``
with bytes for stdin, stdout and stderr (``run``); a few run a real subprocess (``run_process``)
for what only a process shows: the exit status through ``sys.exit``, stdin from a pipe."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED, run_cli


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return run_cli(args, stdin)


def run_process(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "cleantext", *args], input=stdin, capture_output=True, timeout=60
    )


def assert_clean_error(proc: subprocess.CompletedProcess[bytes], code: int, *words: str) -> str:
    err = proc.stderr.decode()
    assert proc.returncode == code, err
    assert "Traceback" not in err
    for word in words:
        assert word in err
    return err


def test_seed_file_to_clean_text() -> None:
    proc = run_process(str(SEED))
    assert proc.returncode == 0
    out = proc.stdout.decode()
    assert out.startswith("組織部長訪談丨下足育才")
    assert "主站蜘蛛池模板" not in out and "国产精品" not in out
    assert "金安區在嚴格落實村干部待遇保障的基礎上" in out


def test_stdin_and_dash_are_the_same(seed_text: str) -> None:
    a = run_process(stdin=seed_text.encode())
    b = run("-", stdin=seed_text.encode())
    c = run(str(SEED))
    assert a.stdout == b.stdout == c.stdout and a.returncode == 0


def test_explain_shows_footer_as_spam_with_reason() -> None:
    out = run("--explain", str(SEED)).stdout.decode()
    footer = [row for row in out.splitlines() if "主站蜘蛛池模板" in row]
    assert len(footer) == 1
    assert " spam " in footer[0] and "spam:spider-pool-footer" in footer[0]
    assert "\x1b[" not in out  # not a terminal: no colour


def test_json_format(seed_text: str) -> None:
    data = json.loads(run("--format", "json", str(SEED)).stdout)
    assert len(data["lines"]) == len(seed_text.split("\n"))
    assert data["removed"][-1]["reason"] == "spam:spider-pool-footer"


def test_removed_file_keeps_what_was_taken(tmp_path: Path) -> None:
    removed = tmp_path / "removed.jsonl"
    assert run("--removed", str(removed), str(SEED)).returncode == 0
    items = [json.loads(x) for x in removed.read_text(encoding="utf-8").splitlines()]
    assert any(i["text"].startswith("主站蜘蛛池模板") and i["label"] == "spam" for i in items)


def test_jsonl_passes_fields_through() -> None:
    records = [
        {"id": 1, "url": "http://a", "text": "标题\n正文。\n主站蜘蛛池模板: 国产| 亚洲"},
        {"id": 2, "extra": {"k": [1, 2]}, "text": "只有正文。"},
    ]
    stdin = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    proc = run("--jsonl", stdin=stdin)
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == [1, 2]
    assert out[1]["extra"] == {"k": [1, 2]} and out[0]["url"] == "http://a"
    assert out[0]["text"] == records[0]["text"]
    assert out[0]["cleantext"]["text"] == "标题\n正文。"
    assert out[0]["cleantext"]["removed"][0]["label"] == "spam"


def test_jsonl_custom_field() -> None:
    proc = run("--jsonl", "--field", "content", stdin='{"content": "正文。"}\n'.encode())
    assert json.loads(proc.stdout)["cleantext"]["text"] == "正文。"


def test_invalid_utf8_reports_offset(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes("正文".encode() + b"\xff\xfe" + "更多".encode())
    proc = run(str(bad))
    assert_clean_error(proc, 1, "invalid UTF-8", "byte offset 6", "--errors replace")
    ok = run("--errors", "replace", str(bad))
    assert ok.returncode == 0 and ok.stdout.decode() == "正文\ufffd\ufffd更多\n"


def test_malformed_jsonl_reports_line_number() -> None:
    stdin = b'{"text": "a"}\n{"text": \n{"text": 3}\n{"text": "b"}\n'
    proc = run("--jsonl", stdin=stdin)
    assert_clean_error(proc, 1, "<stdin>:2", "malformed JSONL")
    assert len(proc.stdout.splitlines()) == 1  # what came before the error is kept


def test_skip_bad_counts_skipped_lines() -> None:
    stdin = b'{"text": "a"}\nnot json\n{"text": 3}\n[1]\n{"text": "b"}\n'
    proc = run("--jsonl", "--skip-bad", stdin=stdin)
    err = assert_clean_error(proc, 0, "skipped 3 JSONL line(s)", "<stdin>:2")
    assert "<stdin>:3" in err and "<stdin>:4" in err
    assert [json.loads(x)["cleantext"]["text"] for x in proc.stdout.splitlines()] == ["a", "b"]


def test_usage_error_exits_2() -> None:
    assert_clean_error(run_process("--format", "xml"), 2, "invalid choice")


def test_missing_file_exits_1_and_other_files_still_done(tmp_path: Path) -> None:
    proc = run(str(tmp_path / "nope.txt"), str(SEED))
    assert_clean_error(proc, 1, "nope.txt", "cannot read")
    assert "組織部長訪談" in proc.stdout.decode()


def test_directory_is_a_clear_error(tmp_path: Path) -> None:
    assert_clean_error(run(str(tmp_path)), 1, "is a directory")


def test_empty_input_is_reported_not_passed_over(tmp_path: Path) -> None:
    for args in ((), ("--jsonl",), ("--format", "jsonl")):
        proc = run(*args)
        assert_clean_error(proc, 1, "<stdin>", "empty input")
        assert proc.stdout == b""
    empty, page = tmp_path / "empty.txt", tmp_path / "page.txt"
    empty.write_bytes(b"")
    page.write_text("正文。", encoding="utf-8")
    proc = run(str(empty), str(page))  # the other input is still cleaned
    assert_clean_error(proc, 1, "empty.txt: empty input", "1 error")
    assert proc.stdout.decode() == "正文。\n"
    assert_clean_error(run("--jsonl", stdin=b"\n \n"), 1, "empty input (blank lines only)")
    blank_lines_between = b'{"text": "a"}\n\n{"text": "b"}\n\n'
    assert run("--jsonl", stdin=blank_lines_between).returncode == 0


def test_output_never_overwrites_input(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("正文。", encoding="utf-8")
    assert_clean_error(run("-o", str(page), str(page)), 2, "refusing to overwrite")
    assert page.read_text(encoding="utf-8") == "正文。"
    out = tmp_path / "out.txt"
    assert run("-o", str(out), str(page)).returncode == 0
    assert out.read_text(encoding="utf-8") == "正文。\n"


def test_binary_junk_does_not_traceback() -> None:
    junk = bytes(range(256)) * 10
    proc = run(stdin=junk)
    assert_clean_error(proc, 1, "invalid UTF-8")
    proc = run("--errors", "replace", stdin=junk)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr.decode()


@pytest.mark.parametrize("flag", ["--help"])
def test_help_teaches(flag: str) -> None:
    out = run(flag).stdout.decode()
    for word in ("--explain", "--jsonl", "--removed", "exit status", "examples"):
        assert word in out
