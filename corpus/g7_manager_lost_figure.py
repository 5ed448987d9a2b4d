"""Three processes each do d["n"] = d["n"] + 1 300 times on a Manager dict, no lock: the program prints how many
updates were lost; the note must give the same figure (proved from the proxy calls' values), not only a floor."""
import multiprocessing as mp
import sys


def bump(d, times):
    for _ in range(times):
        d["n"] = d["n"] + 1


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Manager() as m:
        d = m.dict()
        d["n"] = 0
        ps = [mp.Process(target=bump, args=(d, 300)) for _ in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        final = d["n"]
        print("final", final, "lost", 900 - final, flush=True)
