"""Gaps 24A (docs/truth-review.md): tracer-side leftovers of rounds 21 and 22."""
import os
import textwrap
import unittest
from mpt_helper import TraceCase

CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'corpus')

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

    def test_the_boot_line_names_the_childs_own_method(self):
        """get_context('spawn') under a forkserver default: the preparation data's start_method is the default
        (forkserver), and the row said "forked by the forkserver" of a spawned interpreter."""
        code = QUIET_IMPORT.replace('mp.get_context(sys.argv[1])', 'mp.get_context("spawn")').replace(
            'if __name__ == "__main__":', 'if __name__ == "__main__":\n    mp.set_start_method(sys.argv[1])').replace(
            'x = 1', 'import threading\nreport_lock = threading.Lock()')      # a line of its import, for gaps 21B's tracer
        r = self.traced(code, 'forkserver', args=('forkserver',))
        self.assertEqual((r.rc, r.stdout), (0, "child ran\n"), r.dump())
        self.assertEqual(r.one('process.boot')['method'], 'spawn', r.dump())


class SelectorWaits(TraceCase):
    def test_a_programs_select_that_blocks_is_a_wait(self):
        """round 22's r22_selectors_conns_sentinels: the parent's time in select() had no row."""
        with open(os.path.join(CORPUS, 'g24a_selector_wait.py')) as f:
            code = f.read()
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(code, method, args=(method,))
                self.assertEqual((r.rc, r.stdout), (0, "got hello\nselect(0) after the end: 0\nexit code 0\n"), r.dump())
                waits = [e for e in r.of('connection.wait') if e.get('call') == 'selector.select()']
                waited = [e for e in r.of('connection.waited') if e.get('call') == 'selector.select()']
                self.assertGreaterEqual(len(waits), 2, r.dump())
                self.assertEqual(len(waits), len(waited), r.dump())
                self.assertEqual((waits[0]['objects'], waits[0]['pipes'], waits[0]['timeout']), (2, 1, 10), r.dump())
                self.assertIn('sentinel:sender', waits[0]['what'], r.dump())
                self.assertEqual(waited[0]['ready'], 1, r.dump())
                self.assertGreater(waited[0]['waited_ns'], 100_000_000, r.dump())
                # multiprocessing's own select() calls (join's, connection.wait's) are not the program's
                self.assertEqual([e for e in r.of('connection.wait') if e.get('call') is None], [], r.dump())


COPIES = textwrap.dedent('''
    import multiprocessing as mp
    from multiprocessing import sharedctypes
    if __name__ == "__main__":
        val = mp.Value("i", 7)
        dup = sharedctypes.copy(val.get_obj())
        raw = sharedctypes.RawArray("i", 3)
        raw_dup = sharedctypes.copy(raw)
        arr = sharedctypes.synchronized(raw)
        val.value += 1
        print(val.value, dup.value, list(raw_dup), arr[0], flush=True)
''')


class SharedCopies(TraceCase):
    def test_copy_is_a_new_object_marked_as_a_copy(self):
        """round 22M's r22m_sharedctypes_copy_synchronized: sharedctypes.copy() made a new object and nothing said so."""
        r = self.traced(COPIES, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "8 7 [0, 0, 0] 0\n"), r.dump())
        made = r.of('shared.create')
        self.assertEqual([e['var'] for e in made], ['val', 'dup', 'raw', 'raw_dup', 'arr'], r.dump())
        val, dup, raw, raw_dup, arr = made
        self.assertEqual((dup['copy_of'], dup['type'], dup['lock'], dup['value']), (val['object'], 'Value', False, '7'), r.dump())
        self.assertEqual((raw_dup['copy_of'], raw_dup['type'], raw_dup['length']), (raw['object'], 'Array', 3), r.dump())
        self.assertNotIn('wraps', dup)
        self.assertEqual(arr['wraps'], raw['object'], r.dump())      # synchronized(raw) still names raw
        self.assertNotIn('copy_of', arr)


class BarrierAction(TraceCase):
    def test_barrier_create_names_its_action(self):
        """round 22M's r22m_barrier_reset_abort: Barrier(3, action=announce)'s create row did not say the action."""
        with open(os.path.join(CORPUS, 'g24a_barrier_action.py')) as f:
            code = f.read()
        r = self.traced(code, 'spawn', args=('spawn',))
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual(r.stdout.count("round done"), 3, r.dump())
        made = {e['var']: e for e in r.of('barrier.create')}
        self.assertEqual((made['b'].get('action'), made['tb'].get('action')), ('announce', 'announce'), r.dump())
        self.assertNotIn('action', made['plain'])


if __name__ == '__main__':
    unittest.main()
