"""producer-consumer changed: the Queue swapped for one Pipe; both producers send on the same end,
the consumer reads the other end until it has seen one None per producer."""
import multiprocessing as mp
import sys
import time


def producer(conn, food):
    for n in range(1, 4):
        time.sleep(0.05)
        conn.send(f"{food} {n}")
    conn.send(None)


def consumer(conn, producers):
    ends = 0
    while ends < producers:
        item = conn.recv()
        if item is None:
            ends += 1
            continue
        print(f"ate {item}", flush=True)
    print("consumer: every producer is done", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    reader, writer = mp.Pipe(duplex=False)
    ps = [mp.Process(target=producer, args=(writer, f)) for f in ("bun", "soup")]
    c = mp.Process(target=consumer, args=(reader, 2))
    for p in ps + [c]:
        p.start()
    for p in ps + [c]:
        p.join()
    print("main: done", flush=True)
