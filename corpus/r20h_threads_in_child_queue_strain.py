"""One child runs 30 threads, each putting 100 numbered items on the same Queue (3000 puts, one feeder
thread); the parent takes all 3000 and checks that every thread's items arrive in that thread's order."""
import multiprocessing as mp
import sys
import threading


def child(q):
    def pump(t):
        for k in range(100):
            q.put((t, k))
    threads = [threading.Thread(target=pump, args=(t,)) for t in range(30)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    q.put(None)


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    q = ctx.Queue()
    p = ctx.Process(target=child, args=(q,), name="pumps")
    p.start()
    last = {}
    count = 0
    in_order = True
    while (item := q.get(timeout=60)) is not None:
        t, k = item
        in_order &= last.get(t, -1) == k - 1
        last[t] = k
        count += 1
    p.join()
    print("items:", count, "threads:", len(last), "each thread in order:", in_order, flush=True)
    print("pumps exit code:", p.exitcode, flush=True)


if __name__ == "__main__":
    main()
