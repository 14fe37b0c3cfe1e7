"""Helpers of the real-browser test: a `streamlit run` on a free port, Debian's chromium via Playwright."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ROOT = Path(__file__).resolve().parent.parent


def missing_prerequisite() -> str | None:
    """Why the browser test cannot run here, or None when it can."""
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is not installed (see docs/ci_browser_setup.sh)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed (see docs/ci_browser_setup.sh)"
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(url: str, process: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited early with code {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"streamlit did not answer at {url} within {timeout:.0f} s")


@contextmanager
def streamlit_server(db_path: Path, log_path: Path, timeout: float = 60):
    """`streamlit run app.py` on a free local port with VIGIE_DB=db_path; yields its base URL."""
    port = free_port()
    env = {**os.environ, "VIGIE_DB": str(db_path)}
    command = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
               "--server.address", "127.0.0.1", "--server.headless", "true",
               "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            url = f"http://127.0.0.1:{port}"
            _wait_healthy(url, process, timeout)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def page_url(base: str, page_file: str) -> str:
    """Streamlit's URL of a pages/ file: the name without its number prefix and extension."""
    stem = Path(page_file).stem
    name = stem.split("_", 1)[1] if "_" in stem and stem.split("_", 1)[0].isdigit() else stem
    return f"{base}/{name}"


def wait_for_app(page, timeout_ms: int = 60000) -> None:
    """Wait until the script run is over: title drawn, no loading skeleton or running indicator, and the
    number of elements unchanged over three polls (Streamlit streams elements while the script runs)."""
    page.wait_for_selector("h1", timeout=timeout_ms)
    deadline = time.monotonic() + timeout_ms / 1000
    last, stable = -1, 0
    while time.monotonic() < deadline and stable < 3:
        busy = page.locator('[data-testid="stSkeleton"], [data-testid="stStatusWidget"] svg').count()
        count = page.locator('[data-testid="stElementContainer"]').count()
        stable = stable + 1 if (count == last and not busy) else 0
        last = count
        page.wait_for_timeout(300)


def plot_drawn(page, timeout_ms: int = 30000) -> int:
    """Number of plotly charts whose SVG or canvas is drawn (waits for the first one)."""
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=timeout_ms)
    return page.locator(".js-plotly-plot").filter(has=page.locator("svg.main-svg, canvas")).count()
