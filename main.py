"""Inspector: `python main.py` opens the app; `python main.py COMMAND` runs a headless command."""

import sys

APP_OPTIONS = ("--data-dir", "--lang")  # each takes one value


def _is_app_start(args: list[str]) -> bool:
    """True when the arguments are only the app's own options (no command, no --help)."""
    rest = list(args)
    while rest:
        head = rest.pop(0)
        option = head.split("=", 1)[0]
        if option not in APP_OPTIONS:
            return False
        if "=" not in head and rest:
            rest.pop(0)
    return True


def _main() -> int:
    args = sys.argv[1:]
    if _is_app_start(args):
        from inspector.app import run_app

        return run_app(args)
    from inspector.cli import main

    return main(args)


if __name__ == "__main__":
    sys.exit(_main())
