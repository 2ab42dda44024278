"""A summary typed in capitals, as law websites show it, back in sentence case.

The casing of each word is taken from the same words elsewhere in the notice (the body,
the recipients, the signer's name): "PHÓ CHỦ TỊCH UBND TỈNH NGUYỄN MINH LÂM" becomes
"Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm" because the body writes it so. Longer runs of
words win over single words ("Chủ tịch" but "chủ trì"). A word found nowhere else, or
only at the start of sentences, is written in small letters and reported, except
acronyms (no vowel: "HĐND", "LĐLĐ"), which keep their capitals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["sentence_case"]

_WORD_RE = re.compile(r"[^\W_]+")
_VOWELS = set("aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")
_MAX_RUN = 8


def _is_acronym(word: str) -> bool:
    return not any(c in _VOWELS for c in word.lower()) and not word.isdigit()


class _Reference:
    """Runs of words of the reference texts, by their lowercase form."""

    def __init__(self, texts: Iterable[str]) -> None:
        #: lowercase run -> list of (cased words, which of them start a sentence)
        self.runs: dict[tuple[str, ...], list[tuple[tuple[str, ...], tuple[bool, ...]]]] = {}
        for text in texts:
            for paragraph in text.split("\n"):
                self._add(paragraph)

    def _add(self, text: str) -> None:
        words: list[str] = []
        initial: list[bool] = []
        last_end = 0
        for m in _WORD_RE.finditer(text):
            gap = text[last_end : m.start()]
            initial.append(not words or bool(re.search(r"[.!?]\s*$", gap)) or "\n" in gap)
            words.append(m.group())
            last_end = m.end()
        lower = [w.lower() for w in words]
        for i in range(len(words)):
            for n in range(1, min(_MAX_RUN, len(words) - i) + 1):
                key = tuple(lower[i : i + n])
                self.runs.setdefault(key, []).append(
                    (tuple(words[i : i + n]), tuple(initial[i : i + n]))
                )

    def casing(self, run: tuple[str, ...]) -> list[str | None]:
        """The casing of each word of ``run`` as the reference writes it (None: unknown)."""
        found = self.runs.get(run)
        if not found:
            return [None] * len(run)
        out: list[str | None] = []
        for k in range(len(run)):
            settled = [cased[k] for cased, initial in found if not initial[k]]
            out.append(max(set(settled), key=settled.count) if settled else None)
        return out


def sentence_case(summary: str, reference: Iterable[str]) -> tuple[str, list[str]]:
    """``summary`` in sentence case, and the words whose casing could not be told."""
    ref = _Reference(reference)
    matches = list(_WORD_RE.finditer(summary))
    lower = [m.group().lower() for m in matches]
    chosen: list[str | None] = [None] * len(matches)
    i = 0
    while i < len(matches):
        for n in range(min(_MAX_RUN, len(matches) - i), 0, -1):
            run = tuple(lower[i : i + n])
            if run in ref.runs:
                casing = ref.casing(run)
                for k, cased in enumerate(casing):
                    if chosen[i + k] is None:
                        chosen[i + k] = cased
                # Overlapping runs may settle words the longest run left open.
                i += max(n - 1, 1) if n > 1 and None in casing else n
                break
        else:
            i += 1
    undecided: list[str] = []
    out = summary
    for k in range(len(matches) - 1, -1, -1):
        m = matches[k]
        word = m.group()
        cased = chosen[k]
        if cased is None:
            cased = ref.casing((lower[k],))[0]
        if cased is None:
            if _is_acronym(word) or word.isdigit():
                cased = word
            else:
                cased = word.lower()
                if k > 0:
                    undecided.append(word.lower())
        if k == 0:
            cased = cased[:1].upper() + cased[1:]
        out = out[: m.start()] + cased + out[m.end() :]
    undecided.reverse()
    return out, list(dict.fromkeys(undecided))
