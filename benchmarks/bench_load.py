"""Many people on one server: N browser sessions (Debian's chromium via Playwright) against `streamlit run app.py`
with accounts on, on 127.0.0.1 only.

Each session, for --rounds rounds: opens a page by its URL with filters in the query string (a full page load: a
new Streamlit session, so it signs in first), moves to another page through the sidebar navigation, and types a
text search (a filter change). Sessions start 1.5 s apart.
The server logs each script run (VIGIE_TIMING=1: start to end of the script, measured in the server); its
resident memory is sampled every 0.5 s. Prints one JSON line: errors, server re-run p50/p95 (wall-clock, and the
script thread's own CPU where the served code logs it), full page load p50/p95, peak server memory, the server
process's total CPU seconds (the fairest figure on a busy machine: the browsers share its 2 cores), the p95 per
page and the slowest runs.
--root serves another checkout's app.py with this script (e.g. --root /work/main: before and after, one command).
--browser-nice N runs the browsers (not the server) N steps nicer: on a real installation they are on the
readers' machines, here they share the server's cores (default 0: they compete as equals).
--warm first runs one session, left out of the figures: a server that has already served the day's first user.
Usage: .venv/bin/python benchmarks/bench_load.py [--posts 1000000] [--sessions 20] [--rounds 3] [--db PATH]
       [--root DIR] [--keep-log FILE] [--browser-nice N] [--warm]
Targets (issue #14): no error; p95 server re-run < 2 s; server memory < 4 GB with 20 sessions.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.bench_report import ensure_store  # noqa: E402
from tests.browser_helpers import CHROMIUM, CHROMIUM_ARGS, free_port, _wait_healthy  # noqa: E402

PASSWORD = "charge-de-test-1"
VISITS = [("Vue_d_ensemble", "platform=facebook"), ("Sentiment", "region=Bamako"), ("Comparer_les_partis", "party=URD"),
          ("Carte", "from=2020-03-20&to=2020-04-10"), ("Participation", "platform=twitter&platform=facebook")]
NAV_TARGETS = ["Posts", "Thèmes", "Vue d'ensemble"]


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        line = next(l for l in status if l.startswith("VmRSS"))
    return int(line.split()[1]) / 1024


def sample_memory(pid: int, stop: threading.Event, peak: list) -> None:
    while not stop.is_set():
        try:
            peak[0] = max(peak[0], rss_mb(pid))
        except (OSError, StopIteration):
            return
        stop.wait(0.5)


async def settled(page, timeout_s: float = 120) -> None:
    """Script run over: a heading drawn, then no running indicator and a stable element count over 3 polls."""
    await page.wait_for_selector("h1", timeout=timeout_s * 1000)
    deadline, last, stable = time.monotonic() + timeout_s, -1, 0
    while time.monotonic() < deadline and stable < 3:
        busy = await page.locator('[data-testid="stStatusWidget"] svg, [data-testid="stSkeleton"]').count()
        count = await page.locator('[data-testid="stElementContainer"]').count()
        stable = stable + 1 if (count == last and not busy) else 0
        last = count
        await page.wait_for_timeout(300)


async def sign_in(page, user: str) -> None:
    await page.get_by_label("Nom d'utilisateur").fill(user)
    await page.get_by_label("Mot de passe").fill(PASSWORD)
    await page.get_by_role("button", name="Se connecter").click()
    await page.wait_for_selector('h1:not(:has-text("Connexion"))')


async def errors_on(page) -> int:
    return await page.locator('[data-testid="stException"]').count()


async def session(browser, base: str, user: str, rounds: int, loads: list, errors: list, delay: float) -> None:
    await asyncio.sleep(delay)  # people arrive one after the other, not in the same millisecond
    context = await browser.new_context(viewport={"width": 1300, "height": 900}, locale="fr-FR")
    context.set_default_timeout(120000)
    page = await context.new_page()
    try:
        for i in range(rounds):
            name, query = VISITS[(int(user[4:]) + i) % len(VISITS)]
            started = time.perf_counter()
            await page.goto(f"{base}/{name}?{query}")  # a shared link: a new session, so the login first
            await sign_in(page, user)
            await settled(page)
            loads.append(time.perf_counter() - started)
            target = NAV_TARGETS[i % len(NAV_TARGETS)]
            await page.locator('[data-testid="stSidebarNav"] a', has_text=target).first.click()
            await settled(page)
            await page.get_by_label("Recherche dans le texte").fill("élection")
            await page.get_by_label("Recherche dans le texte").press("Enter")
            await settled(page)
            errors.extend([f"{user}: error box on {name}"] * await errors_on(page))
    except Exception as exc:  # a session that fails is counted and reported, the others go on
        errors.append(f"{user}: {type(exc).__name__}: {str(exc).splitlines()[0][:160]}")
    finally:
        await context.close()


async def drive(base: str, sessions: int, rounds: int, first: int = 0) -> tuple[list, list]:
    from playwright.async_api import async_playwright
    loads, errors = [], []
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        await asyncio.gather(*(session(browser, base, f"user{first + k}", rounds, loads, errors, 1.5 * k)
                               for k in range(sessions)))
        await browser.close()
    return loads, errors


def percentile(values: list, q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))], 3)


def add_users(db: Path, sessions: int) -> None:
    from analysis import accounts
    for k in range(sessions):
        accounts.add_user(db, f"user{k}", "analyst", PASSWORD)


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process so far (/proc/PID/stat, in clock ticks)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _cpu(usage) -> float:
    return usage.ru_utime + usage.ru_stime


def per_page(runs: list[dict]) -> dict:
    pages = sorted({r["page"] for r in runs})
    return {p: {"runs": len(s), "p95_s": percentile(s, 0.95)}
            for p in pages for s in [[r["seconds"] for r in runs if r["page"] == p]]}


def _warm_up(base: str, sessions: int, timing: Path, server_pid: int) -> tuple[int, float, float]:
    """One session (the user after the measured ones) before the others: (its server runs, its seconds, the
    server's CPU so far), so that the figures leave it out."""
    started = time.perf_counter()
    _loads, errors = asyncio.run(drive(base, 1, 1, first=sessions))
    if errors:
        raise SystemExit(f"the warm-up session failed: {errors[0]}")
    runs = len(timing.read_text().splitlines()) if timing.exists() else 0
    return runs, time.perf_counter() - started, cpu_seconds(server_pid)


def serve(db: Path, log: Path, timing: Path, port: int, root: Path = ROOT) -> subprocess.Popen:
    env = {**os.environ, "VIGIE_DB": str(db), "VIGIE_AUTH": "1", "VIGIE_TIMING": "1", "VIGIE_TIMING_LOG": str(timing)}
    command = [sys.executable, "-m", "streamlit", "run", str(root / "app.py"), "--server.port", str(port),
               "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
               "--server.fileWatcherType", "none"]
    return subprocess.Popen(command, cwd=root, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=1_000_000)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--db", default=None)
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose app.py is served")
    parser.add_argument("--browser-nice", type=int, default=0, help="niceness added to the browsers' processes")
    parser.add_argument("--keep-log", type=Path, help="copy the server's timing log (one JSON line per run) here")
    parser.add_argument("--warm", action="store_true", help="one session first, left out of the figures: a server "
                        "that has served its first user of the day (the store loaded, the desk's correctors measured)")
    args = parser.parse_args()
    db = Path(args.db or f"/tmp/vigie_bench_{args.posts}.duckdb")
    ensure_store(db, args.posts)
    add_users(db, args.sessions + 1)
    with tempfile.TemporaryDirectory() as tmp:
        timing, port = Path(tmp) / "timing.log", free_port()
        server = serve(db, Path(tmp) / "server.log", timing, port, args.root.resolve())
        stop, peak = threading.Event(), [0.0]
        threading.Thread(target=sample_memory, args=(server.pid, stop, peak), daemon=True).start()
        try:
            _wait_healthy(f"http://127.0.0.1:{port}", server, 120)
            os.nice(args.browser_nice)  # this process from now on, so the browsers it starts; the server keeps its own
            base = f"http://127.0.0.1:{port}"
            warm_up = _warm_up(base, args.sessions, timing, server.pid) if args.warm else (0, 0.0, 0.0)
            started, children = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
            loads, errors = asyncio.run(drive(base, args.sessions, args.rounds))
            wall = time.perf_counter() - started
            server_cpu = cpu_seconds(server.pid) - warm_up[2]
            browsers_cpu = _cpu(resource.getrusage(resource.RUSAGE_CHILDREN)) - _cpu(children)  # the server runs on
        finally:
            stop.set()
            server.terminate()
            server.wait(timeout=30)
        runs = [json.loads(line) for line in timing.read_text().splitlines()] if timing.exists() else []
        runs = runs[warm_up[0]:]
        if args.keep_log and timing.exists():
            args.keep_log.write_text(timing.read_text())
    seconds, cpu = [r["seconds"] for r in runs], [r["cpu_s"] for r in runs if "cpu_s" in r]
    slowest = sorted(runs, key=lambda r: -r["seconds"])[:5]
    print(json.dumps({"posts": args.posts, "sessions": args.sessions, "rounds": args.rounds, "warm": args.warm,
                      "warm_up_s": round(warm_up[1], 1), "errors": len(errors),
                      "error_samples": errors[:5], "server_runs": len(runs), "rerun_p50_s": percentile(seconds, 0.5),
                      "rerun_p95_s": percentile(seconds, 0.95), "rerun_max_s": percentile(seconds, 1.0),
                      "rerun_cpu_p50_s": percentile(cpu, 0.5), "rerun_cpu_p95_s": percentile(cpu, 0.95),
                      "server_cpu_s": round(server_cpu, 1), "browsers_cpu_s": round(browsers_cpu, 1),
                      "page_loads": len(loads), "load_p50_s": percentile(loads, 0.5),
                      "load_p95_s": percentile(loads, 0.95), "server_peak_mb": round(peak[0]),
                      "wall_s": round(wall, 1), "median_rerun_s": round(statistics.median(seconds), 3) if seconds
                      else None, "load_average": round(os.getloadavg()[0], 1), "per_page": per_page(runs),
                      "slowest": [{k: r.get(k) for k in ("page", "seconds", "cpu_s", "outcome")} for r in slowest]},
                     ensure_ascii=False))


if __name__ == "__main__":
    main()
