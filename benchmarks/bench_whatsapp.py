"""How many synthetic WhatsApp exports (benchmarks/whatsapp_corpus.py) Vigie's parser and whatstk read fully.

    python benchmarks/bench_whatsapp.py [--per-layout 8] [--seed 0]

"Fully": every message comes back with its author, its minute-exact local time and its text, and
(for Vigie) every other line is counted as a system line. whatstk is optional: without it only
Vigie's figure is printed. Last line: JSON summary, with the layouts each parser misses.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import whatsapp_corpus  # noqa: E402

from analysis import importers  # noqa: E402


def _truth(chat) -> list[tuple]:
    return [(when, author, text) for when, author, text in chat.posts]


def vigie_detects(path: Path) -> bool:
    try:
        return importers.detect_format(path) == "whatsapp"
    except importers.ImportFailure:
        return False


def vigie_reads_fully(path: Path, chat) -> bool:
    """The parser alone (format given), so a detection miss is counted apart."""
    try:
        fmt, posts, rejected = importers.read_file(path, fmt="whatsapp")
    except importers.ImportFailure:
        return False
    got = [(p.created_at.tz_convert(None).to_pydatetime(), p.author_name, p.text) for p in posts.itertuples()]
    system = rejected["reason"].str.startswith("system message").sum()
    return fmt == "whatsapp" and got == _truth(chat) and system == len(rejected) == chat.system_lines


def whatstk_reads_fully(path: Path, chat) -> bool:
    """All true messages found in order; extra rows allowed only in place of the file's system lines."""
    from whatstk import df_from_whatsapp
    try:
        frame = df_from_whatsapp(str(path))
    except Exception:  # any failure of the other parser counts as not read (it raises many kinds)
        return False
    # generous to whatstk: the edited-message marker and stray carriage returns are removed first
    rows = [(d.to_pydatetime(), str(u).strip(), str(m).replace(" <This message was edited>", "").replace("\r", ""))
            for d, u, m in zip(frame["date"], frame["username"], frame["message"])]
    wanted, found = iter(_truth(chat)), []
    target = next(wanted, None)
    for row in rows:
        if target is not None and row == target:
            found.append(row)
            target = next(wanted, None)
    return target is None and len(rows) - len(found) <= chat.system_lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-layout", type=int, default=8)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    try:
        import whatstk  # noqa: F401
        have_whatstk = True
    except ImportError:
        have_whatstk = False
    chats = whatsapp_corpus.corpus(args.per_layout, args.seed)
    results = {"vigie": [], "vigie_detection": [], "whatstk": []}
    with tempfile.TemporaryDirectory() as tmp:
        for i, chat in enumerate(chats):
            path = Path(tmp) / f"WhatsApp Chat with Groupe {i}.txt"
            path.write_text(chat.text, encoding="utf-8")
            results["vigie"].append((chat.layout.name, vigie_reads_fully(path, chat)))
            results["vigie_detection"].append((chat.layout.name, vigie_detects(path)))
            if have_whatstk:
                results["whatstk"].append((chat.layout.name, whatstk_reads_fully(path, chat)))
    summary = {"exports": len(chats), "layouts": len(whatsapp_corpus.LAYOUTS)}
    for name, rows in results.items():
        if rows:
            summary[f"{name}_full_pct"] = round(100 * sum(ok for _, ok in rows) / len(rows), 1)
            summary[f"{name}_missed_layouts"] = sorted({layout for layout, ok in rows if not ok})
    print(json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
