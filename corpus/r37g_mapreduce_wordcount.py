"""A MapReduce word count as a course's notes write it: the text is split into chunks, a Pool
maps each chunk to a Counter, then the counts are reduced with functools.reduce and the top
words printed."""
import collections
import functools
import multiprocessing
import sys

TEXT = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a lazy afternoon for a lazy dog
quick thinking saves the day
""" * 25


def mapper(lines):
    counts = collections.Counter()
    for line in lines:
        counts.update(line.lower().split())
    return counts


def reducer(a, b):
    a.update(b)
    return a


def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


if __name__ == "__main__":
    if len(sys.argv) > 1:
        multiprocessing.set_start_method(sys.argv[1])
    lines = TEXT.splitlines()
    pool = multiprocessing.Pool(processes=3)
    partial = pool.map(mapper, list(chunks(lines, 20)))
    pool.close()
    pool.join()
    total = functools.reduce(reducer, partial, collections.Counter())
    print("chunks:", len(partial), "words:", sum(total.values()))
    for word, n in total.most_common(5):
        print(f"{word:10} {n}")
