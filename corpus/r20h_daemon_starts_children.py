"""A daemon Process that tries to have children of its own, three ways: Process.start(), Pool(2) and a
ProcessPoolExecutor's submit(). Each raises AssertionError: daemonic processes are not allowed to have
children (the executor's is raised from submit(), which starts its workers). The daemon prints each error and
returns; the parent joins it (exit code 0)."""
import multiprocessing as mp
import sys
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


def hello():
    print("grandchild says hello", flush=True)


def daemon_body(method):
    ctx = mp.get_context(method)
    try:
        ctx.Process(target=hello).start()
    except AssertionError as e:
        print("Process.start() in the daemon:", e, flush=True)
    try:
        with ctx.Pool(2) as pool:
            print("Pool worked:", pool.map(square, [1, 2]), flush=True)
    except AssertionError as e:
        print("Pool(2) in the daemon:", e, flush=True)
    try:
        with ProcessPoolExecutor(2, mp_context=ctx) as ex:
            print("executor worked:", ex.submit(square, 3).result(), flush=True)
    except AssertionError as e:
        print("executor.submit() in the daemon:", e, flush=True)


def main():
    method = sys.argv[1] if len(sys.argv) > 1 else None
    ctx = mp.get_context(method)
    d = ctx.Process(target=daemon_body, args=(method,), name="keeper", daemon=True)
    d.start()
    d.join()
    print("keeper exit code:", d.exitcode, flush=True)


if __name__ == "__main__":
    main()
