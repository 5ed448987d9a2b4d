"""`with Pool() as pool`: leaving the block calls terminate(); the workers end by SIGTERM (exitcode -15)."""
import multiprocessing as mp
import sys


def double(x):
    return 2 * x


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        print(pool.map(double, range(6)))
        workers = list(pool._pool)
    for w in workers:
        w.join()
    print("worker exitcodes:", [w.exitcode for w in workers])
