"""A daemon process tries to start a child of its own (not allowed); a non-daemon child starts a daemon
grandchild and reports active_children() and parent_process()."""
import multiprocessing as mp
import sys
import time


def grandchild():
    time.sleep(0.1)


def daemon_parent():
    try:
        mp.Process(target=grandchild).start()
    except AssertionError as e:
        print("daemon:", e, flush=True)


def plain_parent():
    g = mp.Process(target=grandchild, daemon=True, name="Grandchild")
    g.start()
    names = [c.name for c in mp.active_children()]
    print("child sees children", names, "parent", mp.parent_process().name, flush=True)
    g.join()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    d = mp.Process(target=daemon_parent, daemon=True, name="DaemonParent")
    n = mp.Process(target=plain_parent, name="PlainParent")
    d.start(); n.start()
    d.join(); n.join()
    print("exit codes", d.exitcode, n.exitcode, "active now", mp.active_children())
