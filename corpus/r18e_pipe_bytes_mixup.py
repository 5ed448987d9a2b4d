"""Mixing the two halves of a Connection's API: the child send_bytes() raw text and the parent
recv()s it (UnpicklingError: the bytes are not a pickle); the child send()s a dict and the parent
recv_bytes() it (no error: the pickle's raw bytes); then recv_bytes(maxlength=4) of a longer message
raises OSError("bad message length") and leaves the duplex end unreadable: the next recv() raises
OSError too."""
import multiprocessing as mp
import pickle
import sys


def talker(conn):
    conn.send_bytes(b"hello")
    conn.send({"answer": 42})
    conn.send_bytes(b"0123456789")
    conn.send("after")
    conn.close()


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    here, there = ctx.Pipe()
    p = ctx.Process(target=talker, args=(there,), name="talker")
    p.start()
    there.close()
    try:
        print("parent: recv() ->", here.recv(), flush=True)
    except pickle.UnpicklingError as e:
        print("parent: recv() raised UnpicklingError:", e, flush=True)
    raw = here.recv_bytes()
    print("parent: recv_bytes() ->", len(raw), "bytes starting", raw[:2], flush=True)
    try:
        here.recv_bytes(maxlength=4)
    except OSError as e:
        print("parent: recv_bytes(maxlength=4) raised OSError:", e, flush=True)
    try:
        print("parent: recv() ->", here.recv(), flush=True)
    except OSError as e:
        print("parent: next recv() raised OSError:", e, flush=True)
    p.join()
    here.close()
    print("parent: talker exit code", p.exitcode, flush=True)


if __name__ == "__main__":
    main()
