"""A block-buffered stdout's flush() is recorded (print.flush, stamped before the flush): mp-tutor can then tell a
killed child that printed every line with flush=True (nothing lost) from one that never flushed (late 19A, issue 11)."""
import unittest
from mpt_helper import TraceCase, run

KILLED_PRINTERS = '''
import multiprocessing as mp, sys, time
def work(flush, started):
    print("first", flush=flush)
    started.set()
    print("second", flush=flush)
    time.sleep(30)
if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1])
    for flush in (False, True):
        started = ctx.Event()
        p = ctx.Process(target=work, args=(flush, started), name="flush" if flush else "noflush")
        p.start()
        started.wait(10)
        time.sleep(0.3)
        p.terminate()
        p.join()
        print(p.name, p.exitcode, flush=True)
'''


class BufferedFlushes(TraceCase):
    def test_a_flushed_childs_prints_precede_its_flushes_and_an_unflushed_child_has_none(self):
        for method in ('fork', 'spawn'):
            r = self.traced(KILLED_PRINTERS, method, args=(method,), env_extra={'PYTHONUNBUFFERED': ''})
            plain = run(KILLED_PRINTERS, method, trace=False, args=(method,), env_extra={'PYTHONUNBUFFERED': ''})
            self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())
            self.assertEqual(r.stdout, 'noflush -15\nfirst\nsecond\nflush -15\n', r.dump())
            for name, flushed in (('noflush', False), ('flush', True)):
                pid = r.one('process.spawn', name=name)['child_pid']
                kinds = [(e['kind'], e.get('text')) for e in r.procs[pid] if e['kind'] in ('print', 'print.flush')]
                if flushed:     # each print, then its flush: nothing printed after the last flush
                    self.assertEqual(kinds, [('print', 'first'), ('print.flush', None), ('print', 'second'), ('print.flush', None)], r.dump())
                else:
                    self.assertEqual(kinds, [('print', 'first'), ('print', 'second')], r.dump())

    def test_no_flush_is_recorded_for_an_unbuffered_stdout(self):
        r = self.traced(KILLED_PRINTERS, 'fork', args=('fork',), env_extra={'PYTHONUNBUFFERED': '1'})
        self.assertEqual(r.of('print.flush'), [], r.dump())
        self.assertEqual(len([e for e in r.of('print') if e['text'] in ('first', 'second')]), 4, r.dump())

    def test_a_flush_with_nothing_recorded_since_the_last_is_not_recorded_again(self):
        r = self.traced("import sys\nprint('a', flush=True)\nsys.stdout.flush()\nsys.stdout.flush()\n", env_extra={'PYTHONUNBUFFERED': ''})
        self.assertEqual([e['kind'] for e in r.events if e['kind'] in ('print', 'print.flush')], ['print', 'print.flush'], r.dump())


if __name__ == '__main__':
    unittest.main()
