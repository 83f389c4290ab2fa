"""An agreement result as JSON (``parallax-agreement`` version 1), CSV, Markdown or HTML.

The JSON shape is the one issue 15 fixed (``format``, ``version``, ``unit``, ``annotators``,
``codes`` with ``name``, ``units``, ``percent_agreement``, ``krippendorff_alpha`` and
``cohen_kappa`` pairs, ``reference``), with fields added: the reason for every null value,
pooled ``overall`` figures, the articles compared and those left out. HTML escapes every
string that came from a file and loads nothing.
"""

from __future__ import annotations

import csv
import html
import io
import json
from typing import Any, Literal

from desktop_app.core.agreement import AgreementResult, CodeAgreement, Estimate, ReferenceCode
from desktop_app.exporters.report import md_escape

AgreementFormat = Literal["json", "csv", "md", "html"]
FORMATS: tuple[AgreementFormat, ...] = ("json", "csv", "md", "html")
CSV_COLUMNS = (
    "kind",
    "code",
    "units",
    "percent_agreement",
    "krippendorff_alpha",
    "annotator_a",
    "annotator_b",
    "kappa",
    "pair_percent_agreement",
    "passages",
    "found",
    "recall",
    "precision",
    "reason",
)


def render(result: AgreementResult, format_id: AgreementFormat) -> bytes:
    """The result in one of :data:`FORMATS`, as UTF-8 bytes."""
    if format_id == "json":
        return (json.dumps(to_json(result), indent=2, ensure_ascii=False) + "\n").encode()
    if format_id == "csv":
        return _csv(result).encode()
    if format_id == "md":
        return _markdown(result).encode()
    return _html(result).encode()


def to_json(result: AgreementResult) -> dict[str, Any]:
    """The result as JSON data."""
    reference = None
    if result.reference is not None:
        reference = {
            "annotator": result.reference.annotator,
            "by_annotator": [
                {"annotator": name, "codes": [_reference_json(code) for code in codes]}
                for name, codes in result.reference.by_annotator
            ],
        }
    return {
        "format": "parallax-agreement",
        "version": 1,
        "unit": result.unit,
        "annotators": list(result.annotators),
        "codes": [_code_json(code) for code in result.codes],
        "overall": _code_json(result.overall),
        "reference": reference,
        "articles": [{"title": title, "sha256": sha} for title, sha in result.articles],
        "left_out": [
            {"title": left.title, "sha256": left.sha256, "missing_from": list(left.missing_from)}
            for left in result.left_out
        ],
        "notes": list(result.notes),
    }


def _code_json(code: CodeAgreement) -> dict[str, Any]:
    reasons = _reasons(
        percent_agreement=code.percent_agreement, krippendorff_alpha=code.krippendorff_alpha
    )
    return {
        "name": code.name,
        "units": code.units,
        "percent_agreement": code.percent_agreement.value,
        "krippendorff_alpha": code.krippendorff_alpha.value,
        "cohen_kappa": [
            {
                "a": pair.a,
                "b": pair.b,
                "kappa": pair.kappa.value,
                "percent_agreement": pair.percent_agreement.value,
                **({"reason": pair.kappa.reason} if pair.kappa.reason else {}),
            }
            for pair in code.cohen_kappa
        ],
        "coded_units": dict(code.coded),
        **({"reasons": reasons} if reasons else {}),
    }


def _reference_json(code: ReferenceCode) -> dict[str, Any]:
    reasons = _reasons(kappa=code.kappa, recall=code.recall, precision=code.precision)
    return {
        "name": code.name,
        "kappa": code.kappa.value,
        "passages": code.passages,
        "found": code.found,
        "recall": code.recall.value,
        "precision": code.precision.value,
        "spans": code.spans,
        "matching_spans": code.matching_spans,
        **({"reasons": reasons} if reasons else {}),
    }


def _reasons(**estimates: Estimate) -> dict[str, str]:
    return {name: e.reason for name, e in estimates.items() if e.reason is not None}


# -- CSV ---------------------------------------------------------------------------------


