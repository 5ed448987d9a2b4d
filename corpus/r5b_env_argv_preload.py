"""A child reads os.environ and sys.argv; set_forkserver_preload() and set_executable() (to the same
python) before any process starts."""
import multiprocessing as mp
import os
import sys


def show():
    print("child sees R5B_COLOUR =", os.environ.get("R5B_COLOUR"), flush=True)
    print("child argv[1:] =", sys.argv[1:], flush=True)
    print("child start method:", mp.get_start_method(), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    method = mp.get_start_method()  # else the default, which mp-tutor's --start-method sets
    if method == "forkserver":
        mp.set_forkserver_preload(["json", "decimal"])
    mp.set_executable(sys.executable)
    os.environ["R5B_COLOUR"] = "teal"
    p = mp.Process(target=show)
    p.start()
    p.join()
    print("parent argv[1:] =", sys.argv[1:], "exit", p.exitcode)
