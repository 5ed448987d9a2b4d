"""os.fork() by hand next to a multiprocessing Process: the raw child exits 3 and is reaped with waitpid."""
import multiprocessing as mp
import os
import sys


def child():
    print("mp child", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pid = os.fork()
    if pid == 0:
        print("raw child", flush=True)
        os._exit(3)
    _, status = os.waitpid(pid, 0)
    print("raw child exit", os.waitstatus_to_exitcode(status))
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("mp child exit", p.exitcode)
