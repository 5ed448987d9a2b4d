"""Like the docs' mp_workers.py: workers read tasks from a queue and put results on another, STOP ends them."""
import time
import random
from multiprocessing import Process, Queue, current_process


def worker(inp, out):
    for func, args in iter(inp.get, "STOP"):
        time.sleep(0.02 * random.random())
        out.put(f"{current_process().name}: {func.__name__}{args} = {func(*args)}")


def mul(a, b):
    return a * b


if __name__ == "__main__":
    tasks, done = Queue(), Queue()
    for i in range(8):
        tasks.put((mul, (i, 3)))
    for _ in range(3):
        Process(target=worker, args=(tasks, done)).start()
    for _ in range(8):
        print(done.get())
    for _ in range(3):
        tasks.put("STOP")
