"""active_children(), parent_process(), is_alive() and exitcode before and after; close() and use after close."""
import multiprocessing as mp
import sys
import time


def nap():
    print("my parent is", mp.parent_process().name, flush=True)
    time.sleep(0.3)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=nap, name="napper")
    print("before start:", p.is_alive(), p.exitcode)
    p.start()
    print("active:", [c.name for c in mp.active_children()])
    p.join()
    print("after join:", p.is_alive(), p.exitcode, mp.active_children())
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print("after close:", e)
