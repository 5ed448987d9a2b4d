"""status-monitor: the parent polls a shared Value for each child's status, with a deadline and terminate().

Run by `mp-tutor lesson status-monitor`; it also runs on its own: python3 demo.py --deadline 1.5
"""
import argparse
import random
import time
from multiprocessing import Process, Value

WAITING, RUNNING, FINISHED = 1, 2, 3
NAMES = {WAITING: "WAITING", RUNNING: "RUNNING", FINISHED: "FINISHED"}


def job_ok(status, work):
    time.sleep(0.2)
    status.value = RUNNING
    time.sleep(work)
    status.value = FINISHED
    time.sleep(0.2)            # some tidying up after reporting FINISHED


def job_crash(status, work):
    time.sleep(0.2)
    status.value = RUNNING
    time.sleep(work)
    raise RuntimeError("job-crash: something went wrong")   # exit code 1; status still says RUNNING


def job_stuck(status, work):
    time.sleep(0.2)
    status.value = RUNNING
    time.sleep(60)             # never finishes on its own: the parent's deadline ends it


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--deadline", type=float, default=1.5, help="seconds the parent waits for the jobs")
    parser.add_argument("--seed", type=int, default=None, help="seed for the jobs' working times")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    jobs = {}
    for name, target in [("job-ok", job_ok), ("job-crash", job_crash), ("job-stuck", job_stuck)]:
        # One writer (the job), one reader (the parent), one int: no lock needed.
        status = Value("i", WAITING, lock=False)
        proc = Process(target=target, name=name, args=(status, round(rng.uniform(0.4, 0.6), 2)))
        jobs[name] = (proc, status)
    for proc, _ in jobs.values():
        proc.start()

    start = time.monotonic()
    seen = {}
    pending = set(jobs)
    while pending:                                     # bounded by the deadline below
        for name in sorted(pending):
            proc, status = jobs[name]
            state = status.value
            if seen.get(name) != state:
                print(f"{name} is {NAMES[state]}")
                seen[name] = state
            if state == FINISHED:
                proc.join()
                print(f"{name} done: exit code {proc.exitcode}")
                pending.discard(name)
            elif proc.exitcode is not None:           # dead, but never said FINISHED
                print(f"{name} died with exit code {proc.exitcode} while its status said {NAMES[state]}")
                pending.discard(name)
        elapsed = time.monotonic() - start
        if pending and elapsed > args.deadline:
            for name in sorted(pending):
                proc, status = jobs[name]
                print(f"deadline: {name} still {NAMES[status.value]} after {elapsed:.1f} s, terminate()")
                proc.terminate()
                proc.join()
                print(f"{name} terminated: exit code {proc.exitcode}")
            break
        time.sleep(0.1)


if __name__ == "__main__":
    main()
