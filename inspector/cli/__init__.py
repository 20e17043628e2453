"""Headless commands: `python main.py COMMAND`. Each module of this package is one command.

A command module defines NAME, `register(subparsers)` (adds the sub-parser called NAME,
with help) and `run(args, ctx: Context) -> int` (the exit code). Errors a person can act on are raised as
`CommandError` (or StoreError / TemplateError) and printed as one clear line, exit code 2
unless the command says otherwise.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TextIO

from inspector.paths import DataDir, resolve_data_dir
from inspector.store import Store, StoreError
from inspector.templates import TemplateError


class CommandError(Exception):
    """A failure explained for a person; `exit_code` is what the command returns."""

    def __init__(self, message: str, exit_code: int = 2):
        self.exit_code = exit_code
        super().__init__(message)


@dataclass
class Context:
    data_dir: DataDir
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)

    def open_store(self) -> Store:
        """The data folder's store, with the built-in templates loaded."""
        from inspector.templates import builtin_templates

        store = Store(self.data_dir.database)
        for template in builtin_templates():
            store.store_template(template)
        return store


def command_modules() -> list:
    """Every command module of this package, in name order."""
    modules = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "register") and hasattr(module, "run"):
            modules.append(module)
    return modules


def build_parser() -> tuple[argparse.ArgumentParser, dict]:
    parser = argparse.ArgumentParser(
        prog="python main.py",
        description="Inspector: branch service-quality inspections. Without a command, the app opens.",
    )
    parser.add_argument("--data-dir", help="data folder (default: $INSPECTOR_DATA_DIR or the user data folder)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = {}
    for module in command_modules():
        module.register(subparsers)
        modules[module.NAME] = module
    return parser, modules


def _is_domain_error(exc: Exception) -> bool:
    """Photo, signing, sync and publishing errors carry a message written for a person."""
    from inspector.photos.importer import PhotoError
    from inspector.publish import PublishError
    from inspector.signing.pades import SigningError
    from inspector.sync import SyncError

    return isinstance(exc, (PhotoError, PublishError, SigningError, SyncError))


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    parser, modules = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help(out or sys.stdout)
        return 0
    ctx = Context(resolve_data_dir(args.data_dir), out or sys.stdout, err or sys.stderr)
    try:
        return int(modules[args.command].run(args, ctx) or 0)
    except CommandError as exc:
        print(f"error: {exc}", file=ctx.err)
        return exc.exit_code
    except StoreError as exc:
        print(f"error: {exc}", file=ctx.err)
        return 2
    except TemplateError as exc:
        for line in exc.errors:
            print(f"error: {line}", file=ctx.err)
        return 2
    except OSError as exc:  # a file we were told to read or write, e.g. on a full or read-only disk
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"error: {exc.strerror or exc}{where}", file=ctx.err)
        return 2
    except Exception as exc:  # noqa: BLE001
        if not _is_domain_error(exc):
            raise
        print(f"error: {exc}", file=ctx.err)
        return 2
    except BrokenPipeError:  # output piped into `head` and closed early: not an error
        sys.stdout = None
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=ctx.err)
        return 130
