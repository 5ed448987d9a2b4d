"""A Pool from get_context("spawn") while the default start method stays what it was (the Python docs' advice for libraries)."""
import multiprocessing as mp


def square(x):
    return x * x


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    print("default start method:", mp.get_start_method())
    with ctx.Pool(2) as pool:
        print(pool.map(square, range(6)))
