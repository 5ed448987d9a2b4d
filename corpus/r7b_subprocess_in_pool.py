# subprocess.run inside Pool workers: each task runs a tiny external command.
import multiprocessing as mp
import subprocess
import sys


def run_cmd(n):
    out = subprocess.run([sys.executable, "-c", f"print({n} * 10)"], capture_output=True, text=True)
    return n, out.stdout.strip(), out.returncode


def run_fail(n):
    return subprocess.run([sys.executable, "-c", "import sys; sys.exit(3)"]).returncode


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        for row in pool.map(run_cmd, range(4)):
            print(row)
        print("failing command:", pool.apply(run_fail, (0,)))
