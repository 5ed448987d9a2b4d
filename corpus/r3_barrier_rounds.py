"""A Barrier used for two rounds by three processes."""
import multiprocessing as mp
import sys
import time


def player(b, i):
    for rnd in range(2):
        time.sleep(0.02 * i)
        b.wait()
    print("player", i, "done", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    b = mp.Barrier(3)
    ps = [mp.Process(target=player, args=(b, i)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("all done")
