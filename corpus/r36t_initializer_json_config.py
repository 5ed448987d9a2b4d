"""Configuration read once per worker: Pool(initializer=load_config, initargs=(path,)) reads a
JSON file into a module global. The first pool's config is good and the work uses it. A second
pool is given a config file with a syntax error: every worker's initializer raises, the
worker exits, the pool starts another, which fails the same way; the parent's
map_async(...).get(timeout=1) gives up with TimeoutError."""
import json
import multiprocessing as mp
import os
import sys
import tempfile

CONFIG = None


def load_config(path):
    global CONFIG
    with open(path) as f:
        CONFIG = json.load(f)


def scaled(x):
    return x * CONFIG["scale"] + CONFIG["offset"]


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with tempfile.TemporaryDirectory() as folder:
        good = os.path.join(folder, "good.json")
        bad = os.path.join(folder, "bad.json")
        with open(good, "w") as f:
            json.dump({"scale": 3, "offset": 1}, f)
        with open(bad, "w") as f:
            f.write('{"scale": 3, "offset": }')
        with ctx.Pool(2, initializer=load_config, initargs=(good,)) as pool:
            print("good config:", pool.map(scaled, range(5)))
        with ctx.Pool(1, initializer=load_config, initargs=(bad,)) as pool:
            try:
                pool.map_async(scaled, range(5)).get(timeout=1)
            except mp.TimeoutError:
                print("bad config: no result in 1 s")
