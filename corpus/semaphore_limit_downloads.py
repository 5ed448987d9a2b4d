"""At most two 'downloads' at once among five processes, with a Semaphore."""
import multiprocessing as mp
import time


def download(sem, i):
    with sem:
        print("downloading", i, flush=True)
        time.sleep(0.1)
    print("done", i, flush=True)


if __name__ == "__main__":
    sem = mp.Semaphore(2)
    ps = [mp.Process(target=download, args=(sem, i)) for i in range(5)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
