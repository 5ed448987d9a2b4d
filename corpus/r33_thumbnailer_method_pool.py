"""A 'thumbnailer' class that keeps its log file open and hands its own method to Pool.map.
The method drags self (and the open file) into the pickle, so map() raises under every
start method. The learner's retry: a module-level function with functools.partial."""
import functools
import multiprocessing as mp
import os
import sys
import tempfile


class Thumbnailer:
    def __init__(self, size, log_path):
        self.size = size
        self.log = open(log_path, "a")       # kept open for the object's life

    def resize(self, name):
        self.log.write(f"resize {name}\n")
        return f"{name}@{self.size}px"

    def run(self, pool, names):
        return pool.map(self.resize, names)


def resize_one(name, size):
    return f"{name}@{size}px"


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    names = [f"img{i}.jpg" for i in range(6)]
    log_path = os.path.join(tempfile.mkdtemp(), "thumbs.log")
    thumbs = Thumbnailer(128, log_path)
    with ctx.Pool(2) as pool:
        try:
            print(thumbs.run(pool, names))
        except Exception as e:
            print(f"first try failed: {type(e).__name__}: {e}")
        print(pool.map(functools.partial(resize_one, size=128), names))
    thumbs.log.close()
