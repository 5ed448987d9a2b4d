"""Course exercise: a parallel merge sort. The list is split in two; each half goes to a child process, which
splits again (depth 2) into two grandchildren. Every level sends its sorted half back to its parent through a Pipe
and the parent merges the two halves it receives. The learner closes the sending end in the parent after start()."""
import multiprocessing as mp
import random
import sys


def merge(a, b):
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return out + a[i:] + b[j:]


def sort_part(ctx, data, depth, conn):
    if depth == 0 or len(data) < 2:
        conn.send(sorted(data))
        conn.close()
        return
    mid = len(data) // 2
    halves = []
    for part, tag in ((data[:mid], "L"), (data[mid:], "R")):
        r, w = ctx.Pipe(duplex=False)
        p = ctx.Process(target=sort_part, args=(ctx, part, depth - 1, w),
                        name="%s%s" % (mp.current_process().name if depth < 2 else "", tag))
        p.start()
        w.close()
        halves.append((p, r))
    left = halves[0][1].recv()
    right = halves[1][1].recv()
    for p, _ in halves:
        p.join()
    conn.send(merge(left, right))
    conn.close()


def main(ctx):
    rng = random.Random(5)
    data = [rng.randint(0, 99) for _ in range(16)]
    print("input ", data, flush=True)
    r, w = ctx.Pipe(duplex=False)
    sort_part(ctx, data, 2, w)
    result = r.recv()
    print("sorted", result, flush=True)
    print("correct:", result == sorted(data), flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
