"""Reading scraped input: encodings, files, directories, gzip, JSON Lines — streaming.

Scraped pages come in UTF-8 (with or without a BOM), UTF-16 (with a BOM, or without one from
Windows tools), and GBK/GB18030 from older mainland sites. :func:`decode` takes any of them
with ``encoding="auto"`` and otherwise fails with a message that names the byte offset and the
options that go on. Binary data that happens to decode (a run of NUL and control bytes) is an
error too, not a page.

>>> decode("正文".encode("gb18030"), "page")
'正文'
>>> decode("\\ufeff正文".encode("utf-16-le"), "page")
'正文'
>>> decode(b"\\xef\\xbb\\xbf\\xe6\\xad\\xa3", "page")
'正'
"""

from __future__ import annotations

import codecs
import contextlib
import fnmatch
import io
import os
import re
import sys
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO, NamedTuple

ENCODINGS = ("auto", "utf-8", "gb18030", "utf-16")
"""The encodings the CLI offers by name; any Python codec name is accepted as well."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
"""C0 control characters but tab, newline, form feed and carriage return: junk in a page."""
_HAN_RE = re.compile("[\u4e00-\u9fff]")
_PLAIN_RE = re.compile("[\t\n\r\x20-\x7e\u00a0-\u024f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
_HEAD = 65536
"""Characters looked at to tell text from binary data."""


class InputError(Exception):
    """Bad input data: reported on stderr, exit status 1."""


class TooBig(InputError):
    """A page over a size limit (``--max-lines``, ``--max-page-mb``): an error, not an
    out-of-memory kill."""


class LongLine(NamedTuple):
    """What :func:`iter_lines` yields instead of a JSON line longer than its limit: the line
    was read past, in bounded memory, and is reported, not cleaned."""

    nbytes: int


def too_big(where: str, limit: int, nbytes: int | None = None) -> TooBig:
    """The error for a page over ``limit`` bytes: ``nbytes`` long, or of unknown size when it
    was not read to its end.

    >>> print(too_big("a.txt", 32 << 20, 70 << 20))  # doctest: +ELLIPSIS
    a.txt: page is 70.0 MB (--max-page-mb 32): cleaning takes about 5 times ...
    >>> print(too_big("a.txt", 32 << 20))  # doctest: +ELLIPSIS
    a.txt: page is over 32 MB (--max-page-mb 32): ...
    """
    over = f"over {limit >> 20} MB" if nbytes is None else f"{nbytes / (1 << 20):,.1f} MB"
    return TooBig(
        f"{where}: page is {over} (--max-page-mb {limit >> 20}): cleaning takes about 5 times"
        " a page's size in memory; raise the limit if memory allows"
    )


def sniff_bom(head: bytes) -> str | None:
    """The codec a byte-order mark at the start of ``head`` announces, or ``None``.

    >>> sniff_bom(b"\\xff\\xfeA\\x00"), sniff_bom(b"abc")
    ('utf-16', None)
    """
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec
    return None


def _looks_chinese(text: str) -> bool:
    """A GB18030 decoding is believed when it has Han characters and no C0 control junk."""
    if _CONTROL_RE.search(text, 0, _HEAD) is not None:
        return False
    return _HAN_RE.search(text, 0, _HEAD) is not None


def _binary(text: str) -> str | None:
    """Why ``text`` reads as binary data rather than a page, or ``None``: control characters
    (NUL, ESC…) are at least 4 and a tenth of the head. A stray NUL in scraped text passes.

    >>> _binary("正文\\x00第一段。"), _binary("\\x00" * 12)
    (None, '12 control characters in the first 12 (a NUL at character 0)')
    """
    first = _CONTROL_RE.search(text, 0, _HEAD)
    if first is None:
        return None
    head = text[:_HEAD]
    n = len(_CONTROL_RE.findall(head))
    if n < 4 or n * 10 < len(head):
        return None
    return (
        f"{n:,} control characters in the first {len(head):,} "
        f"(a {_control_name(first.group())} at character {first.start():,})"
    )


def _control_name(c: str) -> str:
    return "NUL" if c == "\x00" else f"U+{ord(c):04X}"


def _utf16_without_bom(data: bytes) -> str | None:
    """``data`` decoded as UTF-16 (little or big endian) when that gives plain text: no control
    characters, and nine characters in ten are ASCII, Latin, CJK or CJK punctuation (random
    bytes, or GBK read as UTF-16, give half of that at most).

    >>> _utf16_without_bom("hello, 中文。\\n".encode("utf-16-be"))
    'hello, 中文。\\n'
    >>> _utf16_without_bom("中文".encode("utf-8")) is None
    True
    """
    if len(data) < 2 or len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        head = text[:_HEAD]
        if _CONTROL_RE.search(head) is None and len(_PLAIN_RE.findall(head)) * 10 >= len(head) * 9:
            return text
    return None


def codec_name(encoding: str) -> str:
    """Validate an ``--encoding`` value: ``auto`` or a Python codec name."""
    if encoding == "auto":
        return encoding
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise ValueError(
            f"unknown encoding {encoding!r} (try one of {', '.join(ENCODINGS)})"
        ) from None


def decode(data: bytes, name: str, encoding: str = "auto", errors: str = "strict") -> str:
    """Bytes to text. ``auto``: a BOM decides; else UTF-8; else GB18030 when that decodes
    cleanly to Chinese; else UTF-16 without a BOM when that gives plain text; else an
    :class:`InputError` naming the byte offset and the options. Binary data is an
    :class:`InputError` under ``auto`` even when it decodes: name the encoding to take it.

    >>> decode(b"ab\\xffcd", "p", errors="replace")
    'ab\\ufffdcd'
    >>> decode(b"ab\\xffcd", "p")
    Traceback (most recent call last):
    ...
    cleantext.io.InputError: p: invalid UTF-8 at byte offset 2 (not GB18030 or UTF-16 either; \
name the encoding with --encoding, or use --errors replace to go on with U+FFFD)
    """
    if encoding == "auto":
        codec = sniff_bom(data[:4])
        if codec is not None:
            encoding = codec
        else:
            binary = err = None
            try:
                text = data.decode("utf-8")
                binary = _binary(text)
                if binary is None:
                    return text
            except UnicodeDecodeError as e:
                err = e
            utf16 = _utf16_without_bom(data)
            if utf16 is not None:
                return utf16
            if binary:
                raise InputError(
                    f"{name}: looks like binary data, not text: {binary}; if it is text, name "
                    "its encoding (--encoding utf-8 takes it as it is)"
                )
            try:
                text = data.decode("gb18030")
                if _looks_chinese(text):
                    return text
            except UnicodeDecodeError:
                pass
            if errors != "strict":
                return data.decode("utf-8", errors=errors)
            assert err is not None
            raise InputError(
                f"{name}: invalid UTF-8 at byte offset {err.start} (not GB18030 or UTF-16 "
                "either; name the encoding with --encoding, or use --errors replace to go on "
                "with U+FFFD)"
            ) from None
    codec = codecs.lookup(encoding).name
    if codec == "utf-8":
        codec = "utf-8-sig"  # a BOM is allowed and dropped
    try:
        return data.decode(codec, errors=errors)
    except UnicodeDecodeError as e:
        what = "UTF-8" if codec == "utf-8-sig" else codec.upper()
        raise InputError(
            f"{name}: invalid {what} at byte offset {e.start} (use --encoding auto to detect "
            "the encoding, or --errors replace to go on with U+FFFD)"
        ) from None


# --- inputs ---------------------------------------------------------------------------------


class Input(NamedTuple):
    """One input: a file (``path``) or standard input (``path is None``).

    ``rel`` is the name an ``--output DIR`` copy gets: the path below the directory argument
    it was found in, or the file's base name.
    """

    name: str
    path: str | None
    rel: str
    size: int | None = None

    @property
    def compressed(self) -> bool:
        return self.path is not None and self.path.endswith(".gz")


def expand(paths: list[str], patterns: list[str]) -> Iterator[Input | InputError]:
    """Files as given; directories walked recursively (sorted, hidden entries skipped) for
    file names matching any of ``patterns``; ``-`` is standard input."""
    for p in paths or ["-"]:
        if p == "-":
            yield Input("<stdin>", None, "stdin")
            continue
        if not os.path.isdir(p):
            try:
                size = os.path.getsize(p)
            except OSError:
                size = None
            yield Input(p, p, os.path.basename(p), size)
            continue
        found = 0
        try:
            for path in _walk(p, patterns):
                found += 1
                try:
                    size = os.path.getsize(path)
                except OSError:
                    size = None
                yield Input(path, path, os.path.relpath(path, p), size)
        except OSError as e:
            yield InputError(f"{e.filename or p}: cannot read directory: {e.strerror or e}")
            continue
        if not found:
            yield InputError(
                f"{p}: is a directory with no files matching {' or '.join(patterns)} "
                "(choose them with --glob)"
            )


def _walk(top: str, patterns: list[str]) -> Iterator[str]:
    with os.scandir(top) as it:
        entries = sorted(it, key=lambda e: e.name)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path, patterns)
        elif entry.is_file() and any(fnmatch.fnmatch(entry.name, pat) for pat in patterns):
            yield entry.path


def open_binary(inp: Input) -> BinaryIO:
    """The input's bytes, gunzipped when the name ends in ``.gz``."""
    if inp.path is None:
        return sys.stdin.buffer
    fh = open(inp.path, "rb")  # noqa: SIM115 - returned to the caller
    if inp.compressed:
        import gzip  # here: a run without .gz input never imports it (~4M instructions)

        return gzip.GzipFile(fileobj=fh, mode="rb")  # type: ignore[return-value]
    return fh


