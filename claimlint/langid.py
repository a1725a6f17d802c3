"""Language identification of Latin-script paragraphs: py3langid's model, scored without numpy.

py3langid ships a naive Bayes model of byte n-grams (a DFA that finds the n-grams, and a table of
log-probabilities per language). Importing it costs numpy and unpacking a 97-language model, about
150 ms of every start-up, for a scan of a few hundred bytes. So the first run copies the parts we use
(the DFA, and the table's columns for the configured languages) into flat arrays in the user cache,
and later runs map that file and score in plain Python: the DFA walk is the same loop py3langid runs,
and the scoring is a sum over the words of one paragraph: each word's walk and its n-grams' columns
are kept, since words recur.

The scores follow py3langid's: log prior plus, for each n-gram, log(1 + count) times its
log-probability; divided by the square root of the byte length and turned into probabilities with a
softmax. ``bench/langid_compare.py`` compares this with py3langid itself.
"""

from __future__ import annotations

import json
import math
import mmap
import unicodedata
from array import array
from collections import Counter
from collections.abc import Sequence
from functools import cache
from operator import itemgetter, mul
from pathlib import Path
from typing import Any

from claimlint.datafiles import mark_used, store

_MAGIC = b"claimlint-langid-1\n"
_LOG2 = math.log(2)
_WALKED_MAX = 1 << 17
# A word's walk: the DFA state it ends in, the n-gram features it completes, their columns summed.
_Walked = tuple[int, tuple[int, ...], tuple[float, ...]]


class Identifier:
    """Ranks the languages of one model for a text, best first, with probabilities that sum to 1."""

    def __init__(self, languages: Sequence[str], prior: Sequence[float], table: Sequence[float],
                 nextmove: Sequence[int], rowbase: Sequence[int], output: Sequence[int]):
        self.languages = tuple(languages)
        self._prior = list(prior)
        self._table = table  # feature-major: table[f * n + k]
        self._nextmove = nextmove
        self._rowbase = rowbase
        self._output = output
        # Words recur: the DFA's walk over a word from a given state is done once.
        self._walked: dict[tuple[int, bytes] | tuple[int, bytes, bool], _Walked] = {}
        # And features recur: a feature's row is read out of the table once (a slice of the mapped
        # table is a new view each time, and summing over views unpacks every float again).
        self._rows: dict[int, tuple[float, ...]] = {}

    def rank(self, text: str) -> list[tuple[str, float]]:
        if text.isupper():
            text = text.lower()
        data = unicodedata.normalize("NFC", text).encode("utf-8", errors="surrogatepass")
        n = len(self.languages)
        found: list[int] = []  # the features of every word, for the counts
        columns: list[tuple[float, ...]] = []  # and each word's columns summed
        memo = self._walked
        state = 0
        *words, last = data.split(b" ")
        for word in words:  # each with the space after it
            walked = memo.get((state, word)) or self._remember((state, word), self._walk(state, word + b" "))
            state, features, sums = walked
            if features:
                found += features
                columns.append(sums)
        _, features, sums = memo.get((state, last, True)) or self._remember((state, last, True), self._walk(state, last))
        if features:
            found += features
            columns.append(sums)
        if not found:
            return [(lang, 1.0 / n) for lang in self.languages]
        scores = [prior + sum(column) for prior, column in zip(self._prior, zip(*columns))]
        # Each occurrence added log(2) times its column; a feature seen c > 1 times weighs log(1 + c). The
        # differences are summed language by language: one sum over the repeated features' rows each,
        # rather than a new list of scores for each feature (the order of the sums moves the last bits).
        counts = Counter(found)
        if len(counts) < len(found):  # (in two paragraphs of five no feature recurs)
            repeated = [(feature, count) for feature, count in counts.items() if count > 1]
            weights = [math.log1p(count) - count * _LOG2 for _, count in repeated]
            rows = [self._rows[feature] for feature, _ in repeated]  # (_walk read every feature's row)
            scores = [s + sum(map(mul, weights, column)) for s, column in zip(scores, zip(*rows))]
        scale = 1.0 / math.sqrt(len(data) or 1)
        top = max(scores)
        exps = [math.exp((s - top) * scale) for s in scores]
        total = sum(exps)
        return sorted(zip(self.languages, [e / total for e in exps]), key=itemgetter(1), reverse=True)

    def _remember(self, key: tuple[int, bytes] | tuple[int, bytes, bool], walked: _Walked) -> _Walked:
        if len(self._walked) >= _WALKED_MAX:
            self._walked.clear()
        self._walked[key] = walked
        return walked

    def _row(self, feature: int) -> tuple[float, ...]:
        """A feature's columns, read out of the table and kept (at most one row per feature of the
        model: the features text in the configured languages reaches are a small part of them)."""
        n = len(self.languages)
        row = self._rows[feature] = tuple(self._table[feature * n : feature * n + n])
        return row

    def _walk(self, state: int, chunk: bytes) -> _Walked:
        """The model's DFA over one word and the space after it, from ``state``: the state it ends
        in, the n-gram features it completes, and their columns summed (each weighted log 2)."""
        nextmove, rowbase, output = self._nextmove, self._rowbase, self._output
        features = []
        for byte in chunk:
            state = nextmove[rowbase[state] + byte]
            feature = output[state]
            if feature >= 0:
                features.append(feature)
        if not features:
            return state, (), (0.0,) * len(self.languages)
        rows = self._rows
        sums = tuple(_LOG2 * sum(column) for column in zip(*[rows.get(f) or self._row(f) for f in features]))
        return state, tuple(features), sums


