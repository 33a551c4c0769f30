"""The embedding cache: vectors by (model key, sentence text hash), read before encoding."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import WarehouseError
from .connection import connect, insert_arrow, vector_rows, vectors
from .schema import schema_info


def cached_embeddings(
    db_path: Path, model: str, hashes: Sequence[str], wait_seconds: float, key: str | None = None
) -> dict[str, np.ndarray]:
    """Embeddings already in the warehouse for these (model, text hash) keys.

    `key` is the cache's model key (embed.cache_key: the model label, plus the backend for a
    backend other than torch); it defaults to the model label.
    """
    import pyarrow as pa

    if not Path(db_path).exists() or not hashes:
        return {}
    with connect(db_path, read_only=True, wait_seconds=wait_seconds) as con:
        if schema_info(con).get("model") != model:
            return {}
        keys = pa.table({"text_hash": pa.array(sorted(set(hashes)), pa.string())})
        con.register("wanted", keys)
        tbl = con.sql(
            "SELECT c.text_hash, c.embedding FROM embedding_cache c JOIN wanted w USING (text_hash) WHERE c.model = ?",
            params=[key or model],
        ).to_arrow_table()
    if tbl.num_rows == 0:
        return {}
    return dict(zip(tbl.column("text_hash").to_pylist(), vector_rows(tbl, "embedding")))


def insert_cache(con: Any, model: str, new_cache: dict[str, np.ndarray]) -> None:
    """Add new vectors under a model key; a (model, text hash) already cached is kept. The caller
    holds the transaction."""
    import pyarrow as pa

    if not new_cache:
        return
    hashes = list(new_cache)
    tbl = pa.table(
        {
            "model": pa.array([model] * len(hashes), pa.string()),
            "text_hash": pa.array(hashes, pa.string()),
            "embedding": vectors(np.stack([new_cache[h] for h in hashes])),
        }
    )
    insert_arrow(con, "embedding_cache", tbl, "ON CONFLICT (model, text_hash) DO NOTHING")


def stored_dimension(db_path: Path) -> int | None:
    """The embedding size of an existing warehouse, without waiting for its lock."""
    if not Path(db_path).exists():
        return None
    try:
        with connect(db_path, read_only=True, wait_seconds=0) as con:
            dim = schema_info(con).get("dim")
    except WarehouseError:
        return None
    return int(dim) if dim else None
