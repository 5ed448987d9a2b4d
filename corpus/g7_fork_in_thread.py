"""os.fork() by hand in a worker thread (not the main one): in the child that thread is the main code; when it (and
a thread it started) has ended, the child ends with status 0, and its atexit handler never runs. The parent thread
waits for it with os.waitpid()."""
import atexit
import os
import sys
import threading
import time


def forker():
    pid = os.fork()
    if pid == 0:
        atexit.register(lambda: print("atexit ran in the child (it never does)", flush=True))
        print("child's forking thread starts a helper and returns", flush=True)
        helper = threading.Thread(target=lambda: (time.sleep(0.2), print("helper thread in the child ends last", flush=True)))
        helper.start()
        return
    _, status = os.waitpid(pid, 0)
    print("child status", os.waitstatus_to_exitcode(status), flush=True)


if __name__ == "__main__":
    _ = sys.argv      # no start method: this program forks by hand
    t = threading.Thread(target=forker)
    t.start()
    t.join()
    print("main done", flush=True)
