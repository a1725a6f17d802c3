"""Which files a walk of a directory reads: articles only, and in a git repository not what git ignores."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimlint.discover import iter_articles

ROOT = Path(__file__).resolve().parent.parent


def _tree(base: Path, files: list[str]) -> None:
    for name in files:
        (base / name).parent.mkdir(parents=True, exist_ok=True)
        (base / name).write_text("Le chômage atteint 7,3 % en 2025.\n", encoding="utf-8")


def _walk(path: Path, respect_gitignore: bool = True) -> list[str]:
    return [os.path.relpath(p, path) for p in iter_articles([str(path)], respect_gitignore)]


def test_a_walk_in_a_repository_skips_what_its_ignore_files_ignore(tmp_path):
    repo = tmp_path / "story"
    _tree(repo, ["drafts/fr.md", "drafts/old/fr.md", "drafts/keep.md", "drafts/notes.txt", "build/fr.md",
                 "exports/en.md", "exports/ru.md", "top.md", "sub/top.md", "scratch.md"])
    (repo / ".git" / "info").mkdir(parents=True)
    (repo / ".git" / "info" / "exclude").write_text("scratch.md\n", encoding="utf-8")
    (repo / ".gitignore").write_text("# output\nbuild/\n*.txt\n/top.md\nexports/*\n!exports/ru.md\n", encoding="utf-8")
    # a deeper file's patterns hold below it, and take back what a higher one ignores
    (repo / "drafts" / ".gitignore").write_text("old/\n*.md\n!keep.md\n!fr.md\n", encoding="utf-8")
    assert _walk(repo) == ["drafts/fr.md", "drafts/keep.md", "exports/ru.md", "sub/top.md"]
    # from a directory inside the repository, through a link to it, or with the rules turned off
    assert _walk(repo / "drafts") == ["fr.md", "keep.md"]
    (tmp_path / "link").symlink_to(repo / "drafts")
    assert _walk(tmp_path / "link") == ["fr.md", "keep.md"]
    assert len(_walk(repo, respect_gitignore=False)) == 10
    # a path given is read whatever ignores it, a directory as a file
    assert list(iter_articles([str(repo / "build" / "fr.md")])) == [str(repo / "build" / "fr.md")]
    assert _walk(repo / "build") == ["fr.md"]


def test_outside_a_repository_an_ignore_file_ignores_nothing(tmp_path):
    if any((d / ".git").exists() for d in tmp_path.resolve().parents):
        pytest.skip("the temporary directory is inside a git repository")
    _tree(tmp_path, ["a.md", "b.md"])
    (tmp_path / ".gitignore").write_text("a.md\n", encoding="utf-8")
    assert _walk(tmp_path) == ["a.md", "b.md"]


def test_the_commands_walk_as_git_does_unless_told_not_to(tmp_path):
    """`claimlint extract` of a repository reads its drafts, not its ignored copies; a directory of ignored
    files only is reported as a directory with no articles, and --no-respect-gitignore reads them."""
    _tree(tmp_path, ["drafts/fr.md", "out/fr.md"])
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("out/\n", encoding="utf-8")

    def extract(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "claimlint", "extract", "--format", "jsonl", *args],
                              check=False, capture_output=True, text=True, cwd=tmp_path, encoding="utf-8")

    out = extract(".")
    assert out.returncode == 0
    assert {line.split('"path": "')[1].split('"')[0] for line in out.stdout.splitlines()} == {os.path.join(".", "drafts", "fr.md")}
    assert extract("--no-respect-gitignore", ".").stdout.count('"text": "7,3 %"') == 2
    assert extract("out/fr.md").stdout.count('"text": "7,3 %"') == 1
