"""Gaps 21B (docs/truth-review.md): what rounds 20 and 20H saw that needed the tracer."""
import textwrap
import unittest
from mpt_helper import TraceCase

MODULE_LEVEL = textwrap.dedent('''
    import multiprocessing as mp
    import sys
    import threading
    report_lock = threading.Lock()
    def child():
        print("child ran", flush=True)
    if __name__ == "__main__":
        p = mp.get_context(sys.argv[1]).Process(target=child, name="child")
        p.start()
        p.join()
''')


class ChildBoot(TraceCase):
    def test_a_childs_module_level_lines_sit_under_its_boot(self):
        """r20_fork_thread_holds_lock spawn: "Lock#2 created" at 0.924 s came above "child started" at 0.933 s: the
        child imports the main module before _bootstrap stamps its start; nothing said it had begun."""
        for method in ('spawn', 'forkserver'):
            with self.subTest(method=method):
                r = self.traced(MODULE_LEVEL, method, args=(method,))
                self.assertEqual((r.rc, r.stdout), (0, "child ran\n"), r.dump())
                start = r.one('process.start', role='child')
                boot = r.one('process.boot')
                self.assertEqual((boot['pid'], boot['name'], boot['main'], boot['method']),
                                 (start['pid'], 'child', 'script.py', method), r.dump())
                made = [e for e in r.of('lock.create') if e['pid'] == start['pid']]
                self.assertEqual(len(made), 1, r.dump())
                mine = [e for e in r.events if e['pid'] == start['pid'] and e['kind'] not in ('proc', 'thread')]
                self.assertIs(mine[0], boot, r.dump())      # its first line in time: the module-level lock under it
                self.assertLess(boot['t'], made[0]['t'])
                self.assertLess(r.one('process.spawn')['t'], boot['t'])     # after its start() began (causal order)


    def test_an_import_that_raises_keeps_its_traceback_and_has_the_boot_line(self):
        """process_no_main_guard: the child's import of the main module starts a Process (RuntimeError): the traceback
        has no frame of the tracer's wrapper, and the boot line is there, before the failed start."""
        code = textwrap.dedent('''
            import multiprocessing as mp
            import sys
            def hello():
                print("hello", flush=True)
            p = mp.get_context(sys.argv[1]).Process(target=hello)
            p.start()
            p.join()
        ''')
        r = self.traced(code, 'spawn', args=('spawn',))
        self.assertIn('RuntimeError', r.stderr, r.dump())
        self.assertNotIn('mptutor_trace', r.stderr, r.dump())
        boot = r.one('process.boot')
        failed = [e for e in r.of('process.error') if e['pid'] == boot['pid']]
        self.assertEqual(len(failed), 1, r.dump())
        self.assertLess(boot['t'], failed[0]['t'])

    def test_a_child_killed_inside_its_import_has_its_boot_line_first(self):
        """The boot line is the child's first line (n), written as its file opens: a child terminated while its import
        of the main module still runs keeps it."""
        code = textwrap.dedent('''
            import multiprocessing as mp
            import sys
            import time
            if __name__ == "__mp_main__":
                print("importing", flush=True)
                time.sleep(30)
            def never():
                pass
            if __name__ == "__main__":
                p = mp.get_context(sys.argv[1]).Process(target=never, name="slow")
                p.start()
                time.sleep(2)
                p.terminate()
                p.join()
                print("code", p.exitcode, flush=True)
        ''')
        r = self.traced(code, 'spawn', args=('spawn',))
        self.assertEqual(r.stdout, "importing\ncode -15\n", r.dump())
        boot = r.one('process.boot')
        self.assertEqual(r.of('process.start', pid=boot['pid']), [], r.dump())
        lines = sorted((e for e in r.procs[boot['pid']] if e['kind'] not in ('proc', 'thread')), key=lambda e: e['n'])
        self.assertEqual([e['kind'] for e in lines], ['process.boot', 'print'], r.dump())

    def test_a_fork_child_has_no_boot_line(self):
        r = self.traced(MODULE_LEVEL, 'fork', args=('fork',))
        self.assertEqual((r.rc, r.stdout), (0, "child ran\n"), r.dump())
        self.assertEqual(r.of('process.boot'), [], r.dump())


GENERATOR = textwrap.dedent('''
    import functools
    import multiprocessing as mp
    import sys
    def countdown(n):
        for i in range(n, 0, -1):
            print("tick", i, flush=True)
            yield i
    async def later():
        print("never", flush=True)
    def plain():
        print("plain ran", flush=True)
    if __name__ == "__main__":
        ctx = mp.get_context(sys.argv[1])
        for name, target in (("gen", countdown), ("part", functools.partial(countdown, 2)), ("coro", later),
                             ("plain", plain)):
            p = ctx.Process(target=target, args=(3,) if name == "gen" else (), name=name)
            p.start()
            p.join()
            print(name, p.exitcode, flush=True)
''')


class GeneratorTarget(TraceCase):
    def test_a_generator_functions_run_end_says_what_calling_it_made(self):
        """r20h_generator_target: "run() returned; cleaning up before exit" and nothing said none of the body ran."""
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(GENERATOR, method, args=(method,))
                self.assertEqual(r.stdout, "gen 0\npart 0\ncoro 0\nplain ran\nplain 0\n", r.dump())
                ends = {e['name']: e.get('target_makes') for e in r.of('process.run.end')}
                self.assertEqual(ends, {'gen': 'generator', 'part': 'generator', 'coro': 'coroutine', 'plain': None},
                                 r.dump())


if __name__ == '__main__':
    unittest.main()
