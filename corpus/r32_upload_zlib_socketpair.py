"""An upload-like script: chunks read from a temp file are compressed with zlib in a
ProcessPoolExecutor, a sender thread writes each compressed chunk (length-prefixed) to one end of a
socketpair, and a reader Process on the other end decompresses and checks them, like a server
would. The reader reports the bytes it got back on a Pipe."""
import concurrent.futures
import hashlib
import multiprocessing as mp
import os
import socket
import struct
import sys
import tempfile
import threading
import zlib

CHUNK = 16 * 1024


def compress(chunk):
    return zlib.compress(chunk, 6)


def receive(sock, report):
    total, digest = 0, hashlib.sha256()
    f = sock.makefile("rb")
    while (head := f.read(4)) and (n := struct.unpack("!I", head)[0]):
        data = zlib.decompress(f.read(n))
        total += len(data)
        digest.update(data)
    report.send((total, digest.hexdigest()[:12]))
    sock.close()


def send_all(sock, futures):
    for fut in futures:
        blob = fut.result()
        sock.sendall(struct.pack("!I", len(blob)) + blob)
    sock.sendall(struct.pack("!I", 0))


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with tempfile.NamedTemporaryFile(delete=False) as tmp:
        tmp.write(b"".join(b"log line %06d: all good\n" % i for i in range(3000)))
    mine, theirs = socket.socketpair()
    report_r, report_w = ctx.Pipe(duplex=False)
    reader = ctx.Process(target=receive, args=(theirs, report_w), name="reader")
    reader.start()
    theirs.close()
    with open(tmp.name, "rb") as f, concurrent.futures.ProcessPoolExecutor(2, mp_context=ctx) as pool:
        futures = [pool.submit(compress, chunk) for chunk in iter(lambda: f.read(CHUNK), b"")]
        sender = threading.Thread(target=send_all, args=(mine, futures), name="sender")
        sender.start()
        sender.join()
    received, digest = report_r.recv()
    reader.join()
    mine.close()
    size = os.path.getsize(tmp.name)
    with open(tmp.name, "rb") as f:
        same = hashlib.sha256(f.read()).hexdigest()[:12] == digest
    os.unlink(tmp.name)
    sent = sum(len(fut.result()) for fut in futures)
    print(f"{len(futures)} chunks, {size} bytes read, {sent} sent, {received} received, same: {same}")
