"""Matrix multiply, one Process per row of C. First the learner writes each row into a module-level list
C (each child writes its own copy; the parent's C stays zeros), then into a shared Array('d', n*n) with
lock=False (every child writes different cells, so no lock is needed)."""
import multiprocessing as mp
import sys

A = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
B = [[9, 8, 7], [6, 5, 4], [3, 2, 1]]
N = 3
C = [[0] * N for _ in range(N)]


def row_into_list(i):
    C[i] = [sum(A[i][k] * B[k][j] for k in range(N)) for j in range(N)]
    print("child row", i, C[i], flush=True)


def row_into_array(i, flat):
    for j in range(N):
        flat[i * N + j] = sum(A[i][k] * B[k][j] for k in range(N))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    ps = [mp.Process(target=row_into_list, args=(i,)) for i in range(N)]
    [p.start() for p in ps]
    [p.join() for p in ps]
    print("parent's C after list version:", C, flush=True)
    flat = mp.Array("d", N * N, lock=False)
    ps = [mp.Process(target=row_into_array, args=(i, flat)) for i in range(N)]
    [p.start() for p in ps]
    [p.join() for p in ps]
    print("C from Array:", [list(flat[i * N:(i + 1) * N]) for i in range(N)], flush=True)
