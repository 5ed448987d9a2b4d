"""A report builder calls a library that leaks memory, so each ProcessPoolExecutor worker is replaced after
two reports (max_tasks_per_child, 3.11+; it needs spawn or forkserver, so fork is switched to forkserver).
Three workers, five reports: fewer tasks than the workers' combined quota of six, so no worker has to be
replaced while tasks wait."""
import multiprocessing as mp
import os
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed

def build_report(region):
    return region, sum(ord(c) for c in region) % 97, os.getpid()

if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else mp.get_start_method()
    if method == "fork":
        print("max_tasks_per_child cannot be used with fork; using forkserver", flush=True)
        method = "forkserver"
    ctx = mp.get_context(method)
    regions = ["north", "south", "east", "west", "central"]
    with ProcessPoolExecutor(max_workers=3, mp_context=ctx, max_tasks_per_child=2) as ex:
        futures = {ex.submit(build_report, r): r for r in regions}
        rows = sorted(f.result(timeout=20)[:2] for f in as_completed(futures, timeout=30))
    for region, score in rows:
        print(f"{region:8} {score:3}", flush=True)
    print("reports:", len(rows), flush=True)
