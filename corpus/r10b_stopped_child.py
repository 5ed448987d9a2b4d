"""A child stops itself with SIGSTOP. The parent's join(timeout) gives up while the child is stopped (not
running), terminate() does not end it (SIGTERM stays pending while a process is stopped), and only SIGCONT
lets the pending SIGTERM end it (-15)."""
import multiprocessing as mp
import os
import signal
import sys
import time


def pauses():
    print("child: stopping myself", flush=True)
    os.kill(os.getpid(), signal.SIGSTOP)
    print("child: continued", flush=True)
    time.sleep(5)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=pauses)
    p.start()
    p.join(timeout=0.5)
    print("after join(0.5): alive", p.is_alive(), "exitcode", p.exitcode, flush=True)
    p.terminate()
    p.join(timeout=0.5)
    print("after terminate(): alive", p.is_alive(), "exitcode", p.exitcode, flush=True)
    os.kill(p.pid, signal.SIGCONT)
    p.join()
    print("after SIGCONT: exitcode", p.exitcode, flush=True)
