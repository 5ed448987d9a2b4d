"""subprocess.Popen is wrapped when subprocess is imported, but subprocesses.py loads only at the first Popen(): a spawn
child that starts no subprocess does not load it (multiprocessing.util imports subprocess in every one), and the
first Popen(), of a subclass the program made before it, still records its spawn and exit; a Popen that fails shows
no frame of ours."""
import unittest
from mpt_helper import TraceCase

LAZY = '''
import multiprocessing as mp, subprocess, sys, traceback
AREA = "mptutor_trace.subprocesses"
class Mine(subprocess.Popen):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
def idle(q):
    q.put(AREA in sys.modules)
if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=idle, args=(q,))
    p.start()
    print("child", q.get())
    p.join()
    print("before", AREA in sys.modules)
    print(Mine([sys.executable, "-c", "raise SystemExit(3)"]).wait())
    print(subprocess.run([sys.executable, "-c", "pass"]).returncode)
    try:
        subprocess.Popen(["/nonexistent/mptutor-no-such-program"])
    except FileNotFoundError as e:
        print([f.name for f in traceback.extract_tb(e.__traceback__)][:2])
'''


class PopenLazy(TraceCase):
    def test_loaded_by_the_first_popen(self):
        r = self.traced(LAZY, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual(r.stdout, "child False\nbefore False\n3\n0\n['<module>', '__init__']\n", r.dump())
        self.assertEqual([e['returncode'] for e in r.of('subprocess.exit')], [3, 0], r.dump())
        self.assertEqual(len(r.of('subprocess.spawn')), 2, r.dump())


if __name__ == '__main__':
    unittest.main()
