"""Gaps 28B: workers that rename themselves (current_process().name = ...), one renamed twice, and a parent that
renames its copy of a started child (p.name = ...), which does not rename the child."""
import multiprocessing as mp
import sys
import time


def work(label):
    me = mp.current_process()
    print("started as", me.name, flush=True)
    me.name = label
    time.sleep(0.05)
    print("now", me.name, flush=True)
    if label == "job0":
        me.name = "job0-done"
        print("finally", me.name, flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    ps = [ctx.Process(target=work, args=(f"job{i}",)) for i in range(2)]
    for p in ps:
        p.start()
    ps[1].name = "second"
    for p in ps:
        p.join()
    print("names in parent:", [p.name for p in ps], flush=True)
