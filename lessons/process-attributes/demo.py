"""process-attributes: what a Process object tells you before, during and after its life.

name, pid, daemon, is_alive(), exitcode (0, 1 for an exception, -15 after terminate()), authkey,
sentinel. Run by `mp-tutor lesson process-attributes`; it also runs on its own: python3 demo.py
"""
import argparse
import os
import time
from multiprocessing import Process, current_process
from multiprocessing.connection import wait


def fine(seconds):
    me = current_process()
    print(f"I am {me.name}, pid {os.getpid()}, daemon={me.daemon}")
    print(f"authkey begins {me.authkey.hex()[:12]}")
    time.sleep(seconds)


def crash(seconds):
    time.sleep(seconds)
    raise ValueError("something went wrong in the child")


def sleeper(seconds):
    print("sleeper: going to sleep for a long time")
    time.sleep(seconds)            # far longer than the demo: it ends by terminate()
    print("sleeper: woke up")      # never printed


def show(label, p):
    print(f"{label}: name={p.name} pid={p.pid} daemon={p.daemon} "
          f"alive={p.is_alive()} exitcode={p.exitcode}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=0.3, help="how long the 'ok' child works")
    parser.add_argument("--seed", type=int, default=None, help="unused: this demo has no randomness")
    args = parser.parse_args()

    print(f"authkey begins {current_process().authkey.hex()[:12]}")
    ok = Process(target=fine, args=(args.seconds,), name="ok")
    bad = Process(target=crash, args=(args.seconds * 2,), name="crash")
    slow = Process(target=sleeper, args=(10,), name="sleeper")
    show("before start()", ok)

    for p in (ok, bad, slow):
        p.start()
        show("just started", p)
    print(f"sentinels (file descriptors on Linux): ok={ok.sentinel} crash={bad.sentinel} sleeper={slow.sentinel}")

    try:
        ok.daemon = True               # too late: daemon must be set before start()
    except AssertionError as e:
        print(f"daemon = True after start() refused: AssertionError: {e}")

    # wait() on sentinels returns the ones that are ready: their process has ended.
    pending = {ok.sentinel: ok, bad.sentinel: bad}
    while pending:
        for s in wait(list(pending), timeout=10):
            p = pending.pop(s)
            p.join()                   # returns at once: the process is gone; this reaps it
            print(f"sentinel of {p.name} is ready")
            show("  ended", p)

    show("sleeper still running", slow)
    slow.terminate()                   # SIGTERM: the process ends without running any more Python
    slow.join()
    show("after terminate()", slow)


if __name__ == "__main__":
    main()
