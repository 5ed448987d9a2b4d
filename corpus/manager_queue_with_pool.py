"""A Manager().Queue shared with a Pool: workers put progress, the parent reads it."""
import multiprocessing as mp


def job(args):
    q, n = args
    q.put(f"job {n} done")
    return n * n


if __name__ == "__main__":
    with mp.Manager() as m:
        q = m.Queue()
        with mp.Pool(2) as pool:
            squares = pool.map(job, [(q, i) for i in range(4)])
        msgs = sorted(q.get() for _ in range(4))
    print(squares, msgs)
