"""A learner hands one child the Process objects of its siblings: a watcher that join()s the
sleeper and polls is_alive(), and a launcher meant to start() a Process the parent made. Under fork
the objects are copied and every call fails in the child (AssertionError: can only join a child
process / can only test a child process / can only start a process object created by current
process). Under spawn and forkserver a started Process cannot be pickled: the parent's start() of the
watcher raises TypeError (cannot pickle 'weakref.ReferenceType' object); the unstarted one travels, and
its start() in the launcher fails as under fork."""
import multiprocessing as mp
import sys
import time


def sleeper():
    time.sleep(0.5)


def watcher(sibling):
    try:
        print("watcher: is_alive", sibling.is_alive(), flush=True)
    except AssertionError as e:
        print("watcher: is_alive() raised AssertionError:", e, flush=True)
    sibling.join()                  # uncaught: the watcher ends with exit code 1


def launcher(unstarted):
    try:
        unstarted.start()
    except AssertionError as e:
        print("launcher: start() raised AssertionError:", e, flush=True)


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    s = ctx.Process(target=sleeper, name="sleeper")
    s.start()
    later = ctx.Process(target=sleeper, name="later")
    kids = [ctx.Process(target=watcher, args=(s,), name="watcher"),
            ctx.Process(target=launcher, args=(later,), name="launcher")]
    for k in kids:
        try:
            k.start()
        except TypeError as e:
            print("parent: start() of", k.name, "raised TypeError:", e, flush=True)
    for k in kids:
        if k.pid is not None:
            k.join()
            print("parent:", k.name, "exit code", k.exitcode, flush=True)
    s.join()
    print("parent: sleeper exit code", s.exitcode, "; later was started:", later.pid is not None, flush=True)


if __name__ == "__main__":
    main()
