"""os.fork() called directly, then multiprocessing in both halves: the forked copy starts a Process of its
own and joins it, and leaves with os._exit(); the original waits for the copy with os.waitpid() and then starts
its own Process."""
import multiprocessing as mp
import os
import sys


def hello(who):
    print("hello from a Process started by the", who, flush=True)


def main(ctx):
    pid = os.fork()
    if pid == 0:
        p = ctx.Process(target=hello, args=("forked copy",), name="copy-child")
        p.start()
        p.join()
        os._exit(p.exitcode + 10)
    _, status = os.waitpid(pid, 0)
    print("forked copy exit status:", os.waitstatus_to_exitcode(status), flush=True)
    p = ctx.Process(target=hello, args=("original",), name="orig-child")
    p.start()
    p.join()
    print("orig-child exit code:", p.exitcode, flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
