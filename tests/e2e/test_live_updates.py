"""Live updates (issue 13, item 4): a laptop online learns of a change in its scope without
polling, through real `casemgr-server serve` processes on 127.0.0.1 and real workspaces.

No sleeps: news is awaited on an event the watcher sets, bounded well below the wait's own
length, so an answer that came only because the wait ran out would fail the test."""

from __future__ import annotations

import threading
from pathlib import Path

import requests
from prometheus_client.parser import text_string_to_metric_families

from casemgr.app.casework import Casework
from casemgr.sync import protocol
from casemgr.sync.account import first_login
from casemgr.sync.engine import SyncEngine
from casemgr.sync.live import LiveWatch, wait_for_news
from casemgr.sync.transport import Transport
from tests.support.fault_proxy import Fault, FaultProxy
from tests.support.live_server import DEMO_PASSWORD, LiveServer, demo_settings
from tests.support.records import CASE, CHILD, FAMILY
from tests.support.workspaces import FAST_KDF

NEWS_WITHIN_S = 10  # far less than a wait lasts (25 s): news, not a wait that ran out


class Laptop:
    def __init__(self, root: Path, url: str, user: str) -> None:
        self.ws, self.transport = first_login(root / user, url, user, DEMO_PASSWORD,
                                              kdf=FAST_KDF)
        self.cursor = self.sync().cursor

    def sync(self):
        summary = SyncEngine(self.ws, self.transport).sync()
        self.cursor = summary.cursor
        return summary

    def register(self, name: str) -> str:
        case_id: str = Casework(self.ws).register_family({**FAMILY, "name": name}, [CHILD],
                                                         CASE).value
        return case_id

    def watch(self, news: threading.Event, **options) -> LiveWatch:
        watch = LiveWatch(self.transport, cursor=lambda: self.cursor, on_news=news.set,
                          **options)
        watch.start()
        return watch

    def close(self) -> None:
        self.ws.close()


def test_a_supervisor_online_learns_of_a_new_case_of_the_team_without_polling(
        live_server, tmp_path):
    sam = Laptop(tmp_path, live_server.url, "sam")
    amina = Laptop(tmp_path, live_server.url, "amina")
    brian = Laptop(tmp_path, live_server.url, "brian")
    news = threading.Event()
    watch = sam.watch(news)
    try:
        case_id = amina.register("Livewire")
        amina.sync()
        assert news.wait(NEWS_WITHIN_S), "sam's laptop was not told of amina's new case"
        sam.sync()  # the ordinary pull that follows
        assert sam.ws.store.get(case_id) is not None
        # brian, of the same team but not on the case, is not woken by it.
        quiet = wait_for_news(brian.transport, brian.cursor, wait_s=2)
        assert not quiet.changed and quiet.cursor >= brian.cursor
    finally:
        watch.stop()
        for laptop in (sam, amina, brian):
            laptop.close()


def test_news_crosses_server_processes_on_one_database(tmp_path):
    """The laptop waits on one server process; the change is pushed to another, as behind
    a load balancer: the state is in the database, not in a process."""
    settings = demo_settings(tmp_path / "server")
    first, second = LiveServer(settings), LiveServer(settings)
    try:
        sam = Laptop(tmp_path, first.url, "sam")
        amina = Laptop(tmp_path, second.url, "amina")
        news = threading.Event()
        watch = sam.watch(news)
        try:
            amina.register("Crossover")
            amina.sync()
            assert news.wait(NEWS_WITHIN_S), "a push to the other process woke nobody"
        finally:
            watch.stop()
            sam.close()
            amina.close()
    finally:
        first.stop()
        second.stop()


def test_a_dropped_wait_is_made_again_and_news_still_arrives(live_server, tmp_path):
    """A proxy cuts the waiting connection (as idle-timeout proxies do): the watcher waits
    again after a backoff (here the shortest) and the news reaches it."""
    with FaultProxy(live_server.url) as proxy:
        sam = Laptop(tmp_path, proxy.url, "sam")
        amina = Laptop(tmp_path, live_server.url, "amina")
        proxy.inject(Fault.DROP_BEFORE, times=2, path="/api/v1/sync/wait")
        news = threading.Event()
        watch = sam.watch(news, backoff_s=0.01, jitter=lambda: 1.0)
        try:
            amina.register("Reconnect")
            amina.sync()
            assert news.wait(NEWS_WITHIN_S)
            assert len(proxy.faults_applied(Fault.DROP_BEFORE)) == 2
        finally:
            watch.stop()
            sam.close()
            amina.close()


def waiting_on(url: str) -> int:
    """How many devices the server process says are waiting (its /metrics)."""
    for family in text_string_to_metric_families(requests.get(f"{url}/metrics",
                                                              timeout=10).text):
        if family.name == "casemgr_live_waiters":
            return int(family.samples[0].value)
    raise AssertionError("no casemgr_live_waiters in /metrics")


def test_past_its_waiters_a_server_says_when_to_come_back(tmp_path):
    settings = demo_settings(tmp_path / "server")
    server = LiveServer(settings, env={"CASEMGR_SERVER_LIVE_MAX_WAITERS": "1"})
    try:
        sam = Laptop(tmp_path, server.url, "sam")
        brian = Laptop(tmp_path, server.url, "brian")

        def hold() -> None:  # sam's wait takes the one place (nothing happens for 3 s)
            wait_for_news(sam.transport, sam.cursor, 3)

        holder = threading.Thread(target=hold, daemon=True)
        holder.start()
        while waiting_on(server.url) == 0:  # until the server counts sam's wait
            assert holder.is_alive(), "sam's wait ended before it was counted"
        answer = requests.get(f"{server.url}/api/v1/sync/wait",
                              headers=brian.transport._headers(auth=True),
                              params={"cursor": brian.cursor, "wait_s": 1}, timeout=30)
        assert answer.status_code == 503
        assert answer.json()["error"] == "busy"
        assert 5 <= int(answer.headers["Retry-After"]) <= 15
        holder.join(timeout=30)
        assert waiting_on(server.url) == 0
        sam.close()
        brian.close()
    finally:
        server.stop()


def test_an_empty_scope_answers_nothing_when_the_wait_runs_out(live_server, tmp_path):
    sam = Laptop(tmp_path, live_server.url, "sam")
    try:
        answer = wait_for_news(sam.transport, sam.cursor, wait_s=1)
        assert answer == protocol.WaitResponse(changed=False, cursor=sam.cursor)
        # A cursor behind what the laptop holds is news at once.
        assert wait_for_news(sam.transport, 0, wait_s=20).changed
    finally:
        sam.close()


def test_a_laptop_that_is_not_signed_in_is_refused(live_server):
    transport = Transport(live_server.url, "0190a1b2-0000-7000-8000-00000000abcd", retries=0)
    answer = requests.get(f"{live_server.url}/api/v1/sync/wait",
                          headers=transport._headers(auth=True), params={"cursor": 0},
                          timeout=30)
    assert answer.status_code == 401
