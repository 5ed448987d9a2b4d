"""sys.exit() inside a work item does not end the worker: concurrent.futures catches BaseException
in the work item (process.py _process_worker, thread.py _WorkItem.run) and stores SystemExit in the
Future; the same worker runs the next work item. The main process then calls result() on such a
Future without a try: result() raises the SystemExit again in the main process, which ends with
status 3 and no traceback."""
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def job(i):
    if i == 1:
        sys.exit(3)
    return i, os.getpid()


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method()
    ctx = multiprocessing.get_context(method)
    with ThreadPoolExecutor(max_workers=1) as tex:
        tf = [tex.submit(job, i) for i in range(3)]
        print("thread exception:", repr(tf[1].exception()), flush=True)
        print("thread results:", [tf[0].result()[0], tf[2].result()[0]], flush=True)
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as ex:
        pf = [ex.submit(job, i) for i in range(3)]
        print("process exception:", repr(pf[1].exception()), flush=True)
        print("same worker after it:", pf[0].result()[1] == pf[2].result()[1], flush=True)
        print("now result() of item 1", flush=True)
        pf[1].result()
    print("never printed", flush=True)
