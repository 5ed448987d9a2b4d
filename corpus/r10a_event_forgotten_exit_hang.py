"""event-basics changed: the "forgotten" child is never terminated. main's code ends, and
multiprocessing's exit handler joins the child, which waits for an Event nobody sets: the program never ends."""
import multiprocessing as mp
import sys


def forgotten(event):
    print("forgotten: waiting for the event", flush=True)
    event.wait()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    event = mp.Event()
    p = mp.Process(target=forgotten, args=(event,))
    p.start()
    print("main: my code ends here", flush=True)