READ_ERRORS = (OSError, EOFError, zlib.error)
"""What reading can raise: I/O errors, a truncated or corrupt gzip stream."""


def read_error(inp: Input, e: BaseException) -> InputError:
    if isinstance(e, IsADirectoryError):
        return InputError(f"{inp.name}: is a directory")
    gz = sys.modules.get("gzip")  # only a .gz input can raise BadGzipFile, and imports it
    if isinstance(e, (EOFError, zlib.error)) or (gz is not None and isinstance(e, gz.BadGzipFile)):
        return InputError(f"{inp.name}: corrupt or truncated gzip data: {e}")
    if isinstance(e, OSError):
        return InputError(f"{inp.name}: cannot read: {e.strerror or e}")
    return InputError(f"{inp.name}: cannot read: {e}")


def read_all(inp: Input, limit: int | None = None) -> bytes:
    """The whole input (one page), at most ``limit`` bytes: a bigger one is a :class:`TooBig`
    error, raised without reading the rest. Raises :class:`InputError`."""
    try:
        fh = open_binary(inp)
        with fh if inp.path is not None else contextlib.nullcontext(fh):
            data = fh.read() if limit is None else fh.read(limit + 1)
    except READ_ERRORS as e:
        raise read_error(inp, e) from None
    if limit is not None and len(data) > limit:
        raise too_big(inp.name, limit)  # the rest is not read: its size is unknown
    return data


