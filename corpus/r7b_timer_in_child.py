# threading.Timer in a child: one fires, one is cancelled, one is still pending when run() returns.
import multiprocessing as mp
import threading
import time


def ding(msg):
    print("timer:", msg, flush=True)


def child():
    t1 = threading.Timer(0.1, ding, args=("fired",))
    t2 = threading.Timer(0.5, ding, args=("cancelled?",))
    t1.start(); t2.start()
    time.sleep(0.2)
    t2.cancel()
    t3 = threading.Timer(0.3, ding, args=("after run() returned",))
    t3.start()
    print("run() returns", flush=True)


if __name__ == "__main__":
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("exitcode", p.exitcode)
