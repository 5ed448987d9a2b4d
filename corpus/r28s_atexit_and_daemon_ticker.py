"""atexit handlers in children (which run under fork, which under spawn?) and a daemon child that is
still printing when the parent's code ends. The parent's own atexit handler looks at the daemon."""
import atexit
import multiprocessing as mp
import sys
import time

ticker = None


def cleanup(who):
    print(f"atexit: cleanup for {who}", flush=True)


def registered_in_child():
    atexit.register(cleanup, mp.current_process().name)
    print(f"{mp.current_process().name}: registered an atexit handler", flush=True)


def leaves_by_sys_exit():
    atexit.register(cleanup, mp.current_process().name)
    sys.exit(0)


def tick():
    for i in range(100):
        print(f"ticker: tick {i}", flush=True)
        time.sleep(0.2)


def parent_atexit():
    print(f"atexit: parent handler; ticker alive = {ticker.is_alive()}", flush=True)


def main():
    global ticker
    if len(sys.argv) > 1:                # else the default (mp-tutor trace --start-method)
        mp.set_start_method(sys.argv[1])
    atexit.register(cleanup, "MainProcess (registered before start)")
    for target, name in ((registered_in_child, "plain-child"), (leaves_by_sys_exit, "sys-exit-child")):
        p = mp.Process(target=target, name=name)
        p.start()
        p.join()
        print(f"main: {name} exitcode {p.exitcode}")
    ticker = mp.Process(target=tick, name="ticker", daemon=True)
    ticker.start()
    atexit.register(parent_atexit)
    time.sleep(1)
    print("main: done, leaving the ticker running")


if __name__ == "__main__":
    main()
