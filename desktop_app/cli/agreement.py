"""``parallax agreement FILE… [--reference FILE] [--unit …] [--format …] [-o OUT]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.base import command, fail, open_checked


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files", type=Path, nargs="+", help="project files (one holding several annotators works)"
    )
    parser.add_argument(
        "--reference", type=Path, help="the reference coding (a teacher's project) to compare with"
    )
    parser.add_argument("--unit", choices=("character", "sentence"), default="character")
    parser.add_argument("--format", "-f", choices=("json", "csv", "md", "html"), default="json")
    parser.add_argument(
        "-o", "--output", type=Path, help="file to write (default: standard output)"
    )


def file_label(path: Path) -> str:
    """A file's name without ``.parallax.json`` or ``.json``: what its anonymous coder is called."""
    name = path.name
    for suffix in (".parallax.json", ".json"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return path.stem or name


@command(
    "agreement",
    "inter-coder agreement per code: percent, Cohen's kappa per pair, Krippendorff's alpha",
    _arguments,
)
def _agreement(args: argparse.Namespace) -> int:
    from desktop_app.core.agreement import AgreementError, Source, compute_agreement
    from desktop_app.exporters.agreement_report import render
    from desktop_app.storage.atomic import write_atomic

    sources = []
    for path in args.files:
        project = open_checked(path, writing=False)
        if project is None:
            return 1
        sources.append(Source(file_label(path), project))
    reference = None
    if args.reference is not None:
        project = open_checked(args.reference, writing=False)
        if project is None:
            return 1
        reference = Source(file_label(args.reference), project)
    try:
        result = compute_agreement(sources, unit=args.unit, reference=reference)
    except AgreementError as error:
        return fail(str(error))
    data = render(result, args.format)
    for note in result.notes:
        print(f"parallax: note: {note}", file=sys.stderr)
    if args.output is None:
        sys.stdout.write(data.decode())
        return 0
    if args.output.is_dir():
        return fail(f"{args.output} is a folder; name the file to write")
    try:
        write_atomic(args.output, data, keep_backup=False)
    except OSError as error:
        return fail(f"cannot write {args.output}: {error.strerror or error}")
    print(f"Wrote {args.output} ({len(result.annotators)} annotators, {len(result.codes)} codes).")
    return 0
