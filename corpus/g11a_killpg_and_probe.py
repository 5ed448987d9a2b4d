"""os.kill(pid, 0) probes and os.killpg() (gaps 11A): a child probes its parent (alive) and a pid that is gone
(ProcessLookupError); the main process sends SIGUSR1 to its own process group, which it and a sleeping child (its
handler inherited by fork) both get. Fork only: a spawn child or helper would die of SIGUSR1."""
import multiprocessing as mp
import os
import signal
import sys
import time


def prober(parent, gone):
    os.kill(parent, 0)
    print("prober: my parent is alive", flush=True)
    try:
        os.kill(gone, 0)
    except ProcessLookupError:
        print("prober: that pid is gone", flush=True)


def sleeper():
    time.sleep(0.6)


def got(signum, frame):
    print(f"pid {os.getpid() == main_pid and 'main' or 'child'} got SIGUSR1", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    main_pid = os.getpid()
    signal.signal(signal.SIGUSR1, got)
    gone = mp.Process(target=sleeper)
    gone.start()
    gone.join()
    p = mp.Process(target=prober, args=(os.getpid(), gone.pid))
    p.start()
    p.join()
    s = mp.Process(target=sleeper)
    s.start()
    time.sleep(0.2)
    os.killpg(os.getpgrp(), signal.SIGUSR1)
    s.join()
    print("sleeper exitcode", s.exitcode)
