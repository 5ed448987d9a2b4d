"""A small supervisor: it waits on its workers' sentinels with connection.wait() and restarts whichever died, up to a
restart budget. Worker 'a' dies three ways in turn (os._exit(3), an uncaught error, SIGKILL to itself) and is not
restarted after the third; worker 'b' finishes its work (exit 0) and is left alone."""
import multiprocessing as mp
import os
import signal
import sys
import time
from multiprocessing.connection import wait


def work(name, generation):
    time.sleep(0.2)
    if name == "a":
        if generation == 0:
            os._exit(3)
        if generation == 1:
            raise ValueError("bad config in generation 1")
        os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(0.3)


def launch(ctx, name, generation):
    p = ctx.Process(target=work, args=(name, generation), name="%s-gen%d" % (name, generation))
    p.start()
    return p


def main(ctx):
    budget = 2
    live = {n: launch(ctx, n, 0) for n in "ab"}
    gens = {"a": 0, "b": 0}
    log = []
    while live:
        ready = wait([p.sentinel for p in live.values()], timeout=5)
        if not ready:
            print("supervisor: nothing ended in 5 s", flush=True)
            break
        for name, p in list(live.items()):
            if p.sentinel not in ready:
                continue
            p.join()
            log.append((p.name, p.exitcode))
            del live[name]
            if p.exitcode != 0 and gens[name] < budget:
                gens[name] += 1
                live[name] = launch(ctx, name, gens[name])
    for entry in log:
        print("ended:", entry, flush=True)
    print("restarts used:", gens, flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
