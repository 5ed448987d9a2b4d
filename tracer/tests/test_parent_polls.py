import unittest
from mpt_helper import TraceCase

# Middle starts Watcher and leaves by os._exit(0); Watcher polls parent_process().is_alive() until that says False and
# writes how many polls said True; MainProcess waits for that file (so the run's files are complete when read).
WATCH = '''
import multiprocessing as mp, os, sys, time
def watcher(q, out):
    parent = mp.parent_process()
    polls = 0
    q.put("ready")
    while parent.is_alive():
        polls += 1
        time.sleep(0.02)
    with open(out + ".tmp", "w") as f:
        f.write(str(polls))
    os.rename(out + ".tmp", out)
def middle(ctx, out):
    q = ctx.Queue()
    ctx.Process(target=watcher, args=(q, out), name="Watcher").start()
    q.get()
    time.sleep(0.2)
    os._exit(0)
if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1])
    out = sys.argv[2]
    m = ctx.Process(target=middle, args=(ctx, out), name="Middle")
    m.start()
    m.join()
    for _ in range(400):
        if os.path.exists(out):
            break
        time.sleep(0.05)
    time.sleep(0.3)
    print(open(out).read())
'''


class ParentPolls(TraceCase):
    def check(self, method):
        import os, tempfile
        out = os.path.join(tempfile.mkdtemp(), 'polls')
        r = self.traced(WATCH, method, args=[method, out])
        self.assertEqual(r.rc, 0, r.dump())
        polls = int(r.stdout)
        self.assertGreater(polls, 1, r.dump())
        seen = [(e['parent'], e['alive'], e['calls']) for e in r.of('process.parent.alive')]
        # the first call's result, then the change: the calls that returned True again are counted, not recorded
        self.assertEqual(seen, [('Middle', True, 1), ('Middle', False, polls)], r.dump())
        middle = [e['pid'] for e in r.of('process.start') if e['name'] == 'Middle']
        self.assertEqual({e['parent_pid'] for e in r.of('process.parent.alive')}, set(middle), r.dump())

    def test_fork(self):
        """Gaps 13B: a child's parent_process().is_alive() polls left no event; only the changes are recorded."""
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')


if __name__ == '__main__':
    unittest.main()
