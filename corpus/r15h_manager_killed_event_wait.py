"""A child waits on a Manager's Event; the parent leaves the with-block (the Manager shuts down) before it
sets the Event: the child's wait() raises EOFError/ConnectionError, exit code 1
(the shape of https://github.com/brickbots/PiFinder/pull/476: "When the multiprocessing Manager process ...
dies, every worker that holds a proxy ... gets a BrokenPipeError / ConnectionResetError / EOFError")."""
import multiprocessing as mp
import sys
import time


def waiter(ev, ready):
    ev.is_set()  # connects to the manager
    ready.put("connected")
    print("waiter: waiting", flush=True)
    ev.wait()
    print("waiter: go", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Manager() as m:
        ev = m.Event()
        ready = mp.Queue()
        p = mp.Process(target=waiter, args=(ev, ready), name="waiter")
        p.start()
        ready.get()
        time.sleep(0.5)
    print("manager shut down", flush=True)
    p.join()
    print("waiter exit code", p.exitcode, flush=True)
