"""logging.basicConfig(level=INFO) inside the main guard, then workers log with logging.info(): under
fork the children inherit the configured root logger and their INFO lines appear; under spawn and
forkserver each child starts with an unconfigured root logger, so its INFO lines are dropped and only
the WARNING goes out (through logging's last-resort handler, without the format)."""
import logging
import multiprocessing as mp
import sys


def work(n):
    logging.info("worker %d starting", n)
    if n == 1:
        logging.warning("worker %d: low disk space", n)
    return n


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    logging.basicConfig(level=logging.INFO, format="%(processName)s %(levelname)s %(message)s")
    logging.info("main starting")
    with mp.Pool(2) as pool:
        print("results", pool.map(work, range(3)), flush=True)
    ps = [mp.Process(target=work, args=(n,)) for n in (10, 1)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    logging.info("main done")
