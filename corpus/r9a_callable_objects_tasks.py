"""Callable objects and class-level functions as tasks: an instance with __call__ as a Pool task (pickled with its
state), a staticmethod and a classmethod as Process targets."""
import sys
import multiprocessing as mp


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return self.k * x


class Jobs:
    greeting = "hello"

    @staticmethod
    def static_job(n):
        print("static job", n)

    @classmethod
    def class_job(cls, n):
        print(cls.greeting, "from class job", n)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        print(pool.map(Multiplier(3), range(4)))
    for target in (Jobs.static_job, Jobs.class_job):
        p = mp.Process(target=target, args=(1,))
        p.start()
        p.join()
