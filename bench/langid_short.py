"""How short Latin-script lines between paragraphs of another language come out.

Builds documents of three sentences of one language with a line between them, the first two to six
words of a sentence of one of the four Latin-script languages, and counts the lines that get their
own language: a line of the document's language should keep it, a line of another language should
keep its own. The sentences are those of the seeds' Latin-script paragraphs (their languages as
tests/test_segment.py asserts them), cut at sentence ends.

    python bench/langid_short.py [--documents 3000]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimlint.segment import LATIN_LANGUAGES, paragraphs, segment


def sentences() -> dict[str, list[str]]:
    """The seeds' sentences of at least six words, by language, from their sure Latin-script paragraphs."""
    by_lang: dict[str, list[str]] = defaultdict(list)
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for s in segment(text):
            words = text[s.start : s.end].split()
            if s.lang in LATIN_LANGUAGES and len(words) >= 6:
                by_lang[s.lang].append(" ".join(words))
    return by_lang


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--documents", type=int, default=3000)
    args = ap.parse_args()
    by_lang = sentences()
    rng = random.Random(5)
    kept, total = Counter(), Counter()
    for _ in range(args.documents):
        main_lang, line_lang = rng.choice(sorted(by_lang)), rng.choice(sorted(by_lang))
        body = rng.sample(by_lang[main_lang], 3)
        line = " ".join(rng.choice(by_lang[line_lang]).split()[: rng.choice((2, 3, 4, 5, 6))])
        got = paragraphs("\n".join([body[0], line, body[1], body[2]]))[1].lang
        key = "the document's language" if main_lang == line_lang else "another language"
        total[key] += 1
        kept[key] += got == line_lang
    print("sentences:", ", ".join(f"{lang} {len(v)}" for lang, v in sorted(by_lang.items())))
    for key in total:
        print(f"a line of {key}: {kept[key]}/{total[key]} kept their own ({kept[key] / total[key]:.1%})")


if __name__ == "__main__":
    main()
