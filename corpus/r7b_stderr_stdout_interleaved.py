# A child writes stdout and stderr alternately, unbuffered; a warning and a traceback go to stderr.
import multiprocessing as mp
import sys
import warnings


def chatty():
    for i in range(3):
        print(f"out {i}", flush=True)
        print(f"err {i}", file=sys.stderr, flush=True)
    warnings.warn("something odd")
    sys.stderr.write("no newline on stderr")
    sys.stderr.flush()
    print(" ...stdout after", flush=True)
    raise RuntimeError("boom")


if __name__ == "__main__":
    p = mp.Process(target=chatty)
    p.start()
    p.join()
    print("exitcode", p.exitcode)
