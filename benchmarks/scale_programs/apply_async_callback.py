"""Scale benchmark seed: many apply_async calls, each with a callback (pool.submit/callback events)."""
import multiprocessing as mp

results = []


def square(x):
    return x * x


if __name__ == '__main__':
    with mp.Pool(2) as pool:
        pending = [pool.apply_async(square, (i,), callback=results.append) for i in range(40)]
        for p in pending:
            p.wait()
    print(len(results))
