"""The batch engine: ordered results, bounded work in flight, state built once per worker."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest

from cleantext import batch
from cleantext.batch import Options, Task, execute, make_tasks, process
from cleantext.io import Input


def jsonl_file(path: Path, n: int) -> Input:
    rows = (
        json.dumps({"id": i, "text": f"标题{i}\n正文{i}。"}, ensure_ascii=False) for i in range(n)
    )
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return Input(str(path), str(path), path.name, path.stat().st_size)


def test_results_come_back_in_input_order_with_two_workers(tmp_path: Path) -> None:
    opts = Options(jsonl=True)
    inp = jsonl_file(tmp_path / "a.jsonl", 2000)
    ids = []
    for events, _ in execute(make_tasks([inp], opts), opts, jobs=2):
        ids += [json.loads(e[2])["id"] for e in events if e[0] == "doc"]
    assert ids == list(range(2000))


def test_pipeline_is_built_once_per_worker(tmp_path: Path, monkeypatch) -> None:
    log = tmp_path / "inits"
    original = batch.init_worker

    def counting(opts: Options, ignore_sigint: bool = True) -> None:
        with open(log, "a") as fh:
            fh.write(f"{os.getpid()}\n")
        original(opts, ignore_sigint)

    monkeypatch.setattr(batch, "init_worker", counting)
    opts = Options(jsonl=True)
    inp = jsonl_file(tmp_path / "a.jsonl", 3000)
    n = sum(len(ev) for ev, _ in execute(make_tasks([inp], opts), opts, jobs=2))
    assert n > 3000
    pids = log.read_text().split()
    assert len(pids) == len(set(pids)) <= 2  # one build per worker, not per task


def test_work_in_flight_is_bounded(tmp_path: Path) -> None:
    """The producer is pulled lazily: never more than 4 × jobs tasks ahead of the writer."""
    opts = Options(jsonl=True)
    inp = jsonl_file(tmp_path / "a.jsonl", 6000)
    produced = 0

    def counted():
        nonlocal produced
        for task in make_tasks([inp], opts):
            produced += 1
            yield task

    consumed = 0
    for _ in execute(counted(), opts, jobs=2):
        consumed += 1
        assert produced - consumed <= 4 * 2 + 1
    assert consumed == produced >= 10


def test_a_failed_source_is_not_read_further(tmp_path: Path) -> None:
    opts = Options(jsonl=True)
    inp = jsonl_file(tmp_path / "a.jsonl", 5000)
    failed: set[int] = set()
    tasks = make_tasks([inp], opts, failed)
    next(tasks)
    failed.add(0)
    assert sum(1 for _ in tasks) <= 1


def test_workers_get_plain_options_not_a_pipeline() -> None:
    opts = Options(to="hans", model=None)
    assert len(pickle.dumps(opts)) < 1000
    task = Task("pages", [(0, "p", "正文。".encode(), None)])
    events, nbytes = process(task, opts)
    assert events[-1][0] == "doc" and nbytes == 0
    assert b"Pipeline" not in pickle.dumps((task, opts))


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_internal_error_is_reported_and_the_record_passes_through(
    tmp_path: Path, monkeypatch, jobs: int
) -> None:
    # a step that fails on one page: the pages are cleaned in batches, so the batch holding
    # it fails, and is cleaned again page by page (only that page fails)
    from cleantext import pipeline

    real = pipeline.default_filters

    def boom(doc) -> None:
        if any("炸" in ln.text for ln in doc.lines):
            raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "default_filters", lambda **kw: [*real(**kw), boom])
    monkeypatch.setattr(batch, "_PIPELINE", None)
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "好。"}\n{"text": "炸。"}\n{"text": "好。"}\n', encoding="utf-8")
    opts = Options(jsonl=True)
    events = [
        e
        for ev, _ in execute(make_tasks([Input("a", str(path), "a")], opts), opts, jobs)
        for e in ev
    ]
    kinds = [e[0] for e in events]
    assert kinds == ["start", "doc", "warn", "doc", "doc"]
    assert "internal error: RuntimeError: boom" in events[2][2]
    assert json.loads(events[3][2])["cleantext"]["error"].endswith("please report it)")


def test_forked_workers_inherit_the_pipeline_built_for_the_first_task(
    tmp_path: Path, monkeypatch
) -> None:
    """With fork, the main process cleans the first task and the workers reuse its pipeline
    (model, compiled patterns): it is built once in all, not once per worker."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("workers are spawned here: each builds its own pipeline")
    import cleantext.pipeline

    log = tmp_path / "builds"
    real = cleantext.pipeline.Pipeline

    class Counted(real):  # type: ignore[misc, valid-type]
        def __init__(self, *args, **kwargs) -> None:
            with open(log, "a") as fh:
                fh.write(f"{os.getpid()}\n")
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(cleantext.pipeline, "Pipeline", Counted)
    monkeypatch.setattr(batch, "_PIPELINE", None)
    opts = Options(jsonl=True)
    inp = jsonl_file(tmp_path / "a.jsonl", 3000)
    docs = sum(e[0] == "doc" for ev, _ in execute(make_tasks([inp], opts), opts, 2) for e in ev)
    assert docs == 3000
    assert log.read_text().split() == [str(os.getpid())]


