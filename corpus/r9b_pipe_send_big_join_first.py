"""A child sends a big result on a Pipe; the parent join()s before recv(): the send fills the pipe and blocks."""
import multiprocessing as mp
import sys


def compute(conn):
    result = list(range(300_000))  # about 1.5 MB pickled, far more than a pipe holds
    conn.send(result)
    conn.close()
    print("child: sent", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    parent_end, child_end = mp.Pipe()
    p = mp.Process(target=compute, args=(child_end,))
    p.start()
    p.join(timeout=2)  # wait for the child first... it never finishes on its own
    print("after join(2): alive =", p.is_alive(), "exitcode =", p.exitcode, flush=True)
    data = parent_end.recv()  # reading is what lets the child's send() finish
    p.join()
    print("got", len(data), "numbers; exitcode", p.exitcode)
