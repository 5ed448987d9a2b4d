"""os.fork() by hand, followed by the other waits and signals: os.wait4(), os.waitid(); os.kill(pid, 0)
as a liveness probe, SIGSTOP/SIGCONT, SIGUSR1 to a child that handles it, SIGINT that ends another, and os.killpg()."""
import os
import signal
import sys
import time


def handled(signum, frame):
    print("child got", signal.Signals(signum).name, "and goes on", flush=True)


if __name__ == "__main__":
    pid = os.fork()
    if pid == 0:
        time.sleep(0.05)
        os._exit(2)
    _, status, usage = os.wait4(pid, 0)
    print("wait4:", os.waitstatus_to_exitcode(status), flush=True)

    pid = os.fork()
    if pid == 0:
        sys.exit(6)
    info = os.waitid(os.P_PID, pid, os.WEXITED)
    print("waitid:", info.si_status, flush=True)

    pid = os.fork()
    if pid == 0:
        signal.signal(signal.SIGUSR1, handled)
        signal.pause()
        time.sleep(0.1)
        os._exit(0)
    time.sleep(0.2)
    os.kill(pid, 0)
    print("probe: alive", flush=True)
    os.kill(pid, signal.SIGSTOP)
    os.kill(pid, signal.SIGCONT)
    os.kill(pid, signal.SIGUSR1)
    print("usr1 child:", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), flush=True)

    pid = os.fork()
    if pid == 0:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        time.sleep(30)
        os._exit(0)
    time.sleep(0.1)
    os.kill(pid, signal.SIGINT)
    print("int child:", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), flush=True)

    pid = os.fork()
    if pid == 0:
        os.setpgid(0, 0)
        time.sleep(30)
        os._exit(0)
    time.sleep(0.1)
    os.killpg(pid, signal.SIGTERM)
    print("killpg child:", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), flush=True)
