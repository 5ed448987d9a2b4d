"""A spinner thread in the parent polls a multiprocessing Event with wait(0.002) while a child 'compacts' for about
1.5 s, counting its turns; the child sets the Event when done. Hundreds of waits time out (return False), the last
one returns True. The spinner prints how many turns it made, so the summary's count can be checked against it."""
import multiprocessing as mp
import sys
import threading
import time


def compact(done):
    time.sleep(1.5)                          # the "compaction"
    done.set()


def spinner(done, turns):
    while not done.wait(0.002):
        turns[0] += 1
    turns[1] = 1


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    done = ctx.Event()
    turns = [0, 0]
    spin = threading.Thread(target=spinner, args=(done, turns), name="spinner")
    spin.start()
    p = ctx.Process(target=compact, args=(done,), name="compactor")
    p.start()
    p.join()
    spin.join()
    print(f"spinner: {turns[0]} timed-out waits, {turns[1]} that returned True", flush=True)
