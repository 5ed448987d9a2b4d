"""The Stack Overflow pattern: a Process subclass catches its exception and sends the traceback to the parent on a Pipe."""
import multiprocessing as mp
import sys
import traceback


class Proc(mp.Process):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pconn, self._cconn = mp.Pipe()
        self._exception = None

    def run(self):
        try:
            super().run()
            self._cconn.send(None)
        except Exception as e:
            self._cconn.send((e, traceback.format_exc()))

    @property
    def exception(self):
        if self._pconn.poll():
            self._exception = self._pconn.recv()
        return self._exception


def parse(text):
    return int(text)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    procs = [Proc(target=parse, args=(t,)) for t in ("12", "x1")]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
        if p.exception:
            err, tb = p.exception
            print(p.name, "failed:", repr(err), "| exitcode", p.exitcode)
            print(tb.strip().splitlines()[-1])
        else:
            print(p.name, "ok, exitcode", p.exitcode)
