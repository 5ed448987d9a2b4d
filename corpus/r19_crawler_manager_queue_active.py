"""Pasted from a forum: a toy crawler. Workers share a Manager Queue of URLs and add the links they find; a Value
counts the workers busy with a page. A worker stops when the queue is empty AND nobody is busy (a busy worker may
still add URLs): the classic termination problem, answered with the counter taken under its lock."""
import multiprocessing as mp
import queue
import sys
import time

LINKS = {"/": ["/a", "/b"], "/a": ["/a1", "/a2", "/b"], "/b": ["/b1"], "/a1": [], "/a2": ["/"], "/b1": ["/b2"],
         "/b2": []}


def crawl(todo, seen, active, lock, found):
    while True:
        with lock:
            try:
                url = todo.get_nowait()
                active.value += 1
            except queue.Empty:
                if active.value == 0:
                    return
                url = None
        if url is None:
            time.sleep(0.02)
            continue
        time.sleep(0.05)
        for link in LINKS[url]:
            with lock:
                if link not in seen:
                    seen[link] = True
                    todo.put(link)
        found.append(url)
        with lock:
            active.value -= 1


def main(ctx):
    with ctx.Manager() as manager:
        todo, seen, found = manager.Queue(), manager.dict({"/": True}), manager.list()
        active, lock = ctx.Value("i", 0, lock=False), ctx.Lock()
        todo.put("/")
        workers = [ctx.Process(target=crawl, args=(todo, seen, active, lock, found), name="crawler-%d" % i)
                   for i in range(2)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        print("crawled:", sorted(found), flush=True)
        print("exit codes:", [w.exitcode for w in workers], "active at end:", active.value, flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
