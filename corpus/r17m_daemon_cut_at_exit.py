"""A daemon Process writes numbered lines to a Pipe and has a finally block. The parent reads two
lines and returns from its main code without join(): at exit multiprocessing terminates the daemon
(SIGTERM), so its finally block never runs and it never sends its "done" line."""
import multiprocessing as mp
import sys
import time


def writer(conn):
    try:
        for i in range(100):
            conn.send("line %d" % i)
            time.sleep(0.1)
        conn.send("done")
    finally:
        print("writer finally ran", flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    reader, sender = ctx.Pipe(duplex=False)
    p = ctx.Process(target=writer, args=(sender,), daemon=True, name="writer")
    p.start()
    sender.close()
    for _ in range(2):
        print("parent read:", reader.recv(), flush=True)
    print("parent returns; writer alive:", p.is_alive(), flush=True)
