"""The comparison report is a real page: headless Chromium loads it from a file with no console
error, no network request and no script run, and draws every visible chart.

Chromium is driven over ``--remote-debugging-pipe`` (the DevTools protocol as NUL-separated
JSON on file descriptors 3 and 4), so no Python package is needed. Debian's ``chromium``
package provides the browser; without it these tests fail and say how to install it.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import time
from pathlib import Path

import pytest

from factcheck.compare import compare

pytestmark = pytest.mark.slow

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Seconds to wait for one DevTools answer or for the page to finish loading.
CDP_TIMEOUT = 30
HOSTILE = '<script>document.title="pwned"</script><img src=x onerror="document.title=1">'


def _browser() -> str:
    override = os.environ.get("FACTCHECK_CHROMIUM")
    found = override or next((p for p in map(shutil.which, BROWSERS) if p), None)
    if not found:
        pytest.fail("headless Chromium is needed to test the report page and none was found "
                    f"(looked for {', '.join(BROWSERS)}). Install it: apt-get update && apt-get install -y chromium "
                    "(or set FACTCHECK_CHROMIUM to a Chromium binary).")
    return found


class Chromium:
    """A headless Chromium with one page, spoken to over the DevTools pipe."""

    def __init__(self, binary: str, profile: Path):
        cmd_r, self._cmd_w = os.pipe()
        self._resp_r, resp_w = os.pipe()
        devnull = os.open(os.devnull, os.O_RDWR)
        args = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", f"--user-data-dir={profile}", "about:blank"]
        actions = [(os.POSIX_SPAWN_DUP2, cmd_r, 3), (os.POSIX_SPAWN_DUP2, resp_w, 4),
                   (os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)]
        self.pid = os.posix_spawn(binary, args, os.environ, file_actions=actions, setsid=True)
        for fd in (cmd_r, resp_w, devnull):
            os.close(fd)
        self._buf = b""
        self._next_id = 0
        self.events: list[dict] = []
        self.session: str | None = None

    def _read_message(self, deadline: float) -> dict:
        import select

        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("Chromium did not answer in time")
            ready, _, _ = select.select([self._resp_r], [], [], left)
            if ready:
                chunk = os.read(self._resp_r, 1 << 16)
                if not chunk:
                    raise RuntimeError("Chromium closed the DevTools pipe (did it start?)")
                self._buf += chunk
        raw, self._buf = self._buf.split(b"\0", 1)
        return json.loads(raw)

    def send(self, method: str, params: dict | None = None, *, session: bool = True) -> dict:
        self._next_id += 1
        msg = {"id": self._next_id, "method": method, "params": params or {}}
        if session and self.session:
            msg["sessionId"] = self.session
        os.write(self._cmd_w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + CDP_TIMEOUT
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str) -> dict:
        deadline = time.monotonic() + CDP_TIMEOUT
        for ev in self.events:
            if ev.get("method") == method:
                return ev
        while True:
            ev = self._read_message(deadline)
            self.events.append(ev)
            if ev.get("method") == method:
                return ev

    def open_page(self) -> None:
        targets = self.send("Target.getTargets", session=False)["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.send("Target.attachToTarget", {"targetId": page["targetId"], "flatten": True},
                                 session=False)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable")

    def evaluate(self, expression: str):
        out = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in out:
            raise RuntimeError(out["exceptionDetails"])
        return out["result"].get("value")

    def close(self) -> None:
        try:
            self.send("Browser.close", session=False)
        except (RuntimeError, TimeoutError, OSError):
            pass
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            pid, _ = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                break
            time.sleep(0.1)
        else:
            os.killpg(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        for fd in (self._cmd_w, self._resp_r):
            os.close(fd)


def problems(events: list[dict], page_url: str) -> dict[str, list]:
    """Console errors, uncaught exceptions and network requests among the DevTools events."""
    out: dict[str, list] = {"console": [], "exceptions": [], "log": [], "requests": []}
    for ev in events:
        method, p = ev.get("method"), ev.get("params", {})
        if method == "Runtime.consoleAPICalled" and p.get("type") in ("error", "warning", "assert"):
            out["console"].append(p)
        elif method == "Runtime.exceptionThrown":
            out["exceptions"].append(p)
        elif method == "Log.entryAdded" and p.get("entry", {}).get("level") in ("error", "warning"):
            out["log"].append(p["entry"].get("text"))
        elif method == "Network.requestWillBeSent":
            url = p.get("request", {}).get("url", "")
            if url != page_url and not url.startswith("data:"):
                out["requests"].append(url)
    return out


CHECK_PAGE = """(() => {
  const visible = el => !el.closest('details:not([open])');
  const charts = [...document.querySelectorAll('svg.timeline')].filter(visible);
  const drawn = charts.map(svg => {
    const box = svg.getBoundingClientRect();
    const points = [...svg.querySelectorAll('.figure-point')].filter(c => c.getBBox().width > 0);
    const bars = [...svg.querySelectorAll('.figure-interval')].filter(l => l.getBBox().height > 0);
    return {group: svg.dataset.group, figures: +svg.dataset.figures, intervals: +svg.dataset.intervals,
            expectedPoints: +svg.dataset.points,
            width: box.width, height: box.height,
            points: points.length, bars: bars.length};
  });
  return {title: document.title, scripts: document.scripts.length, images: document.images.length,
          charts: drawn, allCharts: document.querySelectorAll('svg.timeline').length,
          text: document.body.innerText.includes('<script>document.title="pwned"</script>')};
})()"""


@pytest.fixture(scope="module")
def report_page(tmp_path_factory, dev_dir) -> Path:
    """The report of the dev set plus two hostile articles that try to run a script."""
    root = tmp_path_factory.mktemp("browser")
    inputs = root / "inputs"
    inputs.mkdir()
    for n, (date, toll) in enumerate((("2023-11-03", "at least 1,400"), ("2023-11-10", "around 1,200"))):
        (inputs / f"hostile{n}.txt").write_text(
            f"source: Hostile {n} {HOSTILE}\npublished: {date}\n\n"
            f"Hamas gunmen killed {toll} people in Israel on Oct. 7, officials said. {HOSTILE}\n",
            encoding="utf-8")
    out = root / "out"
    compare([dev_dir, inputs], out)
    return out / "report.html"


@pytest.fixture(scope="module")
def loaded(report_page, tmp_path_factory):
    browser = Chromium(_browser(), tmp_path_factory.mktemp("profile"))
    try:
        browser.open_page()
        url = report_page.resolve().as_uri()
        browser.send("Page.navigate", {"url": url})
        browser.wait_for("Page.loadEventFired")
        result = browser.evaluate(CHECK_PAGE)
        # Let late console messages (a blocked fetch, a CSP report) arrive.
        time.sleep(0.5)
        browser.send("Runtime.evaluate", {"expression": "1"})
        yield result, problems(browser.events, url)
    finally:
        browser.close()


def test_page_loads_without_console_errors(loaded):
    _, found = loaded
    assert found["console"] == [] and found["exceptions"] == [] and found["log"] == [], found


def test_page_makes_no_network_request(loaded):
    _, found = loaded
    assert found["requests"] == []


def test_article_text_cannot_run(loaded):
    result, _ = loaded
    assert result["title"] == "factcheck comparison"
    assert result["scripts"] == 0 and result["images"] == 0
    assert result["text"], "the hostile text should be shown as text"


def test_every_visible_chart_is_drawn(loaded):
    result, _ = loaded
    charts = result["charts"]
    assert len(charts) >= 3, result  # the two tolls and the hostile articles' group at least
    for chart in charts:
        assert chart["width"] > 200 and chart["height"] > 50, chart
        # Every figure with a number has its point (a vague "dozens" has only its bar).
        assert chart["points"] == chart["expectedPoints"] >= 2, chart
        assert chart["figures"] >= chart["points"], chart
        assert chart["bars"] == chart["intervals"], chart
    # The death tolls are intervals ("at least", "about"): their bars are drawn.
    assert any(c["bars"] >= 2 for c in charts), charts


def test_the_check_sees_requests_scripts_and_errors(tmp_path):
    """The browser check itself can fail: a page that fetches and logs an error is caught."""
    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><html><head><title>t</title></head><body>'
                   '<img src="http://127.0.0.1:9/x.png"><script>console.error("boom")</script></body></html>',
                   encoding="utf-8")
    browser = Chromium(_browser(), tmp_path / "profile")
    try:
        browser.open_page()
        url = bad.resolve().as_uri()
        browser.send("Page.navigate", {"url": url})
        browser.wait_for("Page.loadEventFired")
        browser.send("Runtime.evaluate", {"expression": "1"})
        found = problems(browser.events, url)
    finally:
        browser.close()
    assert found["requests"] == ["http://127.0.0.1:9/x.png"]
    assert found["console"], found
