"""The validation desk's draws on a store too large to load (large-store mode): the rules of
analysis/validation/sampling.py answered by SQL over the store, giving post ids only (the page then reads the one
post it shows by its key).

- every draw leaves out the posts labelled for the field (the labels table), as sampling.unlabelled does;
- random: the n first unlabelled posts in the order of a salted hash of their id, a uniform draw without
  replacement; the salt comes from the desk's queue generator, so a rerun draws the same posts;
- stratified: one pass counting the unlabelled posts of each (platform, language, machine label) cell and keeping
  each cell's n first by that hash (a uniform draw within the cell); the cells then share n as in
  sampling.draw_stratified (cells in a random order, selection.quotas);
- uncertain: a random pool of sampling.UNCERTAIN_POOL unlabelled posts (what the frame path scores too), read with
  their tone score (and their text when a trained model scores them), handed to sampling.draw_uncertain.
With fresh aggregates (`keys`, large-store mode) tone's and participation's labels are read from agg_post_keys, and a
draw of the first n by the hash first reads only the hashes below a bound (_first_by_hash): the same posts.

`query(sql, params)` runs one read-only query and returns a frame (ui.large.store_query, Store.query).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.validation import desk, fields, machine, sampling
from analysis.validation.selection import quotas

UNLABELLED = "p.post_id NOT IN (SELECT post_id FROM labels WHERE field = $field)"
ORDER = "hash(p.post_id || $salt), p.post_id"
HASHES = 2 ** 64         # DuckDB's hash() is a UBIGINT
# field -> its machine label's column in agg_post_keys (coalesced to '' as here); hostility's is kept there as a
# flag only (hostile or not), which cannot tell a post not judged from one judged not hostile
KEYED = {"tone": "label", "participation": "participation"}


def salt(rng: np.random.Generator) -> str:
    """The hash salt of one draw, from the desk's generator (same annotator, field and point: same salt)."""
    return f"desk-{int(rng.integers(2 ** 31))}"


def random_ids(query, field: fields.Field, n: int, key: str) -> list[str]:
    """n unlabelled post ids, uniformly at random (the first n by the salted hash)."""
    rows = _first_by_hash(query, f"SELECT p.post_id FROM posts p WHERE {UNLABELLED} AND hash(p.post_id || $salt) "
                          f"<= $bound ORDER BY {ORDER} LIMIT $n", {"field": field.name, "salt": key, "n": int(n)})
    return rows["post_id"].astype(str).tolist()


def _cell_source(field: fields.Field, keys: bool) -> str:
    """Each post's platform, language and raw machine label: with fresh aggregates, tone's and participation's are
    all in agg_post_keys (no join of 10M posts to their annotations: a third of the time); else the join."""
    if keys and field.name in KEYED:
        return f"(SELECT post_id, platform, lang, {KEYED[field.name]} AS raw FROM agg_post_keys)"
    return ("(SELECT p.post_id, coalesce(p.platform, '') AS platform, coalesce(a.lang, '') AS lang, "
            f"coalesce(a.{field.column}, '') AS raw FROM posts p LEFT JOIN annotations a USING (post_id))")


def cells(query, field: fields.Field, n: int, key: str, keys: bool = False) -> dict[str, tuple[int, list]]:
    """'platform|lang|machine label' -> (unlabelled posts in the cell, its n first (hash, post_id) by the salted
    hash), in one pass; raw annotation values that mean the same label (participation's order) are merged.
    keys: the store's aggregates are fresh (large-store mode), so agg_post_keys may be read."""
    rows = query(
        "SELECT platform, lang, raw, count(*) AS size, "
        "min_by(struct_pack(h := hash(p.post_id || $salt), id := p.post_id), hash(p.post_id || $salt), $n) AS first "
        f"FROM {_cell_source(field, keys)} p WHERE {UNLABELLED} GROUP BY ALL",
        {"field": field.name, "salt": key, "n": int(n)})
    merged: dict[str, tuple[int, list[tuple[int, str]]]] = {}
    for platform, lang, raw, size, first in rows.itertuples(index=False):
        name = "|".join((str(platform), str(lang), fields.machine_label(field, raw)))
        total, kept = merged.get(name, (0, []))
        merged[name] = (total + int(size), sorted(kept + [(int(d["h"]), str(d["id"])) for d in first]))
    return merged


