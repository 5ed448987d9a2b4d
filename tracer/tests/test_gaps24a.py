"""Gaps 24A (docs/truth-review.md): tracer-side leftovers of rounds 21 and 22."""
import textwrap
import unittest
from mpt_helper import TraceCase

QUIET_IMPORT = textwrap.dedent('''
    import multiprocessing as mp
    import sys
    x = 1
    def child():
        print("child ran", flush=True)
    if __name__ == "__main__":
        p = mp.get_context(sys.argv[1]).Process(target=child, name="child")
        p.start()
        p.join()
''')

HANGS_IN_IMPORT = textwrap.dedent('''
    import multiprocessing as mp
    import sys
    import time
    if __name__ == "__mp_main__":
        time.sleep(30)
    def never():
        pass
    if __name__ == "__main__":
        p = mp.get_context(sys.argv[1]).Process(target=never, name="slow")
        p.start()
        time.sleep(1.5)
        p.terminate()
        p.join()
        print("code", p.exitcode, flush=True)
''')


def own_lines(r, pid):
    return sorted((e for e in r.procs[pid] if e['kind'] not in ('proc', 'thread')), key=lambda e: e['n'])


class BootBeforeImport(TraceCase):
    def test_a_quiet_import_still_has_the_boot_line_first(self):
        """Gaps 21B wrote process.boot only when the import wrote a line: now it is the child's first line always."""
        for method in ('spawn', 'forkserver'):
            with self.subTest(method=method):
                r = self.traced(QUIET_IMPORT, method, args=(method,))
                self.assertEqual((r.rc, r.stdout), (0, "child ran\n"), r.dump())
                start = r.one('process.start', role='child')
                boot = r.one('process.boot')
                self.assertEqual((boot['pid'], boot['main'], boot['method']), (start['pid'], 'script.py', method))
                self.assertEqual([e['kind'] for e in own_lines(r, boot['pid'])][:2], ['process.boot', 'process.start'])
                self.assertLessEqual(boot['t'], start['t'])
                self.assertLess(r.one('process.spawn')['t'], boot['t'])

    def test_a_child_that_hangs_silently_in_its_import_has_a_lane(self):
        """A module-level time.sleep under spawn, nothing written: the child had no line at all before."""
        r = self.traced(HANGS_IN_IMPORT, 'spawn', args=('spawn',))
        self.assertEqual(r.stdout, "code -15\n", r.dump())
        boot = r.one('process.boot')
        self.assertEqual(boot['name'], 'slow')
        self.assertEqual([e['kind'] for e in own_lines(r, boot['pid'])], ['process.boot'], r.dump())

    def test_a_child_that_raises_in_its_import_has_a_lane(self):
        code = HANGS_IN_IMPORT.replace('time.sleep(30)', 'raise ValueError("bad config")')
        r = self.traced(code, 'forkserver', args=('forkserver',))
        self.assertEqual(r.stdout, "code 1\n", r.dump())
        self.assertIn('ValueError: bad config', r.stderr, r.dump())
        self.assertNotIn('mptutor_trace', r.stderr, r.dump())
        boot = r.one('process.boot')
        self.assertEqual(r.of('process.start', pid=boot['pid']), [], r.dump())


if __name__ == '__main__':
    unittest.main()
