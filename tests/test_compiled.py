"""The cached compilation of large patterns (claimlint/compiled.py) matches exactly as re.compile does."""

import re

import regex

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


def test_regex_program_is_kept_and_loaded(tmp_path, monkeypatch):
    # a regex pattern with what re lacks (script classes, a reversed search, a named list whose captures repeat):
    # the second compile loads what the first stored, and both match as regex.compile does
    monkeypatch.setenv("CLAIMLINT_CACHE_DIR", str(tmp_path))
    pieces = lexicon("ru").values["NUMWORD"]
    cases = [
        (r"(?r)(\p{Lu}[\p{L}\p{M}\-&]*)[ \u00a0]+$", 0, {}, "Выручка Alibaba ", "search"),
        (r"(?:(?P<p>\L<pieces>)[ -]?)+", 0, {"pieces": sorted(pieces)}, "двадцать пять", "fullmatch"),
        (r"(?<!\w)(?:milliard|млрд|مليار)(?!\w)", regex.IGNORECASE, {}, "3 MILLIARDS, 5 Млрд, 7 مليار", "search"),
    ]
    want = []
    for pattern, flags, lists, text, how in cases:
        m = getattr(regex.compile(pattern, flags, **lists), how)(text)
        assert m is not None
        want.append((m.span(), m.captures(1) if m.re.groups else None))
    first = [compiled.compile_regex_cached(p, f, **lists) for p, f, lists, _, _ in cases]
    assert len(list(tmp_path.glob("regex-*.marshal"))) == len(cases)

    def no_compiling(*arguments):
        raise AssertionError("the stored program was not used")

    monkeypatch.setattr(compiled, "_regex_arguments", no_compiling)
    second = [compiled.compile_regex_cached(p, f, **lists) for p, f, lists, _, _ in cases]
    for patterns in (first, second):
        got = []
        for compiled_pattern, (_, _, _, text, how) in zip(patterns, cases):
            m = getattr(compiled_pattern, how)(text)
            got.append((m.span(), m.captures(1) if m.re.groups else None))
        assert got == want
    assert second[2].flags & regex.IGNORECASE


def test_damaged_regex_cache_falls_back_to_regex(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMLINT_CACHE_DIR", str(tmp_path))
    compiled.compile_regex_cached(r"\p{Arabic}+")
    for path in tmp_path.glob("regex-*.marshal"):
        path.write_bytes(b"\x00not a program")
    assert compiled.compile_regex_cached(r"\p{Arabic}+").findall("رقم 380 مليار") == ["رقم", "مليار"]


def test_lazy_pattern_compiles_at_first_use_only(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMLINT_CACHE_DIR", str(tmp_path))
    made = []
    real = compiled.compile_regex_cached
    monkeypatch.setattr(compiled, "compile_regex_cached", lambda *a, **k: made.append(a) or real(*a, **k))
    pattern = compiled.lazy(r"(\p{L}+)[ \u00a0](\d+)", regex.IGNORECASE)
    assert made == []
    assert pattern.search("Vision 2030").groups() == ("Vision", "2030")
    assert pattern.findall("Qwen 3, GPT 4") == [("Qwen", "3"), ("GPT", "4")]
    assert pattern.pattern == r"(\p{L}+)[ \u00a0](\d+)" and pattern.flags & regex.IGNORECASE
    assert len(made) == 1
    assert pattern.named_lists == {} and len(made) == 1  # (an attribute not copied: asked of the same pattern)


def test_a_regex_program_cut_short_or_altered_is_compiled_again(tmp_path, monkeypatch):
    # regex's engine takes a program as it is handed: one cut short crashed the process, one altered matched wrongly.
    # The kept file carries a digest; a file that fails it is compiled anew and written again.
    import marshal

    monkeypatch.setenv("CLAIMLINT_CACHE_DIR", str(tmp_path))
    pattern = r"(?<![\p{L}\d])\p{Lu}\p{Ll}+[ \u00a0]+(\d+)"
    compiled.compile_regex_cached(pattern)
    (path,) = tmp_path.glob("regex-*.marshal")
    whole = path.read_bytes()
    arguments = marshal.loads(whole[32:])
    code = list(arguments[2])
    for damaged in (whole[: len(whole) // 2],  # cut short
                    whole[:32] + marshal.dumps((arguments[0], arguments[1], code[: len(code) // 2], *arguments[3:])),
                    whole[:32] + marshal.dumps(5)):
        path.write_bytes(damaged)
        again = compiled.compile_regex_cached(pattern)
        assert again.search("Articolo Vision 2030").group(1) == "2030"
        assert path.read_bytes() == whole  # (written again, whole)
