"""A child puts itself in a process group of its own; its sibling signals that group with os.killpg(pgid, SIGUSR1)
(gaps 12A).  The first child, at SIGUSR1's default action, is ended by it.  The sender is not its parent and knows
nothing of it: the child's end must say the group's signal reached it, and the row which processes were in the group."""
import multiprocessing as mp
import os
import signal
import sys
import time


def sleeper(group):
    signal.signal(signal.SIGUSR1, signal.SIG_DFL)
    os.setpgid(0, 0)
    group.value = os.getpgrp()
    time.sleep(10)
    print("sleeper: never printed", flush=True)


def sender(group):
    deadline = time.monotonic() + 10
    while group.value == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    print("sender: signalling process group", group.value, flush=True)
    os.killpg(group.value, signal.SIGUSR1)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    group = mp.Value("i", 0)
    a = mp.Process(target=sleeper, args=(group,), name="Sleeper")
    b = mp.Process(target=sender, args=(group,), name="Sender")
    a.start()
    b.start()
    b.join()
    a.join()
    print("Sleeper exitcode", a.exitcode, "Sender exitcode", b.exitcode, flush=True)
