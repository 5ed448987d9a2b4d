"""The context functions read top to bottom: get_all_start_methods(), set_start_method() after the method was fixed (RuntimeError:
context has already been set), get_start_method(allow_none=True), get_context(other) used beside the default, and
set_start_method(force=True) after a process ran."""
import multiprocessing as mp
import sys


def who(tag):
    print(tag, "in", mp.current_process().name, "parent", mp.parent_process().name, flush=True)


if __name__ == "__main__":
    print("all:", mp.get_all_start_methods(), flush=True)
    print("before any set:", mp.get_start_method(allow_none=True), flush=True)
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    method = mp.get_start_method()  # without an argument this call fixes the default: set_start_method() then fails
    try:
        mp.set_start_method(method)
    except RuntimeError as e:
        print("second set_start_method:", e, flush=True)
    p = mp.Process(target=who, args=("default",), name="first")
    p.start()
    p.join()
    other = "spawn" if method != "spawn" else "fork"
    q = mp.get_context(other).Process(target=who, args=(other,), name="second")
    q.start()
    q.join()
    mp.set_start_method(other, force=True)
    print("after force:", mp.get_start_method(), flush=True)
    r = mp.Process(target=who, args=("forced",), name="third")
    r.start()
    r.join()
    print("exit codes:", p.exitcode, q.exitcode, r.exitcode, flush=True)
