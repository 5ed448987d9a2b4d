"""A Condition with four waiting processes: notify(2) wakes two, notify_all() the rest."""
import multiprocessing as mp
import sys
import time


def waiter(cond, ready, woken, i):
    with cond:
        ready.release()
        cond.wait()
        with woken.get_lock():
            woken.value += 1
    print(f"waiter {i} woke", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    cond = mp.Condition()
    ready = mp.Semaphore(0)
    woken = mp.Value("i", 0)
    ps = [mp.Process(target=waiter, args=(cond, ready, woken, i)) for i in range(4)]
    for p in ps:
        p.start()
    for _ in ps:
        ready.acquire()
    with cond:  # every waiter has released cond inside wait()
        cond.notify(2)
    time.sleep(0.5)
    print("after notify(2):", woken.value, "woke", flush=True)
    with cond:
        cond.notify_all()
    for p in ps:
        p.join()
    print("after notify_all():", woken.value, "woke")
