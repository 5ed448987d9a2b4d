"""pool-map, changed: the initializer becomes a function nested in main(), and the learner maps a
lambda. Under fork the nested initializer works (nothing is pickled to start a fork worker) and the
lambda fails to pickle; under spawn/forkserver Pool() itself raises."""
import multiprocessing as mp
import sys

PACE = None


def main():
    if len(sys.argv) > 1:                # else the default (mp-tutor trace --start-method)
        mp.set_start_method(sys.argv[1])

    def set_pace(seconds):            # was module level in the lesson
        global PACE
        PACE = seconds

    try:
        pool = mp.Pool(2, initializer=set_pace, initargs=(0.01,))
    except Exception as e:
        print(f"Pool() raised {type(e).__name__}: {e}")
        return
    with pool:
        try:
            print(pool.map(lambda x: x * x, range(4)))
        except Exception as e:
            print(f"map(lambda) raised {type(e).__name__}: {e}")
        print("map(abs):", pool.map(abs, [-1, -2, 3]))


if __name__ == "__main__":
    main()
