"""stdout and stderr interleaved from two processes, including a traceback on stderr."""
import multiprocessing as mp
import sys


def noisy():
    print("to stdout from the child", flush=True)
    print("to stderr from the child", file=sys.stderr, flush=True)
    raise RuntimeError("the child fails\nwith a two-line message")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=noisy)
    p.start()
    p.join()
    print("child exitcode", p.exitcode, file=sys.stderr)
