"""One Pool shared by several threads of the main process (a small server that hands each request's
work to a process pool): three threads call pool.map at the same time; their tasks share the
Pool's one task queue and its workers."""
import multiprocessing as mp
import sys
import threading
import time


def checksum(n):
    time.sleep(0.05)
    return n % 7


def handle(pool, request, out):
    out[request] = sum(pool.map(checksum, range(request * 10, request * 10 + 4)))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    out = {}
    with mp.Pool(2) as pool:
        threads = [threading.Thread(target=handle, args=(pool, r, out), name=f"request-{r}") for r in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    print(sorted(out.items()))
