"""A thread of the parent imports a slow module (it takes 1.5 s to run there) when the main thread starts a child. Under
fork the child's copy of that module's import lock is held by a thread that was not copied: the child's own import
of the module never returns (its main thread tries, and a SIGALRM handler stops it after 2 s; a new thread of the
child could reuse the holder's thread id and get the half-run module instead). Under spawn and forkserver the child
starts from a fresh interpreter and imports it at once."""
import multiprocessing as mp
import os
import signal
import sys
import tempfile
import threading
import time

MODULE = "r20_slow_settings"


def write_module(folder):
    with open(os.path.join(folder, MODULE + ".py"), "w") as f:
        # slow only in the process that started the program: a child that runs it imports it at once
        f.write("import multiprocessing, time\nif multiprocessing.parent_process() is None:\n"
                "    time.sleep(1.5)\nVALUE = 42\n")


def load():
    return __import__(MODULE).VALUE


def give_up(signum, frame):
    raise TimeoutError


def child(folder):
    sys.path.insert(0, folder)
    signal.signal(signal.SIGALRM, give_up)
    signal.alarm(2)
    try:
        print("child: import returned", load(), flush=True)
    except TimeoutError:
        print("child: import still waiting after 2 s", flush=True)
    signal.alarm(0)


def main(ctx):
    folder = tempfile.mkdtemp()
    write_module(folder)
    sys.path.insert(0, folder)
    loader = threading.Thread(target=load, name="loader")
    loader.start()
    time.sleep(0.3)
    p = ctx.Process(target=child, args=(folder,), name="child")
    p.start()
    p.join()
    loader.join()
    print("parent: child exit code", p.exitcode, flush=True)
    os.unlink(os.path.join(folder, MODULE + ".py"))
    os.rmdir(folder)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
