"""Two workers share a Semaphore(1) as a mutex around a 2 s job. The parent, once a is inside, starts b and, seeing the second one wait,
"unlocks" it with an extra release() it never acquired: now both are inside at once (the shared count of
workers inside reaches 2), and the semaphore ends at 2, not 1."""
import multiprocessing as mp
import sys
import time


def job(sem, inside, most, name):
    with sem:
        with inside.get_lock():
            inside.value += 1
            most.value = max(most.value, inside.value)
        print(name, "inside", flush=True)
        time.sleep(2.0)
        with inside.get_lock():
            inside.value -= 1
    print(name, "left", flush=True)


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    sem = ctx.Semaphore(1)
    inside = ctx.Value("i", 0)
    most = ctx.Value("i", 0)
    a = ctx.Process(target=job, args=(sem, inside, most, "a"), name="a")
    a.start()
    while inside.value == 0:
        time.sleep(0.01)
    b = ctx.Process(target=job, args=(sem, inside, most, "b"), name="b")
    b.start()
    time.sleep(0.5)
    print("parent: b looks stuck, releasing the semaphore", flush=True)
    sem.release()
    a.join()
    b.join()
    print("most workers inside at once:", most.value, flush=True)
    print("semaphore value now:", sem.get_value(), flush=True)


if __name__ == "__main__":
    main()
