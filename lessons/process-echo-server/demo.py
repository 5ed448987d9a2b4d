"""process-echo-server: a TCP echo server on 127.0.0.1 that starts one process per connection.

The main process only accepts connections; each connection is served by a handler process of its
own. Scripted clients (separate processes) send a few messages each. The server stops after it
has accepted --clients connections. Run by `mp-tutor lesson process-echo-server`; it also runs on
its own: python3 demo.py --clients 3 --messages 3
"""
import argparse
import os
import random
import socket
import time
from multiprocessing import Process


def handle(conn, address, n):
    """A handler process: echo everything back in upper case until the client closes."""
    print(f"handler-{n}: pid {os.getpid()}, serving client port {address[1]}")
    conn.settimeout(10)                  # bounded: a silent client cannot keep us forever
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:                 # b"": the client closed its side
                break
            print(f"handler-{n}: got {data.decode()!r}")
            conn.sendall(data.upper())
    print(f"handler-{n}: the client closed the connection, done")


def client(port, n, messages, pauses):
    """A scripted client: connect, send each message, read the echo, pause, close."""
    correct = 0
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        print(f"client-{n}: connected from port {s.getsockname()[1]}")
        for k in range(1, messages + 1):
            msg = f"hello {k} from client {n}"
            s.sendall(msg.encode())
            reply = s.recv(1024).decode()
            correct += reply == msg.upper()
            print(f"client-{n}: sent {msg!r}, got back {reply!r}")
            time.sleep(pauses[k - 1])
    print(f"client-{n}: {correct} of {messages} replies correct: {'yes' if correct == messages else 'no'}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=3, help="connections the server accepts before it stops")
    parser.add_argument("--messages", type=int, default=3, help="messages each client sends")
    parser.add_argument("--pause", type=float, default=0.2, help="average pause of a client between messages")
    parser.add_argument("--seed", type=int, default=None, help="seed for the clients' pauses")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))        # port 0: the OS picks a free port
    server.listen(5)
    server.settimeout(10)                # bounded: accept() gives up after 10 s
    port = server.getsockname()[1]
    print(f"server: pid {os.getpid()}, listening on 127.0.0.1:{port}")

    clients = []
    for n in range(1, args.clients + 1):
        pauses = [round(args.pause * (0.5 + rng.random()), 2) for _ in range(args.messages)]
        clients.append(Process(target=client, args=(port, n, args.messages, pauses), name=f"client-{n}"))
    for c in clients:
        c.start()

    handlers = []
    for n in range(1, args.clients + 1):
        conn, address = server.accept()
        print(f"server: accepted a connection from port {address[1]}, starting handler-{n}")
        h = Process(target=handle, args=(conn, address, n), name=f"handler-{n}")
        h.start()
        conn.close()                     # the handler has its own copy; the server's is not needed
        handlers.append(h)
    server.close()
    print(f"server: {args.clients} connections accepted, stops accepting")

    for p in handlers + clients:
        p.join()
    print("server: every handler and client has ended")


if __name__ == "__main__":
    main()
