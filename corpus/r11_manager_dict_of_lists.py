"""The classic "my list did not change" bug: a Manager dict holds plain lists, and the workers call
d[key].append(x). d[key] returns a COPY of the list, so the append changes the copy only. The fix:
read, change and store the whole list back (one worker per key here, so no race)."""
import multiprocessing as mp
import sys


def wrong(d, key):
    for i in range(3):
        d[key].append(i)        # appends to a copy


def right(d, key):
    for i in range(3):
        items = d[key]
        items.append(i)
        d[key] = items          # stores the changed list back


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Manager() as manager:
        d = manager.dict({"a": [], "b": []})
        for target in (wrong, right):
            ps = [mp.Process(target=target, args=(d, key)) for key in ("a", "b")]
            for p in ps:
                p.start()
            for p in ps:
                p.join()
            print(target.__name__, dict(d))
