"""Forum question: "why is my list empty after the processes ran, and why is my counter short?"
Each child appends to a module-level list (its own copy) and adds 1 to a shared Value 300 times
with `counter.value += 1`, which is a read then a write, not one step, when get_lock() is not held."""
import multiprocessing as mp
import sys

results = []


def work(n, counter):
    for i in range(300):
        counter.value += 1
    results.append(n * n)
    print(f"child {n}: my results list is {results}")


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    counter = ctx.Value("i", 0)
    procs = [ctx.Process(target=work, args=(n, counter)) for n in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("results in the parent:", results)
    print("counter: expected", 4 * 300, "got", counter.value)
