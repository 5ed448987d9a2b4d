"""RecursionError in children. One child catches it and reports how deep it got; the other lets it
escape run(): Python prints the (shortened) traceback on its stderr and the child exits with code 1."""
import multiprocessing as mp
import sys


def walk(node):
    return 1 + walk(node + 1)


def careful(q):
    depth = 0

    def dive(n):
        nonlocal depth
        depth = n
        dive(n + 1)

    try:
        dive(1)
    except RecursionError as exc:
        q.put(("caught", str(exc), depth > 900))


def careless():
    print("careless child starts", flush=True)
    walk(0)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    a = mp.Process(target=careful, args=(q,), name="Careful")
    b = mp.Process(target=careless, name="Careless")
    a.start()
    b.start()
    print("Careful says:", q.get(timeout=20), flush=True)
    a.join()
    b.join()
    print("exit codes:", a.exitcode, b.exitcode, flush=True)
