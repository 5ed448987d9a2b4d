"""apply_async without get(): inside a with-block the tasks are killed unfinished; outside it an error is lost."""
import multiprocessing as mp
import sys
import time


def slow_square(x):
    time.sleep(0.5)
    print("square of", x, flush=True)
    return x * x


def parse(text):
    return int(text)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        for x in range(3):
            pool.apply_async(slow_square, (x,))
    print("with-block done (nothing was printed by the tasks?)", flush=True)

    pool = mp.Pool(2)
    results = [pool.apply_async(parse, (t,)) for t in ["1", "two", "3"]]
    pool.close()
    pool.join()
    print("pool joined; nobody called get(), so no error was seen", flush=True)
    print("ready:", [r.ready() for r in results], "successful:", [r.successful() for r in results])
