"""A log classifier that loads its rules module once: with forkserver it asks for `json` and `decimal` to be
preloaded in the fork server (set_forkserver_preload), so each worker starts with them imported; under
fork and spawn the call is skipped. Each worker notes whether decimal was already imported when its
first task ran; the script sums the amounts and says whether every worker had it."""
import multiprocessing as mp
import os
import sys

seen = {}

def classify(line):
    if "first" not in seen:
        seen["first"] = "decimal" in sys.modules
    from decimal import Decimal
    level, amount = line.split()
    return level, Decimal(amount), seen["first"], os.getpid()

if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else None
    ctx = mp.get_context(method)
    if ctx.get_start_method() == "forkserver":
        ctx.set_forkserver_preload(["json", "decimal"])
    lines = ["INFO 1.10", "WARN 2.25", "ERROR 0.65", "INFO 4.00", "WARN 0.01", "ERROR 9.99"]
    with ctx.Pool(2) as pool:
        out = pool.map(classify, lines, chunksize=2)
    total = sum(amount for _, amount, _, _ in out)
    print("total", total, flush=True)
    print("every worker had decimal before its first task:", all(pre for _, _, pre, _ in out), flush=True)
