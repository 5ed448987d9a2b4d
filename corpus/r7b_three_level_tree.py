# A three-level tree: two children each start two grandchildren, join them, report via a Queue.
import multiprocessing as mp
import os


def grandchild(q, path):
    q.put((path, os.getpid(), os.getppid()))


def child(q, name):
    kids = [mp.Process(target=grandchild, args=(q, f"{name}/{i}"), name=f"{name}-g{i}") for i in range(2)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()
    q.put((name, os.getpid(), [k.exitcode for k in kids]))


if __name__ == "__main__":
    q = mp.Queue()
    cs = [mp.Process(target=child, args=(q, f"c{i}"), name=f"c{i}") for i in range(2)]
    for c in cs:
        c.start()
    rows = [q.get() for _ in range(6)]
    for c in cs:
        c.join()
    for r in sorted(rows, key=lambda r: r[0]):
        print(r[0], "ok" if len(r) == 3 else r)
    print("exitcodes", [c.exitcode for c in cs])
