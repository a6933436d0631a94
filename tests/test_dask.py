"""Scale-out: the ingest flow's parse tasks run on a real (local, two-worker) Dask cluster through
prefect-dask; loading stays in the flow's process."""

from __future__ import annotations

import shutil
from pathlib import Path

import dask
import pytest
from distributed import Client, LocalCluster, get_task_stream

from flows.ingest import ScaleOutError, ingest_flow
from pipeline import store

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
NAMES = ["cepn-quarterly-meeting-2019-06-20.pdf", "kpnn-kratie-online-consultation-2020-09-03.pdf",
         "ptfa-agm-2021-03-06-minutes.pdf", "colossus_toastmasters_2018-07-31_minutes.pdf"]


def _cluster(daemon: bool) -> LocalCluster:
    # Worker processes under a nanny are daemonic unless told otherwise; daemonic processes may
    # not start children, so the per-document child process (time and memory limits) needs False.
    with dask.config.set({"distributed.worker.daemon": daemon}):
        return LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                            dashboard_address=None, silence_logs=50)


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(SAMPLES / name, folder / name)
    return folder


@pytest.mark.parametrize("daemon", [False, True], ids=["isolated-children", "daemonic-workers"])
def test_parse_tasks_run_on_a_two_worker_dask_cluster(prefect_harness, corpus, tmp_path, daemon) -> None:
    db = tmp_path / "m.duckdb"
    with _cluster(daemon) as cluster, Client(cluster) as client:
        workers = set(client.scheduler_info()["workers"])
        assert len(workers) == 2
        with get_task_stream(client) as stream:  # what the cluster's workers ran
            summary = ingest_flow(paths=[str(corpus)], db=str(db), dask_address=cluster.scheduler_address)
    assert (summary.loaded, summary.failed) == (len(NAMES), 0), summary.failures
    ran = [task for task in stream.data if "parse_document" in str(task["key"])]
    assert len(ran) == len(NAMES)
    assert {task["worker"] for task in ran} <= workers
    with store.connect(db) as con:
        assert store.table_counts(con)["documents"] == len(NAMES)
        assert con.execute("SELECT count(*) FROM sections").fetchone()[0] > len(NAMES)


def test_dask_needs_a_prefect_server_the_workers_can_reach(tmp_path, monkeypatch) -> None:
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        with pytest.raises(ScaleOutError, match="PREFECT_API_URL"):
            ingest_flow.fn(paths=[str(tmp_path)], db=str(tmp_path / "m.duckdb"), dask_address="tcp://127.0.0.1:1")
