"""The demo store opened once per module, and its posts frame: the reference the aggregate queries are checked against."""
import pytest

from analysis.store import Store


@pytest.fixture(scope="module")
def store(demo_db):
    with Store(demo_db, read_only=True) as opened:
        yield opened


@pytest.fixture(scope="module")
def frame(store):
    return store.load()
