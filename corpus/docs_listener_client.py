# Listeners and Clients: the Listener example and the Client example, in one program.
# Source: the Python 3.11 documentation, Doc/library/multiprocessing.rst (as shipped in Debian's python3.11-doc).
# Copyright (c) 2001-2023 Python Software Foundation. Code in the Python documentation is dual-licensed
# under the PSF License Version 2 and the Zero-Clause BSD license.
# Changed for the truth corpus: the Client runs in a child Process; the address is localhost with a port the OS picks (not 6000), passed to the child.

from multiprocessing import Process
from multiprocessing.connection import Listener, Client
from array import array

def client(address):
    with Client(address, authkey=b'secret password') as conn:
        print(conn.recv())                  # => [2.25, None, 'junk', float]

        print(conn.recv_bytes())            # => 'hello'

        arr = array('i', [0, 0, 0, 0, 0])
        print(conn.recv_bytes_into(arr))    # => 8
        print(arr)                          # => array('i', [42, 1729, 0, 0, 0])

if __name__ == '__main__':
    with Listener(('localhost', 0), authkey=b'secret password') as listener:
        p = Process(target=client, args=(listener.address,))
        p.start()
        with listener.accept() as conn:
            print('connection accepted from', listener.last_accepted)

            conn.send([2.25, None, 'junk', float])

            conn.send_bytes(b'hello')

            conn.send_bytes(array('i', [42, 1729]))
        p.join()
