"""connection.wait() over two pipes, a socket and a child's sentinel: which of them was ready."""
import multiprocessing as mp
import socket
import sys
import time
from multiprocessing.connection import wait


def quick():
    time.sleep(0.2)


def talker(conn):
    time.sleep(0.4)
    conn.send("hello")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    a, b = mp.Pipe()
    c, d = mp.Pipe(duplex=False)
    s1, s2 = socket.socketpair()
    first = mp.Process(target=quick)
    second = mp.Process(target=talker, args=(b,))
    first.start()
    second.start()
    ready = wait([a, c, s1, first.sentinel])
    print("ready first:", "sentinel" if ready == [first.sentinel] else ready)
    ready = wait([a, c, s1])
    print("ready next:", "pipe a" if ready == [a] else ready, a.recv())
    first.join()
    second.join()
    s1.close()
    s2.close()
