"""daemon-processes, changed: daemon set after start(), the worker start()ed again after join(), and
the daemon ticker tries a spawn-context child of its own; main ends without joining the ticker."""
import multiprocessing as mp
import sys
import time


def hello():
    print("grandchild: hello")


def tick():
    try:
        mp.get_context("spawn").Process(target=hello).start()
    except AssertionError as e:
        print(f"ticker: start() refused: {e}")
    for n in range(30):
        print(f"ticker: tick {n}", flush=True)
        time.sleep(0.1)


def work():
    print("worker: done")


def main():
    if len(sys.argv) > 1:                # else the default (mp-tutor trace --start-method)
        mp.set_start_method(sys.argv[1])
    ticker = mp.Process(target=tick, name="ticker", daemon=True)
    worker = mp.Process(target=work, name="worker")
    worker.start()
    try:
        worker.daemon = True          # too late
    except AssertionError as e:
        print(f"main: daemon = True after start(): AssertionError: {e}")
    worker.join()
    try:
        worker.start()                # again, after it ended
    except AssertionError as e:
        print(f"main: second start(): AssertionError: {e}")
    ticker.start()
    time.sleep(0.6)
    print(f"main: my code ends; ticker alive: {ticker.is_alive()}")


if __name__ == "__main__":
    main()
