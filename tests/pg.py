"""A private PostgreSQL server for the tests, started from the machine's own binaries.

Set YIYONG_TEST_PG_URL to use a server you run yourself (postgresql://user@host:port/postgres).
Otherwise, where PostgreSQL is installed (Debian: apt-get install postgresql), the suite starts a
throw-away server on a free loopback port and stops it at the end; where it is not, the
PostgreSQL variants of the tests are skipped with that reason.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid

import psycopg2


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _bin_dir() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return os.path.dirname(found[-1])
    initdb = shutil.which("initdb")
    return os.path.dirname(initdb) if initdb else None


class PgServer:
    def __init__(self):
        self.url: str | None = os.environ.get("YIYONG_TEST_PG_URL")
        self.dir: str | None = None
        self.bin: str | None = None
        self.why_not = ""
        self.template: str | None = None

    def start(self) -> None:
        if self.url:
            return
        self.bin = _bin_dir()
        if not self.bin:
            self.why_not = "本机未安装 PostgreSQL（apt-get install postgresql），跳过 PostgreSQL 测试"
            return
        self.dir = tempfile.mkdtemp(prefix="yiyong-pg-")
        as_root = os.geteuid() == 0
        if as_root:
            shutil.chown(self.dir, "postgres")
        port = _free_port()

        def run(*cmd):
            full = (["runuser", "-u", "postgres", "--"] if as_root else []) + list(cmd)
            subprocess.run(full, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

        data = os.path.join(self.dir, "data")
        run(f"{self.bin}/initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8")
        run(f"{self.bin}/pg_ctl", "-D", data, "-o",
            f"-p {port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
            " -c synchronous_commit=off -c max_connections=200", "-w", "-l", os.path.join(self.dir, "log"), "start")
        self.url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
        self._run = run
        self._data = data

    def stop(self) -> None:
        if self.dir and self.bin:
            try:
                self._run(f"{self.bin}/pg_ctl", "-D", self._data, "-m", "immediate", "stop")
            except Exception:
                pass
            shutil.rmtree(self.dir, ignore_errors=True)

    def _admin(self):
        conn = psycopg2.connect(self.url)
        conn.autocommit = True
        return conn

    def base(self) -> str:
        return self.url.rsplit("/", 1)[0]

    def new_database(self, template: str | None = None) -> str:
        name = "t_" + uuid.uuid4().hex[:12]
        conn = self._admin()
        try:
            with conn.cursor() as cur:
                cur.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        finally:
            conn.close()
        return name

    def drop_database(self, name: str) -> None:
        conn = self._admin()
        try:
            with conn.cursor() as cur:
                cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            conn.close()
