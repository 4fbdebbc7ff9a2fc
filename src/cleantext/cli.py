"""The ``cleantext`` command: a Unix filter over the library. Parsing and I/O only."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from typing import IO

from . import __version__
from .batch import Options, Progress, WorkerDied, default_jobs, execute, explain, make_tasks
from .io import ENCODINGS, Input, InputError, codec_name, expand

__all__ = ["InputError", "UsageError", "build_parser", "explain", "main", "run"]

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2
SUBCOMMANDS = {
    "eval": ("cleantext.evaluate", "score the pipeline on a labelled JSONL corpus"),
    "train": ("cleantext.spam.train", "train a spam model on labelled JSONL pages"),
    "train-lines": (
        "cleantext.chrome.train",
        "train the line model (chrome/meta of undecided lines) on labelled JSONL pages",
    ),
}

DESCRIPTION = """\
Clean scraped Chinese web pages: keep the article, drop injected spider-pool (蜘蛛池) spam
and site chrome, and say what was removed and why.

Reads each FILE (or standard input when there is none, or for '-'; directories are searched
recursively, see --glob; '.gz' files are gunzipped) and writes the clean text to standard
output, in input order, using all cores (-j). Nothing is lost: --explain shows every line with
its label and reason, --removed FILE keeps what was taken out.
"""

EPILOG = """\
examples:
  cleantext page.txt > clean.txt          clean one page
  cleantext --explain page.txt            every line with its label and reason
  cleantext --to hans page.txt            clean and convert to Simplified Chinese
  cleantext --jsonl pages.jsonl > out.jsonl
                                          one JSON object per line, cleaned field 'text';
                                          other fields pass through, results go to 'cleantext'
  cleantext --format json page.txt        text, metadata, spam score, removed parts
  cleantext -j 8 --jsonl crawl/ -o out/   every *.jsonl(.gz) under crawl/, 8 processes,
                                          one output file per input under out/
  cleantext --encoding gb18030 old.txt    a GBK/GB18030 page (auto-detected by default)
  cleantext eval corpus.jsonl             score the filters on labelled pages
  cleantext train corpus.jsonl -o m.json  train a spam model (use it with --model m.json)
  cleantext train-lines corpus.jsonl -o l.json
                                          train the line model (use it with --line-model)

A progress bar (MB/s, pages/s) is shown on standard error when it is a terminal, and a
one-line summary (pages, MB, spam lines removed, errors) at the end; --quiet silences both.

exit status: 0 success, 1 bad input (undecodable bytes, binary data, an empty input,
malformed JSONL, unreadable file), 2 usage error, 141 when the reader of standard output
went away (as in '| head').
Errors go to standard error, never as a traceback; a file that fails does not stop the
others, and everything processed before an error is written.
"""


class UsageError(Exception):
    """Bad arguments: reported on stderr, exit status 2."""


def open_output(path: str) -> IO[str]:
    # a lone surrogate (from a JSON '\ud800' escape) is written back as that escape
    return open(path, "w", encoding="utf-8", errors="backslashreplace")


def stdout_bytes() -> IO[bytes]:
    """Standard output as bytes (the workers encode the documents), after flushing its
    text layer; ``sys.stdout`` itself when it has no byte layer (replaced by a caller)."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    return buffer if buffer is not None else _TextSink(sys.stdout)


