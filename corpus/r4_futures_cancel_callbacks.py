"""Future.add_done_callback on each of six work items; cancel() the ones that have not started."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import time


def nap(x):
    time.sleep(0.2)
    return x * 2


def report(f):
    if f.cancelled():
        print("callback: cancelled", flush=True)
    else:
        print("callback: result", f.result(), flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx) as ex:
        fs = [ex.submit(nap, i) for i in range(6)]
        for f in fs:
            f.add_done_callback(report)
        time.sleep(0.1)
        print("cancelled:", [f.cancel() for f in fs[3:]])
    print("states:", ["cancelled" if f.cancelled() else "done" for f in fs])
