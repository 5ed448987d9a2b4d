"""Reports rendered in a ProcessPoolExecutor, with a retry loop as people add after the first crash:
one report's worker dies by SIGKILL (the OOM killer, here sent by the worker itself), every pending
future gets BrokenProcessPool, the script makes a fresh executor for the failed ones and tries twice
more; the bad report breaks every pool it runs in, so the script gives up with an exit message."""
import concurrent.futures as cf
import multiprocessing as mp
import os
import signal
import sys
import time

REPORTS = ["sales_q1", "sales_q2", "inventory_full_history", "payroll", "returns"]


def render(report):
    time.sleep(0.2)
    if report == "inventory_full_history":
        os.kill(os.getpid(), signal.SIGKILL)
    return report, len(report) * 1000


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    todo, sizes = list(REPORTS), {}
    for attempt in range(1, 4):
        failed = []
        with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
            futures = {ex.submit(render, r): r for r in todo}
            for fut in cf.as_completed(futures):
                try:
                    name, size = fut.result()
                    sizes[name] = size
                except cf.process.BrokenProcessPool as e:
                    failed.append(futures[fut])
                    print(f"attempt {attempt}: {futures[fut]} failed: {e}", flush=True)
        print(f"attempt {attempt}: {len(sizes)} done, {len(failed)} to retry", flush=True)
        if not failed:
            break
        todo = sorted(failed)
    print("rendered:", sorted(sizes))
    if len(sizes) < len(REPORTS):
        sys.exit(f"gave up on {sorted(set(REPORTS) - set(sizes))}")
