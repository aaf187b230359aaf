"""factcheck.scale on a real local Dask cluster: the same claims as one process."""

from __future__ import annotations

import importlib
import json
import sys

import pytest

from tests.conftest import SEEDS

TEXTS = [
    ("t1", "At least 14 civilians were killed and 97 wounded in Kyiv, officials said."),
    ("t2", '"It is insane," said Sergiy Kyslytsya. Russia fired 75 missiles; 41 were shot down.'),
    ("t3", "Nothing here counts anything."),
    ("t4", "Over $15 billion in military aid. Dozens of drones were launched."),
    ("t5", "The death toll rose to 288, up from 261, according to railway officials."),
]


def _deps():
    for mod in ("dask", "distributed", "pandas", "pyarrow"):
        pytest.importorskip(mod)


@pytest.fixture(scope="module")
def client():
    _deps()
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def records():
    recs = [
        {"id": i, "text": t, "event": "e1" if k < 3 else "e2"} for k, (i, t) in enumerate(TEXTS)
    ]
    for path in sorted(SEEDS.glob("*.txt")):
        recs.append({"id": path.stem, "text": path.read_text(encoding="utf-8"), "event": "seeds"})
    return recs


def _expected(records, nlp):
    import factcheck

    out = []
    arts = [{"id": r["id"], "text": r["text"]} for r in records]
    for r, ac in zip(records, factcheck.extract(arts, nlp=nlp), strict=True):
        for c in ac.claims:
            row = {"article": c.article, **c.to_dict(), "superseded": c.superseded}
            row["rising"] = c.rising
            row.update(source=None, published=None, event=r.get("event"))
            out.append(row)
    return out


def test_import_error_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.delitem(sys.modules, "factcheck.scale", raising=False)
    with pytest.raises(ImportError, match=r"pip install 'factcheck\[dask\]'"):
        importlib.import_module("factcheck.scale")


def test_extract_batch_rows(nlp):
    _deps()
    from factcheck.scale import extract_batch

    rows = extract_batch([t for _, t in TEXTS], [i for i, _ in TEXTS])
    exp = _expected([{"id": i, "text": t} for i, t in TEXTS], nlp)
    for r in exp:
        r["event"] = None
    assert rows == exp
    assert not any(r["article"] == "t3" for r in rows)  # no claims: no row
    with pytest.raises(ValueError):
        extract_batch(["a"], ["x", "y"])


def test_extract_bag_on_cluster_is_single_process(client, records, nlp):
    import dask.bag as db

    from factcheck.scale import extract_bag

    bag = db.from_sequence(records, npartitions=4)
    rows = extract_bag(bag).compute()
    assert rows == _expected(records, nlp)
    # the pipeline was built in the workers (cached by name), not shipped from here
    cached = client.run(lambda: sorted(importlib.import_module("factcheck.scale")._PIPELINES))
    assert any(v == ["blank"] for v in cached.values())


def test_extract_dataframe_and_parquet(client, records, nlp, tmp_path):
    import dask.dataframe as dd
    import pandas as pd

    from factcheck.scale import CLAIM_META, extract_dataframe, to_parquet

    ddf = dd.from_pandas(pd.DataFrame(records), npartitions=3)
    out = extract_dataframe(ddf)
    assert list(out.columns) == list(CLAIM_META)
    got = out.compute()
    exp = pd.DataFrame(_expected(records, nlp), columns=list(CLAIM_META)).astype(CLAIM_META)
    pd.testing.assert_frame_equal(got.reset_index(drop=True), exp, check_dtype=True)
    to_parquet(out, str(tmp_path / "claims"))
    back = pd.read_parquet(tmp_path / "claims")
    assert back["id"].tolist() == exp["id"].tolist()


def test_reconcile_groups_per_event(client, records, nlp):
    import dask.dataframe as dd
    import pandas as pd

    import factcheck
    from factcheck.reconcile import reconcile
    from factcheck.scale import extract_dataframe, reconcile_groups

    claims = extract_dataframe(dd.from_pandas(pd.DataFrame(records), npartitions=2))
    got = reconcile_groups(claims).compute()
    got_local = reconcile_groups(claims.compute())
    exp = []
    for event in ("e1", "e2", "seeds"):
        recs = [{"id": r["id"], "text": r["text"]} for r in records if r["event"] == event]
        acs = [ac for ac in factcheck.extract(recs, nlp=nlp) if ac.claims]
        exp += [(event, f.rule, f.type, " ".join(c.id for c in f.claims)) for f in reconcile(acs)]

    def key(df):
        return sorted(zip(df["event"], df["rule"], df["type"], df["claims"], strict=True))

    assert key(got) == key(got_local) == sorted(exp)
    assert exp  # the seeds disagree on the wounded


def test_cli_dask_local_matches_single_process():
    _deps()
    from typer.testing import CliRunner

    from factcheck.cli import app

    runner = CliRunner()
    args = ["extract", "--model", "blank", "--format", "json", str(SEEDS)]
    one = runner.invoke(app, args)
    two = runner.invoke(app, [*args[:1], "--dask", "local", "--jobs", "2", *args[1:]])
    assert one.exit_code == two.exit_code == 0, two.output
    assert json.loads(two.stdout) == json.loads(one.stdout)
    assert two.stdout == one.stdout
