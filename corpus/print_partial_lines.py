"""Output without newlines: numbers printed with end=' ' over time, then a newline; a child writes a partial line."""
import multiprocessing as mp
import sys
import time


def child():
    sys.stdout.write("child: working")
    sys.stdout.flush()
    for _ in range(3):
        time.sleep(0.1)
        sys.stdout.write(".")
        sys.stdout.flush()
    sys.stdout.write(" done\n")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    for i in range(8):
        print(i, end=" ", flush=True)
        time.sleep(0.05)
    print()
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("no newline at the very end", end="")
