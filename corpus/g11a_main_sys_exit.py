"""The main process ends with sys.exit(7) after a caught sys.exit(4) (gaps 11A): the exit note says sys.exit(7) ended
it; the caught one is not its end."""
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
    try:
        sys.exit(4)
    except SystemExit as e:
        print("caught SystemExit", e.code, flush=True)
    sys.exit(7)
