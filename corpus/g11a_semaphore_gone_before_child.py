"""The parent's code ends right after start() under spawn or forkserver (gaps 11A, r10a_event_forgotten_exit_hang
without the hang): at exit multiprocessing's finalizers remove the Event's semaphore before the child has unpickled it;
the child fails with FileNotFoundError (exit 1) before run(), and the parent exits 0."""
import multiprocessing as mp
import sys


def waiter(event):
    event.wait(1)
    print("waiter: never printed under spawn/forkserver", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    event = mp.Event()
    mp.Process(target=waiter, args=(event,)).start()
    print("main: my code ends here", flush=True)
