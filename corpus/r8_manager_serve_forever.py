"""A BaseManager server run with get_server().serve_forever() in its own Process; two clients connect by address."""
import sys
import time
import multiprocessing as mp
from multiprocessing.managers import BaseManager

ADDRESS = ("127.0.0.1", 50871)
KEY = b"secret"


class Store:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        return len(self.items)

    def all(self):
        return list(self.items)


_store = Store()


def get_store():
    return _store


class StoreManager(BaseManager):
    pass


StoreManager.register("get_store", callable=get_store)


def serve():
    m = StoreManager(address=ADDRESS, authkey=KEY)
    server = m.get_server()
    server.serve_forever()


def client(n):
    m = StoreManager(address=ADDRESS, authkey=KEY)
    m.connect()
    store = m.get_store()
    print("client", n, "added, size now", store.add(n))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    server = mp.Process(target=serve, daemon=True)
    server.start()
    time.sleep(0.5)                     # give the server time to listen
    clients = [mp.Process(target=client, args=(i,)) for i in range(2)]
    for c in clients:
        c.start()
    for c in clients:
        c.join()
    m = StoreManager(address=ADDRESS, authkey=KEY)
    m.connect()
    print("store holds", sorted(m.get_store().all()))
    server.terminate()
    server.join()
    print("server exitcode", server.exitcode)
