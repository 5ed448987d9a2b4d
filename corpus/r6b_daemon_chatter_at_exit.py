"""A daemon process prints in a loop forever; the main process does its work and returns without
joining it. At exit multiprocessing terminates the daemon (SIGTERM) while it is still printing."""
import multiprocessing as mp
import sys
import time


def chatter():
    i = 0
    while True:
        print(f"daemon tick {i}", flush=True)
        i += 1
        time.sleep(0.1)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    d = mp.Process(target=chatter, daemon=True, name="Chatter")
    d.start()
    time.sleep(0.45)
    print("main done; daemon alive:", d.is_alive(), flush=True)
