"""Threads that end by an exception, in a child and in the main process (gaps 11A): sys.exit(3) in a thread ends only
that thread, silently (threading ignores SystemExit); a ValueError goes to threading.excepthook; the processes go on."""
import multiprocessing as mp
import sys
import threading


def quits():
    sys.exit(3)


def fails():
    raise ValueError("bad row 7")


def threads(where):
    for name, f in (("T-exit", quits), ("T-raise", fails)):
        t = threading.Thread(target=f, name=f"{where}-{name}")
        t.start()
        t.join()
    print(f"{where}: both threads ended, I go on", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=threads, args=("child",))
    p.start()
    p.join()
    threads("main")
    print("child exitcode", p.exitcode)
