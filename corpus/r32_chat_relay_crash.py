"""A chat relay: a Listener server process logs three clients' messages, waiting with connection.wait();
one client crashes mid-conversation (os._exit(3)), the relay gets EOFError and goes on."""
import multiprocessing as mp
import os
import sys
import time
from multiprocessing.connection import Client, Listener, wait


def server(address_out, log):
    with Listener(("127.0.0.1", 0), authkey=b"chat") as listener:
        address_out.put(listener.address)
        conns = {}
        for _ in range(3):
            conn = listener.accept()
            conns[conn] = conn.recv()
        lines = []
        while conns:
            for conn in wait(list(conns)):
                try:
                    msg = conn.recv()
                except EOFError:
                    lines.append(f"* {conns.pop(conn)} disconnected")
                    continue
                if msg == "/quit":
                    lines.append(f"* {conns.pop(conn)} left")
                else:
                    lines.append(f"<{conns[conn]}> {msg}")
        log.put(lines)


def chatter(address, name, messages, crash_after):
    conn = Client(address, authkey=b"chat")
    conn.send(name)
    for i, msg in enumerate(messages):
        if i == crash_after:
            os._exit(3)
        conn.send(msg)
        time.sleep(0.05)
    conn.send("/quit")
    conn.close()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    address_q, log = ctx.Queue(), ctx.Queue()
    srv = ctx.Process(target=server, args=(address_q, log), name="relay")
    srv.start()
    address = address_q.get(timeout=10)
    people = [("ana", ["hi", "how's it going"], None), ("bo", ["hey", "brb", "never sent"], 2),
              ("cy", ["yo"], None)]
    clients = [ctx.Process(target=chatter, args=(address, *p), name=p[0]) for p in people]
    for c in clients:
        c.start()
    lines = log.get(timeout=15)
    for c in clients:
        c.join()
    srv.join()
    print(f"{len(lines)} lines, e.g. {sorted(lines)[0]!r}; disconnected: {[l for l in lines if 'disconnected' in l]}")
    print("exit codes:", {c.name: c.exitcode for c in clients}, "relay:", srv.exitcode)
