"""Course exercise: C = A x B into a shared Array, rows split between two processes; after a Barrier, phase two
computes each row's share of the total of C, which needs every row of C, so nobody may start it early."""
import multiprocessing as mp
import sys

N = 4
A = [[i + j for j in range(N)] for i in range(N)]
B = [[1 if i == j else 2 for j in range(N)] for i in range(N)]


def worker(rank, nproc, c, shares, barrier):
    rows = range(rank, N, nproc)
    for i in rows:
        for j in range(N):
            c[i * N + j] = sum(A[i][k] * B[k][j] for k in range(N))
    slot = barrier.wait()
    print("worker %d passed the barrier (slot %d)" % (rank, slot), flush=True)
    total = sum(c[:])
    for i in rows:
        shares[i] = sum(c[i * N:(i + 1) * N]) / total


def main(ctx):
    c = ctx.Array("d", N * N)
    shares = ctx.Array("d", N)
    barrier = ctx.Barrier(2)
    ps = [ctx.Process(target=worker, args=(r, 2, c, shares, barrier), name="rows%d" % r) for r in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    for i in range(N):
        print([int(x) for x in c[i * N:(i + 1) * N]], "share %.3f" % shares[i], flush=True)
    print("shares add up to %.3f" % sum(shares[:]), flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
