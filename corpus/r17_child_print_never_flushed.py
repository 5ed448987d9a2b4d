"""Forum question: "Why does my child's print() never show up?" The child prints progress without flush=True;
when stdout is a pipe or a file (not a terminal), Python buffers it in the process, and terminate() ends the
child by SIGTERM before anything is written: the lines are lost. With flush=True each line is written at
once and survives the terminate()."""
import multiprocessing as mp
import sys
import time


def work(started, flush):
    print("worker started", flush=flush)
    started.set()
    step = 0
    while True:
        print("step", step, flush=flush)
        step += 1
        time.sleep(0.1)


def run(ctx, flush):
    started = ctx.Event()
    p = ctx.Process(target=work, args=(started, flush), name="flush" if flush else "noflush")
    p.start()
    started.wait(10)
    time.sleep(0.5)
    p.terminate()
    p.join()
    print("flush=%s: exit code %s" % (flush, p.exitcode), flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    run(ctx, False)
    run(ctx, True)
