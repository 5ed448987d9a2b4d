"""A port scanner on loopback: the script opens two listening sockets itself (port 0) and finds
two closed ports (bound, then closed), then a Pool of four workers tries connect_ex on each port
of the list; the open ones are printed sorted."""
import multiprocessing as mp
import socket
import sys


def probe(port):
    with socket.socket() as s:
        s.settimeout(1.0)
        code = s.connect_ex(("127.0.0.1", port))
    return port, code


def closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    listeners = []
    for _ in range(2):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        s.listen()
        listeners.append(s)
    open_ports = {s.getsockname()[1] for s in listeners}
    ports = sorted(open_ports | {closed_port(), closed_port()})
    with ctx.Pool(4) as pool:
        results = sorted(pool.imap_unordered(probe, ports))
    found = [port for port, code in results if code == 0]
    for port, code in results:
        print("open" if code == 0 else f"closed ({code})", "<mine>" if port in open_ports else "")
    print(f"{len(found)} open of {len(ports)} scanned; matches mine: {set(found) == open_ports}")
    for s in listeners:
        s.close()
