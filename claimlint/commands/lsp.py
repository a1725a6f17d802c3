"""``claimlint lsp``: the language server over stdio (needs the optional ``lsp`` extra)."""

from __future__ import annotations

import argparse
import sys


def run(args: argparse.Namespace) -> int:
    try:
        import pygls  # noqa: F401
    except ImportError:
        print("claimlint: error: the language server needs pygls: pip install 'claimlint[lsp]'", file=sys.stderr)
        return 2
    from claimlint.lsp import serve

    serve()
    return 0
