"""Like mp_synchronize.py: Value and Array shared with several processes, updates under the value's lock."""
import multiprocessing as mp


def bump(v, arr, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1
    for i in range(len(arr)):
        arr[i] = -arr[i]


if __name__ == "__main__":
    v = mp.Value("i", 0)
    arr = mp.Array("d", [1.0, 2.0, 3.0])
    ps = [mp.Process(target=bump, args=(v, arr, 20)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(v.value, list(arr))
