"""Two children add 1 to a ShareableList item 3000 times each, with no lock; a SharedMemory block is never unlinked.

Without a lock a read can even come while the other child rewrites the item (struct.pack_into clears its bytes
first): the read then raises ValueError, and the child tries again."""
import multiprocessing as mp
import sys
from multiprocessing import shared_memory


def adder(list_name, block_name):
    sl = shared_memory.ShareableList(name=list_name)
    done = 0
    while done < 3000:
        try:
            sl[0] = sl[0] + 1
        except ValueError:      # a torn read: nothing was written, try again
            continue
        done += 1
    block = shared_memory.SharedMemory(name=block_name)
    block.buf[0] += 1
    block.close()
    sl.shm.close()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    block = shared_memory.SharedMemory(create=True, size=8)
    block.buf[0] = 0
    sl = shared_memory.ShareableList([0, "idle"])
    workers = [mp.Process(target=adder, args=(sl.shm.name, block.name)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    total = sl[0]
    print("total", total, "of 6000, lost", 6000 - total, "block", block.buf[0])
    sl[1] = "done"
    sl.shm.close()
    sl.shm.unlink()
    block.close()       # never unlinked: the resource tracker warns at shutdown
