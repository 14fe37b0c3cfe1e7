"""Import throughput and memory on a large CrowdTangle CSV (generated here, in a temporary folder).

    python benchmarks/bench_import.py [--rows 1000000]

Prints the import time through the command line (a child process, so its peak memory is measured
alone), rows per second, the child's peak resident memory, and the ratio to a bare csv.reader pass
over the same file (the reference: the least any CSV importer must spend). Both are measured in the
same run, so a busy machine slows both. `import_call_s` is the time of ingest_files alone inside
the child, without the interpreter's start and the command line's own imports.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = ["Page Name", "User Name", "Facebook Id", "Page Category", "Page Admin Top Country", "Page Description",
          "Page Created", "Likes at Posting", "Followers at Posting", "Post Created", "Post Created Date",
          "Post Created Time", "Type", "Total Interactions", "Likes", "Comments", "Shares", "Love", "Wow", "Haha",
          "Sad", "Angry", "Care", "Video Share Status", "Is Video Owner?", "Post Views", "Total Views",
          "Total Views For All Crossposts", "Video Length", "URL", "Message", "Link", "Final Link", "Image Text",
          "Link Text", "Description", "Sponsor Id", "Sponsor Name", "Sponsor Category",
          "Overperforming Score (weighted  —  Likes 1x Shares 1x Comments 1x Love 1x Wow 1x Haha 1x Sad 1x Angry 1x Care 1x )"]
PHRASES = ["Le RPM appelle à voter à Kayes", "L'URD dénonce des fraudes à Sikasso", "Boycott du second tour à Mopti",
           "Taux de participation très faible à Tombouctou", "Résultats contestés à Bamako, « inacceptable »",
           "Insécurité : bureaux fermés à Ménaka", "Le PARENA salue la mobilisation des jeunes à Ségou"]


def write_export(path: Path, rows: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    start = datetime(2020, 3, 1)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(HEADER)
        for i in range(rows):
            page = rng.randrange(2000)
            when = start + timedelta(seconds=rng.randrange(60 * 86400))
            likes = rng.randrange(5000)
            message = f"{rng.choice(PHRASES)} #{i}" + ("\nDeuxième ligne." if i % 7 == 0 else "")
            out.writerow([f"Page {page}", f"page{page}", str(100000 + page), "POLITICAL_PARTY", "ML", "", "",
                          f"{rng.randrange(100000):,}", f"{rng.randrange(100000):,}",
                          when.strftime("%Y-%m-%d %H:%M:%S EDT"), when.strftime("%Y-%m-%d"),
                          when.strftime("%H:%M:%S"), "Status", str(likes + 10), f"{likes:,}", "3", "2", "1", "0",
                          "0", "0", "0", "N/A", "", "", "0", "0", "0", "0",
                          f"https://www.facebook.com/{100000 + page}/posts/{5_000_000_000 + i}", message,
                          "", "", "", "", "", "", "", "", "1.00"])


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def reference_scan(path: Path) -> tuple[float, float]:
    """Wall and CPU seconds of a bare csv.reader pass."""
    started, cpu = time.perf_counter(), _own_cpu()
    with open(path, encoding="utf-8", newline="") as fh:
        for _ in csv.reader(fh):
            pass
    return time.perf_counter() - started, _own_cpu() - cpu


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_import(path: Path, db: Path) -> tuple[float, float, dict]:
    """Wall seconds, CPU seconds (unaffected by other programs on a busy machine) and the summary."""
    started, cpu = time.perf_counter(), _child_cpu()
    done = subprocess.run([sys.executable, "-m", "analysis", "ingest", str(path), "--db", str(db)], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    return time.perf_counter() - started, _child_cpu() - cpu, json.loads(done.stdout.strip().splitlines()[-1])


CALL = ("import json, sys, time\nfrom analysis.importers import ingest_files\nstarted = time.perf_counter()\n"
        "summary = ingest_files([sys.argv[1]], sys.argv[2])\n"
        "print(json.dumps({'seconds': time.perf_counter() - started, **summary}))")


def run_import_call(path: Path, db: Path) -> float:
    """Seconds of the ingest_files call alone, in a fresh child process (a fresh store)."""
    done = subprocess.run([sys.executable, "-c", CALL, str(path), str(db)], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])["seconds"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        export, db = Path(tmp) / "crowdtangle.csv", Path(tmp) / "bench.duckdb"
        write_export(export, args.rows)
        size_mb = export.stat().st_size / 1e6
        reference, reference_cpu = reference_scan(export)
        seconds, cpu, summary = run_import(export, db)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        again, again_cpu, second = run_import(export, db)
        call = run_import_call(export, Path(tmp) / "call.duckdb")
        reference_again, reference_cpu_again = reference_scan(export)
    print(json.dumps({"rows": args.rows, "file_mb": round(size_mb, 1), "import_s": round(seconds, 1),
                      "import_call_s": round(call, 1), "reference_again_s": round(reference_again, 1),
                      "call_ratio_to_reference": round(call / min(reference, reference_again), 2),
                      "reference_cpu_s": round(min(reference_cpu, reference_cpu_again), 2),
                      "cpu_ratio_to_reference": round(cpu / min(reference_cpu, reference_cpu_again), 2),
                      "import_cpu_s": round(cpu, 1), "rows_per_s": round(args.rows / seconds),
                      "peak_rss_mb": round(peak_mb), "reference_csv_scan_s": round(reference, 1),
                      "ratio_to_reference": round(seconds / min(reference, reference_again), 2), "reimport_s": round(again, 1),
                      "reimport_cpu_s": round(again_cpu, 1), "summary": summary, "reimport_summary": second}))


if __name__ == "__main__":
    main()
