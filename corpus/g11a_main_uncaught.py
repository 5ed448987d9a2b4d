"""The main process's own uncaught exception (gaps 11A): a child runs and is joined, then the main code raises
ValueError. The exit note names it (it used to guess "an uncaught exception, or sys.exit(1)")."""
import multiprocessing as mp
import sys


def work():
    print("child: done", flush=True)


def read_port(config):
    port = int(config.get("port", "0"))
    if port == 0:
        raise ValueError("no port configured")
    return port


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=work)
    p.start()
    p.join()
    print("port", read_port({}))
