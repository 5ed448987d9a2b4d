"""A spawn child's interpreter exit, traced as untraced: the tracer keeps none of the program's modules alive past the
atexit handlers.  The booted Process held by the tracer (process.py, reached from writer.at_finish) kept the main
module and every module it imports alive: the interpreter then wiped their globals to None instead of collecting
them, so a __del__ that ran at exit saw None where the untraced run saw its globals (and the child's exit cost about
2.6M instructions more)."""
import unittest
from mpt_helper import TraceCase, run

PROGRAM = '''
import multiprocessing as mp, os, sys
MARK = "globals intact"
class Tell:
    def __del__(self):
        os.write(1, ("child __del__: %s\\n" % (MARK,)).encode())
def target():
    global keeper
    keeper = Tell()
    keeper.me = keeper      # a cycle: collected by the garbage collector, never by a refcount
if __name__ == "__main__":
    import multiprocessing.process
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else "spawn")
    p = ctx.Process(target=target)
    p.start()
    p.join()
    print("parent: child exit", p.exitcode)
'''


class SpawnExit(TraceCase):
    def test_a_child_modules_globals_at_exit_are_as_untraced(self):
        plain = run(PROGRAM, 'spawn', trace=False, args=('spawn',))
        self.assertEqual(plain.stdout, 'child __del__: globals intact\nparent: child exit 0\n', plain.stderr)
        r = self.traced(PROGRAM, 'spawn', args=('spawn',))
        self.assertEqual((r.rc, r.stdout), (0, plain.stdout), r.dump())
        child = [pid for pid, evs in r.procs.items() if evs[0]['role'] == 'child']
        self.assertEqual(len(child), 1, r.dump())
        kinds = [e['kind'] for e in r.procs[child[0]]]
        self.assertEqual(kinds[-1], 'process.exit', r.dump())     # still the child's last event


if __name__ == '__main__':
    unittest.main()