def _csv(result: AgreementResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for code in (*result.codes, result.overall):
        head = [code.name, code.units, _raw(code.percent_agreement), _raw(code.krippendorff_alpha)]
        code_reason = code.krippendorff_alpha.reason or ""
        if not code.cohen_kappa:
            writer.writerow(["code", *head, "", "", "", "", "", "", "", "", code_reason])
        for pair in code.cohen_kappa:
            reason = pair.kappa.reason or code_reason
            pair_cells = [pair.a, pair.b, _raw(pair.kappa), _raw(pair.percent_agreement)]
            writer.writerow(["pair", *head, *pair_cells, "", "", "", "", reason])
    if result.reference is not None:
        for name, codes in result.reference.by_annotator:
            for ref in codes:
                writer.writerow(
                    [
                        "reference", ref.name, "", "", "", name, result.reference.annotator,
                        _raw(ref.kappa), "", ref.passages, ref.found, _raw(ref.recall),
                        _raw(ref.precision), ref.kappa.reason or "",
                    ]
                )  # fmt: skip
    return buffer.getvalue()


def _raw(estimate: Estimate) -> str:
    return "" if estimate.value is None else repr(estimate.value)


# -- Markdown and HTML --------------------------------------------------------------------


def _shown(estimate: Estimate) -> str:
    return "—" if estimate.value is None else f"{estimate.value:.3f}"


def _summary_rows(result: AgreementResult) -> list[list[str]]:
    return [
        [
            code.name,
            f"{code.units:,}",
            _shown(code.percent_agreement),
            _shown(code.krippendorff_alpha),
            code.krippendorff_alpha.reason or "",
        ]
        for code in (*result.codes, result.overall)
    ]


_SUMMARY_HEAD = ["Code", "Units", "Percent agreement", "Krippendorff's α", "Note"]
_PAIR_HEAD = ["Code", "Annotator A", "Annotator B", "Cohen's κ", "Agreement", "Note"]
_REFERENCE_HEAD = ["Code", "κ", "Passages", "Found", "Recall", "Precision", "Note"]


def _pair_rows(result: AgreementResult) -> list[list[str]]:
    return [
        [
            code.name,
            pair.a,
            pair.b,
            _shown(pair.kappa),
            _shown(pair.percent_agreement),
            pair.kappa.reason or "",
        ]
        for code in (*result.codes, result.overall)
        for pair in code.cohen_kappa
    ]


def _reference_rows(codes: tuple[ReferenceCode, ...]) -> list[list[str]]:
    return [
        [
            ref.name,
            _shown(ref.kappa),
            str(ref.passages),
            str(ref.found),
            _shown(ref.recall),
            _shown(ref.precision),
            "; ".join(r for r in (ref.kappa.reason, ref.recall.reason) if r),
        ]
        for ref in codes
    ]


def _intro(result: AgreementResult) -> list[str]:
    unit = "non-whitespace character" if result.unit == "character" else "sentence"
    titles = ", ".join(title for title, _ in result.articles)
    return [
        f"Annotators: {', '.join(result.annotators)}.",
        f"Unit: the {unit}, over the articles all files share: {titles}.",
        *result.notes,
    ]


def _md_table(head: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    lines += ["| " + " | ".join(md_escape(" ".join(c.split())) for c in row) + " |" for row in rows]
    return [*lines, ""]


def _markdown(result: AgreementResult) -> str:
    lines = ["# Inter-coder agreement", ""]
    lines += [md_escape(line) for line in _intro(result)] + [""]
    lines += ["## Per code", "", *_md_table(_SUMMARY_HEAD, _summary_rows(result))]
    lines += ["## Pairs of annotators", "", *_md_table(_PAIR_HEAD, _pair_rows(result))]
    if result.reference is not None:
        lines += [f"## Against the reference ({md_escape(result.reference.annotator)})", ""]
        for name, codes in result.reference.by_annotator:
            lines += [
                f"### {md_escape(name)}",
                "",
                *_md_table(_REFERENCE_HEAD, _reference_rows(codes)),
            ]
    return "\n".join(lines)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _html_table(head: list[str], rows: list[list[str]]) -> list[str]:
    out = ["<table>", "<thead><tr>" + "".join(f"<th>{_e(h)}</th>" for h in head) + "</tr></thead>"]
    out += ["<tr>" + "".join(f"<td>{_e(cell)}</td>" for cell in row) + "</tr>" for row in rows]
    return [*out, "</table>"]


_STYLE = """body { font-family: Georgia, serif; max-width: 60rem; margin: 2rem auto; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #bbb; padding: .3rem .6rem; text-align: left; vertical-align: top; }"""


def _html(result: AgreementResult) -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8"><title>Inter-coder agreement</title>',
        f"<style>{_STYLE}</style></head>",
        "<body>",
        "<h1>Inter-coder agreement</h1>",
        *(f"<p>{_e(line)}</p>" for line in _intro(result)),
        "<h2>Per code</h2>",
        *_html_table(_SUMMARY_HEAD, _summary_rows(result)),
        "<h2>Pairs of annotators</h2>",
        *_html_table(_PAIR_HEAD, _pair_rows(result)),
    ]
    if result.reference is not None:
        out.append(f"<h2>Against the reference ({_e(result.reference.annotator)})</h2>")
        for name, codes in result.reference.by_annotator:
            out += [f"<h3>{_e(name)}</h3>", *_html_table(_REFERENCE_HEAD, _reference_rows(codes))]
    out += ["</body>", "</html>", ""]
    return "\n".join(out)
