"""lock-basics and queue-terminate, changed: Semaphore(1) in place of the Lock (a child releases what
main acquired), put() after the queue's close() (ValueError), and terminate() in place of join()."""
import multiprocessing as mp
import sys
import time


def counter(name, guard, out):
    for i in range(3):
        with guard:
            out.put(f"{name} {i}")
            time.sleep(0.05)
    time.sleep(2)                        # still sleeping when main terminates it
    print(f"{name}: never printed if terminated")


def releaser(guard):
    guard.release()                      # a Lock would raise here: a Semaphore has no owner
    print("releaser: released the semaphore main acquired")


def main():
    if len(sys.argv) > 1:                # else the default (mp-tutor trace --start-method)
        mp.set_start_method(sys.argv[1])
    guard = mp.Semaphore(1)              # the learner's change: was mp.Lock()
    out = mp.Queue()
    guard.acquire()
    r = mp.Process(target=releaser, args=(guard,), name="releaser")
    r.start()
    r.join()
    workers = [mp.Process(target=counter, args=(f"c{i}", guard, out), name=f"c{i}") for i in (1, 2)]
    for w in workers:
        w.start()
    got = [out.get() for _ in range(6)]
    print(f"main: got {len(got)} items: {got}")
    out.close()
    try:
        out.put("late")
    except ValueError as error:
        print(f"main: put() after close() raised ValueError: {error}")
    for w in workers:
        w.terminate()                    # the learner's change: was w.join()
    time.sleep(0.2)
    print(f"main: exit codes right after terminate() and 0.2 s: {[w.exitcode for w in workers]}")


if __name__ == "__main__":
    main()
