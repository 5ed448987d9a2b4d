"""Monte Carlo pi with a shared Value: four Processes each throw darts and add their hits one at a time
to a Value made with lock=False (the learner read that locks are slow): 3000 darts each, the total
comes out short on some runs. Then
the same with a locked Value and 'with hits.get_lock()' around += (100 darts each: every access is traced)."""
import multiprocessing as mp
import random
import sys



def throw(seed, hits, locked, darts):
    rng = random.Random(seed)
    for _ in range(darts):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1.0:
            if locked:
                with hits.get_lock():
                    hits.value += 1
            else:
                hits.value += 1


def run(locked, darts):
    hits = mp.Value("i", 0) if locked else mp.Value("i", 0, lock=False)
    ps = [mp.Process(target=throw, args=(s, hits, locked, darts)) for s in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    expected = 0
    for s in range(4):
        rng = random.Random(s)
        expected += sum(1 for _ in range(darts) if rng.random() ** 2 + rng.random() ** 2 <= 1.0)
    print("locked=%s hits=%d expected=%d pi~%.3f" % (locked, hits.value, expected, 4 * hits.value / (4 * darts)),
          flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    run(False, 3000)
    run(True, 100)
