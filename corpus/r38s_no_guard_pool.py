"""Forum question: "my script works on Linux but on Windows/macOS it never finishes". No
`if __name__ == "__main__":` guard, and a Pool at module level. Under spawn and forkserver
every worker imports this file again, tries to start its own Pool while bootstrapping, fails
with RuntimeError and exits; the Pool replaces it, and map() never gets its results."""
import multiprocessing as mp
import sys


def square(x):
    return x * x


ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
with ctx.Pool(2) as pool:
    print(pool.map(square, range(5)))
print("done")
