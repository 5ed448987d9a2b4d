"""Enrich order records with a price table: daemon workers loop forever on a JoinableQueue,
call task_done() for every record, and the main process ends once join() says every record
was handled. The workers are never told to stop: as daemons they are ended at exit."""
import multiprocessing as mp
import sys

PRICES = {"apple": 0.5, "pear": 0.75, "plum": 0.3}


def enrich(jobs, results):
    while True:
        order_id, item, qty = jobs.get()
        try:
            price = PRICES.get(item)
            if price is None:
                results.put((order_id, item, None))
            else:
                results.put((order_id, item, round(price * qty, 2)))
        finally:
            jobs.task_done()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    jobs, results = ctx.JoinableQueue(), ctx.Queue()
    for i in range(3):
        ctx.Process(target=enrich, args=(jobs, results), name=f"enricher-{i}", daemon=True).start()
    orders = [(1, "apple", 4), (2, "pear", 2), (3, "kiwi", 1), (4, "plum", 10), (5, "apple", 1)]
    for order in orders:
        jobs.put(order)
    jobs.join()
    print("all orders handled", flush=True)
    rows = sorted(results.get() for _ in orders)
    for order_id, item, total in rows:
        print(f"order {order_id}: {item} -> {'unknown item' if total is None else total}")
    print("done; the enrichers are daemons and end with the main process")
