"""The parent reads stdin; a child's stdin is /dev/null (multiprocessing closes it), so input() there gets EOFError."""
import multiprocessing as mp
import sys


def child(q):
    try:
        input()
        q.put("child read a line")
    except EOFError:
        q.put("child: EOFError")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    data = sys.stdin.read()
    print("parent read", len(data), "characters")
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print(q.get())
    p.join()
