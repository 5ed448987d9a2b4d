"""Statistics for benchmarks/spawn_start.py's timed mode: medians, spreads, a paired bootstrap interval and a verdict.

The goal of issue 12 is a bound on an ADDED cost (traced minus untraced).  A median of 20 unpaired runs of a ~60 ms
window on a shared machine moves by more than that bound from one run of the benchmark to the next, so a figure
alone says little.  Here each round runs every side once (ABBA: the order reverses every round, so a side that
gains from running first or second, e.g. a warm page cache, gains as often as it loses); the added cost is taken
per round (paired), and its median gets a bootstrap interval.  The verdict is read from that interval only.
"""
import random
import statistics


def quantile(values, q):
    """The q-quantile of values by linear interpolation (statistics.quantiles' 'inclusive' method, any q)."""
    xs = sorted(values)
    if not xs:
        raise ValueError('no values')
    pos = (len(xs) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def summary(values):
    """(median, min, q1, q3) of values."""
    return statistics.median(values), min(values), quantile(values, 0.25), quantile(values, 0.75)


def bootstrap_median(diffs, resamples=4000, level=0.95, seed=12):
    """(low, high): the percentile bootstrap interval of the median of diffs (the rounds resampled with replacement;
    a fixed seed, so the same runs give the same interval)."""
    rng = random.Random(seed)
    n = len(diffs)
    medians = sorted(statistics.median(rng.choices(diffs, k=n)) for _ in range(resamples))
    tail = (1 - level) / 2
    return quantile(medians, tail), quantile(medians, 1 - tail)


def verdict(low, high, goal):
    """What an interval of the added cost shows against `added <= goal`."""
    if high <= goal:
        return 'shown met'
    if low > goal:
        return 'shown not met'
    return 'not decidable'


def abba_order(sides, round_index):
    """The order of the sides in one round: as given in even rounds, reversed in odd ones."""
    return list(sides) if round_index % 2 == 0 else list(reversed(sides))


def busy_jiffies():
    """(busy, total) clock ticks of all CPUs since boot from /proc/stat, or None where there is none (macOS)."""
    try:
        with open('/proc/stat') as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)     # idle + iowait
    return sum(fields) - idle, sum(fields)
