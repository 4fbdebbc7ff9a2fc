"""Batch runs: -j N, directories, --glob, .gz, --output DIR, progress and summary."""

from __future__ import annotations

import gzip
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

from test_cli import assert_clean_error, run

FOOTER = "主站蜘蛛池模板: 国产精品| 亚洲"


def records(n: int) -> bytes:
    rows = (
        {"id": i, "text": f"标题{i}\n正文第{i}段。\n{FOOTER}" if i % 3 else f"只有正文{i}。"}
        for i in range(n)
    )
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()


def test_parallel_output_is_in_input_order_and_equals_serial(tmp_path: Path) -> None:
    data = tmp_path / "pages.jsonl"
    data.write_bytes(records(1500))  # several tasks of 512 lines: the pool really runs
    one = run("--jsonl", "-j", "1", str(data))
    two = run("--jsonl", "-j", "2", str(data))
    assert one.returncode == two.returncode == 0, two.stderr
    assert one.stdout == two.stdout
    out = [json.loads(x) for x in two.stdout.splitlines()]
    assert [o["id"] for o in out] == list(range(1500))
    assert out[1]["cleantext"]["text"] == "标题1\n正文第1段。"


def test_summary_line_on_stderr_and_quiet_silences_it(tmp_path: Path) -> None:
    data = tmp_path / "pages.jsonl"
    data.write_bytes(records(30))
    proc = run("--jsonl", str(data))
    err = proc.stderr.decode()
    assert proc.returncode == 0
    assert "cleantext: 30 pages" in err and "20 spam lines removed" in err and "0 errors" in err
    assert "MB" in err and err.count("\n") == 1
    quiet = run("--jsonl", "--quiet", str(data))
    assert quiet.stderr == b"" and quiet.stdout == proc.stdout


def test_progress_bar_only_on_a_terminal_or_when_asked(tmp_path: Path) -> None:
    data = tmp_path / "pages.jsonl"
    data.write_bytes(records(30))
    forced = run("--jsonl", "--progress", "always", str(data)).stderr.decode()
    assert "B/s" in forced and "30 pages" in forced
    # a real terminal on stderr
    master, slave = pty.openpty()
    proc = subprocess.run(
        [sys.executable, "-m", "cleantext", "--jsonl", str(data)],
        stdout=subprocess.PIPE,
        stderr=slave,
        timeout=60,
    )
    os.close(slave)
    tty = b""
    try:
        while chunk := os.read(master, 65536):
            tty += chunk
    except OSError:
        pass
    os.close(master)
    # the bar itself (not the summary line, which says "MB/s" and "30 pages" too), though
    # this pty reports a size of 0 x 0, under which tqdm hides bars by default
    assert proc.returncode == 0 and b"100%|" in tty and b"30 pages, " in tty
    quiet = run("--jsonl", "--quiet", "--progress", "always", str(data))
    assert quiet.stderr == b""


def test_directory_recursive_with_glob_and_gz(tmp_path: Path) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(f"甲。\n{FOOTER}", encoding="utf-8")
    (tmp_path / "in" / "sub" / "b.txt").write_text("乙。", encoding="utf-8")
    (tmp_path / "in" / "sub" / "skip.html").write_text("不要。", encoding="utf-8")
    (tmp_path / "in" / ".hidden.txt").write_text("隐藏。", encoding="utf-8")
    proc = run(str(tmp_path / "in"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == "甲。\n\n乙。\n"
    proc = run("--glob", "*.html", "--glob", "b.*", str(tmp_path / "in"))
    assert proc.stdout.decode() == "乙。\n\n不要。\n"

    jdir = tmp_path / "j"
    jdir.mkdir()
    with gzip.open(jdir / "x.jsonl.gz", "wb") as fh:
        fh.write(records(5))
    (jdir / "y.jsonl").write_bytes(records(2))
    proc = run("--jsonl", str(jdir))
    ids = [json.loads(x)["id"] for x in proc.stdout.splitlines()]
    assert proc.returncode == 0 and ids == [0, 1, 2, 3, 4, 0, 1]


def test_output_dir_gets_one_file_per_input(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(f"甲。\n{FOOTER}", encoding="utf-8")
    (src / "sub" / "b.txt").write_text("乙。", encoding="utf-8")
    out = tmp_path / "out"
    proc = run("-j", "2", str(src), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert (out / "a.txt").read_text(encoding="utf-8") == "甲。\n"
    assert (out / "sub" / "b.txt").read_text(encoding="utf-8") == "乙。\n"
    assert proc.stdout == b""
    # several files and an existing directory also mean a directory
    out2 = tmp_path / "out2"
    out2.mkdir()
    proc = run(str(src / "a.txt"), "-o", str(out2))
    assert (out2 / "a.txt").read_text(encoding="utf-8") == "甲。\n"
    # .jsonl.gz in, .jsonl out
    jdir = tmp_path / "j"
    jdir.mkdir()
    with gzip.open(jdir / "x.jsonl.gz", "wb") as fh:
        fh.write(records(4))
    proc = run("--jsonl", str(jdir), "-o", str(tmp_path / "jout"))
    lines = (tmp_path / "jout" / "x.jsonl").read_text(encoding="utf-8").splitlines()
    assert proc.returncode == 0 and len(lines) == 4


def test_output_dir_never_overwrites_an_input(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("甲。", encoding="utf-8")
    proc = run(str(tmp_path), "-o", str(tmp_path))
    assert_clean_error(proc, 2, "refusing to overwrite")
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "甲。"


def test_removed_with_several_jsonl_sources_names_each_record(tmp_path: Path) -> None:
    data = tmp_path / "p.jsonl"
    data.write_bytes(records(3))
    removed = tmp_path / "removed.jsonl"
    proc = run("--jsonl", "-j", "2", "--removed", str(removed), str(data))
    assert proc.returncode == 0
    items = [json.loads(x) for x in removed.read_text(encoding="utf-8").splitlines()]
    assert [i["source"] for i in items] == [f"{data}#2", f"{data}#3"]
    assert all(i["label"] == "spam" for i in items)


def test_bad_jobs_is_a_usage_error() -> None:
    assert_clean_error(run("-j", "0"), 2, "--jobs")
    assert_clean_error(run("--encoding", "klingon"), 2, "unknown encoding")
