"""Ctrl-C in the parent while Pool.map() runs: a timer thread sends SIGINT to the main process only.
The workers keep the default handler and get no signal; the with-block's __exit__ terminates them."""
import multiprocessing as mp
import os
import signal
import sys
import threading
import time


def resize(n):
    time.sleep(0.4)
    return f"img-{n}.png"


def press_ctrl_c():
    print("timer: sending SIGINT to the main process", flush=True)
    os.kill(os.getpid(), signal.SIGINT)


def main():
    if len(sys.argv) > 1:                # else the default (mp-tutor trace --start-method)
        mp.set_start_method(sys.argv[1])
    threading.Timer(1.5, press_ctrl_c).start()
    t0 = time.monotonic()
    try:
        with mp.Pool(3) as pool:
            done = pool.map(resize, range(24))
            print(f"main: resized {len(done)} images")
    except KeyboardInterrupt:
        print(f"main: interrupted after {time.monotonic() - t0:.1f} s; pool cleaned up by the with-block")
    print(f"main: children left: {mp.active_children()}")


if __name__ == "__main__":
    main()
