"""multiprocessing.log_to_stderr(logging.DEBUG) switched on before a Pool, as a tutorial does
to "see what multiprocessing is doing": the library's own log lines come out on stderr between
the program's prints."""
import logging
import multiprocessing
import sys


def square(x):
    print("square", x, "in", multiprocessing.current_process().name, flush=True)
    return x * x


if __name__ == "__main__":
    if len(sys.argv) > 1:
        multiprocessing.set_start_method(sys.argv[1])
    logger = multiprocessing.log_to_stderr(logging.DEBUG)
    logger.info("starting the pool")
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, range(4)))
    print("after the with block", flush=True)
