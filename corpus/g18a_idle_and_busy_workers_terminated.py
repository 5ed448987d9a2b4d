"""A Pool of four workers gets one slow task and one quick one; the parent takes the quick result and
leaves the with-block, whose terminate() ends every worker. Three were in the pool's own loop (past
their task, or never given one): each either takes the stop sentinel first (its exit is recorded) or is
killed while it waits in the task queue's get(); the tracer records no call of theirs there. Only the
worker inside the slow task was cut inside the program's own code."""
import multiprocessing as mp
import sys
import time


def quick(x):
    return x * 2


def slow(x):
    print("slow task begins", x, flush=True)
    time.sleep(30)
    return x


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Pool(4) as pool:
        busy = pool.apply_async(slow, (1,))
        print("quick:", pool.apply_async(quick, (21,)).get(timeout=20), flush=True)
        time.sleep(0.5)     # the slow task has started
    print("pool terminated; slow task ready:", busy.ready(), flush=True)