def _cache_file(languages: Sequence[str]) -> Path:
    """Named after the languages and the content of the installed model file (found without importing
    py3langid), so that every environment with the same release shares one copy."""
    import hashlib
    from importlib.util import find_spec

    from claimlint.datafiles import cache_dir

    spec = find_spec("py3langid")
    locations = list(spec.submodule_search_locations or ()) if spec else []
    stamp = "none"
    if locations:
        model = Path(locations[0]) / "data" / "model.npz.xz"
        if model.exists():
            with model.open("rb") as handle:
                head = handle.read(65536)
            stamp = f"{model.stat().st_size}-{hashlib.sha256(head).hexdigest()[:16]}"
    return cache_dir() / f"langid-{'-'.join(languages)}-{stamp}.bin"


def _serialize(languages: Sequence[str]) -> bytes:
    """The model's DFA and the languages' columns, copied out of py3langid into one flat file."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

    full = LanguageIdentifier.from_model_file(MODEL_FILE)
    columns = [list(full.nb_classes).index(lang) for lang in languages]
    parts = {
        "table": full.nb_ptc[:, columns].astype("float32").tobytes(),
        "nextmove": array("I", full.tk_nextmove).tobytes(),
        "rowbase": array("I", (r << 8 for r in full.tk_row)).tobytes(),
        "output": array("i", full.tk_output).tobytes(),
    }
    header: dict[str, Any] = {"languages": list(languages), "prior": [float(full.nb_pc[c]) for c in columns]}
    header["parts"], offset = [], 0
    for name, blob in parts.items():
        header["parts"].append([name, offset, len(blob)])
        offset += len(blob)
    head = json.dumps(header).encode("utf-8")
    return b"".join([_MAGIC, len(head).to_bytes(4, "little"), head, *parts.values()])


def _load(buffer: Any) -> Identifier:
    """An identifier over ``buffer`` (a mapped file or bytes), without copying the arrays."""
    view = memoryview(buffer)
    if bytes(view[: len(_MAGIC)]) != _MAGIC:
        raise ValueError("not a claimlint language model")
    size = int.from_bytes(view[len(_MAGIC) : len(_MAGIC) + 4], "little")
    start = len(_MAGIC) + 4 + size
    header = json.loads(bytes(view[len(_MAGIC) + 4 : start]))
    parts = {name: view[start + offset : start + offset + length] for name, offset, length in header["parts"]}
    return Identifier(
        header["languages"], header["prior"], parts["table"].cast("f"), parts["nextmove"].cast("I"),
        parts["rowbase"].cast("I"), parts["output"].cast("i"),
    )


@cache
def identifier(languages: tuple[str, ...]) -> Identifier:
    """The identifier for ``languages``, copied into the user cache on first use and mapped after."""
    path = _cache_file(languages)
    try:
        with path.open("rb") as handle:
            mark_used(path, handle.fileno())
            return _load(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
    except (OSError, ValueError):
        pass
    data = _serialize(languages)
    store(path, data)  # (where the cache cannot be written, this run keeps the model in memory)
    return _load(data)
