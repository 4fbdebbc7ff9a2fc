"""The ``cleantext`` command: a Unix filter over the library. Parsing and I/O only."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from . import __version__
from .document import Document
from .pipeline import Pipeline, default_filters

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2
SUBCOMMANDS = {
    "eval": ("cleantext.evaluate", "score the pipeline on a labelled JSONL corpus"),
    "train": ("cleantext.spam.train", "train a spam model on labelled JSONL pages"),
}

DESCRIPTION = """\
Clean scraped Chinese web pages: keep the article, drop injected spider-pool (蜘蛛池) spam
and site chrome, and say what was removed and why.

Reads each FILE (or standard input when there is none, or for '-') and writes the clean text
to standard output. Nothing is lost: --explain shows every line with its label and reason,
--removed FILE keeps what was taken out.
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
  cleantext eval corpus.jsonl             score the filters on labelled pages
  cleantext train corpus.jsonl -o m.json  train a spam model (use it with --model m.json)

exit status: 0 success, 1 bad input (invalid UTF-8, malformed JSONL, unreadable file),
2 usage error. Errors go to standard error; a file that fails does not stop the others.
"""


class InputError(Exception):
    """Bad input data: reported on stderr, exit status 1."""


class UsageError(Exception):
    """Bad arguments: reported on stderr, exit status 2."""


def open_output(path: str) -> IO[str]:
    return open(path, "w", encoding="utf-8")


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
    p.add_argument("--explain", action="store_true", help="show every line with label and reason")
    p.add_argument("--removed", metavar="FILE", help="write removed parts to FILE as JSON Lines")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument(
        "--errors",
        choices=("strict", "replace"),
        default="strict",
        help="invalid UTF-8: stop with an error (default) or replace it with U+FFFD",
    )
    p.add_argument(
        "--skip-bad", action="store_true", help="skip malformed JSONL lines, counting them"
    )
    p.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour --explain output (default: only on a terminal)",
    )
    p.add_argument("--version", action="version", version=f"cleantext {__version__}")
    return p


@dataclass
class Source:
    name: str
    data: bytes


def decode(data: bytes, name: str, errors: str) -> str:
    """UTF-8 (a BOM is allowed) or a clear error naming the byte offset."""
    try:
        return data.decode("utf-8-sig", errors=errors)
    except UnicodeDecodeError as e:
        raise InputError(
            f"{name}: invalid UTF-8 at byte offset {e.start} "
            f"(use --errors replace to go on with U+FFFD)"
        ) from None


def read_sources(files: list[str]) -> Iterator[Source | InputError]:
    for name in files or ["-"]:
        if name == "-":
            yield Source("<stdin>", sys.stdin.buffer.read())
            continue
        try:
            with open(name, "rb") as fh:
                yield Source(name, fh.read())
        except IsADirectoryError:
            yield InputError(f"{name}: is a directory")
        except OSError as e:
            yield InputError(f"{name}: cannot read: {e.strerror or e}")


def jsonl_records(
    src: Source, args: argparse.Namespace, skipped: list[str]
) -> Iterator[dict[str, Any]]:
    for lineno, raw in enumerate(src.data.splitlines(), 1):
        if not raw.strip():
            continue
        where = f"{src.name}:{lineno}"
        try:
            record = json.loads(decode(raw, where, args.errors))
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
            if not isinstance(record.get(args.field), str):
                raise ValueError(f"field {args.field!r} is missing or not a string")
        except (ValueError, InputError) as e:
            msg = f"{where}: malformed JSONL: {e}"
            if not args.skip_bad:
                raise InputError(msg + " (use --skip-bad to skip such lines)") from None
            skipped.append(msg)
            continue
        yield record


class Writer:
    """Writes documents in the chosen format; keeps --removed parts."""

    def __init__(self, out: IO[str], removed: IO[str] | None, args: argparse.Namespace) -> None:
        self.out, self.removed, self.args = out, removed, args
        self.fmt = args.format or ("jsonl" if args.jsonl else "text")
        self.color = args.color == "always" or (args.color == "auto" and out.isatty())
        self.count = 0

    def write(self, doc: Document, source: str, record: dict[str, Any] | None = None) -> None:
        if self.removed is not None:
            for item in doc.removed:
                self.removed.write(json.dumps({"source": source, **item}, ensure_ascii=False))
                self.removed.write("\n")
        if self.args.explain:
            self.out.write(
                explain(doc, source if self.count or self.args.files[1:] else None, self.color)
            )
        elif record is not None:
            record = {**record, self.args.result_field: doc.to_dict(lines=False)}
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif self.fmt == "text":
            text = doc.text
            if self.count and text:
                self.out.write("\n")
            self.out.write(text + "\n" if text else "")
        else:
            result = {"source": source, **doc.to_dict()}
            indent = 2 if self.fmt == "json" else None
            self.out.write(json.dumps(result, ensure_ascii=False, indent=indent) + "\n")
        self.count += 1


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
        if color and COLORS[label]:
            row = f"{COLORS[label]}{row}\x1b[0m"
        rows.append(row + "\n")
    return "".join(rows)


def run(args: argparse.Namespace) -> int:
    pipe = Pipeline(default_filters(model=args.model))
    options = {"to": args.to, "keep_meta": args.keep_meta}
    status, skipped = EXIT_OK, []
    if args.output and args.output in args.files:
        raise UsageError(f"--output {args.output} is also an input; refusing to overwrite it")
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(open_output(args.output)) if args.output else sys.stdout
        removed = stack.enter_context(open_output(args.removed)) if args.removed else None
        writer = Writer(out, removed, args)
        for src in read_sources(args.files):
            try:
                if isinstance(src, InputError):
                    raise src
                if args.jsonl:
                    for n, record in enumerate(jsonl_records(src, args, skipped), 1):
                        doc = pipe.clean(record[args.field], **options)
                        writer.write(doc, f"{src.name}#{n}", record)
                else:
                    doc = pipe.clean(decode(src.data, src.name, args.errors), **options)
                    writer.write(doc, src.name)
            except InputError as e:
                print(f"cleantext: {e}", file=sys.stderr)
                status = EXIT_DATA
            out.flush()
    if skipped:
        for msg in skipped:
            print(f"cleantext: skipped {msg}", file=sys.stderr)
        print(f"cleantext: skipped {len(skipped)} malformed JSONL line(s)", file=sys.stderr)
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
