"""Benchmark: bursts of concurrent inbound POSTs against Daphne alone (no workers running).

Every turn starts with this request, and a burst of them lands on one Daphne process, so its
CPU per request bounds how fast a burst of customer messages is stored. Prints, per burst of
--burst requests: wall time, Daphne's CPU ms per request, p50/p95 request time.

    .venv/bin/python scripts/bench_inbound.py --burst 100 --repeat 5
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_turns import bench_env, client_session, percentile, prepare  # noqa: E402

from copilot.launcher.__main__ import services  # noqa: E402
from copilot.launcher.services import free_port, wait_for_port  # noqa: E402

WARM = 10  # requests before each measured burst: the client's and Daphne's pools fill


async def burst(base: str, cases: list[dict], daphne: psutil.Process) -> tuple[float, float, list[float]]:
    async with client_session(base, len(cases)) as client:

        async def one(case: dict) -> float:
            started = time.perf_counter()
            async with client.post(
                "/api/inbound/messages",
                headers={"Authorization": "Bearer bench-token"},
                json={"rider_id": case["rider_id"], "case_id": case["case_id"], "text": "A long detour."},
            ) as response:
                response.raise_for_status()
                await response.read()
            return time.perf_counter() - started

        await asyncio.gather(*[one(c) for c in cases[:WARM]])
        cpu = sum(daphne.cpu_times()[:2])
        started = time.perf_counter()
        times = await asyncio.gather(*[one(c) for c in cases[WARM:]])
        return time.perf_counter() - started, sum(daphne.cpu_times()[:2]) - cpu, sorted(times)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--burst", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    run_dir = ROOT / ".data" / "bench" / f"inbound-{os.getpid()}"
    try:
        with services(run_dir, template=ROOT / ".data" / "test" / "pg-template") as service_env:
            port = free_port()
            env = bench_env(service_env)
            size = args.burst + WARM
            cases = prepare(env, size * args.repeat)
            daphne = subprocess.Popen(
                [
                    str(Path(sys.executable).parent / "daphne"),
                    *("-b", "127.0.0.1", "-p", str(port), "copilot.asgi:application"),
                ],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
                if not wait_for_port(port, timeout=60):
                    raise SystemExit("daphne did not start")
                process = psutil.Process(daphne.pid)
                for n in range(args.repeat):
                    batch = cases[n * size : (n + 1) * size]
                    wall, cpu, times = asyncio.run(burst(f"http://127.0.0.1:{port}", batch, process))
                    print(
                        f"{args.burst} POSTs: wall {wall * 1000:.0f} ms, Daphne CPU "
                        f"{cpu * 1000 / args.burst:.1f} ms/POST, p50 {percentile(times, 0.5) * 1000:.0f} ms, "
                        f"p95 {percentile(times, 0.95) * 1000:.0f} ms",
                        flush=True,
                    )
            finally:
                daphne.terminate()
                daphne.wait(timeout=15)
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
