# A threading.Event and a threading.Condition passed to a forked child: the child's set() and notify() act on its own
# copies, so the parent's wait(timeout) gives up (gaps 8: they must not read as one object shared by both).
import multiprocessing as mp
import threading


def child(ev, cond):
    ev.set()
    with cond:
        cond.notify_all()
    print("child: set and notified its copies", flush=True)


if __name__ == "__main__":
    mp.set_start_method("fork")
    ev = threading.Event()
    cond = threading.Condition()
    p = mp.Process(target=child, args=(ev, cond))
    p.start()
    p.join()
    print("parent: event set?", ev.wait(timeout=0.3))
    with cond:
        print("parent: notified?", cond.wait(timeout=0.2))
