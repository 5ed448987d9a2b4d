"""An exception raised inside 'with ProcessPoolExecutor() as ex:' after four submits: the with
statement's __exit__ calls shutdown(wait=True) before the exception goes on, so the program first
waits for every work item to run (two rounds of 0.5 s on two workers) and only then prints the
traceback (exit status 1)."""
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor


def slow(i):
    time.sleep(0.5)
    print("work item", i, "done", flush=True)
    return i


def load_config():
    raise KeyError("output_dir")


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method()
    ctx = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        futures = [ex.submit(slow, i) for i in range(4)]
        print("submitted 4", flush=True)
        config = load_config()
    print("never printed", flush=True)
