"""Workers rename themselves with current_process().name; the parent join()s and close()s each
one to free its resources, then a report function reads exitcode and is_alive() of the closed
objects (ValueError), while name and repr() still work."""
import multiprocessing as mp
import sys


def task(label, code):
    mp.current_process().name = f"task-{label}"
    print("running as", mp.current_process().name, flush=True)
    sys.exit(code)


def report(p):
    line = [p.name, repr(p)]
    for what in ("exitcode", "is_alive"):
        try:
            value = p.exitcode if what == "exitcode" else p.is_alive()
            line.append(f"{what}={value}")
        except ValueError as e:
            line.append(f"{what}: ValueError({e})")
    print(" | ".join(line), flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    ps = [ctx.Process(target=task, args=(lbl, code), name=f"P-{lbl}") for lbl, code in (("a", 0), ("b", 2))]
    for p in ps:
        p.start()
    codes = []
    for p in ps:
        p.join()
        codes.append(p.exitcode)
        p.close()
    print("codes read before close():", codes)
    for p in ps:
        report(p)
    ps[1].close()  # a second close() is allowed
    print("done")
