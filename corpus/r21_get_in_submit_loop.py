"""apply_async changed by a learner to print each result as soon as it is submitted: .get() inside the submit
loop waits for each task before the next is submitted, so Pool(3) runs one task at a time (about 0.6 s, not 0.2 s)."""
import multiprocessing as mp
import sys
import time


def square(x):
    time.sleep(0.2)
    return x * x


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(3) as pool:
        t0 = time.monotonic()
        for x in range(3):
            print(x, "->", pool.apply_async(square, (x,)).get(), flush=True)
        print("serial:", round(time.monotonic() - t0, 1) >= 0.5, flush=True)
