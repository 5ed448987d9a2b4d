"""A parent that installs a SIGCHLD handler to hear about its children ending (as a daemon supervisor would):
the handler runs in the main thread while it sleeps; Process.exitcode is read afterwards."""
import signal
import sys
import time
import multiprocessing as mp

heard = []


def on_child(signum, frame):
    heard.append(signum)


def job(secs, code):
    time.sleep(secs)
    sys.exit(code)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    signal.signal(signal.SIGCHLD, on_child)
    ps = [mp.Process(target=job, args=(0.1, 0)), mp.Process(target=job, args=(0.2, 3))]
    for p in ps:
        p.start()
    time.sleep(0.5)
    print("SIGCHLD heard", len(heard) >= 2, "times>=2")
    for p in ps:
        p.join()
        print(p.name, p.exitcode)
