"""A script that retries flaky jobs: each failed future is resubmitted, up to 3 tries per job.
Job 'c' fails twice then works, job 'e' always fails and is given up on after its third try.
A done-callback records, per try, the thread it ran on."""
import multiprocessing
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor, as_completed

MAX_TRIES = 3
FAILS_BEFORE_OK = {"c": 2, "e": 99}


def fetch(job, attempt):
    time.sleep(0.1)
    if attempt <= FAILS_BEFORE_OK.get(job, 0):
        raise ConnectionError(f"{job}: try {attempt} timed out")
    return f"{job}-payload"


callback_threads = {}


def note_thread(fut):
    callback_threads[fut.job_key] = threading.current_thread().name


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1]) if len(sys.argv) > 1 else None
    results, gave_up = {}, []
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        pending = {}
        for job in "abcde":
            fut = pool.submit(fetch, job, 1)
            fut.job_key = (job, 1)
            fut.add_done_callback(note_thread)
            pending[fut] = (job, 1)
        while pending:
            fut = next(as_completed(pending))
            job, attempt = pending.pop(fut)
            try:
                results[job] = fut.result()
                print(f"{job} ok on try {attempt}", flush=True)
            except ConnectionError as exc:
                if attempt < MAX_TRIES:
                    print(f"{exc}; retrying", flush=True)
                    again = pool.submit(fetch, job, attempt + 1)
                    again.job_key = (job, attempt + 1)
                    again.add_done_callback(note_thread)
                    pending[again] = (job, attempt + 1)
                else:
                    print(f"{job}: giving up after {attempt} tries", flush=True)
                    gave_up.append(job)
    print("results:", dict(sorted(results.items())))
    print("gave up:", gave_up)
    print("callback threads:", sorted(set(callback_threads.values())))
