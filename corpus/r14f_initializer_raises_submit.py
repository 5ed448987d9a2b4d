"""A ProcessPoolExecutor whose initializer raises (a config file that is missing). The first submit()
is accepted; its worker logs 'Exception in initializer:' and exits, the executor breaks, and that
first Future fails with BrokenProcessPool; a second submit() raises BrokenProcessPool at once."""
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def load_config(path):
    with open(path) as f:
        return f.read()


def work(x):
    return x + 1


def main(method):
    ctx = multiprocessing.get_context(method)
    ex = ProcessPoolExecutor(max_workers=2, mp_context=ctx, initializer=load_config,
                             initargs=("/nonexistent/mp-tutor-config.ini",))
    f = ex.submit(work, 1)
    try:
        print("result:", f.result(timeout=20), flush=True)
    except BrokenProcessPool as e:
        print("first future:", type(e).__name__, e, flush=True)
    try:
        ex.submit(work, 2)
    except BrokenProcessPool as e:
        print("second submit:", type(e).__name__, e, flush=True)
    ex.shutdown()
    print("shut down", flush=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method())
