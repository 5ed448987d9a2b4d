"""terminate() a child blocked in Queue.get(); kill() a child in the middle of printing many lines."""
import multiprocessing as mp
import sys
import time


def consumer(q, up):
    print("consumer waits", flush=True)
    up.set()
    q.get()
    print("never printed")


def chatter(talking):
    i = 0
    while True:
        print("line", i, "." * 60, flush=True)
        talking.set()
        time.sleep(0.001)
        i += 1


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    up = mp.Event()
    c = mp.Process(target=consumer, args=(q, up))
    c.start()
    up.wait()
    time.sleep(0.3)
    c.terminate()
    c.join()
    print("consumer exit code", c.exitcode, flush=True)
    talking = mp.Event()
    t = mp.Process(target=chatter, args=(talking,))
    t.start()
    talking.wait()
    time.sleep(0.05)
    t.kill()
    t.join()
    print("chatter exit code", t.exitcode)
