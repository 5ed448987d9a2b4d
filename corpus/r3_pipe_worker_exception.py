"""A child that sends results through a Pipe and then raises: the parent reads what came, sees exit code 1."""
import multiprocessing as mp
import sys


def child(conn):
    conn.send("partial")
    conn.close()
    raise RuntimeError("worker crashed")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    parent, kid = mp.Pipe()
    p = mp.Process(target=child, args=(kid,))
    p.start()
    print(parent.recv())
    p.join()
    print("exitcode", p.exitcode)
