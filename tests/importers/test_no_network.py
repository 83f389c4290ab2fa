"""Safety: importing HTML, Markdown and EPUB never fetches anything nor runs a script.

A local HTTP server on 127.0.0.1 (ephemeral port, serving only this test) counts every
request; the imported files reference it from every place a browser would load from:
``<img>``, ``srcset``, ``<script src>``, inline scripts, ``<link>`` stylesheets, fonts and
icons, CSS ``url()`` and ``@import``, iframes, video posters, objects, a meta refresh, a
``<base>``, an XML external entity and an external DTD. After importing, the count must
be zero. Python-level socket connections are refused during the import as well.
"""

from __future__ import annotations

import socket
import threading
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from desktop_app.core.new_records import new_project
from desktop_app.importers.registry import read_file
from tests.importers.builders import LOREM, news_page, write_epub


class _CountingServer:
    def __init__(self) -> None:
        self.requests: list[str] = []
        lock = threading.Lock()
        requests = self.requests

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with lock:
                    requests.append(self.path)
                body = b"/* served */"
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.timeout = 1
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> _CountingServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def server() -> Iterator[_CountingServer]:
    with _CountingServer() as running:
        # The counter works: one request of our own is counted, then the slate is wiped.
        with urllib.request.urlopen(f"{running.url}/probe", timeout=5) as response:
            assert response.status == 200
        assert running.requests == ["/probe"]
        running.requests.clear()
        yield running


@pytest.fixture
def no_python_sockets(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network access during import")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


def _remote_references(url: str) -> str:
    return (
        f'<link rel="stylesheet" href="{url}/chapter.css"/>'
        f'<script src="{url}/chapter.js"></script>'
        f'<style>@import url("{url}/import.css"); p {{ background: url({url}/bg.png); }}</style>'
    )


def _chapter_body(url: str) -> str:
    return (
        f"<h1>Chapter</h1><p>{LOREM}</p>"
        f'<img src="{url}/figure.png" alt="figure"/>'
        f'<iframe src="{url}/frame.html"></iframe>'
        f'<p style="background-image: url({url}/inline.png)">Closing words.</p>'
        f"<script>fetch('{url}/inline-script')</script>"
    )


def test_importing_pages_and_books_requests_nothing(
    tmp_path: Path, server: _CountingServer, no_python_sockets: list[object]
) -> None:
    url = server.url
    page = tmp_path / "page.html"
    page.write_text(news_page(url), encoding="utf-8")
    based = tmp_path / "based.htm"
    based.write_text(
        f'<html><head><base href="{url}/"><meta http-equiv="refresh" content="0; url={url}/go">'
        f"{_remote_references(url)}</head><body>{_chapter_body(url)}</body></html>",
        encoding="utf-8",
    )
    notes = tmp_path / "notes.md"
    notes.write_text(
        f"# Notes\n\n{LOREM}\n\n![photo]({url}/md-photo.png)\n\n"
        f'<img src="{url}/md-html.png"><script src="{url}/md.js"></script>\n',
        encoding="utf-8",
    )
    book = write_epub(
        tmp_path / "book.epub",
        [("One", _chapter_body(url))],
        head=_remote_references(url),
        package_prolog=f'\n<!DOCTYPE package [<!ENTITY ext SYSTEM "{url}/xxe">]>',
    )
    doctype_book = write_epub(
        tmp_path / "dtd.epub",
        [("One", _chapter_body(url))],
        doctype=f'<!DOCTYPE html SYSTEM "{url}/xhtml.dtd">',
    )

    project = new_project([])
    files = (page, based, notes, book, doctype_book)
    imported = [read_file(path, project).articles[0] for path in files]

    assert all(LOREM[:40] in article.text for article in imported)
    assert all("fetch(" not in article.text for article in imported)
    assert server.requests == []
    assert no_python_sockets == []
