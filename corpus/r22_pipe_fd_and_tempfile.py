"""os.pipe() made before start(), the write end's number passed to the child as an int: under fork the child has
that descriptor and its bytes reach the parent; under spawn and forkserver the child never got it: the number may
name some other descriptor there (fstat passes), but the write raises OSError EBADF and run() ends with exit 1. A tempfile.TemporaryFile passed as an argument: fork shares it (the child's
write moves the shared offset); spawn and forkserver cannot pickle it, so start() raises TypeError."""
import multiprocessing as mp
import os
import sys
import tempfile


def writer(fd):
    os.fstat(fd)
    os.write(fd, b"hello through an inherited fd\n")
    print("child: wrote to the inherited fd", flush=True)


def file_writer(f):
    f.write(b"child line\n")
    f.flush()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    r, w = os.pipe()
    p = ctx.Process(target=writer, args=(w,), name="fd-writer")
    p.start()
    p.join()
    os.close(w)
    data = os.read(r, 100)
    print("parent read:", data, flush=True)
    os.close(r)
    tf = tempfile.TemporaryFile()
    tf.write(b"parent line\n")
    tf.flush()
    q = ctx.Process(target=file_writer, args=(tf,), name="file-writer")
    try:
        q.start()
        q.join()
        print("file-writer exitcode", q.exitcode, "offset now", tf.tell(), flush=True)
    except TypeError as e:
        print("start() raised TypeError:", e, flush=True)
    tf.seek(0)
    print("temp file:", tf.read(), flush=True)
