"""ThreadPoolExecutor.map with a timeout: the iterator raises TimeoutError; the with-block still waits."""
import concurrent.futures as cf
import time


def fetch(x):
    time.sleep(0.3 if x == 2 else 0.01)
    return x


if __name__ == "__main__":
    with cf.ThreadPoolExecutor(max_workers=3) as ex:
        try:
            for r in ex.map(fetch, range(4), timeout=0.1):
                print("got", r)
        except cf.TimeoutError:
            print("map timed out")
    print("done")
