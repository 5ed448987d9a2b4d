"""Conway's Game of Life on a 12x12 grid split in three strips of rows, one process each. Every
generation each strip swaps its edge rows with its neighbours through Pipes: even strips send
first then receive, odd strips receive first then send, so no two wait on each other. The parent
collects the strips through a Queue and checks the result against a serial run."""
import multiprocessing as mp
import sys

SIZE, STRIPS, GENS = 12, 3, 4
ROWS = SIZE // STRIPS


def step(rows, above, below):
    padded = [above] + rows + [below]
    new = []
    for r in range(1, len(padded) - 1):
        line = []
        for c in range(SIZE):
            n = sum(padded[r + dr][c + dc] for dr in (-1, 0, 1) for dc in (-1, 0, 1)
                    if (dr or dc) and 0 <= c + dc < SIZE)
            line.append(1 if n == 3 or (n == 2 and padded[r][c]) else 0)
        new.append(line)
    return new


def exchange(k, conn, edge):
    if conn is None:
        return [0] * SIZE
    if k % 2 == 0:
        conn.send(edge)
        return conn.recv()
    got = conn.recv()
    conn.send(edge)
    return got


def strip(k, rows, up, down, out):
    for _ in range(GENS):
        above = exchange(k, up, rows[0])
        below = exchange(k, down, rows[-1])
        rows = step(rows, above, below)
    out.put((k, rows))


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    grid = [[0] * SIZE for _ in range(SIZE)]
    for r, c in [(2, 3), (3, 4), (4, 2), (4, 3), (4, 4), (7, 8), (8, 8), (9, 8)]:   # a glider, a blinker
        grid[r][c] = 1
    links = [ctx.Pipe() for _ in range(STRIPS - 1)]   # link k joins strip k and strip k+1
    out = ctx.Queue()
    procs = []
    for k in range(STRIPS):
        up = links[k - 1][1] if k > 0 else None
        down = links[k][0] if k < STRIPS - 1 else None
        procs.append(ctx.Process(target=strip, args=(k, grid[k * ROWS:(k + 1) * ROWS], up, down, out)))
    for p in procs: p.start()
    parts = dict(out.get() for _ in procs)
    for p in procs: p.join()
    final = [row for k in range(STRIPS) for row in parts[k]]
    serial = grid
    for _ in range(GENS): serial = step(serial, [0] * SIZE, [0] * SIZE)
    print("\n".join("".join(".#"[v] for v in row) for row in final))
    print("live cells:", sum(map(sum, final)), "matches serial" if final == serial else "DIFFERS from serial")
