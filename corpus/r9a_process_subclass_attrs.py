"""A Process subclass that keeps its results in attributes: run() changes the child's copy, the parent's object
never changes (a classic forum question); the fix shown beside it is a Value the child writes."""
import sys
import multiprocessing as mp


class Counter(mp.Process):
    def __init__(self, n, shared):
        super().__init__()
        self.n = n
        self.total = 0
        self.shared = shared

    def run(self):
        for i in range(self.n):
            self.total += i
        self.shared.value = self.total
        print(f"{self.name} in the child: total={self.total}")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    shared = mp.Value("i", 0)
    c = Counter(10, shared)
    c.start()
    c.join()
    print(f"{c.name} in the parent: total={c.total}, shared={shared.value}, exitcode={c.exitcode}")
