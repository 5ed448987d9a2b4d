"""Executors made without a with-block: a ThreadPoolExecutor(thread_name_prefix=) never shut down, and a
ProcessPoolExecutor shut down with wait=False while work is still running; the interpreter's exit waits for both."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import threading
import time


def fetch(n):
    time.sleep(0.1 * n)
    return f"{threading.current_thread().name}:{n}"


def render(n):
    time.sleep(0.3)
    print("rendered", n, flush=True)
    return n


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    io = cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="dl")
    print(sorted(f.result() for f in [io.submit(fetch, n) for n in (1, 2, 3)]))
    cpu = cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx)
    jobs = [cpu.submit(render, n) for n in range(3)]
    cpu.shutdown(wait=False)
    print("main returns; done so far:", sum(f.done() for f in jobs))
