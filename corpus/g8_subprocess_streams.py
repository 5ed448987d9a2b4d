# A worker runs commands whose output is captured, thrown away, or left to the terminal (gaps 8: a captured line
# never reaches the terminal, and its row must not read as if it did).
import multiprocessing as mp
import subprocess
import sys


def run(n):
    captured = subprocess.run([sys.executable, "-c", f"print('captured {n}')"], capture_output=True, text=True)
    subprocess.run([sys.executable, "-c", f"print('dropped {n}')"], stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, "-c", f"print('shown {n}', flush=True)"])
    return captured.stdout.strip()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=run, args=(1,))
    p.start()
    p.join()
    print("parent got:", run(2))
