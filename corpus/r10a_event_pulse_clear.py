"""event-basics changed: main calls set() and clear() right after it, a "pulse". Waiters woken by set()
may find the flag cleared again when they get the Event's lock back: their wait() returns False."""
import multiprocessing as mp
import sys
import time


def waiter(name, event, ready):
    ready.release()             # "I am about to wait": spawn children start late
    print(f"{name} waits", flush=True)
    got = event.wait()          # no timeout: we expect True once main "fires" the event
    print(f"{name}: wait() returned {got}, is_set() = {event.is_set()}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    event = mp.Event()
    ready = mp.Semaphore(0)
    ps = [mp.Process(target=waiter, args=(f"waiter-{i}", event, ready)) for i in range(3)]
    for p in ps:
        p.start()
    for _ in ps:
        ready.acquire()
    time.sleep(0.3)
    print("main: pulse set(); clear()", flush=True)
    event.set()
    event.clear()               # the learner's "reset it for next time"
    for p in ps:
        p.join()
    print("main: done", flush=True)
