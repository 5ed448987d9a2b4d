"""Gaps 20A (docs/truth-review.md): issue 11's tracer-side leftovers of rounds 18E and 19."""
import textwrap
import unittest
from mpt_helper import TraceCase

SHM = textwrap.dedent('''
    import multiprocessing as mp
    from multiprocessing import shared_memory
    def fill(name):
        s = shared_memory.SharedMemory(name=name)
        s.buf[0] = 7
        s.close()
    if __name__ == "__main__":
        shm = shared_memory.SharedMemory(create=True, size=16)
        p = mp.Process(target=fill, args=(shm.name,))
        p.start()
        p.join()
        print(shm.buf[0], flush=True)
        shm.close()
        shm.unlink()
''')


class HelperLaunches(TraceCase):
    def test_the_resource_trackers_launch_is_recorded_where_it_happened(self):
        """r19_shm_by_name_forget_unlink: "resource tracker started" came after MainProcess exited, with no row above
        it: SharedMemory(create=True) had launched it, inside multiprocessing."""
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(SHM, method)
                self.assertEqual((r.rc, r.stdout), (0, "7\n"), r.dump())
                launch = r.one('helper.launch')
                self.assertEqual((launch['pid'], launch['helper'], launch['call']),
                                 (r.main_pid, 'resource_tracker', 'SharedMemory()'), r.dump())
                tracker = r.one('process.start', role='resource_tracker')
                self.assertEqual(tracker['pid'], launch['helper_pid'], r.dump())
                self.assertLess(launch['t'], r.one('process.spawn')['t'])     # in the caller, before the child's start()

    def test_a_start_under_forkserver_names_both_helpers(self):
        """The forkserver's launch had the same gap: start() launches the tracker, then the forkserver."""
        code = textwrap.dedent('''
            import multiprocessing as mp
            def work():
                print("ran", flush=True)
            if __name__ == "__main__":
                p = mp.Process(target=work)
                p.start()
                p.join()
                q = mp.Process(target=work)
                q.start()
                q.join()
        ''')
        r = self.traced(code, 'forkserver')
        self.assertEqual((r.rc, r.stdout), (0, "ran\nran\n"), r.dump())
        launches = [(e['pid'], e['helper'], e['call']) for e in r.of('helper.launch')]
        self.assertEqual(launches, [(r.main_pid, 'resource_tracker', 'start()'), (r.main_pid, 'forkserver', 'start()')],
                         r.dump())
        server = r.one('process.start', role='forkserver')
        self.assertEqual(server['pid'], r.of('helper.launch')[1]['helper_pid'])

    def test_a_lock_under_spawn_launches_the_tracker_and_a_fork_lock_does_not(self):
        code = textwrap.dedent('''
            import multiprocessing as mp, sys
            if __name__ == "__main__":
                ctx = mp.get_context(sys.argv[1])
                lock = ctx.Semaphore(2)
                with lock:
                    print("held", flush=True)
        ''')
        r = self.traced(code, 'spawn', args=('spawn',))
        self.assertEqual((r.rc, r.stdout), (0, "held\n"), r.dump())
        self.assertEqual([e['call'] for e in r.of('helper.launch')], ['Semaphore()'], r.dump())
        r = self.traced(code, 'fork', args=('fork',))
        self.assertEqual((r.rc, r.stdout, r.of('helper.launch')), (0, "held\n", []), r.dump())


OVERFLOW = textwrap.dedent('''
    import multiprocessing as mp
    if __name__ == "__main__":
        counter, small, cells = mp.Value("i", 2 ** 31 - 1), mp.Value("B", 255), mp.Array("i", 3)
        counter.value += 1
        small.value += 1
        cells[0] = 2 ** 33 + 5
        cells[1] = 7
        cells[1:3] = [1, 2]
        counter.value = 5
        print(counter.value, small.value, list(cells), flush=True)
''')


class ValueOverflow(TraceCase):
    def test_a_write_that_did_not_fit_keeps_the_programs_int(self):
        """r18e_value_overflow_wraps: "wrote -2147483648 to Value#1.value" after "read 2147483647", and no word of the
        program's 2147483648: the tracer wrote the stored value only."""
        r = self.traced(OVERFLOW, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "5 0 [5, 1, 2]\n"), r.dump())
        writes = [(e['value'], e.get('given'), e.get('bits'), e.get('signed')) for e in r.of('shared.write')]
        self.assertEqual(writes, [('-2147483648', '2147483648', 32, True), ('0', '256', 8, False), ('5', '8589934597', 32, True),
                                  ('7', None, None, None), ('[1, 2]', None, None, None), ('5', None, None, None)], r.dump())


