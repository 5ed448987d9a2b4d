"""Fetch 'reports' with flaky jobs: apply_async with an error_callback that resubmits a
failed job, up to 3 attempts; a Condition in the parent waits until every job has a result
or has given up. The callbacks run in the pool's result-handler thread."""
import multiprocessing as mp
import sys
import threading

MAX_ATTEMPTS = 3


def fetch(report, attempt):
    if report == "sales" and attempt < 2:
        raise ConnectionError(f"{report}: timed out (attempt {attempt})")
    if report == "audit":
        raise PermissionError(f"{report}: access denied (attempt {attempt})")
    return f"{report}.csv ({attempt})"


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    done, failed, cond = {}, {}, threading.Condition()
    reports = ["sales", "stock", "audit", "hr"]

    with ctx.Pool(2) as pool:
        def submit(report, attempt):
            def ok(result):
                with cond:
                    done[report] = result
                    cond.notify()

            def err(exc):
                print(f"attempt {attempt} of {report} failed: {exc!r}", flush=True)
                if attempt < MAX_ATTEMPTS:
                    submit(report, attempt + 1)
                    return
                with cond:
                    failed[report] = exc
                    cond.notify()
            pool.apply_async(fetch, (report, attempt), callback=ok, error_callback=err)

        for r in reports:
            submit(r, 1)
        with cond:
            cond.wait_for(lambda: len(done) + len(failed) == len(reports), timeout=20)
    print("done:", dict(sorted(done.items())))
    print("gave up:", sorted(failed))
    sys.exit(1 if failed else 0)
