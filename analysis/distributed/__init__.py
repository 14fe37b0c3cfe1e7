"""Distributed: the annotate stage over Parquet partitions on dask.distributed, and stores split into partitions.

`partitions` writes a store as Parquet partitions with DuckDB (export --partition-by day; the engine's
staging), `tasks` is what a worker runs on one partition or bucket, `clusters` the copy-paste groups
computed across partitions (shuffled by LSH band key, linked per bucket, bursts per cluster) so they
are the groups coordination.find_groups gives on the whole corpus, `engine` drives it all from the
client, which alone writes the store.

Offers: annotate_store_dask(db, workers, scheduler) -> summary; export_partitioned(db, out, partition_by).
"""
from analysis.distributed.engine import annotate_store_dask
from analysis.distributed.partitions import export_partitioned

__all__ = ["annotate_store_dask", "export_partitioned"]