def test_stopping_early_stops_the_workers(tmp_path: Path) -> None:
    """A consumer that stops (closed stdout, an error, ^C) does not leave workers running:
    queued tasks are cancelled and the workers have exited when it returns."""
    import multiprocessing

    opts = Options(jsonl=True)
    inp = jsonl_file(tmp_path / "a.jsonl", 6000)
    results = execute(make_tasks([inp], opts), opts, jobs=2)
    next(results), next(results)  # the pool is running
    workers = multiprocessing.active_children()
    assert workers
    results.close()
    # Asked of the system, not of multiprocessing's bookkeeping: the executor's own manager
    # thread may reap a worker we terminated, and then multiprocessing can list it as alive
    # for a moment (seen about once in 15 runs) although the process is gone.
    assert [w.pid for w in workers if _running(w.pid)] == []


def _running(pid: int) -> bool:
    """Whether process ``pid`` exists and is not a zombie (Linux /proc; else signal 0)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except FileNotFoundError:
        return False
    except OSError:  # no /proc here
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True


def test_document_bodies_are_utf8_bytes_with_lone_surrogates_escaped() -> None:
    opts = Options(jsonl=True)
    task = Task("records", [(1, b'{"text": "\\ud800\\u6b63\\u6587\\u3002"}')], src=0, start=True)
    events, _ = process(task, opts)
    body = events[-1][2]
    assert isinstance(body, bytes)
    assert json.loads(body.decode("utf-8"))["cleantext"]["text"] == "\ud800正文。"


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="reads /proc")
def test_workers_exit_when_the_main_process_is_killed(tmp_path: Path) -> None:
    """A main process killed outright (SIGKILL, the out-of-memory killer) leaves no worker
    behind waiting for work."""
    import signal
    import subprocess
    import sys
    import time

    inp = jsonl_file(tmp_path / "a.jsonl", 20000)
    code = (
        "import sys; from cleantext.batch import Options, execute, make_tasks; "
        "from cleantext.io import Input; opts = Options(jsonl=True); "
        f"inp = Input({inp.name!r}, {inp.path!r}, 'a'); "
        "results = execute(make_tasks([inp], opts), opts, 2); next(results); next(results); "
        "print(' '.join(str(p.pid) for p in __import__('multiprocessing').active_children()), "
        "flush=True); sys.stdin.read()"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert proc.stdout is not None
    workers = [int(p) for p in proc.stdout.readline().split()]
    assert len(workers) == 2
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    def alive(pid: int) -> bool:
        try:
            with open(f"/proc/{pid}/stat") as fh:
                return fh.read().split()[2] != "Z"  # a zombie has exited
        except OSError:
            return False

    deadline = time.monotonic() + 10
    while any(map(alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in workers if alive(pid)]
    for pid in left:  # do not leave them running if the test fails
        os.kill(pid, signal.SIGKILL)
    assert left == []


def test_a_worker_killed_mid_run_stops_the_run_with_a_message(tmp_path: Path) -> None:
    import multiprocessing
    import signal

    opts = Options(jsonl=True)
    inp = jsonl_file(tmp_path / "a.jsonl", 20000)
    results = execute(make_tasks([inp], opts), opts, jobs=2)
    next(results), next(results)  # the pool is running
    workers = multiprocessing.active_children()
    os.kill(workers[0].pid, signal.SIGKILL)
    with pytest.raises(batch.WorkerDied, match="worker process died"):
        for _ in results:
            pass
    # asked of the system, as in test_stopping_early_stops_the_workers
    assert [w.pid for w in workers if _running(w.pid)] == []
