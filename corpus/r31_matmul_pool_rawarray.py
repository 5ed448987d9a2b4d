"""Matrix multiply C = A x B with rows computed by a Pool. A, B and C live in RawArrays handed to
the workers once through the Pool initializer (globals in each worker); each task writes its row
of C in place and returns only its row number. The parent checks C against a serial product."""
import multiprocessing as mp
import sys

N = 12
_a = _b = _c = None


def init(a, b, c):
    global _a, _b, _c
    _a, _b, _c = a, b, c


def row(i):
    for j in range(N):
        _c[i * N + j] = sum(_a[i * N + k] * _b[k * N + j] for k in range(N))
    return i


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    a_vals = [float((i * 7 + 3) % 11 - 5) for i in range(N * N)]
    b_vals = [float((i * 5 + 1) % 13 - 6) for i in range(N * N)]
    a = ctx.RawArray("d", a_vals)
    b = ctx.RawArray("d", b_vals)
    c = ctx.RawArray("d", N * N)                  # zeros; no lock: each row has one writer
    with ctx.Pool(3, initializer=init, initargs=(a, b, c)) as pool:
        done = pool.map(row, range(N), chunksize=4)
    print("rows done:", done)
    serial = [sum(a_vals[i * N + k] * b_vals[k * N + j] for k in range(N)) for i in range(N) for j in range(N)]
    wrong = [i for i in range(N * N) if c[i] != serial[i]]
    print("C[0][:4] =", list(c[:4]), "trace =", sum(c[i * N + i] for i in range(N)))
    print("matches serial" if not wrong else f"{len(wrong)} cells differ")
    sys.exit(1 if wrong else 0)
