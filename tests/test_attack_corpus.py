"""The attack corpus: hostile and damaged files, made in the test run, against the headless CLI.

One subprocess runs ``parallax validate|export|import|update`` over every file, with an
audit hook that records each file written and each socket opened; a local server counts
requests from anything an imported page or book references. Asserted: no traceback, the
documented exit status (0 fine, 1 problems or refused, 2 project unreadable), nothing
written outside the test's folder, no network, and nothing valid lost.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from desktop_app.storage.project_file import encode, load
from desktop_app.storage.schema import SCHEMA_VERSION
from tests.importers.hostile import (
    bomb_template,
    bombs,
    qde,
    write_epub_parts,
    write_qdpx,
)
from tests.importers.test_no_network import _CountingServer
from tests.storage.builders import build_project

posix = sys.platform != "win32"

_RUNNER = textwrap.dedent(
    """
    import contextlib, io, json, os, sys, traceback
    plan = json.loads(open(sys.argv[1], encoding="utf-8").read())
    events = []
    NETWORK = {"socket.connect", "socket.sendto", "socket.sendmsg", "socket.getaddrinfo",
               "socket.gethostbyname", "socket.gethostbyaddr", "urllib.Request"}
    WRITING = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

    def name(value):
        return os.fsdecode(value) if isinstance(value, (str, bytes, os.PathLike)) else None

    def hook(event, args):
        if event == "open":
            path, mode, flags = args
            writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & WRITING
            )
            if writes and name(path):
                events.append(["write", name(path)])
        elif event in ("os.rename", "os.replace", "os.link", "os.symlink"):
            events.extend([["write", name(args[0])], ["write", name(args[1])]])
        elif event in ("os.remove", "os.rmdir", "os.mkdir", "os.chmod", "os.truncate"):
            if name(args[0]):
                events.append(["write", name(args[0])])
        elif event in NETWORK:  # (urllib3 binds ::1 at import to probe IPv6: not a request)
            events.append(["network", event])

    sys.addaudithook(hook)
    from desktop_app.cli import main

    results = []
    for argv in plan:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as stop:
                code = stop.code
            except BaseException:
                code = "traceback"
                err.write(traceback.format_exc())
        results.append({"argv": argv, "code": code, "out": out.getvalue(), "err": err.getvalue()})
    print(json.dumps({"results": results, "events": events}))
    """
)


def _project_file(folder: Path, name: str, edit: Any = None, raw: bytes | None = None) -> Path:
    path = folder / name
    if raw is None:
        document = json.loads(encode(build_project(annotations=12, articles=2, seed=5)))
        if edit is not None:
            edit(document)
        raw = json.dumps(document, indent=2).encode()
    path.write_bytes(raw)
    return path


def _corpus(folder: Path, url: str) -> dict[str, Path]:
    """Every hostile file, by a short name."""
    files: dict[str, Path] = {}
    files["valid"] = _project_file(folder, "valid.json")
    files["deep"] = _project_file(folder, "deep.json", raw=b"[" * 50_000 + b"]" * 50_000)
    files["empty"] = _project_file(folder, "empty.json", raw=b"")
    files["noise"] = _project_file(folder, "noise.json", raw=bytes(range(256)) * 64)
    (folder / "folder.json").mkdir()
    files["folder"] = folder / "folder.json"
    if posix:
        os.mkfifo(folder / "fifo.json")
        files["fifo"] = folder / "fifo.json"
        (folder / "zero.json").symlink_to("/dev/zero")
        files["zero"] = folder / "zero.json"
        os.mkfifo(folder / "fifo.txt")
        files["fifo-article"] = folder / "fifo.txt"
        (folder / "zero.txt").symlink_to("/dev/zero")
        files["zero-article"] = folder / "zero.txt"

    def surrogate(document: dict[str, Any]) -> None:
        document["annotations"][0]["note"] = "SURROGATE"

    raw = json.dumps(json.loads(_project_file(folder, "s.json", surrogate).read_bytes()))
    files["surrogates"] = _project_file(
        folder, "surrogates.json", raw=raw.replace("SURROGATE", "bad \\ud800 note").encode()
    )
    files["title-null"] = _project_file(
        folder, "title-null.json", lambda d: d["articles"][0].update(title=None)
    )
    files["negative-start"] = _project_file(
        folder, "negative-start.json", lambda d: d["annotations"][3]["position"].update(start=-3)
    )
    files["newer"] = _project_file(
        folder, "newer.json", lambda d: d.update(schema_version=SCHEMA_VERSION + 1)
    )
    valid = files["valid"].read_bytes()
    files["truncated"] = _project_file(folder, "truncated.json", raw=valid[: len(valid) // 2])
    files["bad-utf8"] = _project_file(
        folder, "bad-utf8.json", raw=valid.replace(b'"note": "', b'"note": "\xff\xfe', 1)
    )
    # Files to import.
    template = bomb_template(folder / "template.zip", 16)
    for kind, path in bombs(template, folder).items():
        files[f"{kind}-bomb"] = path
    files["deep-w3c"] = folder / "deep.jsonld"
    files["deep-w3c"].write_text(
        '{"@context": "http://www.w3.org/ns/anno.jsonld", "items": '
        + "[" * 50_000
        + "]" * 50_000
        + "}"
    )
    files["loop-epub"] = write_epub_parts(
        folder / "loop.epub",
        {"c.xhtml": f'<p>A chapter read once.</p><img src="{url}/img.png"/>'},
        ["c.xhtml"] * 2000,
    )
    files["page"] = folder / "page.html"
    files["page"].write_text(
        f'<html><head><title>Remote</title><link rel="stylesheet" href="{url}/s.css"/>'
        f'<script src="{url}/s.js"></script></head><body>'
        f'<h1>Remote page</h1><p>Text with an image <img src="{url}/i.png"/> in it.</p>'
        f"<script>fetch('{url}/x')</script></body></html>",
        encoding="utf-8",
    )
    files["markup-title"] = folder / "markup.md"
    files["markup-title"].write_text(
        '---\ntitle: <img src="/dev/zero">\n---\n\nAn article whose title is markup.\n',
        encoding="utf-8",
    )
    files["long-qdpx"] = write_qdpx(folder / "long.qdpx", qde("", "word " * 1_100_000))
    return files


def _run(folder: Path, plan: list[list[str]]) -> dict[str, Any]:
    plan_file = folder / "plan.json"
    plan_file.write_text(json.dumps(plan), encoding="utf-8")
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "HOME": str(folder / "home")}
    env["XDG_DATA_HOME"] = str(folder / "home" / "data")
    env["XDG_CONFIG_HOME"] = str(folder / "home" / "config")
    done = subprocess.run(
        [sys.executable, "-c", _RUNNER, str(plan_file)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=folder,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_hostile_files_against_the_cli(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    out = tmp_path / "corpus" / "out"
    out.mkdir()
    with _CountingServer() as server:
        files = _corpus(folder, server.url)
        target = folder / "target.json"
        target.write_bytes(files["valid"].read_bytes())
        valid = load(files["valid"])
        title = next(iter(valid.articles)).title
        expected: list[tuple[list[str], int]] = []
        project_codes = {
            "valid": (0, 0),
            "deep": (2, 2),
            "empty": (2, 2),
            "noise": (2, 2),
            "folder": (2, 2),
            "fifo": (2, 2),
            "zero": (2, 2),
            "surrogates": (1, 0),
            "title-null": (1, 0),
            "negative-start": (1, 0),
            "newer": (1, 0),
            "truncated": (1, 1),
            "bad-utf8": (1, 0),
        }
        for key, (validate_code, export_code) in project_codes.items():
            if key not in files:
                continue
            path = str(files[key])
            expected.append((["validate", path], validate_code))
            csv = str(out / f"{key}.csv")
            expected.append((["export", path, "-f", "csv", "--raw", "-o", csv], export_code))
            if validate_code == 2:
                expected.append((["import", path, str(files["markup-title"])], 2))
                expected.append((["update", path, title, str(files["markup-title"])], 2))
        hostile_imports = [
            str(files[k])
            for k in (
                "epub-bomb",
                "docx-bomb",
                "qdpx-bomb",
                "deep-w3c",
                "long-qdpx",
                "fifo-article",
                "zero-article",
            )
            if k in files
        ]
        expected.append((["import", str(target), *hostile_imports], 1))
        good_imports = [str(files[k]) for k in ("loop-epub", "page", "markup-title")]
        expected.append((["import", str(target), *good_imports], 0))
        if "fifo-article" in files:
            expected.append((["update", str(target), title, str(files["fifo-article"])], 1))
            pipe = out / "pipe.csv"  # as -o /dev/null: refused, never replaced by a file
            os.mkfifo(pipe)
            expected.append((["export", str(files["valid"]), "-f", "csv", "-o", str(pipe)], 1))
        outcome = _run(folder, [argv for argv, _ in expected])
        assert server.requests == []
    problems = []
    for (argv, code), result in zip(expected, outcome["results"], strict=True):
        assert "Traceback" not in result["err"], (argv, result["err"])
        if result["code"] != code:
            problems.append((argv[:2], code, result["code"], result["err"][-300:]))
    assert problems == []
    root = os.path.realpath(tmp_path)
    outside = {
        path
        for kind, path in outcome["events"]
        if kind == "write" and not os.path.realpath(os.path.join(folder, path)).startswith(root)
    }
    assert outside <= {"/dev/null"}, outside
    assert [event for event in outcome["events"] if event[0] == "network"] == []
    # Nothing valid lost: every annotation of the repaired files reached its export, and the
    # import target kept its own records and gained the good articles only.
    for key in ("surrogates", "title-null", "negative-start", "newer", "bad-utf8"):
        rows = (out / f"{key}.csv").read_text(encoding="utf-8").splitlines()
        ids = {row.split(",")[0] for row in rows[1:] if row}
        assert ids >= {a.id for a in valid.annotations}, key
    imported = load(target)
    assert len(imported.annotations) == len(valid.annotations)
    assert {a.title for a in valid.articles} < {a.title for a in imported.articles}
    assert len(imported.articles) == len(valid.articles) + 3
    assert '<img src="/dev/zero">' in {a.title for a in imported.articles}
    assert any(a.text == "A chapter read once." for a in imported.articles)
