"""Accounts: hashes, roles, the limit on failed logins, session expiry, the audit trail, the users command."""
import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from analysis import accounts
from analysis.accounts import LoginRefused

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2020, 3, 29, 12, 0, tzinfo=timezone.utc)


def test_a_hash_verifies_its_password_only():
    stored = accounts.hash_password("motdepasse-ceni")
    assert stored.startswith("$argon2id$") and "motdepasse" not in stored
    assert accounts.verify_password(stored, "motdepasse-ceni")
    assert not accounts.verify_password(stored, "motdepasse-cenI")
    assert not accounts.verify_password("not a hash", "motdepasse-ceni")


def test_two_hashes_of_one_password_differ_by_their_salt():
    assert accounts.hash_password("abcdefgh") != accounts.hash_password("abcdefgh")


def test_a_short_password_is_refused():
    with pytest.raises(ValueError, match="too short"):
        accounts.hash_password("court")


@pytest.mark.parametrize("role, action, expected", [
    ("viewer", "read", True), ("viewer", "report", True), ("viewer", "import", False),
    ("viewer", "validate", False), ("viewer", "export_personal", False), ("analyst", "validate", True),
    ("analyst", "alerts", True), ("analyst", "import", False), ("analyst", "retrain", False),
    ("admin", "import", True), ("admin", "validate", True), ("admin", "audit", True),
    ("admin", "no-such-action", False), (None, "read", False), ("root", "read", False)])
def test_roles_table(role, action, expected):
    assert accounts.allowed(role, action) is expected


def test_pages_of_the_analysts_are_closed_to_viewers():
    assert not accounts.page_allowed("viewer", "10_Validation.py")
    assert accounts.page_allowed("analyst", "13_Alertes.py")
    assert accounts.page_allowed("viewer", "1_Vue_d_ensemble.py")


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "vigie.duckdb"
    accounts.add_user(path, "awa", "analyst", "bon-mot-de-passe")
    return path


def test_authenticate_gives_the_role_and_never_says_which_part_was_wrong(db):
    assert accounts.authenticate(db, "awa", "bon-mot-de-passe", NOW) == {"name": "awa", "role": "analyst"}
    for name, password in (("awa", "mauvais-mot"), ("personne", "bon-mot-de-passe")):
        with pytest.raises(LoginRefused, match="wrong"):
            accounts.authenticate(db, name, password, NOW)


def test_failed_logins_lock_the_account_then_the_lock_expires(db):
    for i in range(accounts.MAX_FAILURES):
        with pytest.raises(LoginRefused, match="wrong"):
            accounts.authenticate(db, "awa", f"essai-{i}", NOW)
    with pytest.raises(LoginRefused, match="locked"):  # even the right password is refused now
        accounts.authenticate(db, "awa", "bon-mot-de-passe", NOW + timedelta(minutes=1))
    later = NOW + timedelta(minutes=accounts.LOCKOUT_MINUTES + 1)
    assert accounts.authenticate(db, "awa", "bon-mot-de-passe", later)["role"] == "analyst"


def test_a_success_clears_earlier_failures(db):
    for i in range(accounts.MAX_FAILURES - 1):
        with pytest.raises(LoginRefused):
            accounts.authenticate(db, "awa", f"essai-{i}", NOW)
    accounts.authenticate(db, "awa", "bon-mot-de-passe", NOW)
    with pytest.raises(LoginRefused, match="wrong"):
        accounts.authenticate(db, "awa", "encore-faux", NOW)
    assert accounts.authenticate(db, "awa", "bon-mot-de-passe", NOW)["name"] == "awa"


@pytest.mark.parametrize("idle, expired", [(29, False), (31, True)])
def test_session_expiry_after_inactivity(idle, expired):
    assert accounts.session_expired(NOW, NOW + timedelta(minutes=idle), 30) is expired


def test_the_audit_trail_says_who_did_what(db):
    accounts.authenticate(db, "awa", "bon-mot-de-passe", NOW)
    accounts.record(db, "awa", "export", "posts CSV")
    trail = accounts.audit(db)
    rows = list(zip(trail["user_name"], trail["action"], trail["detail"]))
    assert ("awa", "export", "posts CSV") in rows and ("awa", "login", "ok") in rows
    assert ("(command line)", "users", "add awa (analyst)") in rows
    with pytest.raises(ValueError, match="unknown audit action"):
        accounts.record(db, "awa", "dance", "")


def test_the_accounts_live_beside_the_store_not_in_it(db):
    assert accounts.accounts_path(db) == db.with_name("vigie.accounts.duckdb")
    assert accounts.accounts_path(db).exists() and not db.exists()


def _cli(*args, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", *args], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_users_command_adds_lists_and_removes(tmp_path):
    db = str(tmp_path / "v.duckdb")
    added = _cli("users", "add", "moussa", "--role", "admin", "--db", db, stdin="secret-admin\n")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout.strip().splitlines()[-1])["role"] == "admin"
    assert "secret-admin" not in added.stdout + added.stderr
    listed = json.loads(_cli("users", "list", "--db", db).stdout.strip().splitlines()[-1])
    assert listed == {"users": [{"name": "moussa", "role": "admin"}]}
    assert accounts.authenticate(db, "moussa", "secret-admin")["role"] == "admin"
    assert json.loads(_cli("users", "remove", "moussa", "--db", db).stdout.splitlines()[-1]) == {"removed": "moussa"}
    gone = _cli("users", "remove", "moussa", "--db", db)
    assert gone.returncode == 1 and gone.stderr.strip() == "error: no user named 'moussa'"


def test_users_add_without_a_password_fails_cleanly(tmp_path):
    result = _cli("users", "add", "x", "--role", "viewer", "--db", str(tmp_path / "v.duckdb"))
    assert result.returncode == 1 and result.stderr.strip() == "error: no password on standard input"
