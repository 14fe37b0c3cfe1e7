"""Peak memory and time of streaming a large Telegram export (result.json) through the importer.

    python benchmarks/bench_stream.py [--mb 500] [--sizes 100,500] [--keep]

Writes a synthetic single-channel export of about MB megabytes in a temporary folder, then, each in a
fresh process so that peak memory is its own: (1) a bare ijson pass over the messages (reference),
(2) the Telegram reader alone (all batches, nothing stored), (3) a full `ingest_files` into a new
DuckDB store. Prints one JSON line per size: peak RSS of each process in MB, seconds, and time ratios
against the reference pass of the same run.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = ("élection vote bureau Bamako Kayes Ségou Mopti Gao URD RPM ADEMA participation résultats campagne "
         "candidat fraude calme dépouillement commission Tombouctou Kidal Sikasso jeunes femmes").split()


def _message(n: int, rng: random.Random) -> dict:
    text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 40)))
    base = {"id": n, "type": "message", "date": "2020-03-29T10:00:00", "date_unixtime": str(1585476000 + n),
            "from": "Actu Mali 2020", "from_id": "channel1234567890"}
    if n % 50 == 0:
        return {**base, "type": "service", "action": "pin_message", "text": ""}
    if n % 3 == 0:
        return {**base, "text": ["Le ", {"type": "bold", "text": "RPM"}, " " + text],
                "text_entities": [{"type": "plain", "text": "Le "}, {"type": "bold", "text": "RPM"}]}
    return {**base, "text": text, "text_entities": [{"type": "plain", "text": text}]}


def write_export(path: Path, megabytes: float, seed: int = 0) -> int:
    """A Telegram Desktop single-chat export of about `megabytes`, written in pieces; returns messages."""
    rng, target, n = random.Random(seed), int(megabytes * 1_000_000), 0
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('{\n "name": "Actu Mali 2020",\n "type": "public_channel",\n "id": 1234567890,\n "messages": [\n')
        while fh.tell() < target:
            n += 1
            piece = ",\n".join(json.dumps(_message(n + i, rng), ensure_ascii=False, indent=1) for i in range(1000))
            fh.write(("" if n == 1 else ",\n") + piece)
            n += 999
        fh.write("\n ]\n}\n")
    return n


def child(mode: str, path: Path, db: Path) -> dict:
    started, rows = time.perf_counter(), 0
    if mode == "reference":
        import ijson
        with open(path, "rb") as fh:
            rows = sum(1 for _ in ijson.items(fh, "messages.item"))
    elif mode == "reader":
        from analysis.importers.reading import open_export
        for batch in open_export(path).batches():
            rows += batch.read
    else:
        from analysis.importers import ingest_files
        rows = ingest_files([path], db)["read"]
    return {"rows": rows, "seconds": round(time.perf_counter() - started, 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def run_child(mode: str, path: Path, db: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", mode, str(path), str(db)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(megabytes: float, folder: Path) -> dict:
    path, db = folder / f"result_{int(megabytes)}mb.json", folder / f"bench_{int(megabytes)}.duckdb"
    messages = write_export(path, megabytes)
    results = {mode: run_child(mode, path, db) for mode in ("reference", "reader", "ingest")}
    ref = max(results["reference"]["seconds"], 0.01)
    return {"file_mb": round(path.stat().st_size / 1e6, 1), "messages": messages, **results,
            "reader_time_ratio": round(results["reader"]["seconds"] / ref, 2),
            "ingest_time_ratio": round(results["ingest"]["seconds"] / ref, 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=500)
    parser.add_argument("--sizes", default=None, help="comma-separated sizes in MB, to see how memory scales")
    parser.add_argument("--child", nargs=3, metavar=("MODE", "FILE", "DB"))
    args = parser.parse_args()
    if args.child:
        mode, path, db = args.child
        print(json.dumps(child(mode, Path(path), Path(db))))
        return
    sizes = [float(s) for s in args.sizes.split(",")] if args.sizes else [args.mb]
    with tempfile.TemporaryDirectory(prefix="vigie_stream_") as folder:
        for megabytes in sizes:
            print(json.dumps(measure(megabytes, Path(folder))), flush=True)
            for leftover in Path(folder).iterdir():
                leftover.unlink()


if __name__ == "__main__":
    main()
