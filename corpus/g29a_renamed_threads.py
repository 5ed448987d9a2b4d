"""Threads renamed by the program (gaps 29A): the parent renames a running thread (t.name = ...) between two of its
lock acquisitions; another thread renames itself (current_thread().name = ...) after its first acquisition."""
import multiprocessing as mp
import threading


def renamed_by_parent(lock, acquired, renamed):
    with lock:
        pass
    acquired.set()
    renamed.wait()              # the parent renames this thread meanwhile
    with lock:
        pass


def renames_itself(lock):
    with lock:
        pass
    threading.current_thread().name = "self-renamed"
    with lock:
        pass


if __name__ == "__main__":
    lock = mp.Lock()
    acquired, renamed = threading.Event(), threading.Event()
    a = threading.Thread(target=renamed_by_parent, args=(lock, acquired, renamed))
    b = threading.Thread(target=renames_itself, args=(lock,))
    a.start()
    b.start()
    acquired.wait()             # its first acquisition is recorded under its first name
    a.name = "loader"
    renamed.set()
    a.join()
    b.join()
    print("names:", a.name, b.name)
