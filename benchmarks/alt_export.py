"""The alternatives as whole processes, the counterpart of ``ucd-desktop export``:

    python -m benchmarks.alt_export docxtpl DRAFT.ucd OUT.docx --template TEMPLATE.docx
    python -m benchmarks.alt_export naive DRAFT.ucd OUT.docx

Each reads the draft's JSON, works out the values to print and writes the .docx, importing
only what that tool needs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="alt_export")
    parser.add_argument("tool", choices=["docxtpl", "naive"])
    parser.add_argument("draft", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--template", type=Path)
    args = parser.parse_args(argv)

    from benchmarks.context import notice_context

    ctx = notice_context(json.loads(args.draft.read_text(encoding="utf-8")))
    if args.tool == "docxtpl":
        from benchmarks.docxtpl_bench import render

        if args.template is None:
            parser.error("docxtpl needs --template")
        render(args.template, ctx, args.output)
    else:
        from benchmarks.naive_docx import build

        build(ctx, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
