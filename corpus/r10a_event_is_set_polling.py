"""event-basics changed: the waiter polls is_set() in a loop with a short sleep instead of calling wait();
the main process sets the Event after 0.5 s."""
import multiprocessing as mp
import sys
import time


def poller(event):
    polls = 0
    while not event.is_set():
        polls += 1
        time.sleep(0.05)
    print(f"poller: saw the flag after {polls} polls", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    event = mp.Event()
    p = mp.Process(target=poller, args=(event,))
    p.start()
    time.sleep(0.5)
    event.set()
    p.join()
    print("main: done", flush=True)
