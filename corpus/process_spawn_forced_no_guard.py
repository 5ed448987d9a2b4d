"""spawn without the __main__ guard: the child re-imports this file and fails at start()."""
import multiprocessing as mp

mp.set_start_method("spawn", force=True)


def hello():
    print("hello from child")


p = mp.Process(target=hello)
p.start()
p.join()
print("parent done, exitcode", p.exitcode)