def _bounded(lines: Any, limit: int | None) -> Iterator[Any]:
    """The lines of ``lines`` (a binary or text file), each at most ``limit`` long: a longer
    one is read past in chunks and comes out as a :class:`LongLine`."""
    if limit is None:
        yield from lines
        return
    end = "\n" if isinstance(lines, io.TextIOBase) else b"\n"
    while line := lines.readline(limit + 1):
        if len(line) <= limit or line.endswith(end):
            yield line
            continue
        size = len(line)
        while (rest := lines.readline(1 << 20)) and not rest.endswith(end):
            size += len(rest)
        yield LongLine(size + len(rest))


def iter_lines(
    inp: Input, encoding: str = "auto", limit: int | None = None
) -> Iterator[tuple[int, bytes | LongLine]]:
    """Stream ``(line number, raw line)`` pairs of a JSON Lines input, in constant memory
    (one line at a time; a line over ``limit`` bytes, or characters in UTF-16/32, comes as a
    :class:`LongLine`). UTF-16/32 input (by BOM, or named) is re-encoded to UTF-8 here;
    other encodings are decoded line by line later. Raises :class:`InputError` when reading
    fails, after yielding every line read before."""
    try:
        fh = open_binary(inp)
    except READ_ERRORS as e:
        raise read_error(inp, e) from None
    try:
        buffered = fh if hasattr(fh, "peek") else io.BufferedReader(fh)  # type: ignore[arg-type]
        head = buffered.peek(4)[:4]  # type: ignore[attr-defined]
        codec = sniff_bom(head) if encoding == "auto" else codecs.lookup(encoding).name
        if codec and codec.startswith(("utf-16", "utf-32")):
            text = io.TextIOWrapper(buffered, encoding=codec, newline="\n", errors="strict")  # type: ignore[arg-type]
            n = 0
            try:
                for n, line in enumerate(_bounded(text, limit), 1):
                    if isinstance(line, LongLine):
                        yield n, line
                    else:
                        yield n, line.encode("utf-8", errors="surrogatepass")
            except UnicodeDecodeError as e:
                raise InputError(
                    f"{inp.name}: invalid {codec.upper()} near line {n + 1}: {e.reason}"
                ) from None
            return
        yield from enumerate(_bounded(buffered, limit), 1)
    except READ_ERRORS as e:
        raise read_error(inp, e) from None
    finally:
        if inp.path is not None:
            fh.close()
