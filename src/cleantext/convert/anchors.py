"""Which character of a phrase key a detector anchors on, costed by how often it occurs.

A detector (:mod:`.detectors`) finds a step's non-redundant keys by one of their characters,
its *anchor*; any character of a key will do (a hit only has to fall inside the key), and
what a detector costs is mostly the number of places where its anchor characters occur in
text.  :func:`char_weight` estimates that frequency; :func:`rarer_anchors` moves anchors to
a small set of rare characters where that is cheaper.  Both change speed only, never an
output.

>>> char_weight("的") > char_weight("髮") > 0
True
>>> rarer_anchors({"的士": 0, "的确": 0, "目的地": 1})  # off 的, the most frequent character
{'的士': 1, '的确': 1, '目的地': 0}
"""

from __future__ import annotations

import functools
import heapq
from pathlib import Path

#: the character-frequency ranking shared with the spam gate (most frequent Han characters
#: first, from jieba's dictionary; see the file's header)
CHAR_RANK_FILE = Path(__file__).resolve().parent.parent / "spam" / "data" / "charrank.txt"


@functools.lru_cache(maxsize=1)
def _char_rank() -> dict[str, float]:
    """Estimated frequency in web text of the characters of :data:`CHAR_RANK_FILE` (Zipf:
    ``1 / (rank + 20)``, as the spam gate weighs them), of their Traditional forms (as
    frequent as the Simplified one) and of printable ASCII (as frequent as the most
    frequent Han character: scraped pages are a third ASCII); see :func:`char_weight`.

    Detectors are costed by how often their anchor characters occur in text, so this is
    what picks anchors (:func:`rarer_anchors`) and orders alternatives.  (It replaced
    the characters' counts in STPhrases, which ranked ``數``, ``電``, ``-`` or ``B`` as
    rare: TWPhrases anchored on them, tw2sp's and s2twp's detectors met an anchor every
    sixth character of real text.)  It changes speed only, never an output."""
    from .tables import load_dict

    raw = CHAR_RANK_FILE.read_text(encoding="utf-8")
    chars = "".join(row.strip() for row in raw.splitlines() if not row.startswith("#"))
    rank = {c: 1.0 / (i + 20) for i, c in enumerate(chars)}
    for trad, simp in load_dict("TSCharacters.txt").items():
        if len(trad) == 1 and trad not in rank and simp[:1] in rank:
            rank[trad] = rank[simp[:1]]
    rank.update(dict.fromkeys(map(chr, range(0x20, 0x7F)), 1.0 / 20))
    return rank


#: the weight of a character outside the ranking (as the spam gate counts it)
_UNRANKED = 1.0 / 3100


def char_weight(char: str) -> float:
    """Estimated frequency of ``char`` in web text (:func:`_char_rank`)."""
    return _char_rank().get(char, _UNRANKED)


def rarer_anchors(anchors: dict[str, int]) -> dict[str, int]:
    """``anchors`` moved, where that is cheaper, to characters from a small set of rare
    ones that every key holds.

    Any character of a key can anchor its detection (a hit only has to fall inside
    the key), and what a detector costs is mostly the number of places where one of
    its anchor characters occurs.  The set is chosen greedily (most keys per unit of
    :func:`_char_rank` weight first), and kept only if its total weight is below that
    of the characters :meth:`ExactStep.anchor` picks: for TWPhrasesRev and TWPhrases
    it is (anchor occurrences in the bench corpus -44% and -51%), for STPhrases,
    whose differing characters are a few ambiguous ones, it is not.
    """
    weight = char_weight

    holders: dict[str, list[str]] = {}
    for key in anchors:
        for ch in set(key):
            holders.setdefault(ch, []).append(key)
    uncovered = set(anchors)
    chosen: set[str] = set()
    heap = [(-len(keys) / weight(ch), ch) for ch, keys in holders.items()]
    heapq.heapify(heap)
    while uncovered:  # lazy greedy: a popped score is refreshed before it is trusted
        _, ch = heapq.heappop(heap)
        gain = sum(key in uncovered for key in holders[ch])
        if not gain:
            continue
        score = -gain / weight(ch)
        if heap and score > heap[0][0]:
            heapq.heappush(heap, (score, ch))
            continue
        chosen.add(ch)
        uncovered.difference_update(holders[ch])
    current = {key[i] for key, i in anchors.items()}
    if sum(map(weight, chosen)) >= sum(map(weight, current)):
        chosen = current
    chosen = _pruned(chosen, holders)
    if chosen == current:
        return anchors
    return {
        key: min((i for i, ch in enumerate(key) if ch in chosen), key=lambda i: weight(key[i]))
        for key in anchors
    }


def _pruned(chosen: set[str], holders: dict[str, list[str]]) -> set[str]:
    """``chosen`` (anchor characters covering every key; ``holders``: character -> the
    keys holding it) with each character, most frequent first, replaced by rarer ones
    where the keys only it covers can be covered for less (greedily, by characters of
    theirs): e.g. STPhrases' ``据`` anchors only ``拮据``, ``术`` only ``白术``...; the
    greedy cover of :func:`rarer_anchors` cannot keep their other anchors as they are."""
    weight = char_weight
    chosen = set(chosen)
    for char in sorted(chosen, key=lambda c: (-weight(c), c)):
        others = chosen - {char}
        alone = [key for key in holders[char] if others.isdisjoint(key)]
        added: set[str] = set()
        cost = 0.0
        while alone and cost < weight(char):
            counts: dict[str, int] = {}
            for key in alone:
                for ch in set(key) - {char}:
                    counts[ch] = counts.get(ch, 0) + 1
            if not counts:
                break
            best = max(counts, key=lambda c: (counts[c] / weight(c), c))
            added.add(best)
            cost += weight(best)
            alone = [key for key in alone if best not in key]
        if not alone and cost < weight(char):
            chosen = others | added
    return chosen
