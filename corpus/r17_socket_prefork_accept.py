"""Forum question: "How do several processes share one listening socket?" (a pre-fork server). The parent
binds and listens, then gives the socket to each child as a Process argument: fork copies the descriptor,
and under spawn and forkserver multiprocessing duplicates it for the child while pickling. Every child
blocks in accept() on the same socket; the kernel hands each incoming connection to one of them."""
import multiprocessing as mp
import socket
import sys


def serve(sock, name, count):
    for _ in range(count):
        conn, _ = sock.accept()
        with conn:
            data = conn.recv(64)
            conn.sendall(b"%s handled %s" % (name.encode(), data))
    sock.close()


def main(ctx):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    port = listener.getsockname()[1]
    workers = [ctx.Process(target=serve, args=(listener, "w%d" % i, 2), name="w%d" % i) for i in range(2)]
    for w in workers:
        w.start()
    listener.close()  # the parent's copy: the children keep theirs
    handled = []
    for i in range(4):
        with socket.create_connection(("127.0.0.1", port), timeout=10) as c:
            c.sendall(b"req%d" % i)
            handled.append(c.recv(64).decode())
    for w in workers:
        w.join(timeout=10)
    print("requests answered:", len(handled), flush=True)
    print("exit codes:", [w.exitcode for w in workers], flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
