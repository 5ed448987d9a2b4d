"""Barrier(2, action=announce): each round's last arriver calls announce() before the other waiter goes on (the
print shows on that process's lane); a threading.Barrier with an action, and a plain Barrier without one."""
import multiprocessing as mp
import sys
import threading


def announce():
    print("round done, in", mp.current_process().name, flush=True)


def worker(b):
    for _ in range(2):
        b.wait()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    b = mp.Barrier(2, action=announce)
    plain = mp.Barrier(1)
    p = mp.Process(target=worker, args=(b,), name="w1")
    p.start()
    for _ in range(2):
        b.wait()
    p.join()
    plain.wait()
    tb = threading.Barrier(1, action=announce)
    tb.wait()
