"""The parent ends one sleeping child with terminate() and another with kill()."""
import multiprocessing as mp
import sys
import time


def sleeper(seconds):
    time.sleep(seconds)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    a = mp.Process(target=sleeper, args=(30,), name="to-terminate")
    b = mp.Process(target=sleeper, args=(30,), name="to-kill")
    a.start()
    b.start()
    time.sleep(0.3)
    a.terminate()
    b.kill()
    a.join()
    b.join()
    print("terminated:", a.exitcode, "killed:", b.exitcode)
