"""Compare language identifiers for the Latin-script languages (en, fr, it, nl) on our text.

Labelled samples: every Latin-script paragraph of the seeds (with the labels tests/test_segment.py
asserts) and short headline-like lines written for this comparison in each language. For each
candidate: accuracy on long (>= 40 letters) and short samples, cold time to import and classify the
first text (a new process, median of 5), and installed size.

    python bench/langid_compare.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

SHORT = [
    ("en", "Alibaba raises its AI spending"), ("en", "Shares jump after the keynote"), ("en", "Key takeaways"),
    ("en", "What this means for investors"), ("en", "Cloud revenue beats forecasts"),
    ("fr", "Alibaba accélère dans l'IA"), ("fr", "Les actions bondissent à Hong Kong"),
    ("fr", "Ce qu'il faut retenir"), ("fr", "Un plan de trois ans"), ("fr", "La course aux puces"),
    ("it", "Alibaba punta sull'intelligenza artificiale"), ("it", "Il titolo vola a Hong Kong"),
    ("it", "Cosa significa per gli investitori"), ("it", "Un piano triennale"), ("it", "La corsa ai chip"),
    ("nl", "Alibaba investeert fors in AI"), ("nl", "Aandeel stijgt na aankondiging"),
    ("nl", "Wat betekent dit voor beleggers"), ("nl", "Een plan voor drie jaar"), ("nl", "De race om chips"),
]


def seed_samples() -> list[tuple[str, str]]:
    from test_segment import EXPECTED

    out = []
    for name, lines in EXPECTED.items():
        text = (ROOT / "seeds" / name).read_text(encoding="utf-8").splitlines()
        out += [(lang, text[n - 1]) for n, lang in lines.items() if lang in ("en", "fr", "it", "nl")]
    return out


def py3langid():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(["en", "fr", "it", "nl"])
    return lambda text: ident.classify(text)[0]


def claimlint_langid():
    from claimlint.segment import identifier

    ident = identifier()
    return lambda text: ident.rank(text)[0][0]


def lingua():
    from lingua import Language, LanguageDetectorBuilder

    det = LanguageDetectorBuilder.from_languages(
        Language.ENGLISH, Language.FRENCH, Language.ITALIAN, Language.DUTCH).build()
    return lambda text: det.detect_language_of(text).iso_code_639_1.name.lower()


CANDIDATES = {
    "py3langid (its own loader, restricted to en/fr/it/nl)": (
        py3langid, "py3langid",
        "from py3langid.langid import MODEL_FILE, LanguageIdentifier as I; i = I.from_model_file(MODEL_FILE, "
        "norm_probs=True); i.set_languages(['en','fr','it','nl']); i.classify('Alibaba investeert fors')"),
    "claimlint.langid (py3langid's model, mapped from the user cache, no numpy)": (
        claimlint_langid, "py3langid",
        "from claimlint.segment import identifier; identifier().rank('Alibaba investeert fors')"),
    "lingua-language-detector": (lingua, "lingua-language-detector",
                                 "from lingua import Language as L, LanguageDetectorBuilder as B; "
                                 "B.from_languages(L.ENGLISH,L.FRENCH,L.ITALIAN,L.DUTCH).build()"
                                 ".detect_language_of('Alibaba investeert fors')"),
}


def size_mb(dist: str) -> float:
    files = metadata.distribution(dist).files or []
    return sum((Path(str(f.locate())).stat().st_size for f in files if Path(str(f.locate())).exists())) / 1e6


def cold(code: str) -> float:
    times = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    samples = seed_samples()
    long_ = [(l, t) for l, t in samples if sum(c.isalpha() for c in t) >= 40]
    short = SHORT + [(l, t) for l, t in samples if sum(c.isalpha() for c in t) < 40]
    print(f"samples: {len(long_)} long (seed paragraphs), {len(short)} short")
    print("| identifier | long correct | short correct | cold import + first call | installed |")
    print("|---|---:|---:|---:|---:|")
    for name, (factory, dist, code) in CANDIDATES.items():
        try:
            classify = factory()
        except ImportError:
            print(f"| {name} | not installed | | | |")
            continue
        ok_long = sum(classify(t) == l for l, t in long_)
        ok_short = sum(classify(t) == l for l, t in short)
        print(f"| {name} | {ok_long}/{len(long_)} | {ok_short}/{len(short)} | {cold(code) * 1000:.0f} ms"
              f" | {size_mb(dist):.1f} MB |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
