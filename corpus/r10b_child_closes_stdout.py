"""A child closes sys.stdout and then prints (ValueError: run() raises, exit code 1); another closes file
descriptor 1 with os.close(1), then prints: writing the text to fd 1 fails (OSError: Bad file descriptor),
so run() raises and the child exits 1; its stderr still works."""
import multiprocessing as mp
import os
import sys


def close_stream():
    sys.stdout.close()
    print("after sys.stdout.close()")


def close_fd():
    os.close(1)
    print("after os.close(1)")
    print("still in the buffer", file=sys.stderr, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    for target in (close_stream, close_fd):
        p = mp.Process(target=target)
        p.start()
        p.join()
        print(target.__name__, "-> exitcode", p.exitcode, flush=True)
