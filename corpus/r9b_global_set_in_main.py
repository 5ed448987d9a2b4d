"""The parent sets a global under the __main__ guard before start(): a forked child sees it, a spawned one does not."""
import multiprocessing as mp
import sys

SETTINGS = {"verbose": False}
counter = 0


def show(tag):
    print(tag, "sees", SETTINGS, "counter", counter, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    SETTINGS["verbose"] = True
    counter = 5
    p = mp.Process(target=show, args=("child",))
    p.start()
    p.join()
    with mp.Pool(1) as pool:
        pool.apply(show, ("pool worker",))
    show("parent")
