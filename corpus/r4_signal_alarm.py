"""signal.alarm in children: one has no handler and dies by SIGALRM; one's handler raises TimeoutError."""
import multiprocessing as mp
import signal
import sys
import time


def no_handler():
    signal.alarm(1)
    time.sleep(3)


def with_handler():
    def on_alarm(signum, frame):
        raise TimeoutError("took too long")
    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(1)
    try:
        time.sleep(3)
    except TimeoutError as e:
        print("handler:", e, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    ps = [mp.Process(target=no_handler), mp.Process(target=with_handler)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("exit codes", [p.exitcode for p in ps])
