"""Configuration: a preset from rules/ (extends), overridden by a project's .claimlint.yaml.

Keys: ``extends`` (a preset name or a path), ``facts`` (path to the fact sheet, relative to the
config file), ``select`` and ``ignore`` (codes, code prefixes or slugs), ``severity`` (code or slug
-> error|warning|info), ``options`` (code -> mapping), ``fail-on`` (error|warning|info|never),
``languages`` (which languages may be detected; one language turns identification off), ``per-file-ignores`` (glob -> codes).
Every error is a ConfigError naming file:line:col.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from claimlint.errors import ConfigError
from claimlint.lexicon import LANGUAGES

CONFIG_NAMES = (".claimlint.yaml", ".claimlint.yml", "claimlint.yaml")
_KEYS = {"extends", "facts", "select", "ignore", "severity", "options", "fail-on", "languages", "per-file-ignores"}
_SEVERITIES = ("error", "warning", "info")


@dataclass
class Config:
    path: str | None = None
    facts: str | None = None
    select: list[str] = field(default_factory=lambda: ["CL"])
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    fail_on: str = "warning"
    languages: list[str] | None = None
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    # Where each key was set, for messages about rules that do not exist: key -> (path, line, col).
    origins: dict[str, tuple[str, int, int]] = field(default_factory=dict)


def preset_path(name: str) -> Path:
    """A preset shipped in rules/ (a copy is packaged in claimlint/presets)."""
    candidates = [Path(__file__).resolve().parent.parent / "rules" / f"{name}.yaml"]
    packaged = resources.files("claimlint").joinpath("presets", f"{name}.yaml")
    candidates.append(Path(str(packaged)))
    for path in candidates:
        if path.is_file():
            return path
    raise ConfigError("<config>", f"unknown preset {name!r}")


def find_config(start: str) -> str | None:
    """The nearest configuration file in ``start`` (a file's directory or a directory) or above it."""
    here = Path(start).resolve()
    here = here if here.is_dir() else here.parent
    for directory in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if candidate.is_file():
                return str(candidate)
    return None


def _load_yaml(path: str) -> Any:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        with open(path, encoding="utf-8") as handle:
            return YAML(typ="rt", pure=True).load(handle)
    except FileNotFoundError:
        raise ConfigError(path, "configuration file not found") from None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise ConfigError(path, f"not valid YAML: {exc.problem or exc.context}",
                          mark.line + 1 if mark else None, mark.column + 1 if mark else None) from None
    except (YAMLError, OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, f"cannot be read: {exc}") from None


def _where(tree: Any, key: str) -> tuple[int | None, int | None]:
    try:
        line, column = tree.lc.key(key)
        return line + 1, column + 1
    except (AttributeError, KeyError, TypeError):
        return None, None


def load_config(path: str | None, _seen: tuple[str, ...] = ()) -> Config:
    """Load a configuration file and the presets it extends; None gives the default preset."""
    if path is None:
        return load_config(str(preset_path("default")))
    if path in _seen:
        raise ConfigError(path, "extends itself")
    tree = _load_yaml(path) or {}
    if not isinstance(tree, dict):
        raise ConfigError(path, "a configuration is a mapping of keys to values", 1, 1)
    for key in tree:
        if key not in _KEYS:
            raise ConfigError(path, f"unknown key {key!r} (expected one of {', '.join(sorted(_KEYS))})", *_where(tree, key))
    base = Config()
    if "extends" in tree:
        extends = str(tree["extends"])
        try:
            parent = extends if extends.endswith((".yaml", ".yml")) else str(preset_path(extends))
        except ConfigError as err:
            presets = sorted(p.stem for p in (Path(__file__).resolve().parent / "presets").glob("*.yaml"))
            raise ConfigError(path, f"{err.message} (the presets: {', '.join(presets)}; or a path to a .yaml file)",
                              *_where(tree, "extends")) from None
        if extends.endswith((".yaml", ".yml")) and not os.path.isabs(extends):
            parent = str(Path(path).parent / extends)
        base = load_config(parent, (*_seen, path))
    base.path = path
    for key in ("select", "ignore", "languages"):
        if key in tree:
            value = tree[key]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(path, f"{key} must be a list of strings", *_where(tree, key))
            if key == "languages" and not set(value) <= set(LANGUAGES):
                unknown = ", ".join(sorted(set(value) - set(LANGUAGES)))
                raise ConfigError(path, f"languages: {unknown} not among {', '.join(LANGUAGES)}", *_where(tree, key))
            setattr(base, key, [str(v) for v in value])
            base.origins[key] = (path, *(_where(tree, key)))  # type: ignore[assignment]
    if "facts" in tree:
        base.facts = str(Path(path).parent / str(tree["facts"]))
        base.origins["facts"] = (path, *(_where(tree, "facts")))  # type: ignore[assignment]
    if "fail-on" in tree:
        if tree["fail-on"] not in (*_SEVERITIES, "never"):
            raise ConfigError(path, "fail-on must be error, warning, info or never", *_where(tree, "fail-on"))
        base.fail_on = str(tree["fail-on"])
    targets: tuple[tuple[str, dict[str, Any]], ...] = (
        ("severity", base.severity), ("options", base.options), ("per-file-ignores", base.per_file_ignores))
    for key, target in targets:
        value = tree.get(key)
        if value is None:
            continue
        if not isinstance(value, dict):
            raise ConfigError(path, f"{key} must be a mapping", *_where(tree, key))
        for sub, item in value.items():
            line, column = _where(value, sub)
            if key == "severity" and item not in _SEVERITIES:
                raise ConfigError(path, f"severity of {sub} must be error, warning or info", line, column)
            if key == "options" and not isinstance(item, dict):
                raise ConfigError(path, f"options of {sub} must be a mapping", line, column)
            target[str(sub)] = dict(item) if key == "options" else (list(item) if key == "per-file-ignores" else str(item))
            base.origins[f"{key}.{sub}"] = (path, line or 0, column or 0)
            if key == "options":
                for option in item:
                    at = _where(item, option)
                    base.origins[f"options.{sub}.{option}"] = (path, at[0] or line or 0, at[1] or column or 0)
    return base
