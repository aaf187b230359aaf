"""Extraction and reconciliation at scale, on Dask (``pip install 'factcheck[dask]'``).

The unit of work is :func:`extract_batch`: article texts in, plain claim rows out (one dict per
claim, every value a str, int, float, bool or None, so rows go to pandas, Arrow and Parquet).
The spaCy pipeline is built once per worker process, on first use, and cached in a
module-level dict keyed by model name; it is never pickled from the driver (tasks carry only
the model name and the texts).

* :func:`extract_bag`: a ``dask.bag`` of article dicts -> a bag of claim rows;
* :func:`extract_dataframe`: a Dask (or pandas) DataFrame of articles -> a Dask DataFrame of
  claim rows, through ``map_partitions`` with a declared ``meta`` (:data:`CLAIM_META`);
* :func:`reconcile_groups`: claim rows -> finding rows, one ``reconcile`` per event group
  (``groupby(...).apply``);
* :func:`to_parquet`: write claim or finding rows;
* :func:`extract_articles`: what ``factcheck extract --dask ADDRESS|local`` runs; it returns
  the same :class:`~factcheck.types.ArticleClaims` as :func:`factcheck.extract`.

Rows: ``article``, ``id`` (``"<article>:<n>"``, as :func:`factcheck.extract` numbers them),
``kind``, ``value``, ``low``, ``high``, ``qualifier``, ``unit``, ``currency``, ``subject``,
``scope``, ``speaker``, ``quote``, ``start``, ``end``, ``text``, ``superseded``, ``rising``
and, passed on from the article record when it has them, ``source``, ``published`` and
``event``. An article with no claims gives **no row**: the claim table stays one row per
claim, so counts and group sizes are right; join with your article table to find articles
without claims.

The same batch function runs on other engines, since it only needs texts and ids:

* Ray: ``ray.data.read_parquet(...).map_batches(lambda b: pandas.DataFrame(extract_batch(
  list(b["text"]), list(b["id"]))), batch_format="pandas")``;
* Spark: ``df.mapInPandas(lambda it: (pandas.DataFrame(extract_batch(list(p.text),
  list(p.id)), columns=list(CLAIM_META)) for p in it), schema=...)``.

In both the pipeline is again built once per worker process by the module-level cache.

Example:
    >>> rows = extract_batch(["At least 14 people were killed."], ids=["a1"])
    >>> [(r["article"], r["id"], r["kind"], r["low"], r["qualifier"]) for r in rows]
    [('a1', 'a1:0', 'killed', 14, 'at_least')]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

try:
    import dask
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
except ImportError as exc:  # pragma: no cover - exercised without the extra
    raise ImportError(
        "factcheck.scale needs Dask, pandas and pyarrow: pip install 'factcheck[dask]'"
    ) from exc

from factcheck.types import Article, ArticleClaims, Claim

__all__ = [
    "CLAIM_META",
    "FINDING_META",
    "extract_articles",
    "extract_bag",
    "extract_batch",
    "extract_dataframe",
    "reconcile_groups",
    "to_parquet",
]

#: Columns and dtypes of claim rows (the ``meta`` of :func:`extract_dataframe`).
CLAIM_META: dict[str, str] = {
    "article": "string",
    "id": "string",
    "kind": "string",
    "value": "float64",
    "low": "float64",
    "high": "float64",
    "qualifier": "string",
    "unit": "string",
    "currency": "string",
    "subject": "string",
    "scope": "string",
    "speaker": "string",
    "quote": "string",
    "start": "int64",
    "end": "int64",
    "text": "string",
    "superseded": "bool",
    "rising": "bool",
    "source": "string",
    "published": "string",
    "event": "string",
}
#: Columns and dtypes of finding rows (:func:`reconcile_groups`).
FINDING_META: dict[str, str] = {
    "event": "string",
    "rule": "string",
    "type": "string",
    "severity": "string",
    "kind": "string",
    "message": "string",
    "claims": "string",
}
#: Article fields copied onto each of its claim rows.
PASSTHROUGH = ("source", "published", "event")
_ARTICLE_FIELDS = ("id", "text", "source", "url", "published")

#: Pipelines of this process, by model name (built on first use, never pickled).
_PIPELINES: dict[str, Any] = {}


def pipeline(model: str = "blank") -> Any:
    """The cached factcheck pipeline of this process for ``model``.

    Example:
        >>> pipeline("blank") is pipeline("blank")
        True
    """
    nlp = _PIPELINES.get(model)
    if nlp is None:
        import factcheck

        nlp = _PIPELINES[model] = factcheck.load(model)
    return nlp


def _rows(ac: ArticleClaims, extra: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for c in ac.claims:
        row = {"article": c.article}
        row.update(c.to_dict())
        row["superseded"] = c.superseded
        row["rising"] = c.rising
        for k in PASSTHROUGH:
            row[k] = extra.get(k)
        out.append(row)
    return out


def _extract_records(records: Iterable[dict[str, Any]], model: str) -> list[dict[str, Any]]:
    """Claim rows of article dicts (``id``, ``text`` and optional metadata)."""
    import factcheck

    recs = list(records)
    arts = [
        Article(**{k: (str(r[k]) if r.get(k) is not None else None) for k in _ARTICLE_FIELDS})
        if r.get("text") is not None
        else Article(id=str(r["id"]), text="")
        for r in recs
    ]
    out: list[dict[str, Any]] = []
    for r, ac in zip(
        recs, factcheck.extract(arts, nlp=pipeline(model), progress=False), strict=True
    ):
        out.extend(_rows(ac, r))
    return out


def extract_batch(
    texts: Sequence[str], ids: Sequence[Any] | None = None, *, model: str = "blank"
) -> list[dict[str, Any]]:
    """Claim rows of a batch of article texts (the unit of work of every engine).

    Args:
        texts: Article texts.
        ids: Article ids (default: ``"0"``, ``"1"`` ... by position).
        model: Pipeline name for :func:`factcheck.load`, built once per process.

    Returns:
        One dict per claim (see the module docstring), articles in input order.

    Example:
        >>> [r["kind"] for r in extract_batch(["Two died and 5 were hurt."])]
        ['killed', 'wounded']
    """
    ids = [str(i) for i in range(len(texts))] if ids is None else [str(i) for i in ids]
    if len(ids) != len(texts):
        raise ValueError(f"{len(texts)} texts but {len(ids)} ids")
    return _extract_records(({"id": i, "text": t} for i, t in zip(ids, texts, strict=True)), model)


def extract_bag(bag: db.Bag, *, model: str = "blank") -> db.Bag:
    """A bag of article dicts (``id``, ``text``, optional ``source``/``published``/``event``)
    -> a bag of claim rows.

    Example:
        >>> b = db.from_sequence([{"id": "a", "text": "Nine were killed."}], npartitions=1)
        >>> [r["value"] for r in extract_bag(b).compute(scheduler="sync")]
        [9]
    """
    return bag.map_partitions(_extract_records, model=model)


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=list(CLAIM_META))
    return df.astype(CLAIM_META) if len(df) else _empty(CLAIM_META)


def _empty(meta: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame({k: pd.Series(dtype=v) for k, v in meta.items()})


def _extract_partition(part: pd.DataFrame, text: str, id: str, model: str) -> pd.DataFrame:
    cols = {k: k for k in PASSTHROUGH if k in part.columns}
    records = [
        {
            "id": i,
            "text": t,
            **{k: (None if pd.isna(v) else v) for k, v in zip(cols, extra, strict=True)},
        }
        for i, t, *extra in zip(part[id], part[text], *(part[c] for c in cols), strict=True)
    ]
    return _frame(_extract_records(records, model))


def extract_dataframe(
    ddf: Any, *, text: str = "text", id: str = "id", model: str = "blank"
) -> dd.DataFrame:
    """Claim rows of a DataFrame of articles, partition by partition.

    Args:
        ddf: A Dask DataFrame (or a pandas one, made a one-partition Dask DataFrame) with a
            text and an id column; ``source``, ``published`` and ``event`` columns are
            copied onto the rows.
        text: Name of the text column.
        id: Name of the id column.
        model: Pipeline name.

    Returns:
        A lazy Dask DataFrame with the columns and dtypes of :data:`CLAIM_META` (``value``,
        ``low`` and ``high`` as float64, NaN for None).

    Example:
        >>> df = pd.DataFrame({"id": ["a"], "text": ["Over 900 were injured."]})
        >>> extract_dataframe(df).compute(scheduler="sync")[["id", "kind", "low"]].values.tolist()
        [['a:0', 'wounded', 900.0]]
    """
    if isinstance(ddf, pd.DataFrame):
        ddf = dd.from_pandas(ddf, npartitions=1)
    return ddf.map_partitions(
        _extract_partition, text=text, id=id, model=model, meta=_empty(CLAIM_META)
    )


def _num(v: Any) -> float | int | None:
    if v is None or (isinstance(v, float) and v != v):
        return None
    f = float(v)
    return int(f) if f.is_integer() else f


def _reconcile_group(group: pd.DataFrame, by: str) -> pd.DataFrame:
    from factcheck.reconcile import reconcile

    # pandas >= 3 leaves the grouping column out of the group; its name is the key
    key = group[by].iloc[0] if by in group.columns and len(group) else getattr(group, "name", None)
    articles: dict[str, tuple[Article, list[Claim]]] = {}
    for r in group.to_dict("records"):
        aid = str(r["article"])
        if aid not in articles:
            articles[aid] = (
                Article(
                    id=aid,
                    source=r.get("source") if isinstance(r.get("source"), str) else None,
                    published=r.get("published") if isinstance(r.get("published"), str) else None,
                ),
                [],
            )
        fields = {
            k: (None if not isinstance(r.get(k), str) else r[k])
            for k in ("qualifier", "unit", "currency", "subject", "scope", "speaker", "quote")
        }
        articles[aid][1].append(
            Claim(
                id=str(r["id"]),
                article=aid,
                kind=r["kind"],
                value=_num(r.get("value")),
                low=_num(r.get("low")),
                high=_num(r.get("high")),
                start=int(r["start"]),
                end=int(r["end"]),
                text=r.get("text") or "",
                superseded=bool(r.get("superseded", False)),
                rising=bool(r.get("rising", False)),
                **fields,
            )
        )
    acs = [ArticleClaims(a, tuple(cs)) for a, cs in articles.values()]
    rows = [
        {
            "event": key,
            "rule": f.rule,
            "type": f.type,
            "severity": f.severity,
            "kind": f.kind,
            "message": f.message,
            "claims": " ".join(c.id for c in f.claims),
        }
        for f in reconcile(acs)
    ]
    return pd.DataFrame(rows, columns=list(FINDING_META)) if rows else _empty(FINDING_META)


def reconcile_groups(claims: Any, *, by: str = "event") -> Any:
    """Findings of each event group of claim rows (one ``reconcile`` call per group).

    Args:
        claims: Claim rows as a Dask or pandas DataFrame (from :func:`extract_dataframe`),
            with a ``by`` column naming the event of each article.
        by: The grouping column.

    Returns:
        Finding rows (:data:`FINDING_META`; ``claims`` holds the claim ids, space separated),
        lazy when ``claims`` is a Dask DataFrame.

    Example:
        >>> rows = extract_batch(["At least 14 were killed.", "At least 14 were killed."])
        >>> df = pd.DataFrame(rows).assign(event="e1")
        >>> reconcile_groups(df)[["event", "type"]].values.tolist()
        [['e1', 'consistent']]
    """
    if isinstance(claims, pd.DataFrame):
        parts = [_reconcile_group(g, by) for _, g in claims.groupby(by, sort=True)]
        parts = [p for p in parts if len(p)]
        out = pd.concat(parts, ignore_index=True) if parts else _empty(FINDING_META)
        return out.astype(FINDING_META)
    return (
        claims.groupby(by)
        .apply(_reconcile_group, by, meta=_empty(FINDING_META))
        .reset_index(drop=True)
    )


def to_parquet(ddf: Any, path: str, **kwargs: Any) -> None:
    """Write claim or finding rows to a Parquet dataset (a folder of part files).

    Example:
        >>> import tempfile
        >>> df = extract_dataframe(pd.DataFrame({"id": ["a"], "text": ["Five died."]}))
        >>> with tempfile.TemporaryDirectory() as d:
        ...     to_parquet(df, d)
        ...     int(pd.read_parquet(d)["value"].iloc[0])
        5
    """
    if isinstance(ddf, pd.DataFrame):
        ddf = dd.from_pandas(ddf, npartitions=1)
    kwargs.setdefault("write_index", False)
    ddf.to_parquet(path, engine="pyarrow", **kwargs)


def _extract_partition_articles(arts: Iterable[Article], model: str) -> list[ArticleClaims]:
    import factcheck

    return factcheck.extract(list(arts), nlp=pipeline(model), progress=False)


def _model_name(model: str) -> str:
    import factcheck

    return factcheck.model_name(pipeline(model))


def extract_articles(
    articles: Any, *, address: str = "local", model: str = "auto", jobs: int = 2
) -> tuple[list[ArticleClaims], str]:
    """:func:`factcheck.extract` on a Dask cluster; also returns the model name used.

    Args:
        articles: Anything :func:`factcheck.extract` takes (read on the driver).
        address: A scheduler address (``tcp://host:8786``) or ``"local"`` for a
            ``distributed.LocalCluster`` of ``jobs`` single-threaded worker processes.
        model: Pipeline name, loaded once in each worker.
        jobs: Workers of the local cluster.

    Returns:
        ``(article claims in input order, model name)``: the same claims, ids and order as
        the single-process run (unreadable articles keep their error).
    """
    from contextlib import ExitStack

    from distributed import Client, LocalCluster

    from factcheck.io import to_articles

    arts = to_articles(articles)
    todo = [a for a in arts if a.error is None and a.text]
    with ExitStack() as stack:
        if address == "local":
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=jobs,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",
                )
            )
            client = stack.enter_context(Client(cluster))
        else:
            client = stack.enter_context(Client(address))
        workers = max(1, len(client.nthreads()))
        name = client.submit(_model_name, model, pure=False).result()
        done: dict[str, ArticleClaims] = {}
        if todo:
            parts = min(len(todo), workers * 4)
            bag = db.from_sequence(todo, npartitions=parts)
            with dask.config.set(scheduler=client):
                results = bag.map_partitions(_extract_partition_articles, model=model).compute()
            done = {id(a): ac for a, ac in zip(todo, results, strict=True)}  # type: ignore[misc]
    return [done.get(id(a)) or ArticleClaims(a, ()) for a in arts], name
