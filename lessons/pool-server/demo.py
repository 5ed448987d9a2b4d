"""pool-server: a TCP echo server that hands each connection to a Pool(4) worker; 6 scripted clients.

Run by `mp-tutor lesson pool-server`; it also runs on its own: python3 demo.py --clients 6
Everything happens on 127.0.0.1, on a port the OS picks.
"""
import argparse
import os
import socket
import time
from multiprocessing import Pool, Process


def talk(conn):
    """The task, in a pool worker: echo upper-cased messages until the client hangs up."""
    print(f"worker pid {os.getpid()} serves a client")
    with conn:
        while True:
            message = conn.recv(1024)
            if not message:  # the client closed its end
                break
            conn.sendall(message.upper())
    print(f"worker pid {os.getpid()} is free again")


def client(port, name, messages, gap):
    """A scripted client, in a process of its own: connect, send a few lines, close."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        for k in range(messages):
            sock.sendall(f"{name} line {k}".encode())
            reply = sock.recv(1024).decode()
            if k == 0:
                print(f"{name}: first reply {reply!r} after {time.monotonic() - started:.2f} s")
            time.sleep(gap)
    print(f"{name}: done after {time.monotonic() - started:.2f} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=6, help="how many clients connect")
    parser.add_argument("--messages", type=int, default=4, help="lines each client sends")
    parser.add_argument("--gap", type=float, default=0.2, help="seconds a client waits between lines")
    parser.add_argument("--seed", type=int, default=None, help="unused: this demo has no randomness")
    args = parser.parse_args()

    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))  # port 0: the OS picks a free port
    server.listen(8)
    server.settimeout(10)  # never wait for ever for a client that does not come
    port = server.getsockname()[1]
    print(f"server pid {os.getpid()} listens on 127.0.0.1:{port}")

    pool = Pool(4)
    clients = [Process(target=client, name=f"client-{k + 1}", args=(port, f"client-{k + 1}", args.messages, args.gap))
               for k in range(args.clients)]
    for c in clients:
        c.start()

    for _ in range(args.clients):  # a scripted number of clients, then stop
        conn, address = server.accept()
        pool.apply_async(talk, (conn,))  # a worker serves this client; we go straight back to accept()
        # No conn.close() here: the pool sends the task from a thread of its own, a moment later,
        # and it needs the socket open until then. The task holds on to it meanwhile.
    server.close()
    for c in clients:
        c.join()
    pool.close()
    pool.join()
    print("server: every client was served")


if __name__ == "__main__":
    main()
