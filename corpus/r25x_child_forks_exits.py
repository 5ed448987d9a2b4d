"""A child calls os.fork() itself. The grandchild ends with sys.exit("message"): the message goes to
its stderr and its status is 1, which the child reads with os.waitpid(). The child then ends the
same way: sys.exit("child gives up") gives exitcode 1 and the message on stderr."""
import multiprocessing as mp
import os
import sys


def child():
    print("child", "starts", flush=True)
    pid = os.fork()
    if pid == 0:
        print("grandchild runs", flush=True)
        sys.exit("grandchild: config missing")
    _, status = os.waitpid(pid, 0)
    print("child saw grandchild exit status", os.waitstatus_to_exitcode(status), flush=True)
    sys.exit("child gives up")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=child, name="Child")
    p.start()
    p.join()
    print("parent: exitcode", p.exitcode, flush=True)
