"""The user cache: files marked as used when read, pruned when unused for a month, and `claimlint cache`."""

import os
import subprocess
import sys
import time
from pathlib import Path

from claimlint import datafiles
from claimlint.cli import main

DAY = 86_400


def _aged(path: Path, days: float) -> Path:
    then = time.time() - days * DAY
    os.utime(path, (then, then))
    return path


def _file(directory: Path, name: str, days: float) -> Path:
    path = directory / name
    path.write_bytes(b"x")
    return _aged(path, days)


def test_prune_removes_only_claimlints_files_unused_for_a_month(tmp_path):
    stale = _file(tmp_path, "regex-0123456789abcdef01234567.marshal", 31)
    stale_model = _file(tmp_path, "langid-en-fr-it-nl-4012-0a1b2c3d4e5f6a7b.bin", 45)
    recent = _file(tmp_path, "lexicon-ru-0123456789abcdef01234567.json", 29)
    half_written = _file(tmp_path, "plans-0123456789abcdef01234567.4242.tmp", 2)
    being_written = _file(tmp_path, "re-0123456789abcdef01234567.4243.tmp", 0)
    # (a shared directory's files, some named as if they were claimlint's)
    not_ours = [_file(tmp_path, name, 400) for name in ("notes.json", "data-export.json", "regex-notes.marshal",
                                                        "references-thesis.json", "plans-2024.marshal")]
    removed = datafiles.prune(tmp_path)
    assert sorted(removed) == sorted([stale, stale_model, half_written])
    assert recent.exists() and being_written.exists() and all(p.exists() for p in not_ours)


def test_prune_runs_at_most_once_a_day(tmp_path):
    assert datafiles.prune(tmp_path) == []
    stale = _file(tmp_path, "data-0123456789abcdef01234567.json", 40)
    assert datafiles.prune(tmp_path) == []  # pruned a moment ago
    assert datafiles.prune(tmp_path, now=time.time() + DAY + 1) == [stale]


def test_a_file_read_is_marked_as_used_once_a_day(tmp_path):
    kept = _file(tmp_path, "re-0123456789abcdef01234567.marshal", 40)
    assert datafiles.read_kept(kept) == b"x"
    assert time.time() - kept.stat().st_mtime < 60
    assert datafiles.prune(tmp_path) == [] and kept.exists()  # (40 days old before it was read)
    _aged(kept, 0.5)
    before = kept.stat().st_mtime
    datafiles.read_kept(kept)
    assert kept.stat().st_mtime == before  # marked half a day ago: no write


def test_a_run_prunes_the_cache_it_reads_at_its_end(tmp_path):
    """A cache filled by one run and left a month: the next run keeps what it reads, and removes another release's
    file."""
    env = {**os.environ, "CLAIMLINT_CACHE_DIR": str(tmp_path)}
    article = "Выручка выросла на 12% и составила 3,5 млрд рублей.\n"
    command = [sys.executable, "-m", "claimlint", "extract", "--format", "jsonl", "-"]
    first = subprocess.run(command, input=article, env=env, capture_output=True, text=True, check=True)
    kept = datafiles.cache_files(tmp_path)
    assert kept
    for path in kept:
        _aged(path, 40)
    _aged(tmp_path / ".pruned", 2)
    other_release = _file(tmp_path, "regex-ffffffffffffffffffffffff.marshal", 40)
    second = subprocess.run(command, input=article, env=env, capture_output=True, text=True, check=True)
    assert second.stdout == first.stdout and '"value": 3500000000' in second.stdout
    assert not other_release.exists()
    left = datafiles.cache_files(tmp_path)
    assert sorted(left) == sorted(kept)  # (the parser's tables too, which a run over known shapes does not open)
    assert all(time.time() - p.stat().st_mtime < 3600 for p in left)


def test_cache_dir_and_clean(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CLAIMLINT_CACHE_DIR", str(tmp_path))
    ours = [_file(tmp_path, "data-0123456789abcdef01234567.json", 0), _file(tmp_path, "quantity-0123456789abcdef.lark-cache", 3)]
    not_ours = _file(tmp_path, "README", 0)
    assert main(["cache", "dir"]) == 0
    assert capsys.readouterr().out == f"{tmp_path}\n"
    assert main(["cache", "clean"]) == 0
    assert capsys.readouterr().out.startswith(f"removed 2 files (0.0 MB) from {tmp_path}")
    assert not any(p.exists() for p in ours) and not_ours.exists()
