"""Text without a newline, then SIGKILL: a hand-forked child writes "line " with print(end="", flush=True) and
another with sys.stdout.write() alone; the parent kills both with os.kill(pid, SIGKILL) and reaps them."""
import os
import signal
import sys
import time

if __name__ == "__main__":
    pid = os.fork()
    if pid == 0:
        print("line ", end="", flush=True)
        time.sleep(30)
        os._exit(0)
    time.sleep(0.3)
    os.kill(pid, signal.SIGKILL)
    print("\nfirst:", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), flush=True)
    pid = os.fork()
    if pid == 0:
        sys.stdout.write("written, not flushed ")
        time.sleep(30)
        os._exit(0)
    time.sleep(0.3)
    os.kill(pid, signal.SIGKILL)
    print("\nsecond:", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), flush=True)
