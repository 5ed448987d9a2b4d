"""Pipe(duplex=False) used the wrong way round: send() on the receiving end raises OSError. Then a child
sends 50 MB of bytes through a Pipe while the parent waits in a poll(timeout) loop, and a last small message."""
import multiprocessing as mp
import sys
import time


def big_sender(conn):
    time.sleep(0.3)
    conn.send_bytes(b"\0" * 50_000_000)
    conn.send("done")
    conn.close()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    r, w = mp.Pipe(duplex=False)
    try:
        r.send("hello")
    except OSError as e:
        print("send on the read end:", e, flush=True)
    p = mp.Process(target=big_sender, args=(w,))
    p.start()
    w.close()
    polls = 0
    while not r.poll(0.1):
        polls += 1
    print("data after", "several" if polls > 1 else polls, "empty polls", flush=True)
    data = r.recv_bytes()
    print("received", len(data), "bytes;", r.recv(), flush=True)
    p.join()
    print("exitcode", p.exitcode, flush=True)
