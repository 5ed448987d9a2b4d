# A Listener in the main process and two Clients in children: one over a Unix socket (the default
# family), one over TCP on localhost.  Each child asks a question with send(), gets an answer with
# recv(), then gets raw bytes with recv_bytes() and closes; the server answers each in turn.
# Written for the truth corpus: every message sent on one side is received on the other.
from multiprocessing import Process
from multiprocessing.connection import Client, Listener


def ask(address, who):
    with Client(address, authkey=b'corpus') as conn:
        conn.send(('question', who))
        print(who, 'got', conn.recv())
        print(who, 'got bytes', conn.recv_bytes())


def serve(listener, who):
    p = Process(target=ask, args=(listener.address, who), name=who)
    p.start()
    with listener.accept() as conn:
        question = conn.recv()
        print('server got', question)
        conn.send(('answer', question[1].upper()))
        conn.send_bytes(b'bye ' + who.encode())
    p.join()


if __name__ == '__main__':
    with Listener(authkey=b'corpus') as unix_listener:
        serve(unix_listener, 'unix-client')
    with Listener(('localhost', 0), authkey=b'corpus') as tcp_listener:
        serve(tcp_listener, 'tcp-client')
