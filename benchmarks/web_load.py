"""A load generator for the reading room: N clients, each sending one request after another for
a fixed time over its own keep-alive connection, on asyncio and httpx; and `load`, which
serves an archive as `cablebase serve` does and puts it under that load.

Used by `benchmarks.bench_web`. Latency is what a client
sees (connection queueing included), measured from just before the request is sent to the last
byte of the body. An error is any exception (timeout, refused or reset connection) or any status
other than 200.
"""

from __future__ import annotations

import asyncio
import os
import random
import resource
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from benchmarks.bench_search import percentile


@dataclass
class LoadResult:
    seconds: float
    latencies_ms: dict[str, list[float]] = field(default_factory=dict)
    errors: Counter[str] = field(default_factory=Counter)
    client_cpu_s: float = 0.0

    @property
    def requests(self) -> int:
        return sum(len(v) for v in self.latencies_ms.values()) + sum(self.errors.values())


async def _client(
    base_url: str,
    mix: dict[str, list[str]],
    until: float,
    seed: int,
    result: LoadResult,
) -> None:
    rng = random.Random(seed)
    kinds = sorted(mix)
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=30.0) as client:
        while time.perf_counter() < until:
            kind = rng.choice(kinds)
            path = rng.choice(mix[kind])
            start = time.perf_counter()
            try:
                response = await client.get(path)
                await response.aread()
            except httpx.HTTPError as exc:
                result.errors[f"{kind}: {type(exc).__name__}"] += 1
                continue
            elapsed = (time.perf_counter() - start) * 1000
            if response.status_code != 200:
                result.errors[f"{kind}: HTTP {response.status_code}"] += 1
            else:
                result.latencies_ms.setdefault(kind, []).append(elapsed)


async def _run(
    base_url: str, mix: dict[str, list[str]], clients: int, seconds: float, seed: int
) -> LoadResult:
    result = LoadResult(seconds=seconds)
    until = time.perf_counter() + seconds
    await asyncio.gather(*(_client(base_url, mix, until, seed + n, result) for n in range(clients)))
    return result


def run_load(
    base_url: str,
    mix: dict[str, list[str]],
    *,
    clients: int = 50,
    seconds: float = 60.0,
    seed: int = 1,
) -> LoadResult:
    """`clients` concurrent clients for `seconds`, each picking a kind of request from `mix`
    (equal odds per kind) and then one of that kind's paths. Wall time includes the last
    requests that were still running when the time was up."""
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    start = time.perf_counter()
    result = asyncio.run(_run(base_url, mix, clients, seconds, seed))
    result.seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF)
    result.client_cpu_s = (after.ru_utime + after.ru_stime) - (cpu.ru_utime + cpu.ru_stime)
    return result


def summary(times: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(percentile(times, 0.50), 1),
        "p99_ms": round(percentile(times, 0.99), 1),
        "max_ms": round(max(times), 1),
        "n": len(times),
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _wait_until_up(base: str, server: subprocess.Popen[bytes]) -> None:
    for _ in range(300):
        if server.poll() is not None:
            raise SystemExit(f"the server stopped (exit code {server.returncode})")
        try:
            if httpx.get(base + "/", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit("the server did not answer within 30 s")


def load(db: Path, mix: dict[str, list[str]], clients: int, seconds: float) -> dict[str, Any]:
    """Serve `db` on a free loopback port in a subprocess and run `clients` for `seconds`
    (after 5 s of warm-up) against it."""
    port = free_port()
    # `cablebase serve` minus its first step, which opens the archive for writing to bring
    # its schema and index up to date: the benchmark archive must stay exactly as it is.
    code = f"from cablebase.cli.serving import serve; serve({str(db)!r}, port={port})"
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile() as log:  # a file, not a pipe: a full pipe would stall it
        server = subprocess.Popen([sys.executable, "-c", code], stdout=log, stderr=log)
        try:
            _wait_until_up(base, server)
            run_load(base, mix, clients=clients, seconds=5)
            cpu = cpu_seconds(server.pid)
            result = run_load(base, mix, clients=clients, seconds=seconds)
            cpu = cpu_seconds(server.pid) - cpu
        finally:
            server.terminate()
            server.wait(timeout=30)
            log.seek(0)
            output = log.read().decode(errors="replace")
    every = [ms for times in result.latencies_ms.values() for ms in times]
    return {
        "clients": clients,
        "seconds": round(result.seconds, 1),
        "requests": result.requests,
        "requests_per_s": round(result.requests / result.seconds, 1),
        "all": summary(every),
        "by_kind": {kind: summary(v) for kind, v in sorted(result.latencies_ms.items())},
        "errors": dict(result.errors),
        "client_cpu_s": round(result.client_cpu_s, 1),
        "server_cpu_s": round(cpu, 1),
        "server_output_tail": output[-500:],
    }
