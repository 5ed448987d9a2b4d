"""os.fork() by hand, three ways to end: os._exit(5) after text written without a newline, an uncaught
exception (exit 1), and SIGKILL from the parent (seen by os.wait()); then a multiprocessing Process beside them."""
import multiprocessing as mp
import os
import signal
import sys
import time


def child():
    print("mp child", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pid = os.fork()
    if pid == 0:
        sys.stdout.write("half a line")
        sys.stdout.flush() if not sys.stdout.write_through else None
        time.sleep(0.2)
        os._exit(5)
    print("", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
    pid = os.fork()
    if pid == 0:
        raise ValueError("the fork's own error")
    print("raised:", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
    pid = os.fork()
    if pid == 0:
        time.sleep(30)
        os._exit(0)
    time.sleep(0.1)
    os.kill(pid, signal.SIGKILL)
    done, status = os.wait()
    print("killed:", done == pid, os.waitstatus_to_exitcode(status))
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("mp child exit", p.exitcode)
