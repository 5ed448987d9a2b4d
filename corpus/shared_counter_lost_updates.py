"""`v.value += 1` from three processes without `get_lock()` around it: the read and the write each take the
Value's lock on their own, so increments get lost.  The program prints how many it made and the value it
got: the difference is the number of updates lost, and the lost-update note's figure must agree with it."""
import multiprocessing as mp
import sys
import time

ROUNDS = 400


def bump(v, gate):
    gate.wait()      # all three begin together, whatever the start method
    for _ in range(ROUNDS):
        v.value += 1
        time.sleep(0.0002)      # spreads each loop out, so the three overlap in time even on a busy machine


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    v, gate = mp.Value("i", 0), mp.Barrier(3)
    ps = [mp.Process(target=bump, args=(v, gate)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    expected = ROUNDS * len(ps)
    print("expected", expected, "final", v.value, "lost", expected - v.value)
