"""Publication metadata: label date/source/byline lines ``meta`` and fill ``Document.meta``.

Two filters, run after the chrome cues of :mod:`.boilerplate`:

* :class:`MetaLines` labels lines made of metadata *fields* — a date/time, or a cue key and
  its value (``來源:鄉村干部報網``, ``責編:…``, ``閱讀:420``, ``本報記者 劉瓊``) — and a few
  whole-line shapes (journal issue ``電信科學 2014年3期``, document number ``東府〔2021〕54號``,
  reading time, paper affiliations with postal codes). A line is meta only when it is made of
  fields: no sentence punctuation, short values, and it starts with a field or holds two of
  them. ``記者:呂部長,您好!…`` (an interview question) is body, and so are an event's
  ``时间:…`` / ``地点:…`` lines. Page context adds paper author lists (next to the
  affiliation/journal line or above the abstract) and a notice's signatories (organisation
  names above its date line). Weak keys (``时间``, ``查看``, ``文`` …) count only in the page
  head, before the first paragraph. A user name alone between the title and the first meta
  line (``admin``) is a byline too.
* :class:`MetaExtractor` fills ``doc.meta`` from the labelled lines: ``title`` (see
  :func:`find_title`), ``published`` (ISO 8601), ``source``, ``authors`` (see
  :func:`author_names`; without a byline line, from a news lead such as
  ``新华社北京4月18日电(记者史竞男)``), ``editor``.

Cue keys are written in Simplified and matched on the folded line (:mod:`.cues`), so
``來源``/``来源`` and ``來(lái)源`` all match. The vocabulary is :data:`KEYS`.

Where each part lives:

* :mod:`.metafields` — the key vocabulary (:data:`KEYS`) and the fields of a line
  (:func:`fields`);
* :mod:`.metascan` — which lines may hold a field, told by one scan of the page;
* :mod:`.metajudge` — one line's verdict (:func:`judge_meta`) and the whole-line shapes;
* :mod:`.metalines` — :class:`MetaLines`: each line judged, then page context;
* :mod:`.namelines` — names alone on their line, told by their neighbours (bylines above a
  date line or a post, paper authors, signatories);
* :mod:`.paragraphs` — the article block: paragraphs, the head before them, the foot after;
* :mod:`.title` — the title line and the shape of a heading;
* :mod:`.metaextract` — :class:`MetaExtractor` and :func:`author_names`.

>>> from cleantext.document import Document
>>> doc = Document.from_text("标题\\n2024-08-02 16:57:00  來源:鄉村干部報網\\n正文。")
>>> _ = MetaLines()(doc)
>>> [(ln.label, ln.reason) for ln in doc.lines]
[(None, ''), ('meta', 'meta:date'), (None, '')]
"""

from __future__ import annotations

from .metaextract import MetaExtractor, author_names
from .metafields import KEYS, fields
from .metajudge import judge_meta
from .metalines import MetaLines
from .namelines import FLOOR
from .paragraphs import article_foot, head_end, is_paragraph, next_paragraph
from .title import find_title, heading_like, locate_title, title_text

__all__ = [
    "FLOOR",
    "KEYS",
    "MetaExtractor",
    "MetaLines",
    "article_foot",
    "author_names",
    "fields",
    "find_title",
    "head_end",
    "heading_like",
    "is_paragraph",
    "judge_meta",
    "locate_title",
    "next_paragraph",
    "title_text",
]
