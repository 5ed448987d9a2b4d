"""A consumer waits on a Condition until the producer sets a shared flag."""
import multiprocessing as mp
import time


def consumer(cond, flag):
    with cond:
        while not flag.value:
            cond.wait()
    print("consumer saw the flag")


if __name__ == "__main__":
    cond = mp.Condition()
    flag = mp.Value("b", False)
    c = mp.Process(target=consumer, args=(cond, flag))
    c.start()
    time.sleep(0.2)
    with cond:
        flag.value = True
        cond.notify()
    c.join()
