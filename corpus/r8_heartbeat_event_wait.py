"""A worker prints a heartbeat every 0.2 s with `while not stop.wait(0.2)`; the parent sets stop after about 1 s."""
import sys
import time
import multiprocessing as mp


def worker(stop):
    beats = 0
    while not stop.wait(0.2):          # False on each timeout: beat; True once stop is set
        beats += 1
        print("heartbeat", beats, flush=True)
    print("worker stopping after", beats, "beats", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    stop = mp.Event()
    p = mp.Process(target=worker, args=(stop,))
    p.start()
    time.sleep(1.05)
    stop.set()
    p.join()
    print("exitcode", p.exitcode)
