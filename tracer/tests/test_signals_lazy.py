"""signal is patched when it is imported, but signals.py loads only at the first signal() that installs a function: a
spawn child that installs none does not load it (multiprocessing imports signal in every process); a program that
kept signal.signal before that first call (`from signal import signal`) still has its handler recorded through it,
getsignal() gives back the program's own function, a library's handler (multiprocessing's own code) is left alone,
and a signal() that raises shows no frame of ours."""
import unittest
from mpt_helper import TraceCase

LAZY = '''
import multiprocessing as mp, os, signal, sys, traceback
from signal import signal as kept, getsignal as kept_get
AREA = "mptutor_trace.signals"
def idle(q):
    q.put(AREA in sys.modules)
def on_usr1(signum, frame):
    print("usr1", signum == signal.SIGUSR1)
if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=idle, args=(q,))
    p.start()
    print("child", q.get())
    p.join()
    kept(signal.SIGUSR2, signal.SIG_IGN)
    print("before", AREA in sys.modules)
    kept(signal.SIGUSR1, on_usr1)
    print("after", AREA in sys.modules, kept_get(signal.SIGUSR1) is on_usr1, signal.getsignal(signal.SIGUSR1) is on_usr1)
    os.kill(os.getpid(), signal.SIGUSR1)
    lib = {"__name__": "multiprocessing.mine"}
    exec("import signal\\ndef h(s, f): print('lib', s)\\nsignal.signal(signal.SIGUSR2, h)", lib)
    os.kill(os.getpid(), signal.SIGUSR2)
    try:
        kept(signal.SIGKILL, on_usr1)
    except OSError as e:
        print([(f.name, "mptutor" in f.filename) for f in traceback.extract_tb(e.__traceback__)])
'''


class SignalsLazy(TraceCase):
    def test_loaded_by_the_first_handler_and_recorded_through_a_kept_stand_in(self):
        r = self.traced(LAZY, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual(r.stdout, "child False\nbefore False\nafter True True True\nusr1 True\nlib 12\n[('<module>', False), ('signal', False)]\n",
                         r.dump())
        handler = r.one('signal.handler')
        self.assertEqual((handler['signum'], handler['function']), (10, 'on_usr1'), r.dump())
        self.assertEqual(len(r.of('signal.handler.end')), 1, r.dump())


if __name__ == '__main__':
    unittest.main()
