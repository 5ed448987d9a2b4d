"""A status board in a ShareableList: one 10-character status string and one progress int per
worker. Workers attach by name and update their own two slots; the parent polls the board and
prints each change until every worker says "done", then closes and unlinks it."""
import multiprocessing as mp
import sys
import time
from multiprocessing import shared_memory

WORKERS = 3


def work(board_name, me, steps):
    board = shared_memory.ShareableList(name=board_name)
    board[me] = "running"
    for step in range(1, steps + 1):
        time.sleep(0.05)
        board[WORKERS + me] = step
    board[me] = "done"
    board.shm.close()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    board = shared_memory.ShareableList(["waiting".ljust(10)] * WORKERS + [0] * WORKERS)
    procs = [ctx.Process(target=work, args=(board.shm.name, i, 3 + i)) for i in range(WORKERS)]
    for p in procs:
        p.start()
    last = None
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        now = tuple(board)
        if now != last:
            print(" | ".join(f"{now[i].strip()}:{now[WORKERS + i]}" for i in range(WORKERS)))
            last = now
        if all(now[i] == "done" for i in range(WORKERS)):
            break
        time.sleep(0.02)
    for p in procs:
        p.join()
    print("final:", list(board))
    board.shm.close()
    board.shm.unlink()