REFUSED = textwrap.dedent('''
    import concurrent.futures as cf, multiprocessing as mp
    def square(x):
        return x * x
    if __name__ == "__main__":
        try:
            cf.ProcessPoolExecutor(2, mp_context=mp.get_context("fork"), max_tasks_per_child=5)
        except ValueError as e:
            print("refused:", e, flush=True)
        try:
            cf.ThreadPoolExecutor(0)
        except ValueError as e:
            print("refused:", e, flush=True)
        with cf.ProcessPoolExecutor(1, mp_context=mp.get_context("fork")) as ex:
            print(ex.submit(square, 3).result(), flush=True)
''')


class ExecutorRefused(TraceCase):
    def test_a_constructor_that_raised_is_recorded(self):
        """r19_executor_initializer_max_tasks (fork): 3.11's ValueError for max_tasks_per_child under fork was only the
        program's print: the constructor raised before any executor.create."""
        r = self.traced(REFUSED, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "refused: max_tasks_per_child is incompatible with the 'fork' multiprocessing "
                                               "start method; supply a different mp_context.\nrefused: max_workers must be greater than 0\n9\n"), r.dump())
        errors = [(e['pid'], e['type'], e['error'], e['site'].endswith('script.py:%d' % line))
                  for e, line in zip(r.of('executor.create.error'), (7, 11))]
        self.assertEqual(errors, [(r.main_pid, 'ProcessPoolExecutor', "ValueError: max_tasks_per_child is incompatible with the "
                                   ""
                                   "'fork' multiprocessing start method; supply a different mp_context.", True),
                                  (r.main_pid, 'ThreadPoolExecutor', 'ValueError: max_workers must be greater than 0', True)], r.dump())
        self.assertEqual(len(r.of('executor.create')), 1, r.dump())


MADE = textwrap.dedent('''
    import multiprocessing as mp
    from multiprocessing.managers import BaseManager
    class Counter:
        def __init__(self):
            self.n = 0
        def bump(self):
            self.n += 1
            return self.n
    class MyManager(BaseManager):
        pass
    MyManager.register("Counter", Counter)
    if __name__ == "__main__":
        with mp.Manager() as m:
            seen, links, q = m.dict(), m.list(), m.Queue()
            seen["a"] = 1
            q.put("x")
            print(len(seen), q.get(), flush=True)
        with MyManager() as mm:
            c = mm.Counter()
            print(c.bump(), flush=True)
''')


class ManagerObjectsMade(TraceCase):
    def test_each_proxy_made_by_the_program_is_recorded_before_its_first_call(self):
        """r19_crawler_manager_queue_active: the Manager dict, list and Queue (and a registered type's object) had no
        "created" row: their first calls named them."""
        r = self.traced(MADE, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "1 x\n1\n"), r.dump())
        made = r.of('manager.made')
        self.assertEqual([(e['pid'], e['type']) for e in made], [(r.main_pid, 'dict'), (r.main_pid, 'list'),
                                                                 (r.main_pid, 'Queue'), (r.main_pid, 'Counter')], r.dump())
        managers = r.of('manager.create')
        self.assertEqual([e['server_pid'] for e in made], [managers[0]['server_pid']] * 3 + [managers[1]['server_pid']])
        self.assertEqual([e['manager'] for e in made], [managers[0]['object']] * 3 + [managers[1]['object']])
        for e in made:
            first = min((c for c in r.of('manager.call') if c['object'] == e['object']), key=lambda c: c['t'], default=None)
            if e['type'] != 'list':
                self.assertLess(e['t'], first['t'], r.dump())


READY = textwrap.dedent('''
    import multiprocessing as mp
    from multiprocessing.connection import wait
    if __name__ == "__main__":
        a, b = mp.Pipe()
        c, d = mp.Pipe()
        print(wait([a, c], timeout=0), flush=True)      # a poll that found nothing: no event
        b.send(1)
        d.send(2)
        print(len(wait([a, c])), a.recv(), c.recv(), flush=True)
''')


class WaitReadyAtOnce(TraceCase):
    def test_a_wait_that_found_objects_ready_names_them(self):
        """r17m_wait_pipes_sentinels: the first connection.wait() returned at once (a pipe and a sentinel ready) and had
        no row: the tracer wrote a wait only when nothing was ready."""
        r = self.traced(READY, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "[]\n2 1 2\n"), r.dump())
        ready = r.of('connection.ready')
        self.assertEqual([(e['objects'], len(e['what']), e['ends']) for e in ready], [(2, 2, ['A', 'A'])], r.dump())
        self.assertEqual((r.of('connection.wait'), r.of('connection.waited')), ([], []), r.dump())


if __name__ == '__main__':
    unittest.main()
