"""Gaps 18B (round 17's silence about files and sockets): a parent writes a header to a file without flushing, then
starts a fork child that appends one line and flushes (the child's copy of the buffer holds the header too, so it is
written twice), and a child that appends a line and ends without flushing (its buffered line is lost: a fork child
leaves by os._exit). A socketpair carries one message from a child to the parent. The tracer watches neither files
nor sockets: the timeline must say nothing false about them. Under spawn/forkserver the file is reopened by path."""
import multiprocessing as mp
import os
import socket
import sys
import tempfile


def flusher(path, f):
    if f is None:
        f = open(path, "a")
    f.write("flusher line\n")
    f.flush()


def dropper(path, f):
    if f is None:
        f = open(path, "a")
    f.write("dropper line (never flushed)\n")


def talker(sock):
    sock.sendall(b"hello over a socket")
    sock.close()


def main(ctx, method):
    path = os.path.join(tempfile.mkdtemp(), "log.txt")
    f = open(path, "w")
    f.write("HEADER\n")
    inherit = method == "fork"
    for target in (flusher, dropper):
        p = ctx.Process(target=target, args=(path, f if inherit else None), name=target.__name__)
        p.start()
        p.join()
        print(p.name, "exitcode", p.exitcode, flush=True)
    f.close()
    with open(path) as g:
        lines = g.read().splitlines()
    print("file lines:", lines, flush=True)
    a, b = socket.socketpair()
    p = ctx.Process(target=talker, args=(b,), name="talker")
    p.start()
    b.close()
    print("socket got:", a.recv(100), flush=True)
    p.join()
    a.close()


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else mp.get_start_method()
    main(mp.get_context(method), method)
