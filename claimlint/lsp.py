"""A language server: the check stage on every open article, diagnostics and quick fixes in the editor.

Runs over stdio (``claimlint lsp``) with pygls, an optional dependency (``pip install
claimlint[lsp]``). Each article is linted as ``claimlint check`` would lint the file on disk: the
nearest .claimlint.yaml, its fact sheet (or the front matter's), its rule selection. Positions are
UTF-16 code units, as the protocol requires; a diagnostic with a fix offers it as a quick fix.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from claimlint import __version__
from claimlint.config import find_config, load_config
from claimlint.diagnostics import Diagnostic, Severity
from claimlint.discover import ARTICLE_SUFFIXES
from claimlint.errors import ClaimlintError
from claimlint.source import Document, read_bytes

_SEVERITY = {Severity.ERROR: 1, Severity.WARNING: 2, Severity.INFO: 3}


def _path(uri: str) -> str:
    from urllib.parse import unquote, urlparse

    parsed = urlparse(uri)
    return unquote(parsed.path) if parsed.scheme == "file" else uri


def lint_document(uri: str, text: str) -> tuple[Document, list[Diagnostic], str | None]:
    """Lint an editor buffer as the file it will be saved as; an error message instead when the
    configuration or fact sheet cannot be read."""
    from claimlint.commands.check import facts_for, lint

    path = _path(uri)
    doc = read_bytes(path, text.encode("utf-8"), markdown=path.lower().endswith((".md", ".markdown")))
    try:
        config = load_config(find_config(path if Path(path).exists() else str(Path(path).parent)))
        sheet = facts_for(doc, config, None)
        args = argparse.Namespace(lang="auto", select=None, extend_select=None, ignore=None, no_plugins=False)
        return doc, lint(doc, config, sheet, args), None
    except ClaimlintError as err:
        return doc, [], str(err)


def is_article(uri: str, language_id: str | None = None) -> bool:
    """Whether the server lints a document: a file an article may be written in (discover.ARTICLE_SUFFIXES), or
    one the editor calls Markdown or plain text (an unsaved draft has no file name)."""
    return _path(uri).lower().endswith(ARTICLE_SUFFIXES) or language_id in ("markdown", "plaintext")


def _range(doc: Document, start: int, end: int) -> dict[str, dict[str, int]]:
    line, _ = doc.lines.position(start)
    end_line, _ = doc.lines.position(end)
    return {
        "start": {"line": line - 1, "character": doc.lines.utf16_column(start) - 1},
        "end": {"line": end_line - 1, "character": doc.lines.utf16_column(end) - 1},
    }


def to_lsp(doc: Document, d: Diagnostic) -> dict[str, Any]:
    """A diagnostic in the protocol's shape (plain data, so it is testable without pygls)."""
    data = None
    if d.fix is not None:
        data = {"fix": d.fix.replacement, "range": _range(doc, d.fix.start, d.fix.end)}
    return {
        "range": _range(doc, d.start, d.end),
        "severity": _SEVERITY[d.severity],
        "code": d.code,
        "source": "claimlint",
        "message": f"{d.slug}: {d.message}",
        "data": data,
    }


def serve() -> None:  # pragma: no cover - exercised through a subprocess in tests/test_lsp.py
    from lsprotocol import types
    from pygls.lsp.server import LanguageServer

    server = LanguageServer("claimlint", __version__)

    def publish(uri: str, text: str, language_id: str | None = None) -> None:
        if not is_article(uri, language_id):
            return  # (a fact sheet, a configuration, code: no article, as a walked directory would pass it over)
        doc, found, error = lint_document(uri, text)
        items = [to_lsp(doc, d) for d in found]
        if error:
            items.append({"range": _range(doc, 0, 0), "severity": 1, "source": "claimlint", "message": error})
        diagnostics = [
            types.Diagnostic(
                range=types.Range(
                    start=types.Position(**item["range"]["start"]), end=types.Position(**item["range"]["end"])
                ),
                severity=types.DiagnosticSeverity(item["severity"]),
                code=item.get("code"),
                source="claimlint",
                message=item["message"],
                data=item.get("data"),
            )
            for item in items
        ]
        server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics))

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: LanguageServer, params: types.DidOpenTextDocumentParams) -> None:
        publish(params.text_document.uri, params.text_document.text, params.text_document.language_id)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: LanguageServer, params: types.DidChangeTextDocumentParams) -> None:
        document = ls.workspace.get_text_document(params.text_document.uri)
        publish(document.uri, document.source, document.language_id)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: LanguageServer, params: types.DidSaveTextDocumentParams) -> None:
        document = ls.workspace.get_text_document(params.text_document.uri)
        publish(document.uri, document.source, document.language_id)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: LanguageServer, params: types.DidCloseTextDocumentParams) -> None:
        server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[]))

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION)
    def code_action(ls: LanguageServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        actions = []
        for diagnostic in params.context.diagnostics:
            data = diagnostic.data
            if not isinstance(data, dict) or "fix" not in data:
                continue
            edit_range = types.Range(
                start=types.Position(**data["range"]["start"]), end=types.Position(**data["range"]["end"])
            )
            actions.append(
                types.CodeAction(
                    title=f"claimlint: replace with {data['fix']!r}",
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    edit=types.WorkspaceEdit(
                        changes={params.text_document.uri: [types.TextEdit(range=edit_range, new_text=data["fix"])]}
                    ),
                )
            )
        return actions

    server.start_io()