class _TextSink:
    """Bytes written to a text stream (a ``sys.stdout`` without ``.buffer``)."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, data: bytes) -> int:
        return self.out.write(data.decode("utf-8", "backslashreplace"))

    def flush(self) -> None:
        self.out.flush()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cleantext",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="input files; '-' is stdin")
    p.add_argument(
        "-f",
        "--format",
        choices=("text", "json", "jsonl"),
        help="output: clean text (default), JSON document, or one JSON object per line "
        "(default with --jsonl)",
    )
    p.add_argument("--jsonl", action="store_true", help="input is JSON Lines, one page per line")
    p.add_argument("--field", default="text", help="JSONL field holding the page (default: text)")
    p.add_argument(
        "--result-field",
        default="cleantext",
        help="JSONL field the results are added under (default: cleantext)",
    )
    p.add_argument("--to", choices=("hans", "hant", "tw", "hk"), help="convert the clean text")
    p.add_argument("--keep-meta", action="store_true", help="keep date/source/byline lines")
    p.add_argument("--model", metavar="PATH", help="spam model from 'cleantext train'")
    p.add_argument("--line-model", metavar="PATH", help="line model from 'cleantext train-lines'")
    p.add_argument("--explain", action="store_true", help="show every line with label and reason")
    p.add_argument("--removed", metavar="FILE", help="write removed parts to FILE as JSON Lines")
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE|DIR",
        help="write to FILE instead of stdout; a directory (existing, ending in '/', or with "
        "several inputs) gets one output file per input, with the input's relative name",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        metavar="N",
        help="worker processes (default: all cores); output order is input order",
    )
    p.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help="file names to take from directories (repeatable; default: *.txt, or *.jsonl and "
        "*.jsonl.gz with --jsonl)",
    )
    p.add_argument(
        "--encoding",
        default="auto",
        metavar="NAME",
        help=f"input encoding: {', '.join(ENCODINGS)} or any Python codec name (default: auto "
        "— a BOM, else UTF-8, else GB18030 or BOM-less UTF-16 when that decodes cleanly; "
        "binary data is an error; name big5 yourself)",
    )
    p.add_argument(
        "--errors",
        choices=("strict", "replace"),
        default="strict",
        help="undecodable bytes: stop with an error (default) or replace them with U+FFFD",
    )
    p.add_argument(
        "--skip-bad",
        action="store_true",
        help="skip malformed or too big (--max-page-mb) JSONL lines, reporting each",
    )
    p.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour --explain output (default: only on a terminal)",
    )
    p.add_argument(
        "--max-lines",
        type=int,
        default=2_000_000,
        metavar="N",
        help="a page with more lines is an error, not an out-of-memory kill (default: 2000000,"
        " about 500 MB)",
    )
    p.add_argument(
        "--max-page-mb",
        type=int,
        default=32,
        metavar="MB",
        help="a bigger page (a text input, or one JSON line) is an error, found without reading"
        " it all: cleaning takes about 5 times a page's size in memory (default: 32)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")
    p.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help="progress bar on stderr (default: only when stderr is a terminal)",
    )
    p.add_argument("--version", action="version", version=f"cleantext {__version__}")
    return p


class Writer:
    """Writes rendered documents (UTF-8 bytes) to one output; keeps text separators and
    explain headers."""

    def __init__(self, out: IO[bytes], bare: bool, explain: bool, multi: bool) -> None:
        # bare: bodies are clean texts, written one page after another with a blank line
        self.out, self.bare, self.explain, self.multi = out, bare, explain, multi
        self.count = 0

    def write(self, body: bytes, source: str) -> None:
        if self.explain:
            if self.count or self.multi:
                self.out.write(f"==> {source} <==\n".encode("utf-8", "backslashreplace"))
            self.out.write(body)
        elif self.bare:
            if self.count and body:
                self.out.write(b"\n")
            if body:
                self.out.write(body + b"\n")
        else:
            self.out.write(body)
        self.count += 1


class Summary:
    """Counts for the one-line report on stderr at the end of a run."""

    def __init__(self) -> None:
        self.pages = self.nbytes = self.spam = self.errors = self.skipped = 0

    def line(self, seconds: float) -> str:
        mb = self.nbytes / 1e6
        rate = f"{self.pages / seconds:,.0f} pages/s, {mb / seconds:,.1f} MB/s" if seconds else ""
        return (
            f"cleantext: {self.pages:,} page{'s' * (self.pages != 1)}, {mb:,.1f} MB, "
            f"{self.spam:,} spam line{'s' * (self.spam != 1)} removed, "
            f"{self.errors:,} error{'s' * (self.errors != 1)}"
            + (f", {self.skipped:,} skipped" if self.skipped else "")
            + f" in {seconds:.1f} s ({rate})"
        )


def _same(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def plan_outputs(
    args: argparse.Namespace, inputs: list[Input | InputError]
) -> tuple[str | None, dict[int, str]]:
    """Where results go: ``(single output file or None, {input index: file in --output DIR})``.

    ``--output`` is a directory when it is one already, ends with a slash, or when there are
    several inputs or a directory among them; one copy per input, same relative name (``.gz``
    dropped). Refuses to write over an input."""
    paths = [i.path for i in inputs if isinstance(i, Input) and i.path is not None]
    for other in filter(None, [args.removed]):
        if any(_same(other, p) for p in paths):
            raise UsageError(f"--removed {other} is also an input; refusing to overwrite it")
    if not args.output:
        return None, {}
    multi = len(inputs) > 1 or any(os.path.isdir(f) for f in args.files if f != "-")
    if not (os.path.isdir(args.output) or args.output.endswith(("/", os.sep)) or multi):
        if any(_same(args.output, p) for p in paths):
            raise UsageError(f"--output {args.output} is also an input; refusing to overwrite it")
        return args.output, {}
    dests: dict[int, str] = {}
    for i, inp in enumerate(inputs):
        if isinstance(inp, InputError):
            continue
        if inp.path is None:
            raise UsageError("--output DIR needs file inputs, not standard input")
        rel = inp.rel[:-3] if inp.rel.endswith(".gz") else inp.rel
        dest = os.path.join(args.output, rel)
        if any(_same(dest, p) for p in paths):
            raise UsageError(f"--output {dest} is also an input; refusing to overwrite it")
        if dest in dests.values():
            raise UsageError(f"two inputs would both be written to {dest}")
        dests[i] = dest
    return None, dests


def run(args: argparse.Namespace) -> int:
    import time

    t0 = time.perf_counter()
    limits = (("-j/--jobs", args.jobs), ("--max-lines", args.max_lines))
    for name, value in (*limits, ("--max-page-mb", args.max_page_mb)):
        if value is not None and value < 1:
            raise UsageError(f"{name} must be at least 1")
    try:
        encoding = codec_name(args.encoding)
    except ValueError as e:
        raise UsageError(f"--encoding: {e}") from None
    fmt = args.format or ("jsonl" if args.jsonl else "text")
    color = args.color == "always" or (
        args.color == "auto" and not args.output and sys.stdout.isatty()
    )
    opts = Options(
        fmt=fmt,
        explain=args.explain,
        color=color,
        to=args.to,
        keep_meta=args.keep_meta,
        model=args.model,
        line_model=args.line_model,
        field=args.field,
        result_field=args.result_field,
        encoding=encoding,
        errors=args.errors,
        skip_bad=args.skip_bad,
        removed=bool(args.removed),
        jsonl=args.jsonl,
        max_lines=args.max_lines,
        max_bytes=args.max_page_mb << 20,
    )
    patterns = args.glob or (["*.jsonl", "*.jsonl.gz"] if args.jsonl else ["*.txt"])
    inputs = list(expand(args.files, patterns))
    single, dests = plan_outputs(args, inputs)
    multi = len(inputs) > 1
    jobs = args.jobs or default_jobs()
    files = [i for i in inputs if isinstance(i, Input)]
    known = files and all(i.size is not None and not i.compressed for i in files)
    total = sum(i.size or 0 for i in files) if known else None
    show = not args.quiet and (
        args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    )
    summary, status = Summary(), EXIT_OK
    skipped: list[str] = []
    failed: set[int] = set()
    names = {i: inp.name for i, inp in enumerate(inputs) if isinstance(inp, Input)}
    seen: dict[int, int] = {}  # documents written per source, for 'name#n'
    with contextlib.ExitStack() as stack:
        out: IO[bytes] = stack.enter_context(open(single, "wb")) if single else stdout_bytes()
        removed = stack.enter_context(open_output(args.removed)) if args.removed else None
        progress = Progress(show, total)
        stack.callback(progress.close)
        bare = fmt == "text" and not args.jsonl and not args.explain
        writer = Writer(out, bare, args.explain, multi)
        current, dir_out = -1, None
        results = execute(make_tasks(inputs, opts, failed), opts, jobs)
        stack.callback(getattr(results, "close", lambda: None))
        for events, nbytes in results:
            pages = 0
            for ev in events:
                kind, src = ev[0], ev[1]
                if kind == "start":
                    if src in dests and src != current:
                        if dir_out is not None:
                            dir_out.close()
                        os.makedirs(os.path.dirname(dests[src]) or ".", exist_ok=True)
                        dir_out = open(dests[src], "wb")  # noqa: SIM115 (closed below)
                        writer = Writer(dir_out, bare, args.explain, False)
                    current = src
                elif kind == "doc":
                    _, _, body, removed_items, spam = ev
                    n = seen[src] = seen.get(src, 0) + 1
                    source = f"{names[src]}#{n}" if args.jsonl else names[src]
                    writer.write(body, source)
                    if removed is not None:
                        head = '{"source": ' + json.dumps(source, ensure_ascii=False) + ", "
                        for item in removed_items:
                            removed.write(head + item[1:] + "\n")
                    pages += 1
                    summary.spam += spam
                elif kind == "skip":
                    skipped.append(ev[2])
                else:  # error, warn
                    if kind == "error":
                        failed.add(src)
                    progress.close()
                    print(f"cleantext: {ev[2]}", file=sys.stderr)
                    summary.errors += 1
                    status = EXIT_DATA
            summary.pages += pages
            summary.nbytes += nbytes
            progress.update(pages, nbytes)
            writer.out.flush()
            if removed is not None:
                removed.flush()
        if dir_out is not None:
            dir_out.close()
    summary.skipped = len(skipped)
    if skipped:
        for msg in skipped:
            print(f"cleantext: skipped {msg}", file=sys.stderr)
        print(f"cleantext: skipped {len(skipped)} JSONL line(s)", file=sys.stderr)
    if not args.quiet and (summary.nbytes or summary.errors or skipped):
        print(summary.line(time.perf_counter() - t0), file=sys.stderr)
    return status


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):  # UTF-8 whatever the locale says
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    try:
        if argv and argv[0] in SUBCOMMANDS:
            import importlib

            return importlib.import_module(SUBCOMMANDS[argv[0]][0]).main(argv[1:])
        args = build_parser().parse_args(argv)
        return run(args)
    except UsageError as e:
        print(f"cleantext: {e}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (`cleantext big.jsonl | head`): stop quietly, as cat does.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        return 130
    except WorkerDied as e:
        print(f"cleantext: {e}", file=sys.stderr)
        return EXIT_DATA
    except OSError as e:
        print(f"cleantext: {e.filename or ''}: {e.strerror or e}", file=sys.stderr)
        return EXIT_DATA
    except Exception as e:  # a filter must never print a traceback at users
        if os.environ.get("CLEANTEXT_DEBUG"):
            raise
        print(
            f"cleantext: internal error: {type(e).__name__}: {e} "
            "(set CLEANTEXT_DEBUG=1 for a traceback, and please report it)",
            file=sys.stderr,
        )
        return EXIT_DATA


if __name__ == "__main__":
    sys.exit(main())
