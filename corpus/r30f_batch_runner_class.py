"""A BatchRunner class that owns a ProcessPoolExecutor for the length of a with-block.
It asks for recycled workers (max_tasks_per_child=2); 3.11 refuses that with the fork start
method, so the class falls back to plain workers there. The initializer loads a 'config' into a
module global that each task reads. __exit__ cancels queued work when the block raises."""
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor

CONFIG = None


def load_config(scale):
    global CONFIG
    CONFIG = {"scale": scale, "loaded_by": os.getpid()}


def resize(name):
    return name, CONFIG["scale"] * len(name), os.getpid()


class BatchRunner:
    def __init__(self, ctx, scale):
        self.ctx, self.scale, self.pool = ctx, scale, None

    def __enter__(self):
        kwargs = dict(max_workers=2, mp_context=self.ctx, initializer=load_config, initargs=(self.scale,))
        try:
            self.pool = ProcessPoolExecutor(max_tasks_per_child=2, **kwargs)
            print("recycling workers after 2 tasks each")
        except ValueError as e:
            print("no recycling:", e)
            self.pool = ProcessPoolExecutor(**kwargs)
        return self

    def run(self, names):
        futures = [self.pool.submit(resize, n) for n in names]
        return [f.result(timeout=30) for f in futures]

    def __exit__(self, exc_type, exc, tb):
        self.pool.shutdown(wait=True, cancel_futures=exc_type is not None)
        print("runner closed", "after an error" if exc_type else "cleanly")
        return False


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with BatchRunner(ctx, scale=3) as runner:
        rows = runner.run(["cat.png", "dog.png", "owl.png", "eel.png"])
    for name, size, pid in rows:
        print(name, size)
    print("worker processes used:", len({pid for _, _, pid in rows}))
    print("parent CONFIG is still", CONFIG)
