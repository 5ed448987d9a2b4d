"""The main process ends its code with `raise SystemExit(3)` (not sys.exit()) after joining its child (gaps 12A): the
exit note says a raised SystemExit ended it, not sys.exit()."""
import multiprocessing as mp
import sys


def work():
    print("child: done", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=work)
    p.start()
    p.join()
    print("parent: giving up with status 3", flush=True)
    raise SystemExit(3)
