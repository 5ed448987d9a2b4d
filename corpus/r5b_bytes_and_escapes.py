"""A child writes bytes that are not UTF-8 to stdout, a print with a lone surrogate escape, and ANSI escape
sequences (colour, clear screen, cursor moves, a title); the parent prints plain text after it."""
import multiprocessing as mp
import os
import sys


def noisy():
    sys.stdout.buffer.write(b"raw:\xff\xfe\x80 end\n")
    sys.stdout.flush()
    print("\x1b[31mred\x1b[0m \x1b[2J\x1b[H\x1b]0;title\x07 bell\x07 back\x08space", flush=True)
    os.write(1, b"direct \x1b[1mbold\x1b[0m \xc3\x28\n")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=noisy)
    p.start()
    p.join()
    print("parent after child, exit", p.exitcode)
