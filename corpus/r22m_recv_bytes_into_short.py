"""Connection.poll(timeout) before anything was sent (False), then recv_bytes_into() into a bytearray with an offset,
and into a buffer too small: BufferTooShort, whose args[0] holds the whole message."""
import multiprocessing as mp
import sys


def sender(conn):
    conn.send_bytes(b"hello")
    conn.send_bytes(b"a message longer than eight bytes")
    conn.close()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    r, w = mp.Pipe(duplex=False)
    print("poll(0.2) before the child started:", r.poll(0.2), flush=True)
    p = mp.Process(target=sender, args=(w,), name="sender")
    p.start()
    w.close()
    buf = bytearray(10)
    n = r.recv_bytes_into(buf, 2)
    print("recv_bytes_into got", n, "bytes:", bytes(buf), flush=True)
    small = bytearray(8)
    try:
        r.recv_bytes_into(small)
    except mp.BufferTooShort as e:
        print("BufferTooShort; the message was", e.args[0], flush=True)
    p.join()
    print("poll() after the sender closed:", r.poll(), flush=True)
    try:
        r.recv_bytes()
    except EOFError:
        print("recv_bytes() at the end: EOFError", flush=True)
