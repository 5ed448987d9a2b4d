"""An echo service on socketserver.ForkingTCPServer (one forked process per connection, made by
socketserver with os.fork, not by multiprocessing), served by a thread of the script; three client
Processes send a few lines each and check the echoes. Then shutdown() and server_close(), which
waits for the forked handlers."""
import multiprocessing as mp
import socket
import socketserver
import sys
import threading


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(b"echo: " + line)


def client(port, name, lines, results):
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        f = s.makefile("rwb")
        ok = 0
        for i in range(lines):
            f.write(f"{name} line {i}\n".encode())
            f.flush()
            ok += f.readline() == f"echo: {name} line {i}\n".encode()
    results.put((name, ok, lines))


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    server = socketserver.ForkingTCPServer(("127.0.0.1", 0), Echo)
    port = server.server_address[1]
    serving = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, name="echo-server")
    serving.start()
    results = ctx.Queue()
    clients = [ctx.Process(target=client, args=(port, f"c{n}", 2 + n, results), name=f"client-{n}") for n in range(3)]
    for p in clients:
        p.start()
    replies = sorted(results.get(timeout=10) for _ in clients)
    for p in clients:
        p.join()
    server.shutdown()
    serving.join()
    server.server_close()
    for name, ok, lines in replies:
        print(f"{name}: {ok}/{lines} echoes right")
    print("client exit codes:", [p.exitcode for p in clients])
