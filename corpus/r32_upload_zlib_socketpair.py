"""An upload: temp-file chunks zlib-compressed in a ProcessPoolExecutor, a sender thread writes them to a
socketpair, a reader Process decompresses and checks them and reports on a Pipe."""
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
    with open(tmp.name, "rb") as f:
        data = f.read()
    os.unlink(tmp.name)
    sent, same = sum(len(fut.result()) for fut in futures), hashlib.sha256(data).hexdigest()[:12] == digest
    print(f"{len(futures)} chunks, {len(data)} bytes read, {sent} sent, {received} received, same: {same}")
