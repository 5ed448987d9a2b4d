"""A consumer polls a Queue with get(timeout=0.3) and counts the queue.Empty misses; it stops after
three misses in a row. The producer is a daemon that keeps working: when the main process returns,
multiprocessing's exit function terminates it mid-work (exit code -15)."""
import multiprocessing as mp
import queue
import sys
import time


def produce(q):
    for n in range(100):
        q.put(n)
        time.sleep(0.2 if n < 3 else 2)
        print("producer made", n, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    producer = mp.Process(target=produce, args=(q,), name="Producer", daemon=True)
    producer.start()
    got, misses, in_a_row = [], 0, 0
    while in_a_row < 3:
        try:
            got.append(q.get(timeout=0.3))
            in_a_row = 0
        except queue.Empty:
            misses += 1
            in_a_row += 1
    print("got", got, "misses", misses, flush=True)
    print("producer alive at the end of main:", producer.is_alive(), flush=True)
