"""A ThreadPoolExecutor the program never shuts down, used to start and join a Process in each
work item. The main code ends with two work items still running; the interpreter's exit waits for
them (concurrent.futures' _python_exit joins the pool's threads), so their processes finish too."""
import multiprocessing
import sys
import time
from concurrent.futures import ThreadPoolExecutor


def child(i):
    time.sleep(0.4)
    print("child", i, "done", flush=True)


def supervise(ctx, i):
    p = ctx.Process(target=child, args=(i,))
    p.start()
    p.join()
    print("supervisor", i, "saw exitcode", p.exitcode, flush=True)


def main(method):
    ctx = multiprocessing.get_context(method)
    pool = ThreadPoolExecutor(max_workers=2)
    pool.submit(supervise, ctx, 0)
    pool.submit(supervise, ctx, 1)
    print("main code returns", flush=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method())
