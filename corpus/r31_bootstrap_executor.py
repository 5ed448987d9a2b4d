"""Bootstrap confidence interval of a mean: 200 resamples of a small sample, each replicate seeded by
its index, spread over a ProcessPoolExecutor with map(chunksize=25). The same replicates are run
serially and must give the same numbers."""
import concurrent.futures as cf
import multiprocessing as mp
import random
import statistics
import sys

DATA = [12.1, 9.8, 11.4, 10.2, 13.7, 8.9, 10.8, 12.6, 9.5, 11.9, 10.1, 14.2]


def replicate(i):
    rng = random.Random(i)
    sample = [rng.choice(DATA) for _ in DATA]
    return statistics.mean(sample)


def interval(means):
    means = sorted(means)
    return means[int(0.025 * len(means))], means[int(0.975 * len(means)) - 1]


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        parallel = list(ex.map(replicate, range(200), chunksize=25))
    serial = [replicate(i) for i in range(200)]
    lo, hi = interval(parallel)
    print(f"mean {statistics.mean(DATA):.3f}, bootstrap sd {statistics.stdev(parallel):.3f}")
    print(f"95% interval [{lo:.3f}, {hi:.3f}]")
    print("same as serial" if parallel == serial else "differs from serial")
