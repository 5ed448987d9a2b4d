"""mp_context=get_context("spawn") while the default start method is argv's; initializer/initargs set a
global in each worker; a work item raises an error chained with `raise ... from ...`: the parent's
traceback shows the worker's traceback (_RemoteTraceback) as the cause of the re-raised error."""
import multiprocessing
import sys
import traceback
from concurrent.futures import ProcessPoolExecutor

TABLE = None


def load(table):
    global TABLE
    TABLE = dict(table)


def lookup(key):
    try:
        return TABLE[key]
    except KeyError as e:
        raise LookupError(f"no rate for {key!r}") from e


if __name__ == "__main__":
    if len(sys.argv) > 1:  # else the default, which mp-tutor's --start-method sets
        multiprocessing.set_start_method(sys.argv[1])
    print("default:", multiprocessing.get_start_method())
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("spawn"),
                             initializer=load, initargs=([("eur", 1.0), ("usd", 1.1)],)) as ex:
        print("eur", ex.submit(lookup, "eur").result())
        try:
            ex.submit(lookup, "gbp").result()
        except LookupError:
            traceback.print_exc(file=sys.stdout)
    print("done")
