"""The parent waits for a "loaded" Event with no timeout; the only process that sets it raises while loading: wait() never
returns
(https://docs.python.org/3/library/multiprocessing.html#multiprocessing.Event, a clone of threading.Event:
wait() "blocks until the internal flag is true")."""
import multiprocessing as mp
import sys
import time


def loader(loaded):
    time.sleep(0.2)
    config = {"path": "/etc/app.conf"}
    print("loading", config["path"], flush=True)
    size = config["size"]  # KeyError: the line before set()
    loaded.set()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    loaded = mp.Event()
    p = mp.Process(target=loader, args=(loaded,), name="loader")
    p.start()
    print("waiting for the loader", flush=True)
    loaded.wait()
    print("loaded", flush=True)
    p.join()
