# A Client waits in recv() for an answer its server never sends: the server accepted the
# connection, read the question, and then waits in join() for the client, which waits for it.
# Written for the truth corpus: the watchdog stops the run, and the hang note must name the
# blocked recv() and the side of the connection it waits on.
from multiprocessing import Process
from multiprocessing.connection import Client, Listener


def ask(address):
    with Client(address) as conn:
        conn.send('are you there?')
        print('client waits for an answer')
        print(conn.recv())          # never comes


if __name__ == '__main__':
    with Listener() as listener:
        p = Process(target=ask, args=(listener.address,))
        p.start()
        with listener.accept() as conn:
            print('server got', conn.recv())
            p.join()                # forgot to answer: the client never ends
