"""The language server: diagnostics in UTF-16 positions, quick fixes, and a real stdio session."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimlint.lsp import lint_document, to_lsp

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT / "tests" / "fixtures" / "facts.yaml"


def _project(tmp_path: Path) -> Path:
    (tmp_path / ".claimlint.yaml").write_text(f"facts: {FACTS}\n", encoding="utf-8")
    return tmp_path / "draft.txt"


def test_diagnostic_positions_are_utf16(tmp_path):
    path = _project(tmp_path)
    text = "🙂 Qwen3-Max heeft meer dan een triljoen parameters.\n"
    doc, found, error = lint_document(path.as_uri(), text)
    assert error is None and [d.code for d in found] == ["CL102"]
    item = to_lsp(doc, found[0])
    # "meer" starts at code point 18; the emoji before it is two UTF-16 units.
    assert item["range"]["start"] == {"line": 0, "character": 19}
    assert item["data"]["fix"] == "biljoen" and item["severity"] == 1 and item["code"] == "CL102"


def test_an_edited_fact_sheet_is_read_again(tmp_path):
    """The server lives long: a fact sheet changed on disk is read again at the next lint, not kept."""
    sheet = tmp_path / "facts.yaml"
    sheet.write_text(FACTS.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / ".claimlint.yaml").write_text("facts: facts.yaml\n", encoding="utf-8")
    uri = (tmp_path / "draft.txt").as_uri()
    text = "Qwen3-Max heeft meer dan een triljoen parameters.\n"
    assert [d.code for d in lint_document(uri, text)[1]] == ["CL102"]
    # (the sheet now says what the draft says, written at once: the same second, the same size or not)
    sheet.write_text(FACTS.read_text(encoding="utf-8").replace("value: more than 1 trillion", "value: more than 1,000 quadrillion"),
                     encoding="utf-8")
    assert lint_document(uri, text)[1] == []


def test_the_server_lints_articles_only():
    from claimlint.lsp import is_article

    assert is_article("file:///news/draft.md") and is_article("file:///news/brief.TXT")
    assert is_article("untitled:Untitled-1", "markdown") and not is_article("untitled:Untitled-1", "python")
    assert not is_article("file:///news/facts.yaml", "yaml") and not is_article("file:///news/setup.py")


def _frame(message: dict) -> bytes:
    body = json.dumps(message).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def _read(stream) -> dict:
    length = 0
    while True:
        line = stream.readline()
        if line in (b"\r\n", b"\n", b""):
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(stream.read(length))


def test_stdio_session_publishes_diagnostics(tmp_path):
    pytest.importorskip("pygls")
    path = _project(tmp_path)
    uri = path.as_uri()
    proc = subprocess.Popen([sys.executable, "-m", "claimlint", "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert proc.stdin and proc.stdout
        proc.stdin.write(_frame({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                                 "params": {"processId": None, "rootUri": tmp_path.as_uri(), "capabilities": {}}}))
        proc.stdin.flush()
        assert _read(proc.stdout)["id"] == 1
        proc.stdin.write(_frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
        proc.stdin.write(_frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "plaintext", "version": 1,
            "text": "Qwen3-Max heeft meer dan een triljoen parameters.\n"}}}))
        proc.stdin.flush()
        message = _read(proc.stdout)
        while message.get("method") != "textDocument/publishDiagnostics":
            message = _read(proc.stdout)
        diagnostics = message["params"]["diagnostics"]
        assert [(d["code"], d["range"]["start"]["character"]) for d in diagnostics] == [("CL102", 16)]
        proc.stdin.write(_frame({"jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction", "params": {
            "textDocument": {"uri": uri}, "range": diagnostics[0]["range"],
            "context": {"diagnostics": diagnostics}}}))
        proc.stdin.flush()
        reply = _read(proc.stdout)
        while reply.get("id") != 2:
            reply = _read(proc.stdout)
        edit = reply["result"][0]["edit"]["changes"][uri][0]
        assert edit["newText"] == "biljoen"
        proc.stdin.write(_frame({"jsonrpc": "2.0", "id": 3, "method": "shutdown"}))
        proc.stdin.write(_frame({"jsonrpc": "2.0", "method": "exit"}))
        proc.stdin.flush()
        proc.wait(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
