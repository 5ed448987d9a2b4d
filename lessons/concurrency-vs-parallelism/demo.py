"""concurrency-vs-parallelism: the same CPU work (two fib(n) jobs) run four ways: one after the other,
in 2 Processes, in a Pool(2) and in a thread pool of 2. Prints the wall-clock and CPU figures of this machine.

Run by `mp-tutor lesson concurrency-vs-parallelism`; it also runs on its own: python3 demo.py --n 31
"""
import argparse
import os
import resource
import threading
import time
from multiprocessing import Pool, Process, current_process
from multiprocessing.dummy import Pool as ThreadPool  # the Pool API, backed by threads


def fib(n):
    """Deliberately slow, pure-Python CPU work: no I/O, no waiting."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def fib_job(phase, number, n):
    """One job: fib(n), announced at its start and its end, with where it ran. Returns the CPU time
    this thread used for it."""
    where = f"{current_process().name}/{threading.current_thread().name} (pid {os.getpid()})"
    print(f"[{phase}] job {number} starts in {where}")
    start, cpu = time.monotonic(), time.thread_time()
    fib(n)
    print(f"[{phase}] job {number} ends after {time.monotonic() - start:.2f} s")
    return time.thread_time() - cpu


def fib_task(args):
    """The same job, as one argument for map()."""
    return fib_job(*args)


def children_cpu():
    """CPU seconds used by this process's children that have ended and been waited for."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(phase, run):
    """Run one phase; print its wall time and the CPU time its two jobs used. `run` returns that CPU
    time, or None when the jobs ran in child processes that have ended (then getrusage knows it)."""
    wall0, children0 = time.monotonic(), children_cpu()
    cpu = run()
    wall = time.monotonic() - wall0
    if cpu is None:
        cpu = children_cpu() - children0
    print(f"=> {phase}: wall {wall:.2f} s, CPU {cpu:.2f} s, so {cpu / wall:.1f} CPUs busy on average")
    return wall


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=31, help="each job computes fib(n)")
    parser.add_argument("--seed", type=int, default=None, help="unused: this demo has no randomness")
    args = parser.parse_args()
    n = args.n
    print(f"this machine has {os.cpu_count()} CPUs; each job computes fib({n})")

    def sequential():
        return fib_job("sequential", 1, n) + fib_job("sequential", 2, n)

    def processes():
        procs = [Process(target=fib_job, args=("processes", k, n)) for k in (1, 2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()

    pools = []

    def process_pool():
        pool = Pool(2)  # closed only at the very end, so its threads never share an id with the thread pool's
        pools.append(pool)
        return sum(pool.map(fib_task, [("process pool", k, n) for k in (1, 2)], chunksize=1))

    def thread_pool():
        with ThreadPool(2) as threads:
            return sum(threads.map(fib_task, [("thread pool", k, n) for k in (1, 2)], chunksize=1))

    walls = {
        "sequential": measure("sequential", sequential),
        "2 Processes": measure("2 Processes", processes),
        "Pool(2)": measure("Pool(2)", process_pool),
        "thread pool of 2": measure("thread pool of 2", thread_pool),
    }
    for pool in pools:
        pool.close()
        pool.join()
    base = walls["sequential"]
    print("wall time compared with sequential: "
          + ", ".join(f"{name} {wall / base:.2f}x" for name, wall in walls.items()))


if __name__ == "__main__":
    main()
