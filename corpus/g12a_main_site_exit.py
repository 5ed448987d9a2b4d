"""The main process ends with the site's exit(4), the interactive helper (gaps 12A): the exit note names exit(4), not
sys.exit(4).  A quit() caught earlier ends nothing."""
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
        quit(2)
    except SystemExit as e:
        print("caught quit():", e.code, flush=True)
    exit(4)
