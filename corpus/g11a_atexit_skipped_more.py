"""atexit handlers that do not run (gaps 11A): the program's and logging's (a library's) in a fork child; a child of
any start method that leaves by its own os._exit(0) after registering one; a hand-forked child's os._exit(0)."""
import atexit
import logging
import multiprocessing as mp
import os
import sys


def main_handler():
    print("main handler ran", flush=True)


def child_handler():
    print("child handler ran", flush=True)


def plain():
    pass


def leaves_at_once():
    atexit.register(child_handler)
    os._exit(0)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    logging.basicConfig()
    atexit.register(main_handler)
    for target in (plain, leaves_at_once):
        p = mp.Process(target=target)
        p.start()
        p.join()
    if mp.get_start_method() == "fork":
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        os.waitpid(pid, 0)
