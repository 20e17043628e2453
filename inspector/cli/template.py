"""`python main.py template check FILE` and `template show`: validate and read checklists."""

from __future__ import annotations

import argparse
from pathlib import Path

NAME = "template"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        NAME, help="check a template file, or show the built-in checklist",
        description="Validate checklist template files and print the built-in checklist.",
    )
    actions = parser.add_subparsers(dest="template_action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check", help="validate a template file",
        description="Validate a template file; every problem is printed with the file, item and field. Exit 0 if valid, 1 if not.",
    )
    check.add_argument("file", type=Path, help="the template JSON file")
    show = actions.add_parser(
        "show", help="print the built-in checklist as a readable manual or JSON",
        description="Print the newest built-in checklist (or FILE) for reviewers.",
    )
    show.add_argument("file", type=Path, nargs="?", help="a template file (default: the built-in checklist)")
    show.add_argument("--lang", choices=["zh", "en"], default="zh")
    show.add_argument("--format", choices=["text", "json"], default="text")


def run(args: argparse.Namespace, ctx) -> int:
    from inspector.templates import TemplateError, builtin_templates, load_template_file

    if args.template_action == "check":
        try:
            template = load_template_file(args.file)
        except TemplateError as exc:
            for line in exc.errors:
                print(line, file=ctx.err)
            print(f"{args.file}: {len(exc.errors)} problem(s); the template cannot be used.", file=ctx.err)
            return 1
        print(f"{args.file}: ok ({template['id']} version {template['version']}, {len(template['items'])} items)", file=ctx.out)
        return 0
    from inspector.templates.manual import render_json, render_text

    template = load_template_file(args.file) if args.file else builtin_templates()[-1]
    render = render_json if args.format == "json" else render_text
    print(render(template, args.lang), file=ctx.out)
    return 0
