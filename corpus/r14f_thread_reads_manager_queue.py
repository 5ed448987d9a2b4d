"""Each of two worker processes starts a listener thread that reads commands from a shared
Manager().Queue() while its main thread does its own work; 'stop' ends a listener. The main process
puts two commands and one 'stop' per worker, then joins the workers."""
import multiprocessing
import sys
import threading
import time


def listener(q, name):
    while True:
        cmd = q.get()
        if cmd == "stop":
            print(name, "listener got stop", flush=True)
            return
        print(name, "listener got", cmd, flush=True)


def worker(q, name):
    t = threading.Thread(target=listener, args=(q, name), name="listen-" + name)
    t.start()
    time.sleep(0.3)  # the worker's own work
    t.join()
    print(name, "done", flush=True)


def main(method):
    ctx = multiprocessing.get_context(method)
    with ctx.Manager() as manager:
        q = manager.Queue()
        procs = [ctx.Process(target=worker, args=(q, "w%d" % i)) for i in range(2)]
        for p in procs:
            p.start()
        for cmd in ("reload", "flush"):
            q.put(cmd)
            time.sleep(0.1)
        for _ in procs:
            q.put("stop")
        for p in procs:
            p.join()
            print(p.name, "exitcode", p.exitcode, flush=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method())
