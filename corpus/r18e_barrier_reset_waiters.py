"""Barrier.reset() while two of three parties wait: both waiters get BrokenBarrierError (the
reference: "any threads waiting on it will receive the BrokenBarrierError exception"). The learner
expected reset() to start a new round quietly. After it, the barrier works: all three pass."""
import multiprocessing as mp
import sys
import time
from threading import BrokenBarrierError


def party(i, barrier, rounds):
    for r in range(rounds):
        try:
            slot = barrier.wait(timeout=5)
            print(f"party {i} passed round {r} (slot {slot})", flush=True)
        except BrokenBarrierError:
            print(f"party {i} got BrokenBarrierError in round {r}", flush=True)


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    barrier = ctx.Barrier(3)
    procs = [ctx.Process(target=party, args=(i, barrier, 2), name=f"party-{i}") for i in range(2)]
    for p in procs:
        p.start()
    deadline = time.monotonic() + 10
    while barrier.n_waiting < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    print("parent: waiting", barrier.n_waiting, "- calling reset()", flush=True)
    barrier.reset()
    time.sleep(0.3)
    print("parent: broken after reset?", barrier.broken, flush=True)
    slot = barrier.wait(timeout=5)     # the third party of round 1
    print("parent passed with slot", slot, flush=True)
    for p in procs:
        p.join()
    print("exit codes", [p.exitcode for p in procs], flush=True)


if __name__ == "__main__":
    main()
