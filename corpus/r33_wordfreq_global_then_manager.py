"""Word counts over three chunks of text, the way a learner writes it after the first lesson.
First try: each child adds to a module-level Counter; the parent's Counter stays empty.
Second try: a Manager().dict() updated with d[w] = d.get(w, 0) + 1 from three processes:
each read and write is its own call to the manager, so counts are lost between them."""
import collections
import multiprocessing as mp
import sys

counts = collections.Counter()          # "global, so every process can add to it"

TEXT = ("the cat sat on the mat the dog sat on the log " * 40).split()
CHUNKS = [TEXT[i::3] for i in range(3)]


def count_global(words):
    for w in words:
        counts[w] += 1
    print(f"child counted {sum(counts.values())} words", flush=True)


def count_shared(words, shared):
    for w in words:
        shared[w] = shared.get(w, 0) + 1     # read, then write: two calls


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    procs = [ctx.Process(target=count_global, args=(c,)) for c in CHUNKS]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("global Counter in the parent:", dict(counts))

    with ctx.Manager() as manager:
        shared = manager.dict()
        procs = [ctx.Process(target=count_shared, args=(c, shared)) for c in CHUNKS]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        total = sum(shared.values())
        print(f"Manager dict: {total} words counted, {len(TEXT)} in the text")
        print("lost:", "some" if total < len(TEXT) else "none this time")
