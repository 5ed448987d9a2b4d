"""The server process of a Manager is SIGKILLed while a child and the parent use its proxies.
The child's next call fails (EOFError or a connection error); the parent's call on a proxy fails
too; shutting the dead manager down afterwards is quiet."""
import multiprocessing as mp
import os
import signal
import sys
import time


def worker(shared, started):
    shared.append("first")
    started.set()
    time.sleep(1)
    try:
        shared.append("second")
        print("child: second append worked", flush=True)
    except Exception as exc:
        print("child:", type(exc).__name__, flush=True)
        sys.exit(2)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    manager = mp.Manager()
    shared = manager.list()
    started = mp.Event()
    p = mp.Process(target=worker, args=(shared, started), name="Worker")
    p.start()
    started.wait(10)
    print("list so far:", list(shared), flush=True)
    os.kill(manager._process.pid, signal.SIGKILL)
    time.sleep(0.2)
    try:
        print("parent len:", len(shared))
    except Exception as exc:
        print("parent:", type(exc).__name__, flush=True)
    p.join()
    print("child exitcode:", p.exitcode, flush=True)
    manager.shutdown()
    print("manager exitcode:", manager._process.exitcode, flush=True)
