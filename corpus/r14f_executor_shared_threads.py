"""One ProcessPoolExecutor shared by three producer threads, each submitting its own two jobs and
waiting for their results (a web server's request threads handing CPU work to one shared pool)."""
import multiprocessing
import sys
import threading
from concurrent.futures import ProcessPoolExecutor


def cpu(n):
    return sum(i * i for i in range(n))


def producer(ex, k, out):
    futures = [ex.submit(cpu, 10000 * (k + 1) + j) for j in range(2)]
    out[k] = [f.result() for f in futures]


def main(method):
    ctx = multiprocessing.get_context(method)
    out = {}
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        threads = [threading.Thread(target=producer, args=(ex, k, out), name="req-%d" % k) for k in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    print("results from", sorted(out), [len(v) for _, v in sorted(out.items())], flush=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method())
