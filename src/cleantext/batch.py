"""Parallel, streaming, ordered batch cleaning — the engine under ``cleantext -j N``.

The main process reads inputs and cuts them into small :class:`Task` s (a few pages, or a few
hundred JSON Lines, ~256 KB); worker processes decode, parse, clean, render and encode them;
the main process only writes the bytes that come back, in input order. At most ``4 × jobs``
tasks are in flight, so memory stays bounded whatever the input size. The pipeline is built
from plain options, never pickled: the main process cleans the first task itself and the
workers, forked after it, inherit its pipeline with the model loaded and the patterns the pages
needed compiled (where processes are spawned, each worker builds its own in its initializer).
With one job, or when the input fits in one task, everything runs in-process.

>>> page = "标题\\n主站蜘蛛池模板: 国产| 亚洲".encode()
>>> events, nbytes = process(Task("pages", [(0, "p", page, None)]), Options())
>>> [e[0] for e in events], events[1][2].decode(), events[1][4]
(['start', 'doc'], '标题', 1)
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import json
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

from .document import Document
from .io import Input, InputError, LongLine, TooBig, decode, iter_lines, read_all, too_big

TASK_BYTES = 1 << 18
"""Target size of one task: big enough to amortise inter-process traffic, small enough to keep
memory bounded and the output flowing."""
TASK_ITEMS = 512


class Options(NamedTuple):
    """Everything a worker needs, as plain picklable data (no pipeline, no model)."""

    fmt: str = "text"
    explain: bool = False
    color: bool = False
    to: str | None = None
    keep_meta: bool = False
    model: str | None = None
    line_model: str | None = None
    field: str = "text"
    result_field: str = "cleantext"
    encoding: str = "auto"
    errors: str = "strict"
    skip_bad: bool = False
    removed: bool = False
    jsonl: bool = False
    max_lines: int = 2_000_000
    """A page with more lines is an error, not an out-of-memory kill: every line becomes a
    :class:`~cleantext.document.Line` (~250 bytes), so 10⁸ empty lines would need ~25 GB."""
    max_bytes: int = 32 << 20
    """A bigger page (a text input, or one JSON line) is an error, found without reading all
    of it: cleaning a page takes about five times its size in memory (32 MB: ~200 MB)."""


class Task:
    """A unit of work. ``pages``: items are ``(src, name, data, error)``, one page each.
    ``records``: JSON Lines of source ``src``, items are ``(line number, raw line)``; ``start``
    marks the first task of the source, ``error`` a read error after the last item."""

    def __init__(
        self,
        kind: str,
        items: list[Any] | None = None,
        src: int = -1,
        name: str = "",
        start: bool = False,
        error: str | None = None,
        nbytes: int = 0,
    ) -> None:
        self.kind = kind
        self.items: list[Any] = [] if items is None else items
        self.src = src
        self.name = name
        self.start = start
        self.error = error
        self.nbytes = nbytes


# Events a task produces, in order (plain tuples: cheap to pickle):
#   ("start", src)                                   a source begins
#   ("doc", src, body, removed_json, spam_lines)     one cleaned page or record; ``body`` is
#                                                    UTF-8 bytes, encoded by the worker, so the
#                                                    main process writes them as they come
#   ("skip", src, message)                           a bad JSONL line skipped (--skip-bad)
#   ("error", src, message)                          the source stops here (exit status 1)
#   ("warn", src, message)                           one page failed, the source goes on
Event = tuple[Any, ...]

# --- the worker side -------------------------------------------------------------------------

_PIPELINE: Any = None
_MODEL: tuple[str | None, str | None] = (None, None)  # its --model, --line-model


def init_worker(opts: Options, ignore_sigint: bool = True) -> None:
    """Build the pipeline once per process (loads the model here, not by pickle); a worker
    forked from a process that has one already keeps it."""
    global _PIPELINE, _MODEL
    if ignore_sigint:  # a pool worker: the parent handles ^C and terminates the pool
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        _exit_with_parent()
    models = (opts.model, opts.line_model)
    if _PIPELINE is None or models != _MODEL:
        from .pipeline import Pipeline, default_filters

        filters = default_filters(model=opts.model, line_model=opts.line_model)
        _PIPELINE, _MODEL = Pipeline(filters), models


def _exit_with_parent(interval: float = 1.0) -> None:
    """Exit this worker when the main process is gone (killed, out of memory): waiting for
    work, a worker would never see the task pipe close, as every worker holds its write end
    too, and would stay behind forever."""
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent:  # adopted by another process: the parent died
                os._exit(1)

    threading.Thread(target=watch, name="cleantext-watch-parent", daemon=True).start()


COLORS = {
    "body": "",
    "meta": "\x1b[36m",
    "boilerplate": "\x1b[33m",
    "spam": "\x1b[31m",
    "blank": "\x1b[2m",
}


def explain(doc: Document, header: str | None, color: bool) -> str:
    """One row per input line: number, label, reason, text (cut spans shown after)."""
    rows = [f"==> {header} <==\n"] if header else []
    for i, line in enumerate(doc.lines, 1):
        label = line.label or "body"
        row = f"{i:4d} {label:<11} {line.reason:<28} | {line.text}"
        for c in line.cuts:
            row += f"\n{'':4} {'  cut':<11} {c.reason:<28} | {line.clean[c.start : c.end]}"
        if color and COLORS.get(label):
            row = f"{COLORS[label]}{row}\x1b[0m"
        rows.append(row + "\n")
    return "".join(rows)


def render(doc: Document, opts: Options, source: str, record: dict[str, Any] | None) -> str:
    """The output for one document; for ``text`` the bare clean text (the writer adds the
    separators), for ``--explain`` the rows without the header."""
    if opts.explain:
        return explain(doc, None, opts.color)
    if record is not None:
        record = {**record, opts.result_field: doc.to_dict(lines=False)}
        return json.dumps(record, ensure_ascii=False) + "\n"
    if opts.fmt == "text":
        return doc.text
    result = {"source": source, **doc.to_dict()}
    indent = 2 if opts.fmt == "json" else None
    return json.dumps(result, ensure_ascii=False, indent=indent) + "\n"


def encode(text: str) -> bytes:
    """Output bytes: UTF-8, a lone surrogate (from a JSON ``\\ud800`` escape) written back as
    that escape. Done in the worker: the main process only moves bytes (decoding results
    there and encoding them again for the output was a fifth of its CPU)."""
    return text.encode("utf-8", "backslashreplace")


def _doc_event(src: int, doc: Document, body: str, opts: Options) -> Event:
    removed = [json.dumps(item, ensure_ascii=False) for item in doc.removed] if opts.removed else []
    spam = sum(1 for ln in doc.lines if ln.label == "spam")
    return ("doc", src, encode(body), removed, spam)


def _clean(text: str, opts: Options) -> Document:
    if _PIPELINE is None or (opts.model, opts.line_model) != _MODEL:
        init_worker(opts, ignore_sigint=False)
    return _PIPELINE.clean(text, to=opts.to, keep_meta=opts.keep_meta)


def _internal(where: str, e: BaseException) -> str:
    return (
        f"{where}: internal error: {type(e).__name__}: {e} "
        "(set CLEANTEXT_DEBUG=1 for a traceback, and please report it)"
    )


def _check_lines(text: str, where: str, opts: Options) -> None:
    n = text.count("\n") + 1
    if n > opts.max_lines:
        raise TooBig(
            f"{where}: page has {n:,} lines, more than --max-lines {opts.max_lines:,} "
            "(each line is kept with its label; raise the limit if memory allows)"
        )


_BATCH = 32
"""Pages cleaned together, step by step (:meth:`~cleantext.pipeline.Pipeline.run_many`:
~20 % less CPU than one by one)."""


def _clean_all(texts: list[str], opts: Options) -> list[Document | Exception]:
    """Each of ``texts`` cleaned as :func:`_clean` does, in batches run step by step; a page
    whose cleaning fails fails alone, with its own error (its batch is cleaned again one page
    at a time)."""
    if _PIPELINE is None or (opts.model, opts.line_model) != _MODEL:
        init_worker(opts, ignore_sigint=False)
    out: list[Document | Exception] = []
    for k in range(0, len(texts), _BATCH):
        chunk = texts[k : k + _BATCH]
        try:
            docs = [Document.from_text(t, to=opts.to, keep_meta=opts.keep_meta) for t in chunk]
            out += _PIPELINE.run_many(docs)
        except Exception:
            for text in chunk:
                try:
                    out.append(_clean(text, opts))
                except Exception as e:
                    out.append(e)
    return out


def process(task: Task, opts: Options) -> tuple[list[Event], int]:
    """Decode, clean and render one task. Never raises on bad data: errors become events.

    The pages are read first, then cleaned together (:func:`_clean_all`), then their events
    take the places kept for them, in input order."""
    slots: list[list[Event]] = []  # the events of each input, in order
    # (slot, source, where, text, record): the pages to clean
    todo: list[tuple[int, int, str, str, dict[str, Any] | None]] = []
    stopped = False  # a malformed JSON line ended the source
    if task.kind == "pages":
        for src, name, data, error in task.items:
            if error is not None:
                slots.append([("error", src, error)])
                continue
            try:
                text = decode(data, name, opts.encoding, opts.errors)
                _check_lines(text, name, opts)
            except InputError as e:
                slots.append([("start", src), ("error", src, str(e))])
                continue
            slots.append([("start", src)])
            todo.append((len(slots) - 1, src, name, text, None))
    else:
        if task.start:
            slots.append([("start", task.src)])
        for lineno, raw in task.items:
            where = f"{task.name}:{lineno}"
            try:
                if isinstance(raw, LongLine):
                    raise too_big(where, opts.max_bytes, raw.nbytes)
                if not raw.strip():
                    continue
                record = json.loads(decode(raw, where, opts.encoding, opts.errors))
                if not isinstance(record, dict):
                    raise ValueError("not a JSON object")
                if not isinstance(record.get(opts.field), str):
                    raise ValueError(f"field {opts.field!r} is missing or not a string")
                _check_lines(record[opts.field], where, opts)
            except (ValueError, InputError, RecursionError) as e:
                msg = str(e) if isinstance(e, TooBig) else f"{where}: malformed JSONL: {e}"
                if not opts.skip_bad:
                    slots.append(
                        [("error", task.src, msg + " (use --skip-bad to skip such lines)")]
                    )
                    stopped = True
                    break
                slots.append([("skip", task.src, msg)])
                continue
            slots.append([])
            todo.append((len(slots) - 1, task.src, where, record[opts.field], record))
    docs = _clean_all([text for _, _, _, text, _ in todo], opts)
    for (slot, src, where, _, record), doc in zip(todo, docs, strict=True):
        try:
            if isinstance(doc, Exception):
                raise doc
            event = _doc_event(src, doc, render(doc, opts, where, record), opts)
        except Exception as e:
            if os.environ.get("CLEANTEXT_DEBUG"):
                raise
            msg = _internal(where, e)
            slots[slot].append(("warn", src, msg))
            if record is not None:
                # the record passes through, marked, so that nothing is silently dropped
                failed = {**record, opts.result_field: {"error": msg}}
                slots[slot].append(
                    ("doc", src, encode(json.dumps(failed, ensure_ascii=False) + "\n"), [], 0)
                )
            continue
        slots[slot].append(event)
    events = [event for slot_events in slots for event in slot_events]
    if task.kind != "pages" and task.error is not None and not stopped:
        events.append(("error", task.src, task.error))
    return events, task.nbytes


# --- the main side ---------------------------------------------------------------------------


def make_tasks(
    inputs: Iterable[Input | InputError], opts: Options, failed: set[int] | None = None
) -> Iterator[Task]:
    """Cut the inputs into tasks, streaming: JSON Lines are read a task at a time, and a
    source in ``failed`` (its consumer saw an error) is not read any further."""
    failed = failed if failed is not None else set()
    pages = Task("pages")

    def flush() -> Iterator[Task]:
        nonlocal pages
        if pages.items:
            yield pages
            pages = Task("pages")

    for src, inp in enumerate(inputs):
        if isinstance(inp, InputError):
            pages.items.append((src, "", None, str(inp)))
            continue
        if not opts.jsonl:
            try:
                data = read_all(inp, opts.max_bytes)
            except InputError as e:
                pages.items.append((src, inp.name, None, str(e)))
                continue
            if not data:
                pages.items.append((src, inp.name, None, empty_input(inp.name)))
                continue
            pages.items.append((src, inp.name, data, None))
            pages.nbytes += len(data)
            if pages.nbytes >= TASK_BYTES or len(pages.items) >= 64:
                yield from flush()
            continue
        yield from flush()
        task = Task("records", src=src, name=inp.name, start=True)
        lines = iter_lines(inp, opts.encoding, opts.max_bytes)
        try:
            blank = True  # only blank lines so far: nothing to clean
            for lineno, raw in lines:
                long = isinstance(raw, LongLine)
                if blank and (long or raw.strip()):
                    blank = False
                task.items.append((lineno, raw))
                task.nbytes += 1 if long else len(raw)
                if task.nbytes >= TASK_BYTES or len(task.items) >= TASK_ITEMS:
                    yield task
                    task = Task("records", src=src, name=inp.name)
                    if src in failed:
                        break
            else:
                if blank:
                    nothing = task.start and not task.items
                    raise InputError(
                        empty_input(inp.name, "0 bytes" if nothing else "blank lines only")
                    )
        except InputError as e:
            if task.start and not task.items:  # nothing read: not even started
                pages.items.append((src, inp.name, None, str(e)))
                yield from flush()
                continue
            task.error = str(e)
        finally:
            with contextlib.suppress(Exception):
                lines.close()  # type: ignore[attr-defined]
        if src not in failed:
            yield task
    yield from flush()


def empty_input(name: str, what: str = "0 bytes") -> str:
    """The error an empty input gets: a scraper that saved nothing should hear of it.

    >>> empty_input("<stdin>")
    '<stdin>: empty input (0 bytes): nothing to clean'
    """
    return f"{name}: empty input ({what}): nothing to clean"


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def execute(tasks: Iterable[Task], opts: Options, jobs: int) -> Iterator[tuple[list[Event], int]]:
    """Process tasks with ``jobs`` workers, yielding results in task order, keeping at most
    ``4 × jobs`` tasks in flight. The pool starts only when there is a second task."""
    it = iter(tasks)
    first = next(it, None)
    if first is None:
        return
    second = next(it, None)
    if jobs <= 1 or second is None:
        for task in itertools.chain([first, second], it) if second else [first]:
            yield process(task, opts)
        return
    # The first task runs here, before the workers exist: it builds the pipeline and compiles
    # the patterns the pages need (~0.1-0.2 s), and forked workers inherit all of it instead
    # of each paying it again.
    yield process(first, opts)
    import multiprocessing  # here, not at the top: a one-page run never pays for it
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    if "fork" in methods:
        # what the workers inherit is never collected (nor touched by the collector, which
        # would copy the shared pages into every worker)
        gc.freeze()
    # concurrent.futures, not multiprocessing.Pool: Pool's worker-handler thread waits on the
    # result pipe without reading it, so it spins while each result is in flight (~2.5 % of
    # the whole run's CPU with -j 2, in the parent, measured from /proc per thread).
    pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=init_worker, initargs=(opts,))
    try:
        yield from _run(pool, itertools.chain([second], it), opts, jobs)
    finally:
        if "fork" in methods:
            gc.unfreeze()


class WorkerDied(Exception):
    """A worker process ended abruptly (killed by a signal, out of memory): the run stops
    after the last result written."""


_DIED = (
    "a worker process died (killed by a signal, or out of memory?); the output stops "
    "after the last page written"
)


def _run(
    pool: Any, tasks: Iterator[Task], opts: Options, jobs: int
) -> Iterator[tuple[list[Event], int]]:
    """Results of ``tasks`` from ``pool``, in order, ``4 × jobs`` at most in flight."""
    from concurrent.futures.process import BrokenProcessPool

    window: deque[Any] = deque()
    try:
        try:
            for task in tasks:
                window.append(pool.submit(process, task, opts))
                while len(window) >= 4 * jobs:
                    yield _result(window.popleft(), pool)
            while window:
                yield _result(window.popleft(), pool)
        except BrokenProcessPool:  # raised by submit or by result, whichever comes first
            raise WorkerDied(_DIED) from None
    except BaseException as e:  # an error, ^C, a closed stdout, or the consumer stopped early:
        # queued tasks are cancelled and the workers exit after the task each one is running
        # (a fraction of a second on pages). Terminating them at once instead can kill one
        # while it writes a result: the half message left in the result pipe makes the
        # executor's own thread wait forever, and the process never exits (seen about once
        # in 15 runs). So terminating is the last resort, for a task still running after 5 s.
        processes = list((getattr(pool, "_processes", None) or {}).values())
        results = getattr(pool, "_result_queue", None)  # shutdown() forgets it
        pool.shutdown(wait=False, cancel_futures=True)
        for proc in processes:
            proc.join(5)
        killed = isinstance(e, WorkerDied)
        for proc in processes:
            if proc.is_alive():
                proc.terminate()
                proc.join(1)
                killed = True
        if killed:
            _unblock(results)
        raise
    pool.shutdown()


_POLL = 0.5
"""Seconds between checks that the workers are alive while a result is awaited."""


def _result(future: Any, pool: Any) -> Any:
    """``future.result()``, or :class:`BrokenProcessPool` once a worker has died: a worker
    killed while it writes a result leaves the executor's thread waiting for the rest of the
    message, and its own check for dead workers never runs (the run would hang)."""
    from concurrent.futures import TimeoutError as Pending
    from concurrent.futures.process import BrokenProcessPool

    while True:
        try:
            return future.result(timeout=_POLL)
        except Pending:
            procs = list((getattr(pool, "_processes", None) or {}).values())
            if any(proc.exitcode is not None for proc in procs):
                raise BrokenProcessPool("a worker died") from None


def _unblock(results: Any) -> None:
    """Close this process's end of the executor's result pipe (``results``, its queue) once
    the workers are gone (one died or was terminated, maybe while writing a result), so that
    the executor's thread, if it waits for the rest of a half-written result, reads the end
    of the pipe and exits (else the interpreter waits for it forever at exit)."""
    writer = getattr(results, "_writer", None)
    if writer is not None:
        writer.close()


# --- progress --------------------------------------------------------------------------------


def _columns(stream: Any) -> int:
    """The width of the terminal ``stream`` is on (0 when unknown)."""
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError):
        return 0


class Progress:
    """A tqdm bar on stderr (MB/s, pages/s) when ``enabled``; otherwise only counts."""

    def __init__(self, enabled: bool, total_bytes: int | None) -> None:
        self.pages = 0
        self.bar: Any = None
        self._clock: Callable[[], float] | None = None
        if enabled:
            import time

            try:
                from tqdm import tqdm
            except ImportError:  # tqdm is a dependency, but a broken install must not crash
                return

            tqdm.monitor_interval = 0  # no monitor thread: the pool forks after this
            self._clock = time.monotonic
            self._t0 = self._last = time.monotonic()
            # a terminal that reports no size (`script` run without one, some CI and
            # container ptys) has 0 rows, and tqdm hides a bar below the last row: give it a
            # fixed size there
            sized = _columns(sys.stderr) > 0
            self.bar = tqdm(
                total=total_bytes or None,
                unit="B",
                unit_scale=True,
                unit_divisor=1000,
                file=sys.stderr,
                dynamic_ncols=sized,
                ncols=None if sized else 100,
                nrows=None if sized else 24,
                desc="cleantext",
                smoothing=0.1,
            )

    def update(self, pages: int, nbytes: int) -> None:
        self.pages += pages
        if self.bar is None or self._clock is None:
            return
        self.bar.update(nbytes)
        now = self._clock()
        if now - self._last >= 0.25:
            self._last = now
            self._postfix(now)

    def _postfix(self, now: float) -> None:
        rate = self.pages / max(now - self._t0, 1e-9)
        self.bar.set_postfix_str(f"{self.pages:,} pages, {rate:,.0f} pages/s", refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            if self._clock is not None:
                self._postfix(self._clock())  # the bar left on screen shows the final count
            self.bar.close()
            self.bar = None
