"""A Manager's Lock and Condition shared by processes: producers append to a manager list under the
Lock and notify the Condition (a Condition built on that same Lock: manager.Condition(lock));
the consumer waits with wait_for(predicate, timeout) until three items are there. Every acquire,
wait and notify is a call to the manager server."""
import multiprocessing as mp
import sys
import time


def produce(cond, items, n):
    time.sleep(0.2 * n)
    with cond:
        items.append("item-%d" % n)
        cond.notify_all()


def consume(cond, items, out):
    with cond:
        ok = cond.wait_for(lambda: len(items) >= 3, timeout=10)
        out.put((ok, sorted(items)))


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Manager() as manager:
        lock = manager.Lock()
        cond = manager.Condition(lock)
        items = manager.list()
        out = ctx.Queue()
        consumer = ctx.Process(target=consume, args=(cond, items, out), name="consumer")
        consumer.start()
        producers = [ctx.Process(target=produce, args=(cond, items, n), name="producer-%d" % n)
                     for n in range(1, 4)]
        for p in producers:
            p.start()
        print("consumer saw:", out.get(timeout=20), flush=True)
        for p in producers + [consumer]:
            p.join()
        with lock:
            print("items at the end:", len(items), flush=True)
    print("exit codes:", [p.exitcode for p in producers + [consumer]], flush=True)
