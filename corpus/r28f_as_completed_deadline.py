"""A batch with a deadline: as_completed(timeout=1.0) stops waiting while two reports are still being built;
the script logs which are late, then waits for them anyway with futures.wait() before writing the summary."""
import multiprocessing
import sys
import time
from concurrent import futures


def build_report(name, seconds):
    time.sleep(seconds)
    return f"{name}.pdf ({seconds:.1f}s)"


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else None
    jobs = {"north": 0.2, "south": 1.8, "east": 0.4, "west": 2.2, "central": 0.3}
    on_time, late = [], []
    with futures.ProcessPoolExecutor(max_workers=3,
                                     mp_context=multiprocessing.get_context(method)) as ex:
        by_future = {ex.submit(build_report, n, s): n for n, s in jobs.items()}
        try:
            for fut in futures.as_completed(by_future, timeout=1.0):
                on_time.append(fut.result())
                print("on time:", on_time[-1], flush=True)
        except futures.TimeoutError as exc:
            late = sorted(by_future[f] for f in by_future if not f.done())
            print(f"deadline passed ({type(exc).__name__}); still running: {late}", flush=True)
        done, not_done = futures.wait(by_future, timeout=5)
        print(f"after wait(): {len(done)} done, {len(not_done)} not done", flush=True)
        for fut in done:
            if by_future[fut] in late:
                print("late:", fut.result())
    print("summary:", len(on_time), "on time,", len(late), "late")
