"""A pipeline built from done-callbacks: when a 'download' work item finishes, its callback reads
the result and submits the 'resize' stage to the same executor; the resize's callback records the
final value. The main thread waits on a threading.Event set when all three chains finish."""
import multiprocessing
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor

finished = []
lock = threading.Lock()
all_done = threading.Event()


def download(i):
    time.sleep(0.2)
    return "img%d" % i


def resize(name):
    time.sleep(0.1)
    return name + "-small"


def main(method):
    ctx = multiprocessing.get_context(method)
    ex = ProcessPoolExecutor(max_workers=2, mp_context=ctx)

    def on_resized(fut):
        with lock:
            finished.append(fut.result())
            if len(finished) == 3:
                all_done.set()

    def on_downloaded(fut):
        name = fut.result()
        print("downloaded", name, "on", threading.current_thread().name, flush=True)
        ex.submit(resize, name).add_done_callback(on_resized)

    for i in range(3):
        ex.submit(download, i).add_done_callback(on_downloaded)
    all_done.wait(20)
    print("finished:", sorted(finished), flush=True)
    ex.shutdown()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method())
