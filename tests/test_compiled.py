"""The cached compilation of large patterns (claimlint/compiled.py) matches exactly as re.compile does."""

import re

from claimlint import compiled
from claimlint.lexicon import lexicon


def test_cached_tokenizer_matches_like_re(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(compiled, "_path", lambda p, f: tmp_path / f"re-{abs(hash((p, f)))}.marshal")
    text = "Alibaba investeert meer dan 380 miljard yuan (45 miljard euro) in drie jaar; رقم ٣٨٠ مليار"
    for lang in ("nl", "ar"):
        source = lexicon(lang).tokenizer_source
        first = compiled.compile_cached(source)  # compiles and stores the program
        second = compiled.compile_cached(source)  # loads the stored program
        plain = re.compile(source)
        want = [(m.span(), m.lastgroup) for m in plain.finditer(text.lower())]
        assert want
        assert [(m.span(), m.lastgroup) for m in first.finditer(text.lower())] == want
        assert [(m.span(), m.lastgroup) for m in second.finditer(text.lower())] == want


def test_damaged_cache_falls_back_to_re(tmp_path, monkeypatch):
    target = tmp_path / "re-damaged.marshal"
    target.write_bytes(b"\x00not a program")
    monkeypatch.setattr(compiled, "_path", lambda p, f: target)
    pattern = compiled.compile_cached(r"(?P<n>\d+)")
    assert pattern.findall("a 12 b 345") == ["12", "345"]


def test_flagged_pattern_is_kept_and_loaded(tmp_path, monkeypatch):
    # re.IGNORECASE makes the flags an enum, which marshal refuses: the program must be stored as
    # plain integers, or every start compiles the reference pattern twice (once failing to store)
    target = tmp_path / "re-flagged.marshal"
    monkeypatch.setattr(compiled, "_path", lambda p, f: target)
    source = r"(?P<label>artikel|статья|المادة)\s*\d+"
    first = compiled.compile_cached(source, re.IGNORECASE)
    assert target.exists()

    def no_compiling(pattern, flags):
        raise AssertionError("the stored program was not used")

    monkeypatch.setattr(compiled, "_program", no_compiling)
    second = compiled.compile_cached(source, re.IGNORECASE)
    text = "Artikel 7, СТАТЬЯ 5, المادة 12"
    want = [m.span() for m in re.finditer(source, text, re.IGNORECASE)]
    assert len(want) == 3
    assert [m.span() for m in first.finditer(text)] == want
    assert [m.span() for m in second.finditer(text)] == want
    assert second.flags & re.IGNORECASE
