"""The command line: python -m analysis <command>. Errors are one line on stderr with a non-zero exit."""
from __future__ import annotations

import argparse
import json
import sys



def _families() -> tuple:
    """The command families; importing them imports every analyser, so a broken one shows here."""
    from analysis.commands import annotating, data, report, users, validation, warnings
    return data, annotating, warnings, validation, users, report


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description="Vigie: election discourse analysis")
    sub = parser.add_subparsers(dest="command", required=True)
    for family in _families():
        family.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        parser = _parser()
    except Exception as exc:  # a module of Vigie's own that fails to import: one line naming it, non-zero exit
        print(f"error: Vigie cannot start: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    args = parser.parse_args(argv)
    try:
        result = args.run(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except (OSError, ValueError, RuntimeError, ImportError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # an analyser's own fault: still one line naming it, never a traceback
        print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(result, ensure_ascii=False, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
