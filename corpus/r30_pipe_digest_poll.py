"""One process per file, each with its own Pipe back to the parent carrying (name, size, sha1 digest).
The parent loops over the read ends with poll(0.2) until every child has reported; the child for the
largest file first sends a ("progress", name, half) message, so that pipe carries two messages."""
import hashlib
import multiprocessing as mp
import os
import sys
import tempfile
import time


def digest_file(path, conn):
    name = os.path.basename(path)
    size = os.path.getsize(path)
    h = hashlib.sha1()
    with open(path, "rb") as f:
        if size > 100_000:
            h.update(f.read(size // 2))
            conn.send(("progress", name, size // 2))
            time.sleep(0.3)
        h.update(f.read())
    conn.send(("done", name, size, h.hexdigest()[:12]))
    conn.close()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    folder = tempfile.mkdtemp()
    paths = []
    for i, size in enumerate((2_000, 150_000, 30_000)):
        paths.append(os.path.join(folder, f"blob{i}.bin"))
        with open(paths[-1], "wb") as f:
            f.write(bytes((i * 7 + k) % 251 for k in range(size)))
    children, pending = [], {}
    for path in paths:
        parent_end, child_end = ctx.Pipe(duplex=False)
        p = ctx.Process(target=digest_file, args=(path, child_end))
        p.start()
        child_end.close()
        children.append(p)
        pending[parent_end] = os.path.basename(path)
    rounds = 0
    while pending:
        rounds += 1
        for conn in list(pending):
            if conn.poll(0.2):
                msg = conn.recv()
                print(*msg)
                if msg[0] == "done":
                    del pending[conn]
                    conn.close()
    for p in children:
        p.join()
    for path in paths:
        os.remove(path)
    os.rmdir(folder)
    print("poll rounds:", rounds, "exit codes:", [p.exitcode for p in children])
