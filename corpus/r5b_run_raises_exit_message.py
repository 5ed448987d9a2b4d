"""Three ways a child ends badly: run() raises (exit code 1 and a traceback), sys.exit("message")
(the message on stderr, exit code 1), sys.exit(7); and a child that exits holding a Lock: the parent's
acquire(timeout) gives up, since a multiprocessing Lock is not released when its holder dies."""
import multiprocessing as mp
import sys


class Boom(mp.Process):
    def run(self):
        raise KeyError("missing")


def exit_message():
    sys.exit("cannot continue: no input")


def exit_seven():
    sys.exit(7)


def hold_and_leave(lock):
    lock.acquire()
    print("holder: acquired, exiting without release", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    lock = mp.Lock()
    ps = [Boom(), mp.Process(target=exit_message), mp.Process(target=exit_seven),
          mp.Process(target=hold_and_leave, args=(lock,))]
    for p in ps:
        p.start()
        p.join()
    print("exit codes", [p.exitcode for p in ps], flush=True)
    print("parent acquire(timeout=0.3):", lock.acquire(timeout=0.3))
