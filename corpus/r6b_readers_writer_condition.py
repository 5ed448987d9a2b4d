"""A readers-writer lock built from a Condition and a shared Value counting readers (the textbook version):
readers share, a writer waits with wait_for() until no reader is inside."""
import multiprocessing as mp
import sys
import time


class RWLock:
    def __init__(self):
        self.cond = mp.Condition(mp.Lock())
        self.readers = mp.Value("i", 0, lock=False)

    def acquire_read(self):
        with self.cond:
            self.readers.value += 1

    def release_read(self):
        with self.cond:
            self.readers.value -= 1
            if self.readers.value == 0:
                self.cond.notify_all()

    def acquire_write(self):
        self.cond.acquire()
        self.cond.wait_for(lambda: self.readers.value == 0)

    def release_write(self):
        self.cond.release()


def reader(rw, data, name):
    rw.acquire_read()
    try:
        print(f"{name} reads {data.value}", flush=True)
        time.sleep(0.2)
    finally:
        rw.release_read()


def writer(rw, data):
    time.sleep(0.05)
    rw.acquire_write()
    try:
        data.value += 100
        print("writer wrote", data.value, flush=True)
    finally:
        rw.release_write()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    rw, data = RWLock(), mp.Value("i", 1, lock=False)
    ps = [mp.Process(target=reader, args=(rw, data, f"reader-{i}")) for i in range(3)]
    ps.append(mp.Process(target=writer, args=(rw, data)))
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("final", data.value, flush=True)
