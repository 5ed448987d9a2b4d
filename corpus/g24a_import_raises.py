"""A spawn/forkserver child that dies inside its import of the main module, before any line of it is recorded.

Only the child runs the module-level check (it imports this file as __mp_main__); it raises there, so its run()
never begins and its exit code is 1.  A second child, started once the parent sets the variable, imports the file quietly and runs.
"""
import multiprocessing as mp
import os
import sys

if __name__ == "__mp_main__" and not os.environ.get("G24A_CONFIG_OK"):
    raise RuntimeError("config missing in the child")


def work():
    print("work ran", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=work, name="worker")
    p.start()
    p.join()
    print("exit code", p.exitcode, flush=True)
    os.environ["G24A_CONFIG_OK"] = "1"      # a spawn or forkserver child gets the parent's environment at its start
    q = mp.Process(target=work, name="fixed")
    q.start()
    q.join()
    print("exit code", q.exitcode, flush=True)
