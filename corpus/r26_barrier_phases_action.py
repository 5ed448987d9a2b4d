"""A phase loop: three workers each fill their slot of an Array, then wait at a Barrier whose
action (run by the last to arrive) prints who ran it; the party that gets index 0 from wait()
prints the phase's row; a second wait() keeps the next phase's writes apart from that read."""
import multiprocessing as mp
import sys

PHASES = 3


def announce():
    print("  barrier action in", mp.current_process().name, flush=True)


def worker(bar, arr, slot):
    for phase in range(PHASES):
        arr[slot] = (phase + 1) * 10 + slot
        if bar.wait() == 0:
            print(f"phase {phase}: {list(arr)}", flush=True)
        bar.wait()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    arr = ctx.Array("i", 3)
    bar = ctx.Barrier(3, action=announce)
    ws = [ctx.Process(target=worker, args=(bar, arr, s), name=f"w{s}") for s in range(3)]
    for w in ws:
        w.start()
    for w in ws:
        w.join()
    print("final", list(arr), "exit codes", [w.exitcode for w in ws])
