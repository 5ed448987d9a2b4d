"""Map-reduce by hand: three mappers count words of their share of documents and put partial dicts on
one Queue; one reducer process merges them and puts the merged dict on a result Queue. The parent joins
the mappers, tells the reducer to stop, then (the classic mistake) joins the reducer BEFORE reading its
result: join(timeout=2) comes back with the reducer still alive. Then it reads the result and joins again."""
import multiprocessing as mp
import sys


def mapper(docs, partials):
    counts = {}
    for doc in docs:
        for word in doc.split():
            counts[word] = counts.get(word, 0) + 1
    partials.put(counts)


def reducer(partials, results):
    merged = {}
    while (part := partials.get()) is not None:
        for word, n in part.items():
            merged[word] = merged.get(word, 0) + n
    results.put(merged)                        # big: its feeder must wait until someone reads the pipe


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    docs = [" ".join(f"token-{(d * 300 + k) % 12000:05d}" for k in range(300)) for d in range(60)]
    partials, results = ctx.Queue(), ctx.Queue()
    mappers = [ctx.Process(target=mapper, args=(docs[i::3], partials), name=f"mapper-{i}") for i in range(3)]
    red = ctx.Process(target=reducer, args=(partials, results), name="reducer")
    red.start()
    for m in mappers:
        m.start()
    for m in mappers:
        m.join()
    partials.put(None)
    red.join(timeout=2)
    print("reducer alive after join(timeout=2):", red.is_alive(), "exitcode:", red.exitcode)
    merged = results.get()
    red.join()
    print("reducer exitcode after get():", red.exitcode)
    print("distinct words:", len(merged), "total:", sum(merged.values()), "expected:", 60 * 300)
