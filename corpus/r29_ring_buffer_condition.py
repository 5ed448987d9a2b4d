"""A bounded buffer built by hand: a shared Array of 4 slots, Value head/tail/count, one
Condition around them. One producer puts 10 numbers then one -1 per consumer; two consumers
take until they see -1 and report what they summed on a Queue."""
import multiprocessing as mp
import sys

SIZE = 4


def put(buf, head, count, cond, item):
    with cond:
        cond.wait_for(lambda: count.value < SIZE)
        buf[head.value] = item
        head.value = (head.value + 1) % SIZE
        count.value += 1
        cond.notify_all()


def producer(buf, head, count, cond, consumers):
    for n in range(1, 11):
        put(buf, head, count, cond, n)
    for _ in range(consumers):
        put(buf, head, count, cond, -1)


def consumer(name, buf, tail, count, cond, results):
    total, got = 0, []
    while True:
        with cond:
            cond.wait_for(lambda: count.value > 0)
            item = buf[tail.value]
            tail.value = (tail.value + 1) % SIZE
            count.value -= 1
            cond.notify_all()
        if item == -1:
            break
        total += item
        got.append(item)
    results.put((name, total, got))


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    buf = ctx.Array("i", SIZE, lock=False)
    head, tail, count = (ctx.Value("i", 0, lock=False) for _ in range(3))
    cond = ctx.Condition()
    results = ctx.Queue()
    cons = [ctx.Process(target=consumer, args=(f"c{i}", buf, tail, count, cond, results))
            for i in range(2)]
    prod = ctx.Process(target=producer, args=(buf, head, count, cond, len(cons)))
    for p in cons + [prod]:
        p.start()
    reports = sorted(results.get() for _ in cons)
    for p in cons + [prod]:
        p.join()
    for name, total, got in reports:
        print(f"{name}: {len(got)} items, sum {total}")
    print("grand total", sum(r[1] for r in reports), "(expected 55); left in buffer:", count.value)
