"""A done-callback that submits the next stage. The with-block ends (shutdown(wait=True)) while a
stage-1 item is still running: its callback's submit() raises RuntimeError ("cannot schedule new
futures after shutdown"), which the executor logs as an exception in the callback."""
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor

stage2 = []


def stage(name, seconds):
    time.sleep(seconds)
    return name


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        def next_stage(f):
            stage2.append(ex.submit(stage, f.result() + "-2", 0.05))

        first = ex.submit(stage, "a", 0.05)
        first.add_done_callback(next_stage)
        first.result()
        time.sleep(0.3)
        slow = ex.submit(stage, "b", 0.8)
        slow.add_done_callback(next_stage)
    print("stage-2 items:", len(stage2), [f.result() for f in stage2])
