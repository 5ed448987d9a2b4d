# Two children flood stdout (5000 lines each) while the parent prints a few lines.
import multiprocessing as mp
import sys


def flood(tag, n):
    for i in range(n):
        print(f"{tag} line {i}")
    sys.stdout.flush()


if __name__ == "__main__":
    ps = [mp.Process(target=flood, args=(t, 5000)) for t in ("A", "B")]
    for p in ps:
        p.start()
    print("parent: started both")
    for p in ps:
        p.join()
    print("parent: both done")
