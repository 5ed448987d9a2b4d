"""A BaseManager served on localhost with a random authkey; a client with the right key uses it, one with a
wrong key is refused (AuthenticationError)."""
import multiprocessing as mp
import os
import sys
from multiprocessing.managers import BaseManager

STORE = {}


def get_store():
    return STORE


class StoreManager(BaseManager):
    pass


StoreManager.register("store", callable=get_store)


def client(address, key, ok):
    m = StoreManager(address=address, authkey=key)
    try:
        m.connect()
    except mp.AuthenticationError as e:
        print("client refused:", type(e).__name__, flush=True)
        return
    m.store().update(seen=ok)
    print("client stored", ok, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    key = os.urandom(32)
    server = StoreManager(address=("127.0.0.1", 0), authkey=key)
    server.start()
    good = mp.Process(target=client, args=(server.address, key, True))
    bad = mp.Process(target=client, args=(server.address, os.urandom(32), False))
    for p in (good, bad):
        p.start()
        p.join()
    print("store now", server.store().copy())
    server.shutdown()
