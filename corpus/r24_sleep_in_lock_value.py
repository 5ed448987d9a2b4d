"""A learner "simulates work" with time.sleep inside the lock and counts visits in a Value.

Asked as: "I thought sleep() lets the other processes run, why did 4 workers take 4 x 0.3 s?" and
"why is visits sometimes below 400 but done always 4?" (visits += 1 outside any lock; done under get_lock)."""
import multiprocessing as mp
import sys
import time


def worker(lock, visits, done, wid, started):
    with lock:
        print("worker", wid, "got the lock at %.1f s" % (time.time() - started), flush=True)
        time.sleep(0.3)  # "waiting for the network": the lock stays held
    for _ in range(100):
        visits.value += 1
    with done.get_lock():
        done.value += 1


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    lock, visits, done = ctx.Lock(), ctx.Value("i", 0), ctx.Value("i", 0)
    t0 = time.time()
    procs = [ctx.Process(target=worker, args=(lock, visits, done, w, t0)) for w in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("took %.1f s (4 x 0.3 s = 1.2 s: the sleeps did not overlap)" % (time.time() - t0))
    print("visits", visits.value, "of 400; done", done.value, "of 4")
