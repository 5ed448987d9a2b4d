"""A done-callback that submits the next stage: while the program runs, the submit works; once the
with-block's shutdown() has begun, submit() inside the callback raises RuntimeError, which the
future logs ("exception calling callback for ...") and the program carries on. A callback that raises
on purpose is logged the same way."""
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor

stage2 = []


def work(n):
    time.sleep(0.1 * (n % 100))
    return n


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        def next_stage(f):
            stage2.append(ex.submit(work, f.result() + 100))

        def broken(f):
            raise KeyError("no such stage")

        first = ex.submit(work, 1)
        first.add_done_callback(next_stage)
        first.result()
        time.sleep(0.1)
        late = ex.submit(work, 6)
        late.add_done_callback(next_stage)
        late.add_done_callback(broken)
        print("leaving the with-block", flush=True)
    print("stage 2 futures:", len(stage2), [f.result() for f in stage2])
