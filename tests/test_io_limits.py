"""Size limits on input: a page over the limit is refused after reading just past the limit,
so a multi-gigabyte line never sits in memory."""

from __future__ import annotations

import io
import sys

import pytest

from cleantext.io import Input, LongLine, TooBig, iter_lines, read_all


class CountingReader(io.RawIOBase):
    """An endless stream of one long line that counts the bytes handed out."""

    def __init__(self, head: bytes = b"") -> None:
        self.head, self.served = head, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:  # type: ignore[no-untyped-def]
        data = (self.head + b"x" * len(buf))[: len(buf)]
        self.head = self.head[len(data) :]
        buf[: len(data)] = data
        self.served += len(data)
        return len(data)


STDIN = Input("<stdin>", None, "stdin")


@pytest.fixture
def stdin(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Feeds a raw stream to the code as standard input."""

    def feed(stream: io.RawIOBase | io.BytesIO) -> Input:
        buffered = stream if isinstance(stream, io.BytesIO) else io.BufferedReader(stream)
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(buffered))
        return STDIN

    return feed


def test_read_all_stops_just_past_the_limit(stdin) -> None:  # type: ignore[no-untyped-def]
    stream = CountingReader()
    with pytest.raises(TooBig, match=r"<stdin>: page is over 1 MB \(--max-page-mb 1\)"):
        read_all(stdin(stream), limit=1 << 20)
    assert stream.served < 2 << 20  # an endless input: only the limit (plus a buffer) was read


def test_read_all_within_the_limit_returns_everything(stdin) -> None:  # type: ignore[no-untyped-def]
    data = "正文。".encode() * 1000
    assert read_all(stdin(io.BytesIO(data)), limit=len(data)) == data


def test_iter_lines_reads_past_a_long_line_and_goes_on(stdin) -> None:  # type: ignore[no-untyped-def]
    long = b"y" * (3 << 20)
    raw = b'{"text": "a"}\n' + long + b"\n" + b'{"text": "c"}\n'
    out = list(iter_lines(stdin(io.BytesIO(raw)), limit=1 << 20))
    assert out == [(1, b'{"text": "a"}\n'), (2, LongLine(len(long) + 1)), (3, b'{"text": "c"}\n')]


def test_iter_lines_without_a_limit_is_unchanged(stdin) -> None:  # type: ignore[no-untyped-def]
    raw = b"a\n" + b"b" * 5000 + b"\nc"
    assert [line for _, line in iter_lines(stdin(io.BytesIO(raw)))] == raw.splitlines(True)
