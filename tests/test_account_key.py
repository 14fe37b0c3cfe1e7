"""One account key: the author's party, the author's region and the pseudonyms match accounts the same way."""
import pandas as pd

from analysis.annotate import parties, regions
from analysis.text import account_key, account_keys
from analysis.privacy import display_authors

ACTORS = pd.DataFrame({"account": ["@URD_Mali", "rpm officiel "], "name": ["URD", "RPM"], "party": ["URD", "RPM"],
                       "region": ["Gao", "Kayes"]})
POSTS = pd.DataFrame({"author_id": ["urd_mali", "RPM officiel", "citoyen42", None],
                      "author_name": ["URD Mali", "RPM", "Awa Traoré", "x"]})


def test_account_key():
    assert account_key("  @URD_Mali ") == "urd_mali" == account_key("urd_mali")
    assert account_key(None) == "" and account_key(float("nan")) == ""
    assert list(account_keys(pd.Series(["@A", "a", None]))) == ["a", "a", ""]


def test_an_account_differing_in_case_gets_its_party_region_and_name():
    assert list(parties.author_party(POSTS, ACTORS)) == ["URD", "RPM", "", ""]
    assert list(regions.author_places(POSTS, ACTORS))[:3] == ["Gao|Gao", "Kayes|Kayes", ""]
    shown = display_authors(POSTS.iloc[:3], set(ACTORS["account"]), salt="s")
    assert list(shown[:2]) == ["URD Mali", "RPM"]
    assert shown[2].startswith("Compte-") and "Awa" not in shown[2]


def test_pseudonyms_stay_stable_per_account():
    frame = pd.DataFrame({"author_id": ["p1", "p2", "p1"], "author_name": ["A", "B", "A"]})
    shown = display_authors(frame, set(), salt="s")
    assert shown[0] == shown[2] != shown[1]
    assert display_authors(frame, set(), salt="t")[0] != shown[0]
