"""A type the program registers with BaseManager: its take() waits on a queue.Queue inside the server that nobody
feeds. The first call (size()) returns at once; take() never answers, so the watchdog stops the run and the hang
names the registered proxy's call."""
import queue
from multiprocessing.managers import BaseManager


class Mailbox:
    def __init__(self):
        self._q = queue.Queue()

    def size(self):
        return self._q.qsize()

    def take(self):
        return self._q.get()       # blocks in the manager's server: nobody ever puts


class MailManager(BaseManager):
    pass


MailManager.register("Mailbox", Mailbox)

if __name__ == "__main__":
    with MailManager() as manager:
        box = manager.Mailbox()
        print("size", box.size(), flush=True)
        print("took", box.take(), flush=True)
