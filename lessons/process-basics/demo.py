"""process-basics: start a child process, let both run, wait for the child with join().

Run by `mp-tutor lesson process-basics`; it also runs on its own: python3 demo.py
"""
import argparse
import os
import time
from multiprocessing import Process


def greet(name, seconds):
    """Runs in the child: a new process with its own pid, whose parent is the main process."""
    print(f"hello {name}: I am pid {os.getpid()}, my parent is pid {os.getppid()}")
    time.sleep(seconds)
    print(f"{name} is done")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=0.5, help="how long the child works")
    parser.add_argument("--seed", type=int, default=None, help="unused: this demo has no randomness")
    args = parser.parse_args()

    print(f"main process: pid {os.getpid()}")
    child = Process(target=greet, args=("bob", args.seconds))
    child.start()  # returns at once: the child now runs side by side with us
    print(f"main process started the child, pid {child.pid}, and goes on")
    child.join()   # wait here until the child has ended
    print(f"child ended with exit code {child.exitcode}")


# Without this guard, a child started with spawn or forkserver re-runs the module's top level when it
# imports it, and would try to start children of its own.
if __name__ == "__main__":
    main()
