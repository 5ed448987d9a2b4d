"""SimpleQueue: no feeder thread, no maxsize; a child sends squares back."""
import multiprocessing as mp
import sys


def squares(inbox, outbox):
    while (n := inbox.get()) is not None:
        outbox.put(n * n)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    inbox, outbox = mp.SimpleQueue(), mp.SimpleQueue()
    p = mp.Process(target=squares, args=(inbox, outbox))
    p.start()
    for n in range(5):
        inbox.put(n)
    inbox.put(None)
    print([outbox.get() for _ in range(5)])
    p.join()
