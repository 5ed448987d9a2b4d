"""set_start_method called twice: the second call raises RuntimeError('context has already been set')."""
import multiprocessing as mp
import sys


def hello():
    print("hello from child", flush=True)


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else "spawn"
    mp.set_start_method(method)
    try:
        mp.set_start_method("spawn" if method != "spawn" else "fork")
    except RuntimeError as e:
        print("second call:", e)
    p = mp.Process(target=hello)
    p.start()
    p.join()
