"""Spam filters: injected SEO junk from spider pools (蜘蛛池)."""

from __future__ import annotations

import regex

from ..document import Line, Verdict
from .base import LineFilter

_FOOTER = regex.compile(r"^\s*主站蜘蛛池模板\s*[::]")


class SpiderPoolFooter(LineFilter):
    """The footer spider-pool templates append: ``主站蜘蛛池模板: 标题1| 标题2| …``.

    >>> from cleantext.document import Document
    >>> doc = SpiderPoolFooter()(Document.from_text("正文。\\n主站蜘蛛池模板: 国产精品| 亚洲"))
    >>> [(ln.label, ln.reason) for ln in doc.lines]
    [(None, ''), ('spam', 'spam:spider-pool-footer')]
    """

    name = "spider-pool-footer"

    def judge(self, line: Line) -> Verdict | None:
        return ("spam", "spam:spider-pool-footer") if _FOOTER.match(line.clean) else None
