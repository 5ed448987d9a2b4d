"""Eight downloaders wait on one Event (the start gun), then at most three download at a time under a
Semaphore(3); each reports its duration through a Queue."""
import multiprocessing as mp
import sys
import time


def download(i, gun, slots, results):
    gun.wait()
    with slots:
        t0 = time.monotonic()
        time.sleep(0.1)
        results.put((i, round(time.monotonic() - t0, 1)))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    gun, slots, results = mp.Event(), mp.Semaphore(3), mp.Queue()
    ps = [mp.Process(target=download, args=(i, gun, slots, results)) for i in range(8)]
    for p in ps:
        p.start()
    time.sleep(0.3)
    print("ready... go!", flush=True)
    gun.set()
    got = sorted(results.get() for _ in ps)
    for p in ps:
        p.join()
    print("downloaded:", [i for i, _ in got], flush=True)
