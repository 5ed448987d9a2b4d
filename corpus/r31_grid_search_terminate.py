"""A grid search over (rate, momentum) with Pool.imap_unordered over itertools.product: keep the best
score, stop as soon as one is under the target and terminate() the pool, so the rest never runs."""
import itertools
import multiprocessing as mp
import sys
import time

TARGET = 0.02


def score(params):
    rate, momentum = params
    time.sleep(0.02)                                  # a "training run"
    return (rate - 0.3) ** 2 + (momentum - 0.9) ** 2, params


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    rates = [0.05 * i for i in range(1, 11)]
    momenta = [0.5, 0.7, 0.9, 0.99]
    grid = itertools.product(rates, momenta)
    best, seen = (float("inf"), None), 0
    pool = ctx.Pool(2)
    for result in pool.imap_unordered(score, grid, chunksize=2):
        seen += 1
        best = min(best, result)
        if best[0] < TARGET:
            print(f"target reached after {seen} of {len(rates) * len(momenta)} runs")
            pool.terminate()
            break
    else:
        pool.close()
    pool.join()
    print(f"best score {best[0]:.4f} at rate={best[1][0]:.2f} momentum={best[1][1]}")
