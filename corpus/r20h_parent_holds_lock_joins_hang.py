"""The parent takes a Lock, starts a child that needs the same Lock, and joins the child while still inside
its `with lock:`. The child waits for the lock, the parent waits for the child: a deliberate hang that the
watchdog stops."""
import multiprocessing as mp
import sys


def report(lock, n):
    with lock:
        print("child", n, "has the lock", flush=True)


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    lock = ctx.Lock()
    with lock:
        p = ctx.Process(target=report, args=(lock, 1), name="reporter")
        p.start()
        print("parent joins reporter while holding the lock", flush=True)
        p.join()
    print("not reached", flush=True)


if __name__ == "__main__":
    main()
