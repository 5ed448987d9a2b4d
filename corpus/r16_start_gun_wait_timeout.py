"""An Event as a start gun for racing processes. Each racer calls start.wait(timeout=1.0) and ignores what
it returns; the parent's 'on your marks' takes 1.5 s before start.set(), so every racer's wait() returns
False after 1 s and the racers run before the gun. Then a race where the racers check the result."""
import multiprocessing as mp
import sys
import time


def racer(name, start, finish, check):
    went = start.wait(timeout=1.0)
    if check and not went:
        finish.put((name, "false start, stayed"))
        return
    finish.put((name, "ran, gun fired=%s" % went))


def race(check):
    start, finish = mp.Event(), mp.Queue()
    ps = [mp.Process(target=racer, args=("r%d" % i, start, finish, check), name="r%d" % i) for i in range(2)]
    for p in ps:
        p.start()
    time.sleep(1.5)
    start.set()
    results = sorted(finish.get() for _ in ps)
    for p in ps:
        p.join()
    print("check=%s %s" % (check, results), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    race(False)
    race(True)
