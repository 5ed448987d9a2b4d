"""os.fork() by hand, children that end normally: the end of the script, sys.exit(3), sys.exit("msg"),
raise SystemExit(4), a sys.exit(5) caught and the script going on, sys.exit(True); each reaped with os.waitpid()."""
import os
import sys


def fork_and(ending):
    pid = os.fork()
    if pid == 0:
        print("child", ending, flush=True)
        if ending == "sys.exit(3)":
            sys.exit(3)
        if ending == "sys.exit(msg)":
            sys.exit("the child gives up")
        if ending == "raise SystemExit(4)":
            raise SystemExit(4)
        if ending == "caught sys.exit(5)":
            try:
                sys.exit(5)
            except SystemExit:
                print("child caught its own sys.exit(5)", flush=True)
        if ending == "sys.exit(True)":
            sys.exit(True)
        return True
    _, status = os.waitpid(pid, 0)
    print("parent:", ending, "->", os.waitstatus_to_exitcode(status), flush=True)
    return False


if __name__ == "__main__":
    for ending in ("end of script", "sys.exit(3)", "sys.exit(msg)", "raise SystemExit(4)", "caught sys.exit(5)",
                   "sys.exit(True)"):
        if fork_and(ending):
            break       # the child: on to the end of the script
