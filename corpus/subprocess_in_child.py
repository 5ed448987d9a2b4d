"""A child process runs an external command with subprocess and reports its return code."""
import multiprocessing as mp
import subprocess
import sys


def child():
    r = subprocess.run([sys.executable, "-c", "import sys; sys.exit(4)"])
    print("external command returned", r.returncode)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=child)
    p.start()
    p.join()
