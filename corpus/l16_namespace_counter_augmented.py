"""A learner counts words into a dict kept on a Manager Namespace with `ns.counts[word] += 1`.

Each worker reads ns.counts (the Namespace sends back a pickled copy of the dict), adds one to the copy's item and
drops the copy: the Manager's dict never changes and every count stays 0.  The second half does what works: each
worker builds its own counts and the parent adds them up.  Start method: argv[1], else the default.
"""
import multiprocessing as mp
import sys
from collections import Counter

WORDS = "the cat saw the dog and the dog saw the cat".split()


def count_into_namespace(ns, word):
    ns.counts[word] += 1          # changes a copy: lost


def count_locally(words):
    return Counter(words)


if __name__ == '__main__':
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)   # None: the default, which mp-tutor's --start-method sets
    with ctx.Manager() as manager:
        ns = manager.Namespace()
        ns.counts = {w: 0 for w in WORDS}
        with ctx.Pool(2) as pool:
            pool.starmap(count_into_namespace, [(ns, w) for w in WORDS])
        print('through the Namespace:', dict(sorted(ns.counts.items())))
    with ctx.Pool(2) as pool:
        total = sum(pool.map(count_locally, [WORDS[:6], WORDS[6:]]), Counter())
    print('added up in the parent:', dict(sorted(total.items())))
