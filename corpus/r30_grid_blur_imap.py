"""An image-like grid (a list of lists of ints) blurred with a 3x3 box filter, one row per task:
Pool.imap(chunksize=4) over row indices, each task reads its neighbours from the grid it got from the
initializer; the parent rebuilds the image in order and compares it with a serial run."""
import multiprocessing as mp
import sys

GRID = None


def set_grid(grid):
    global GRID
    GRID = grid


def blur_row(y):
    h, w = len(GRID), len(GRID[0])
    row = []
    for x in range(w):
        total = count = 0
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                yy, xx = y + dy, x + dx
                if 0 <= yy < h and 0 <= xx < w:
                    total += GRID[yy][xx]
                    count += 1
        row.append(total // count)
    return row


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    image = [[(x * 31 + y * 17) % 256 if (x // 8 + y // 8) % 2 else 0 for x in range(64)] for y in range(48)]
    with ctx.Pool(3, initializer=set_grid, initargs=(image,)) as pool:
        blurred = list(pool.imap(blur_row, range(len(image)), chunksize=4))
    set_grid(image)
    serial = [blur_row(y) for y in range(len(image))]
    print("rows:", len(blurred), "cols:", len(blurred[0]))
    print("first row head:", blurred[0][:6])
    print("same as serial:", blurred == serial)
    print("mean before/after:", sum(map(sum, image)) // (64 * 48), sum(map(sum, blurred)) // (64 * 48))
