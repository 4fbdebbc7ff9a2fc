"""The detectors: regular expressions that find a step's non-redundant phrase keys in text.

A detector matches at a character of every occurrence of a key (its *anchor*, chosen by
:mod:`.anchors`) and is built so that ``re`` skips every other position at C speed: it
starts with a class or with literals, and its alternatives are grouped and ordered by how
common their anchors are.  :func:`detector_sources` writes a step's detectors;
:func:`lift` rewrites one to run on the text before the earlier steps of a chain
translate it.  The patterns change speed only: a hit only sends a window of text to the
exact scan (see :mod:`.engine`).

>>> detector_sources({"干燥": 0, "头发": 1})  # 干 before 燥, 发 after 头
('发(?:(?<=头发))|干(?:(?=燥))', None, None)
"""

from __future__ import annotations

import re

from .anchors import char_weight
from .charclass import ASTRAL_RANGE, char_class

#: steps with at most this many anchor characters have one detector for all their keys
#: (:func:`_few_anchors`) and, on the sparse path, are probed (``ExactStep.probes``)
FEW_ANCHORS = 64
#: share of the backward keys' anchor weight (:func:`.anchors.char_weight`) that must be
#: anchors of forward keys too for :func:`detector_sources` to use one scan
_SHARED = 0.8
#: one character that is never there (a lookbehind needs a width: ``(?!)`` has none)
_NOTHING = "(?!)."
#: the group openers the detector builders write
_GROUPS = ("(?<=", "(?<!", "(?=", "(?!", "(?:")


def detector_sources(anchors: dict[str, int]) -> tuple[str | None, str | None, str | None]:
    """Regex sources matching every occurrence of the keys of ``anchors`` (a step's
    non-redundant keys -> the offset of the character each is anchored on).

    Returns ``(forward, backward, middle)``: ``forward`` is for the text itself
    and holds the keys whose first character converts differently from the
    character table (plus the keys where only inner characters do, unless
    ``middle`` holds them); ``backward`` is for the *reversed* text and holds,
    reversed, the keys whose last character does.  Every pattern starts with
    an anchor, so the regex engine skips every other position at C speed;
    anchors are ordered by how common they are so that the first branch
    tried is usually the right one.  Where the keys anchored inside are few
    next to those anchored on their first character (half of them or less),
    ``forward`` is a class-led pattern (:func:`_anchor_then_look`) for the
    latter and ``middle`` a plain trie for the former: two scans, measured
    10-15% faster than one with a lookahead at every position (for TWPhrasesRev
    with its first-differing-character anchors; where they are many, as in
    STPhrases, the one scan is faster).

    Where the anchors of the keys read backward are nearly all anchors of keys read
    forward too (STPhrases: the few ambiguous characters, 发 in 发型 and in 头发),
    one scan (:func:`_one_scan`) finds both: the backward scan would visit nearly
    the same places again.
    """
    if 0 < len({key[i] for key, i in anchors.items()}) <= FEW_ANCHORS:
        return _few_anchors(anchors), None, None
    if _backward_shared(anchors):
        return _one_scan(anchors), None, None
    forward: set[tuple[str, str, str]] = set()
    backward: set[tuple[str, str, str]] = set()
    middle: set[tuple[str, str, str]] = set()
    for key, i in anchors.items():
        if i == 0:
            forward.add(("", key[0], key[1:]))
        elif i == len(key) - 1:
            backward.add(("", key[-1], key[-2::-1]))
        else:  # only inner characters differ: anchor there, check the head behind
            middle.add((key[:i], key[i], key[i + 1 :]))
    if len(middle) * 2 <= len(forward):
        return (
            _anchor_then_look(forward),
            _anchor_then_look(backward),
            _anchored_trie(middle, lookahead=False),
        )
    return _anchored_trie(forward | middle), _anchor_then_look(backward), None


