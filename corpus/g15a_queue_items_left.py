"""Items left in queues at the end: a worker puts three results and the main process gets only two (one stays in the
Queue, its feeder flushed at the worker's exit); a second worker puts a result and is then killed by its parent before
exiting normally (no claim: its feeder may not have written it); and a SimpleQueue whose one item nobody reads."""
import multiprocessing as mp
import sys
import time


def three(q):
    for i in range(3):
        q.put(("result", i))


def put_then_hang(q):
    q.put("maybe")
    time.sleep(30)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q, lost, simple = mp.Queue(), mp.Queue(), mp.SimpleQueue()
    p = mp.Process(target=three, args=(q,))
    p.start()
    print("got", q.get(), q.get(), flush=True)
    p.join()
    k = mp.Process(target=put_then_hang, args=(lost,))
    k.start()
    time.sleep(0.5)
    k.kill()
    k.join()
    simple.put("unread")
    print("exit codes", p.exitcode, k.exitcode, flush=True)
