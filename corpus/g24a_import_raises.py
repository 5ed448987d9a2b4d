"""A spawn/forkserver child that dies inside its import of the main module, before any line of it is recorded.

Only a child runs the module-level check (it imports this file as __mp_main__; spawn's prepare() has already given it
its Process's name): the one named "worker" raises there, so its run() never begins and its exit code is 1.  A second
child, "fixed", imports the file quietly and runs.
"""
import multiprocessing as mp
import sys

if __name__ == "__mp_main__" and mp.current_process().name == "worker":
    raise RuntimeError("config missing in the child")


def work():
    print("work ran", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    for name in ("worker", "fixed"):
        p = mp.Process(target=work, name=name)
        p.start()
        p.join()
        print(name, "exit code", p.exitcode, flush=True)
