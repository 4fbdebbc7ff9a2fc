"""Hostile input end to end: each gets a clear message, the right exit code, and loses
nothing that was already processed."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cleantext import cli
from conftest import SEED
from test_cli import assert_clean_error, run

PAGE = "標題\n正文第一段。\n主站蜘蛛池模板: 国产精品| 亚洲"


def jsonl(*texts: str) -> bytes:
    return "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts).encode()


def test_invalid_utf8_in_the_middle_of_a_jsonl_file_keeps_what_came_before() -> None:
    stdin = jsonl("一。", "二。") + b'{"text": "\xff\xfe"}\n' + jsonl("四。")
    proc = run("--jsonl", stdin=stdin)
    assert_clean_error(proc, 1, "<stdin>:3", "byte offset", "--errors replace")
    texts = [json.loads(x)["cleantext"]["text"] for x in proc.stdout.splitlines()]
    assert texts == ["一。", "二。"]
    proc = run("--jsonl", "--errors", "replace", stdin=stdin)
    assert proc.returncode == 0 and len(proc.stdout.splitlines()) == 4


def test_nul_byte_in_a_page_is_dropped_from_clean_text_not_fatal() -> None:
    proc = run(stdin="正文\x00第一段。\n\x00\n第二段。".encode())
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == "正文第一段。\n第二段。\n"
    explain = run("--explain", stdin=b"a\x00b").stdout
    assert b"a\x00b" in explain  # the raw line is still there: nothing lost


@pytest.mark.parametrize(
    "junk",
    [b"\x00" * 11, b"\x00\x01\x02\x03binary\x00\x00", b"\x1b[0m\x00\x00\x7fELF" * 50],
)
def test_binary_data_that_decodes_as_utf8_is_an_error(junk: bytes) -> None:
    junk.decode("utf-8")  # valid UTF-8: only its control characters give it away
    proc = run(stdin=junk)
    assert_clean_error(proc, 1, "<stdin>", "binary data", "--encoding utf-8")
    assert proc.stdout == b""
    assert run("--encoding", "utf-8", stdin=junk).returncode == 0  # named: taken as it is


def test_random_bytes_are_an_error() -> None:
    junk = bytes((i * 7919 + 13) % 256 for i in range(20000))
    assert_clean_error(run(stdin=junk), 1, "<stdin>", "invalid UTF-8")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [PAGE, "Breaking news\nThe first paragraph."])
def test_utf16_without_bom_is_detected(codec: str, text: str) -> None:
    proc = run(stdin=text.encode(codec))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == cli_text(text)


def cli_text(page: str) -> str:
    return run(stdin=page.encode("utf-8")).stdout.decode()


def test_nul_byte_in_jsonl_is_a_malformed_line_with_its_number() -> None:
    proc = run("--jsonl", stdin=jsonl("一。") + b'{"text": "a\x00b"}\n')
    assert_clean_error(proc, 1, "<stdin>:2", "malformed JSONL")
    assert len(proc.stdout.splitlines()) == 1


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_file_with_bom(tmp_path: Path, codec: str) -> None:
    def encode(text: str) -> bytes:
        return (b"\xfe\xff" if codec == "utf-16-be" else b"") + text.encode(codec)

    page = tmp_path / "page.txt"
    page.write_bytes(encode(PAGE))
    proc = run(str(page))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == "標題\n正文第一段。\n"
    records = tmp_path / "pages.jsonl"
    records.write_bytes(encode(jsonl(PAGE, "二。").decode()))
    proc = run("--jsonl", str(records))
    texts = [json.loads(x)["cleantext"]["text"] for x in proc.stdout.splitlines()]
    assert proc.returncode == 0 and texts == ["標題\n正文第一段。", "二。"]


@pytest.mark.parametrize("codec", ["gbk", "gb18030"])
def test_gbk_and_gb18030_pages_are_detected(tmp_path: Path, codec: str) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(PAGE.replace("標題", "标题").encode(codec))
    proc = run(str(page))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == "标题\n正文第一段。\n"
    records = tmp_path / "pages.jsonl"
    records.write_bytes(jsonl("标题\n正文。").decode().encode(codec))
    proc = run("--jsonl", str(records))
    assert json.loads(proc.stdout)["cleantext"]["text"] == "标题\n正文。"
    # naming the wrong encoding is a clear error that names the way out
    proc = run("--encoding", "utf-8", str(page))
    assert_clean_error(proc, 1, "invalid UTF-8", "byte offset 0", "--encoding auto")
    assert run("--encoding", codec, str(page)).stdout.decode() == "标题\n正文第一段。\n"


def test_big5_needs_to_be_named(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes("繁體中文網頁。".encode("big5"))
    proc = run("--encoding", "big5", str(page))
    assert proc.returncode == 0 and proc.stdout.decode() == "繁體中文網頁。\n"


def test_truncated_jsonl_reports_the_last_line_and_keeps_the_rest() -> None:
    stdin = jsonl("一。", "二。") + b'{"text": "\xe4\xb8\x89'  # cut in the middle of a record
    proc = run("--jsonl", stdin=stdin)
    assert_clean_error(proc, 1, "<stdin>:3", "malformed JSONL")
    assert len(proc.stdout.splitlines()) == 2


def test_truncated_gzip_reports_it_and_keeps_the_rest(tmp_path: Path) -> None:
    whole = gzip.compress(jsonl(*(f"第{i}段。" for i in range(2000))))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(whole[: len(whole) * 2 // 3])
    proc = run("--jsonl", str(cut))
    assert_clean_error(proc, 1, "cut.jsonl.gz", "truncated gzip")
    assert 100 < len(proc.stdout.splitlines()) < 2000
    junk = tmp_path / "junk.jsonl.gz"
    junk.write_bytes(b"this is not gzip")
    assert_clean_error(run("--jsonl", str(junk)), 1, "junk.jsonl.gz", "gzip")


@pytest.mark.parametrize("value", ["3", "null", '["a"]', '{"a": 1}', "true"])
def test_text_field_that_is_not_a_string(value: str) -> None:
    stdin = jsonl("一。") + f'{{"text": {value}}}\n'.encode() + jsonl("三。")
    proc = run("--jsonl", stdin=stdin)
    assert_clean_error(proc, 1, "<stdin>:2", "'text' is missing or not a string", "--skip-bad")
    proc = run("--jsonl", "--skip-bad", stdin=stdin)
    assert proc.returncode == 0 and len(proc.stdout.splitlines()) == 2


def test_deeply_nested_json_is_malformed_not_a_crash() -> None:
    stdin = b"[" * 100_000 + b"]" * 100_000 + b"\n"
    assert_clean_error(run("--jsonl", stdin=stdin), 1, "<stdin>:1", "malformed JSONL")


def test_directory_without_permission(tmp_path: Path, monkeypatch, capsys) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("甲。", encoding="utf-8")
    page = tmp_path / "b.txt"
    page.write_text("乙。", encoding="utf-8")
    real = os.scandir

    def scandir(path):  # root ignores mode bits, so simulate what a user sees
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    status = cli.main([str(locked), str(page), "-j", "1"])
    out, err = capsys.readouterr()
    assert status == 1
    assert "locked: cannot read directory: Permission denied" in err and "Traceback" not in err
    assert out == "乙。\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads everything")
def test_directory_without_permission_for_real(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        assert_clean_error(run(str(locked)), 1, "Permission denied")
    finally:
        locked.chmod(0o755)


def test_closed_stdout_stops_quietly(tmp_path: Path) -> None:
    """`cleantext big.jsonl | head`: exit 141 like cat, no traceback, no noise."""
    data = tmp_path / "big.jsonl"
    data.write_bytes(jsonl(*(f"标题{i}\n正文。" for i in range(3000))))
    for jobs in ("1", "2"):
        proc = subprocess.Popen(
            [sys.executable, "-m", "cleantext", "--jsonl", "-j", jobs, str(data)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=60) == 141
        assert "Traceback" not in err and "Error" not in err, err


def test_output_that_cannot_be_written_is_a_clear_error(tmp_path: Path) -> None:
    proc = run("-o", str(tmp_path / "no" / "such" / "dir" / "out.txt"), stdin="正文。".encode())
    assert_clean_error(proc, 1, "out.txt")


def test_a_page_of_millions_of_lines_is_a_clear_error_not_an_oom(tmp_path: Path) -> None:
    page = tmp_path / "lines.txt"
    page.write_bytes(b"\n" * 5000 + "正文。".encode())
    proc = run("--max-lines", "1000", str(page), str(SEED))
    assert_clean_error(proc, 1, "5,001 lines", "--max-lines")
    assert "組織部長訪談" in proc.stdout.decode()  # the other input is still done
    assert run("--max-lines", "6000", str(page)).stdout.decode() == "正文。\n"
    proc = run("--jsonl", "--max-lines", "10", stdin=jsonl("\n" * 20, "二。"))
    assert_clean_error(proc, 1, "<stdin>:1", "--max-lines")


def test_a_huge_single_line_page_is_a_clear_error_and_the_others_go_on(tmp_path: Path) -> None:
    page = tmp_path / "huge.txt"
    page.write_bytes("正文很长。".encode() * 80_000)  # 1.2 MB on one line
    proc = run("--max-page-mb", "1", str(page), str(SEED))
    assert_clean_error(proc, 1, "huge.txt", "over 1 MB", "--max-page-mb")
    assert "組織部長訪談" in proc.stdout.decode()  # the other input is still done
    assert run("--max-page-mb", "2", str(page)).returncode == 0


def test_a_huge_jsonl_line_is_reported_and_skippable_and_its_neighbours_kept() -> None:
    stdin = jsonl("一。", "正文很长。" * 80_000, "三。")
    proc = run("--jsonl", "--max-page-mb", "1", stdin=stdin)
    assert_clean_error(proc, 1, "<stdin>:2", "MB (--max-page-mb 1)", "--skip-bad")
    assert "malformed" not in proc.stderr.decode()  # too big is not malformed
    assert [json.loads(x)["cleantext"]["text"] for x in proc.stdout.splitlines()] == ["一。"]
    proc = run("--jsonl", "--max-page-mb", "1", "--skip-bad", stdin=stdin)
    assert_clean_error(proc, 0, "skipped <stdin>:2", "skipped 1 JSONL line")
    texts = [json.loads(x)["cleantext"]["text"] for x in proc.stdout.splitlines()]
    assert texts == ["一。", "三。"]


@pytest.mark.parametrize("option", ["--max-page-mb", "--max-lines", "-j"])
@pytest.mark.parametrize("value", ["0", "-1"])
def test_limits_below_one_are_a_usage_error(option: str, value: str) -> None:
    assert_clean_error(run(option, value, stdin="正文。".encode()), 2, option)


def test_lone_surrogate_escapes_survive_to_stdout_and_files(tmp_path: Path) -> None:
    stdin = b'{"id": 1, "text": "\\ud800\\u6b63\\u6587\\u3002"}\n'
    proc = run("--jsonl", stdin=stdin)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["cleantext"]["text"] == "\ud800正文。"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_bytes(stdin)
    (tmp_path / "in" / "b.jsonl").write_bytes(stdin)
    proc = run("--jsonl", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr
    out = (tmp_path / "out" / "a.jsonl").read_text(encoding="utf-8")
    assert json.loads(out)["cleantext"]["text"] == "\ud800正文。"
