"""A thread's put() of 1 MB on a SimpleQueue holds the queue's write lock while nobody reads (the pipe takes 64 KB);
the main thread's put() then waits for that lock until a timer thread reads the big item. The second put's wait is
for the write lock, not for room: a SimpleQueue has no size limit."""
import multiprocessing as mp
import sys
import threading
import time

if __name__ == "__main__":
    q = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None).SimpleQueue()
    big = threading.Thread(target=q.put, args=(b"x" * 1000000,), name="big")
    big.start()
    time.sleep(0.3)
    reader = threading.Timer(0.5, lambda: print(len(q.get()), len(q.get()), flush=True))
    reader.start()
    q.put(b"small")
    big.join()
    reader.join()
