"""A learner's typo in the lock-around-a-Value demo: Process(target=add(counter, 200)) calls add() in the parent
(the parent does all 400 increments, one process after the other) and gives the Process target=None, so the two
children run nothing and exit 0 at once."""
import multiprocessing as mp
import sys


def add(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    counter = mp.Value("i", 0)
    procs = [mp.Process(target=add(counter, 200)) for _ in range(2)]
    print("after building the Process objects:", counter.value, flush=True)
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("final:", counter.value, [p.exitcode for p in procs], flush=True)
