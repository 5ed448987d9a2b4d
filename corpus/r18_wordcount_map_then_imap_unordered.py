"""Course exercise: word count as map-reduce. Map: Pool.map counts the words of each line into a Counter; reduce:
the parent adds the Counters. Variant: imap_unordered with chunksize=3, the parent reducing as results arrive
(in whatever order the chunks finish)."""
import collections
import multiprocessing as mp
import sys

TEXT = """the quick brown fox jumps over the lazy dog
the dog sleeps
a fox is quick and a dog is lazy
brown dogs and brown foxes
the end of the story is near
quick quick quick
lazy afternoons for the lazy dog
over and over and over""".splitlines()


def count_line(line):
    return collections.Counter(line.split())


def count_lines_tagged(line_no_and_line):
    no, line = line_no_and_line
    return no, collections.Counter(line.split())


def main(ctx):
    with ctx.Pool(2) as pool:
        total = collections.Counter()
        for c in pool.map(count_line, TEXT):
            total += c
        print("map + reduce, top 4:", total.most_common(4), flush=True)

        total2 = collections.Counter()
        order = []
        for no, c in pool.imap_unordered(count_lines_tagged, enumerate(TEXT), chunksize=3):
            order.append(no)
            total2 += c
        print("imap_unordered order of lines:", order, flush=True)
        print("same totals:", total == total2, flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
