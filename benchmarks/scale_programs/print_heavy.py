"""Scale benchmark seed: a child printing lines while its parent joins it (print events)."""
import multiprocessing as mp


def talk(n):
    for i in range(n):
        print('line %d of the child' % i, flush=True)


if __name__ == '__main__':
    child = mp.Process(target=talk, args=(100,))
    child.start()
    child.join()