def _backward_shared(anchors: dict[str, int]) -> bool:
    """Whether the anchors of the keys anchored on their last character are, weighted
    by :func:`.anchors.char_weight`, mostly (:data:`_SHARED`) anchors of the other keys too:
    STPhrases 94% (one scan measured 10-15% faster than two), TWPhrases 55%,
    TWPhrasesRev 75% (there two scans are as fast or faster)."""
    backward = {key[i] for key, i in anchors.items() if 0 < i == len(key) - 1}
    others = {key[i] for key, i in anchors.items() if not 0 < i == len(key) - 1}
    weight = sum(map(char_weight, backward))
    shared = sum(map(char_weight, backward & others))
    return shared >= _SHARED * weight


def _anchor_alternatives(anchors: dict[str, int], filtered: bool) -> list[tuple[str, str]]:
    """``(anchor, rest)`` for every anchor character (most frequent first): ``rest`` is
    a zero-width pattern, tried right after the anchor, that holds where one of its
    keys does -- whichever of what follows it, what precedes it (a lookbehind per
    length) or both matches (behind a :func:`_neighbour_filter` if ``filtered``)."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for key, i in anchors.items():
        groups.setdefault(key[i], []).append((key[:i], key[i + 1 :]))
    alternatives = []
    for anchor in sorted(groups, key=lambda c: (-char_weight(c), c)):
        aheads: set[str] = set()
        behinds: dict[int, set[str]] = {}
        both: dict[str, set[str]] = {}
        for behind, ahead in groups[anchor]:
            if not behind:
                aheads.add(ahead)
            elif not ahead:
                behinds.setdefault(len(behind), set()).add(behind)
            else:
                both.setdefault(behind, set()).add(ahead)
        escaped = re.escape(anchor)
        branches = [f"(?={_trie_pattern(aheads)})"] if aheads else []
        branches += [f"(?<={_trie_pattern(b)}{escaped})" for _, b in sorted(behinds.items())]
        branches += [
            f"(?<={re.escape(b)}{escaped})(?={_trie_pattern(a)})" for b, a in sorted(both.items())
        ]
        rest = "(?:" + "|".join(branches) + ")"
        if filtered:
            rest = _neighbour_filter(groups[anchor]) + rest
        alternatives.append((anchor, rest))
    return alternatives


def _neighbour_filter(around: list[tuple[str, str]]) -> str:
    """A zero-width pattern, tried right after an anchor, that fails where no key of
    ``around`` (``(behind, ahead)`` pairs) can hold: neither the next character starts
    an ``ahead`` nor the previous one ends a ``behind``.  Two class tests dismiss ~90%
    of the places where STPhrases' anchors occur, before the tries and lookbehinds
    (s2t's detector 36 -> 22 ms a MB)."""
    nexts = {ahead[0] for _, ahead in around if ahead}
    prevs = {behind[-1] for behind, _ in around if behind}
    tests = [f"(?={char_class(nexts)})"] if nexts else []
    if prevs:
        tests.append(f"(?<={char_class(prevs)}.)")
    return _alternation(tests)


def _few_anchors(anchors: dict[str, int]) -> str:
    """One pattern for the keys of a step with few anchor characters (``anchors``:
    key -> offset of its anchor): the anchor literal (a class of them leads the scan),
    then :func:`_anchor_alternatives`' rest.  The match is the anchor.  One scan
    instead of one for the anchors and a Python look around each: twice as fast."""
    alternatives = _anchor_alternatives(anchors, filtered=False)  # measured no faster
    return "|".join(re.escape(a) + rest for a, rest in alternatives)


def _one_scan(anchors: dict[str, int]) -> str:
    """:func:`_few_anchors` for many anchor characters: a class of them leads, then
    the alternatives are dispatched in groups (:func:`_dispatch`).  The match is the
    anchor."""
    alternatives = _anchor_alternatives(anchors, filtered=True)
    heads = char_class({anchor for anchor, _ in alternatives})
    return f"{heads}(?<={_dispatch(alternatives, zero_width=True)})"


def _anchored_trie(entries: set[tuple[str, str, str]], lookahead: bool = True) -> str | None:
    """Pattern for ``(behind, anchor, ahead)`` entries: the anchor literal, then a
    trie of what follows; ``behind`` (if any) is checked with a lookbehind.

    The first level is ordered most-frequent-anchor-first, behind a class of the
    anchors and a lookahead for the second characters (tested at C speed):
    most places with a common anchor are dismissed there without walking the
    alternatives one by one.  Without it (``lookahead=False``: the backward
    detectors, with fewer and rarer anchors, measured faster so) the pattern
    starts with a literal in every branch, which lets ``re`` skip to the next
    anchor at C speed.
    """
    if not entries:
        return None
    groups: dict[str, dict[str, set[str]]] = {}
    for behind, anchor, ahead in entries:
        groups.setdefault(anchor, {}).setdefault(behind, set()).add(ahead)
    alternatives = []
    for anchor in sorted(groups, key=lambda c: (-char_weight(c), c)):
        by_behind = groups[anchor]
        branches = [_trie_pattern(by_behind.pop(""))] if "" in by_behind else []
        for behind, aheads in sorted(by_behind.items()):
            branches.append(f"(?<={re.escape(behind + anchor)}){_trie_pattern(aheads)}")
        alternatives.append((anchor, _alternation(branches)))
    if lookahead and all(ahead for _, _, ahead in entries):
        heads = char_class({anchor for _, anchor, _ in entries})
        seconds = char_class({ahead[0] for _, _, ahead in entries})
        # The match is the anchor alone and the trie is walked from a lookbehind: a
        # pattern led by a class lets ``re`` skip to the next anchor at C speed (a
        # leading lookahead makes it try every position): s2t's forward detector
        # 175 -> 144 ms on the 10 MB bench corpus.  Hits are match starts, so
        # overlapping keys are found too (more windows, never fewer).
        return f"{heads}(?={seconds})(?<={_dispatch(alternatives)})"
    return "|".join(re.escape(anchor) + rest for anchor, rest in alternatives)


def _anchor_then_look(entries: set[tuple[str, str, str]]) -> str | None:
    """Pattern for ``("", anchor, ahead)`` entries (the backward detectors): a class
    of the anchors and one of the characters after them, tested at C speed at every
    anchor (the class gives ``re`` a fast skip to the next one), then, looking back
    at the anchor, the trie of what follows it, most frequent anchor first.  The
    match is the anchor alone.  Measured 20-30% faster than the plain trie."""
    if not entries:
        return None
    groups: dict[str, set[str]] = {}
    for behind, anchor, ahead in entries:
        assert not behind and ahead
        groups.setdefault(anchor, set()).add(ahead)
    alternatives = [
        (anchor, _trie_pattern(groups[anchor]))
        for anchor in sorted(groups, key=lambda c: (-char_weight(c), c))
    ]
    heads = char_class(set(groups))
    seconds = char_class({ahead[0] for aheads in groups.values() for ahead in aheads})
    return f"{heads}(?={seconds})(?<={_dispatch(alternatives)})"


def _dispatch(alternatives: list[tuple[str, str]], zero_width: bool = False) -> str:
    """Pattern of width one for ``(anchor, rest)`` pairs (most frequent anchor first):
    the anchor, then a lookahead for ``rest`` (a pattern starting right after it).

    ``re`` tries the branches of an alternation one after the other; one led by a
    literal that does not match is skipped quickly, but each skip reads another part
    of a large program (a cache miss): with 200-300 anchors that walk was most of a
    detector's time.  Many anchors are therefore grouped (``group`` of them, most
    frequent first) behind a class of each group's anchors, so that a place is
    dismissed after a few class tests and a walk within one group: s2t's forward
    detector on the 10 MB bench corpus 140 -> 107 ms, tw2sp's 140 -> 81 ms.
    (``zero_width``: every ``rest`` is zero-width already and needs no lookahead.)
    """
    group = max(8, round(len(alternatives) ** 0.5))
    branches = [
        re.escape(a) + (rest if zero_width else f"(?={rest})" if rest else "")
        for a, rest in alternatives
    ]
    if len(branches) <= group:
        return "|".join(branches)
    return "|".join(
        char_class({anchor for anchor, _ in alternatives[i : i + group]})
        + "(?<="
        + "|".join(branches[i : i + group])
        + ")"
        for i in range(0, len(branches), group)
    )


def _alternation(branches: list[str]) -> str:
    if "" in branches:
        return ""
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _trie_pattern(words: set[str]) -> str:
    """Regex matching any of ``words`` (factored as a trie; '' matches empty)."""
    if "" in words:
        return ""
    groups: dict[str, set[str]] = {}
    for word in words:
        groups.setdefault(word[0], set()).add(word[1:])
    return _alternation([re.escape(c) + _trie_pattern(rest) for c, rest in sorted(groups.items())])


def lift(source: str, preimages: dict[str, str]) -> str:
    """``source``, a detector pattern of a step (written by the builders above: literals,
    classes from :func:`char_class`, groups, lookarounds, ``|`` and ``.``), rewritten to
    match the text *before* the earlier steps' character tables translate it: each
    character ``c`` it names stands for the characters those tables turn into ``c``
    (``preimages[c]``; ``c`` itself where absent, none where empty).  Matches start at
    the same places, since those tables keep every length (texts where they do not hold
    a rare character and take the careful path).

    A pattern of branches led by characters (:func:`_few_anchors`) becomes a class of
    their first characters, then the branches in a lookbehind: ``re`` skips to the next
    place where a pattern can start only if it starts with a class or its branches with
    literals, which the lifted branches, led by classes, are not (tw2s 6 -> 12 ms on 100,000
    characters without it).  The match is then the first character alone.

    >>> lift("髮型|[發]", {"髮": "发", "發": "发", "型": ""})
    '[发](?<=发(?=(?!).)|[发])'
    >>> lift("[髮發](?=型)", {"髮": "发", "發": "发"})
    '[发](?=型)'
    """
    branches: list[list[tuple[str, set[str] | None]]] = [[]]  # top-level branches
    depth = 0
    i = 0
    n = len(source)
    while i < n:
        char = source[i]
        token: str
        chars: set[str] | None = None  # what an atom matches, if it is one character
        if char == "(":
            opener = next((g for g in _GROUPS if source.startswith(g, i)), None)
            if opener is None:
                raise ValueError(f"unexpected group at {i} in a detector pattern")
            token = opener
            depth += 1
            i += len(opener)
        elif char == "|" and not depth:
            branches.append([])
            i += 1
            continue
        elif char in ")|.":
            token = char
            depth -= char == ")"
            i += 1
        elif char == "[":
            members: set[str] = set()
            astral = False
            i += 1
            while source[i] != "]":
                if source[i] == "\\":
                    members.add(source[i + 1])
                    i += 2
                elif source.startswith(ASTRAL_RANGE, i):
                    astral = True
                    i += len(ASTRAL_RANGE)
                else:
                    members.add(source[i])
                    i += 1
            i += 1
            chars = set("".join(preimages.get(c, c) for c in members))
            if astral:
                token = char_class(chars)[:-1] + ASTRAL_RANGE + "]"
                chars = None
            else:
                token = char_class(chars) if chars else _NOTHING
        else:
            if char == "\\":
                char = source[i + 1]
                if char.isalnum():
                    raise ValueError(f"unexpected escape \\{char} in a detector pattern")
                i += 1
            elif char in "*+?{}^$":
                raise ValueError(f"unexpected {char!r} in a detector pattern")
            i += 1
            chars = set(preimages.get(char, char))
            token = (
                re.escape(next(iter(chars))) if len(chars) == 1
                else char_class(chars) if chars
                else _NOTHING
            )  # fmt: skip
        branches[-1].append((token, chars))
    led = [b for b in branches if not b or b[0][1] != set()]  # drop branches that never match
    if len(led) < 2 or not all(b and b[0][1] for b in led):
        return "|".join("".join(t for t, _ in b) for b in branches)
    heads = char_class(set().union(*(b[0][1] for b in led)))  # type: ignore[arg-type]
    alternatives = [
        b[0][0] + (f"(?={''.join(t for t, _ in b[1:])})" if len(b) > 1 else "") for b in led
    ]
    return f"{heads}(?<={'|'.join(alternatives)})"
