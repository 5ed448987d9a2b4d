"""What sys.exit(x) in a child does to its exitcode: None and 0 give 0, 2 gives 2, a string gives 1 (printed
to stderr), True gives 1, False gives 0, and 256 gives 0 (an exit status keeps only the low 8 bits)."""
import multiprocessing as mp
import sys


def leave(arg):
    sys.exit(arg)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    for arg in (None, 0, 2, "text", True, False, 256):
        p = mp.Process(target=leave, args=(arg,))
        p.start()
        p.join()
        print(f"sys.exit({arg!r}) -> exitcode {p.exitcode}", flush=True)
