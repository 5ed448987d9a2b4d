"""A shared Value incremented without get_lock(): the classic lost-update homework."""
import multiprocessing as mp
import sys


def bump(counter, n):
    for _ in range(n):
        counter.value += 1


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    counter = mp.Value("i", 0)
    procs = [mp.Process(target=bump, args=(counter, 2000)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("at most 4000:", counter.value <= 4000)   # how many updates were lost varies from run to run
