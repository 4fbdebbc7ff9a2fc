"""Private contacts as ads give them: one key vocabulary and one id shape for every spam rule.

An ad names a private account to reach its seller: a key (``加V``, ``微信``, ``薇``, ``QQ``,
``扣``, ``TG``, ``飞机号``, ``LINE``, ``WhatsApp``, ``Discord``, ``私聊``, ``微信同号``…) and an
id of Latin letters and digits after at most three symbols (``加V:lw8899``, ``V❤zx6940``,
``LINE:@dk2024``, ``微信同号13912345678``). The watermark, list, clause and item rules used to
write their own near-twin copies of this; they now build theirs here and differ only in what
they must: the shortest id they accept, whether a number is one (:func:`private_contact`), and
the list and tail rules' extra forms (``t.me/…``, a bare ``@handle``, a mobile number). The
promo step's ``_CONTACT_ID`` (:mod:`.spam`) is another idea: any way to reach someone, phones
and hotlines included.

Matched on folded text (:func:`cleantext.spam.lexicon.fold`: Simplified, lower case,
half-width).

>>> from cleantext.filters.lazyre import LazyPattern
>>> from cleantext.spam.lexicon import fold
>>> pat = LazyPattern(private_contact(5))
>>> [pat.search(fold(t)).group() for t in ("薇:seo_vip8", "LINE：@dk668", "扣扣 88990011")]
['薇:seo_vip8', 'line:@dk668', '扣扣 88990011']
>>> pat.search("vip5588") is None  # a bare v is a key only before a symbol or a space
True
"""

from __future__ import annotations

CONTACT_KEY = (
    r"(?:加|薇|微(?:信同号|信号|信)?|威信|v信|vx|wx|qq群?|q群|扣扣?|扣群|tg|telegram|飞机号?"
    r"|电报号?|私聊|w(?<![a-z]w)hatsapp(?![a-z])|l(?<![a-z]l)ine(?![a-z])"
    r"|d(?<![a-z]d)iscord(?![a-z])|t(?<![a-z]t)el(?![a-z])|v(?<![a-z]v)(?![a-z])"
    r"|q(?<![a-z]q)(?=\W{0,3}\d{5}))"
)
"""The keys before a private account (folded): messaging apps and their nicknames (``薇``,
``扣``, ``飞机`` for Telegram), ``加`` (add), ``私聊``. Latin keys stand alone (``V:``,
``V❤``, ``LINE 8``), never inside a word (``vip``, ``online``, ``telegram``); a bare ``q``
only before a number of five digits or more (``加Q:2610983375``; not ``Q3 2024``). Every
branch starts with its literal (a Latin key's boundary is looked behind it), so ``re`` skips
to the keys' first characters instead of trying the whole pattern at every position."""
TAIL_KEY = r"(?:联系|同号)"
"""Keys that give a private account only in an ad's few words after a paragraph's last
sentence (``…空间。联系ab2024``): in a line or a sentence they are a site's own contact too
(``授權事宜請聯繫hezuo@…``)."""


def private_contact(least: int, *, tail: bool = False, lettered: bool = False) -> str:
    """A key of :data:`CONTACT_KEY` and an id of at least ``least`` Latin letters and digits
    (``_`` and ``-`` inside) after at most three symbols and an ``@``: the regular expression's
    source. Rules reading a whole line ask for longer ids (5) than rules reading a short tail
    after a sentence (2), where the key itself is the evidence; ``tail``: the keys of
    :data:`TAIL_KEY` too; ``lettered``: an account's name, a letter first and two digits
    after it (``gp518888``, ``lw2024``), not a number (a phone may be the article's own).

    >>> import re
    >>> [bool(re.search(private_contact(n), "qq:1234")) for n in (5, 2)]
    [False, True]
    >>> bool(re.search(private_contact(3, lettered=True), "微信:13912345678"))
    False
    """
    key = f"(?:{CONTACT_KEY}|{TAIL_KEY})" if tail else CONTACT_KEY
    if lettered:
        return rf"{key}\W{{0,3}}@?[a-z][a-z0-9_-]{{{least - 2},19}}?\d{{2,}}"
    return rf"{key}\W{{0,3}}@?[a-z0-9][a-z0-9_-]{{{least - 1},19}}"
