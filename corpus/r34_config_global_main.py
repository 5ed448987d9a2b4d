"""A script reads its settings in the __main__ block into a module-level dict and lets Pool workers
use them. Under fork the workers inherit the filled dict; under spawn and forkserver they import
the module again, the dict is empty, and map() re-raises the workers' KeyError. Passing the
settings through the Pool's initializer works under every start method."""
import multiprocessing as mp
import sys

CONFIG = {}


def scale(x):
    return x * CONFIG["factor"] + CONFIG["offset"]


def load_config(settings):
    CONFIG.update(settings)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    CONFIG.update({"factor": 10, "offset": 1})       # as if parsed from argv or a file
    print("start method:", ctx.get_start_method())
    with ctx.Pool(2) as pool:
        try:
            print("global only:", pool.map(scale, range(6)))
        except KeyError as exc:
            print(f"global only: KeyError {exc} raised by map()")
    with ctx.Pool(2, initializer=load_config, initargs=(dict(CONFIG),)) as pool:
        print("initializer:", pool.map(scale, range(6)))
