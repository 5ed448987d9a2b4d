"""set_start_method called twice: the second call raises RuntimeError('context has already been set')."""
import multiprocessing as mp
import sys


def hello():
    print("hello from child", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    method = mp.get_start_method()  # fixes the default (mp-tutor's --start-method) when argv named none
    try:
        mp.set_start_method("spawn" if method != "spawn" else "fork")
    except RuntimeError as e:
        print("second call:", e)
    p = mp.Process(target=hello)
    p.start()
    p.join()
