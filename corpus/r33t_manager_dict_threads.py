"""A word counter: two worker processes each read their share of documents with three threads;
every thread adds its counts into one Manager().dict() under a Manager().Lock() (a read, then a
write: the lock keeps the two together). The parent prints the top words and the total."""
import multiprocessing as mp
import sys
import threading

DOCS = ["the cat sat", "the dog ran", "a cat ran", "the end", "a dog sat on the cat",
        "run cat run"]


def count_doc(doc, counts, lock):
    for word in doc.split():
        with lock:
            counts[word] = counts.get(word, 0) + 1


def worker(docs, counts, lock):
    threads = [threading.Thread(target=count_doc, args=(d, counts, lock)) for d in docs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Manager() as manager:
        counts, lock = manager.dict(), manager.Lock()
        procs = [ctx.Process(target=worker, args=(DOCS[i::2], counts, lock)) for i in range(2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        result = dict(counts)
    top = sorted(result.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print("top words:", top)
    print("total words:", sum(result.values()), "expected", sum(len(d.split()) for d in DOCS))
