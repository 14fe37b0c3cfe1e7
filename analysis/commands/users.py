"""users: the accounts of a shared dashboard (add reads the password from standard input, never an argument)."""
from __future__ import annotations

import getpass
import sys

from analysis import accounts
from analysis.accounts import ROLES
from analysis.commands.common import add_db


def register(sub) -> None:
    p = sub.add_parser("users", help="accounts of the shared dashboard (VIGIE_AUTH=1, make serve)")
    family = p.add_subparsers(dest="users_command", required=True)
    add = family.add_parser("add", help="add a user, or change their role and password (password on stdin)")
    add.add_argument("name")
    add.add_argument("--role", choices=ROLES, required=True)
    add_db(add)
    add.set_defaults(run=run_add)
    listing = family.add_parser("list", help="list the users")
    add_db(listing)
    listing.set_defaults(run=run_list)
    remove = family.add_parser("remove", help="remove a user")
    remove.add_argument("name")
    add_db(remove)
    remove.set_defaults(run=run_remove)


def read_password(stream=None) -> str:
    """One line from standard input (typed without echo when it is a terminal)."""
    stream = stream or sys.stdin
    password = getpass.getpass("password: ") if stream.isatty() else stream.readline()
    password = password.rstrip("\r\n")
    if not password:
        raise ValueError("no password on standard input")
    return password


def run_add(args) -> dict:
    return {**accounts.add_user(args.db, args.name, args.role, read_password()),
            "accounts": str(accounts.accounts_path(args.db))}


def run_list(args) -> dict:
    frame = accounts.users(args.db)
    for row in frame.itertuples():
        print(f"{row.name}\t{row.role}")
    return {"users": [{"name": r.name, "role": r.role} for r in frame.itertuples()]}


def run_remove(args) -> dict:
    return accounts.remove_user(args.db, args.name)
