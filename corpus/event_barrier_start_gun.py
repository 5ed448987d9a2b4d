"""Runners wait for a start Event, then race; a Barrier lines them up at the finish."""
import multiprocessing as mp
import time


def runner(i, go, finish):
    go.wait()
    time.sleep(0.01 * (3 - i))
    finish.wait()
    print("runner", i, "finished")


if __name__ == "__main__":
    go = mp.Event()
    finish = mp.Barrier(3)
    ps = [mp.Process(target=runner, args=(i, go, finish)) for i in range(3)]
    for p in ps:
        p.start()
    time.sleep(0.2)
    go.set()
    for p in ps:
        p.join()
