"""Children that signal themselves: one SIGKILL, one SIGTERM. Nobody else called kill() or terminate()."""
import multiprocessing as mp
import os
import signal
import sys
import time


def self_kill(sig):
    time.sleep(0.1)
    print("about to send myself signal", sig, flush=True)
    os.kill(os.getpid(), sig)
    time.sleep(5)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    kids = [mp.Process(target=self_kill, args=(signal.SIGKILL,)), mp.Process(target=self_kill, args=(signal.SIGTERM,))]
    for k in kids:
        k.start()
    for k in kids:
        k.join()
        print(k.name, "exitcode", k.exitcode)
