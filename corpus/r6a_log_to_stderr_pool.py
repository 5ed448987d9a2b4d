"""multiprocessing.log_to_stderr(logging.INFO) around a Pool and a Process; get_logger() used by the worker itself."""
import logging
import multiprocessing as mp
import sys


def job(x):
    mp.get_logger().info("job %s running", x)
    return x + 1


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    logger = mp.log_to_stderr(logging.INFO)
    p = mp.Process(target=job, args=(0,))
    p.start()
    p.join()
    with mp.Pool(1) as pool:
        print(pool.map(job, [1, 2]))
    logger.info("main done")
