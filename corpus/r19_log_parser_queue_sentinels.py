"""Pasted from an answer: parse a big log in parallel. The parent reads the file in chunks of lines and puts each
chunk on a task Queue, then one None per worker; each worker counts the levels in its chunks and puts its Counter
on a result Queue; the parent gets one result per worker, then joins them."""
import collections
import multiprocessing as mp
import sys
import tempfile

WORKERS = 3
CHUNK = 25


def parse(tasks, results):
    counts = collections.Counter()
    while True:
        chunk = tasks.get()
        if chunk is None:
            break
        for line in chunk:
            counts[line.split()[1]] += 1
    results.put(dict(counts))


def main(ctx):
    levels = ["INFO", "INFO", "WARN", "INFO", "ERROR"]
    with tempfile.TemporaryFile("w+") as log:
        for i in range(130):
            log.write("2024-01-01T00:00:%02d %s message %d\n" % (i % 60, levels[i % 5], i))
        log.seek(0)
        tasks, results = ctx.Queue(), ctx.Queue()
        workers = [ctx.Process(target=parse, args=(tasks, results), name="parser-%d" % i) for i in range(WORKERS)]
        for w in workers:
            w.start()
        chunk, sent = [], 0
        for line in log:
            chunk.append(line)
            if len(chunk) == CHUNK:
                tasks.put(chunk)
                chunk, sent = [], sent + 1
        if chunk:
            tasks.put(chunk)
            sent += 1
        for _ in workers:
            tasks.put(None)
    total = collections.Counter()
    for _ in workers:
        total.update(results.get())
    for w in workers:
        w.join()
    print("chunks sent:", sent, flush=True)
    print("levels:", sorted(total.items()), flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
