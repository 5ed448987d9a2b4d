"""pipe, changed: the learner makes the child listen first and, tidying up, closes the parent's end right
after start(). Under spawn/forkserver the child's recv() raises EOFError (no writer is left); under fork the
child inherited its own copy of the parent's end, so poll() waits its full 3 s and sees nothing."""
import multiprocessing as mp
import sys
import time


def listener(conn):
    print("listener: waiting up to 3 s for a message")
    start = time.monotonic()
    if not conn.poll(3.0):
        print(f"listener: nothing after {time.monotonic() - start:.1f} s (a copy of the other end is still open)")
        return
    try:
        print(f"listener: received {conn.recv()!r}")
    except EOFError:
        print(f"listener: recv() raised EOFError after {time.monotonic() - start:.1f} s: the other end is closed")


def main():
    if len(sys.argv) > 1:                # else the default (mp-tutor trace --start-method)
        mp.set_start_method(sys.argv[1])
    parent_end, child_end = mp.Pipe()
    child = mp.Process(target=listener, args=(child_end,), name="Listener")
    child.start()
    child_end.close()
    parent_end.close()                   # the learner's change: closed before anything was sent
    try:
        parent_end.send("hello")
    except OSError as error:
        print(f"parent: send() on my closed end raised {type(error).__name__}: {error}")
    child.join()
    print(f"parent: Listener exitcode {child.exitcode}")


if __name__ == "__main__":
    main()
