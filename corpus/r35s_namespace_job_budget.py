"""A job budget kept in a Manager Namespace: `ns.budget = 12` and workers take one job each time
`ns.budget > 0`, then store `ns.budget - 1`. Read and write are two separate calls to the manager,
so two workers can take the same last jobs: more jobs are done than the budget allowed. The second
round does the check and the take under a Manager Lock."""
import multiprocessing as mp
import sys
import time


def take_jobs(ns, lock, done):
    taken = 0
    while True:
        if lock is None:
            if ns.budget <= 0:
                break
            left = ns.budget
            time.sleep(0.005)          # the job's bookkeeping
            ns.budget = left - 1
        else:
            with lock:
                if ns.budget <= 0:
                    break
                ns.budget = ns.budget - 1
        taken += 1
    done.append(taken)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Manager() as manager:
        for use_lock in (False, True):
            ns = manager.Namespace(budget=12)
            done = manager.list()
            lock = manager.Lock() if use_lock else None
            procs = [ctx.Process(target=take_jobs, args=(ns, lock, done)) for _ in range(3)]
            for p in procs:
                p.start()
            for p in procs:
                p.join()
            total = sum(done)
            label = "with a Manager Lock" if use_lock else "no lock"
            print(f"{label}: budget 12, jobs done {total}, budget left {ns.budget}",
                  "(over budget)" if total > 12 else "")