def stratified_ids(query, field: fields.Field, n: int, key: str, rng: np.random.Generator,
                   keys: bool = False) -> list[str]:
    """Equal draws from each cell, a cell too small giving its remainder to the others (sampling.draw_stratified)."""
    found = cells(query, field, n, key, keys)
    names = sorted(found)
    order = rng.permutation(len(names))
    counts = quotas([found[names[i]][0] for i in order], n)
    return [post_id for i, k in zip(order, counts) for _, post_id in found[names[i]][1][:k]]


def uncertain_pool(query, field: fields.Field, key: str, size: int = sampling.UNCERTAIN_POOL,
                   texts: bool = True, keys: bool = False) -> pd.DataFrame:
    """A uniform pool of unlabelled posts (the first `size` by the salted hash) with what draw_uncertain reads:
    text (for a trained model), tone score, machine label. Without texts, tone's pool comes from agg_post_keys
    alone when keys (fresh aggregates)."""
    if keys and not texts and field.name in KEYED:
        sql = (f"SELECT post_id, sentiment, {KEYED[field.name]} AS {field.column} FROM agg_post_keys p "
               f"WHERE {UNLABELLED} AND hash(p.post_id || $salt) <= $bound ORDER BY {ORDER} LIMIT $n")
    else:
        sql = (f"WITH pick AS (SELECT p.post_id, hash(p.post_id || $salt) AS h FROM posts p WHERE {UNLABELLED} "
               f"AND hash(p.post_id || $salt) <= $bound ORDER BY {ORDER} LIMIT $n) "
               f"SELECT pick.post_id, p.text, a.sentiment, a.{field.column} FROM pick JOIN posts p USING (post_id) "
               "LEFT JOIN annotations a USING (post_id) ORDER BY pick.h, pick.post_id")
    return _first_by_hash(query, sql, {"field": field.name, "salt": key, "n": int(size)})


def _first_by_hash(query, sql: str, params: dict) -> pd.DataFrame:
    """The rows of a query keeping the first $n posts by the salted hash under `hash(...) <= $bound`. Ordering
    10M hashes to keep 20,000 takes seconds: first only the hashes below a bound that about three times n posts
    pass; when at least n do, their first n are the first n of all the posts (else the query without bound)."""
    total = int(query("SELECT count(*) AS n FROM posts")["n"].iloc[0])
    bound = HASHES * 3 * params["n"] // max(total, 1)
    if bound < HASHES:
        rows = query(sql, {**params, "bound": bound})
        if len(rows) >= params["n"]:
            return rows
    return query(sql, {**params, "bound": HASHES - 1})


def machine_rows(query, ids, field: fields.Field) -> pd.DataFrame:
    """post_id and the field's annotation column of the posts of ids (all that desk.figures reads of them), read by
    their keys (one placeholder per id: index look-ups, not a pass over every post). The annotations alone: with
    fresh aggregates (large-store mode) every post is annotated, and the posts' own index would double the time."""
    ids = [str(i) for i in ids]
    marks = ", ".join("?" for _ in ids) or "NULL"
    return query(f"SELECT post_id, {field.column} FROM annotations WHERE post_id IN ({marks})", ids)


def draw_batch(query, field: fields.Field, strategy: str, model, rng: np.random.Generator,
               n: int = desk.BATCH, keys: bool = False) -> list[str]:
    """desk.draw_batch on the store: up to n post ids nobody labelled for the field, drawn by the strategy, served
    shuffled (ValueError from `uncertain` when the field has nothing to be uncertain with). keys: as in cells()."""
    sampling.check_strategy(strategy)
    if strategy == "uncertain":
        sampling.check_uncertain(field, model)      # before reading a pool that could not be used
    key = salt(rng)
    if strategy == "random":
        ids = random_ids(query, field, n, key)
    elif strategy == "stratified":
        ids = stratified_ids(query, field, n, key, rng, keys)
    else:
        pool = uncertain_pool(query, field, key, texts=model is not None, keys=keys)
        pool = pool.assign(machine_label=machine.current(pool, field).to_numpy())
        ids = sampling.draw_uncertain(pool, n, rng, field, model)["post_id"].astype(str).tolist() if len(pool) else []
    chosen = np.asarray(ids, dtype=object)
    return chosen[rng.permutation(len(chosen))].tolist()
