"""A library-style function picks its own context with get_context() and runs a fan-out: four
producers feed one Queue, three consumers drain it; when every producer has been joined the
function puts one None per consumer, and the consumers report their totals on a result Queue."""
import sys
import multiprocessing as mp


def _produce(q, first, count):
    for n in range(first, first + count):
        q.put(n)


def _consume(q, results):
    total = seen = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item * item
        seen += 1
    results.put((mp.current_process().name, seen, total))


def sum_of_squares(numbers_per_producer, producers=4, consumers=3, method=None):
    ctx = mp.get_context(method)
    work, results = ctx.Queue(maxsize=5), ctx.Queue()
    cons = [ctx.Process(target=_consume, args=(work, results), name=f"consumer-{i}") for i in range(consumers)]
    prods = [ctx.Process(target=_produce, args=(work, i * numbers_per_producer, numbers_per_producer),
                         name=f"producer-{i}") for i in range(producers)]
    for p in cons + prods:
        p.start()
    for p in prods:
        p.join()
    for _ in cons:
        work.put(None)
    reports = [results.get() for _ in cons]
    for c in cons:
        c.join()
    return sum(r[2] for r in reports), sum(r[1] for r in reports)


def main(method):
    total, count = sum_of_squares(6, method=method)
    expected = sum(n * n for n in range(24))
    print(f"{count} numbers, sum of squares {total}, expected {expected}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
