"""Producer/consumer with a JoinableQueue and None sentinels (a common Stack Overflow answer)."""
import multiprocessing as mp
import sys


def consumer(q, out):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.put(item * 10)
        q.task_done()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.JoinableQueue()
    out = mp.Queue()
    workers = [mp.Process(target=consumer, args=(q, out)) for _ in range(2)]
    for w in workers:
        w.start()
    for i in range(6):
        q.put(i)
    for _ in workers:
        q.put(None)
    q.join()
    print(sorted(out.get() for _ in range(6)))
    for w in workers:
        w.join()
    print("exit codes", [w.exitcode for w in workers])
