"""Round 5, part A of the truth review (docs/truth-review.md): concurrent.futures, Pool and Managers."""
import unittest
from mpt_helper import TraceCase

UNPICKLABLE_RESULT = '''
import concurrent.futures as cf, threading, traceback
def make_lock(_):
    return threading.Lock()
if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=1) as ex:
        try:
            ex.submit(make_lock, 0).result()
        except TypeError as e:
            print("".join(traceback.format_exception(e)))
'''

MANAGER_START = '''
import multiprocessing as mp
if __name__ == "__main__":
    with mp.Manager() as m:
        print(m.list([1, 2])[1])
'''

MAP_GENERATOR = '''
import multiprocessing as mp, traceback
def gen(n, bad=False):
    for i in range(n):
        print("yield", i, flush=True)
        yield i
    if bad:
        raise KeyError("gen")
def inc(x):
    return x + 1
if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(inc, gen(3)))
        print(pool.starmap(divmod, ((7, 2), (9, 4))))
        try:
            pool.map(inc, gen(1, True))
        except KeyError as e:
            print("".join(traceback.format_exception(e)))
'''

FORKED_FROM_AN_EXECUTOR_THREAD = '''
import concurrent.futures as cf, multiprocessing as mp
def square(x):
    return x * x
if __name__ == "__main__":
    pex = cf.ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context("fork"))
    with cf.ThreadPoolExecutor(max_workers=1) as tex:
        print(tex.submit(lambda: pex.submit(square, 3).result()).result())
    procs = list(pex._processes.values())
    pex.shutdown()
    print([p.exitcode for p in procs])
'''

UNPICKLABLE_ARGUMENT = '''
import concurrent.futures as cf
def echo(x):
    return x
if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=1) as ex:
        try:
            ex.submit(echo, lambda: 1).result()
        except Exception as e:
            print(type(e).__name__)
        print(ex.submit(echo, 3).result())
'''

PROXY_KEYWORDS = '''
import multiprocessing as mp
if __name__ == "__main__":
    with mp.Manager() as m:
        q = m.Queue()
        q.put(5, block=True)
        print(q.get(timeout=10))
'''

CALLBACK_RAISES = '''
import concurrent.futures as cf
import time
def double(x):
    return 2 * x
def slow_double(x):
    time.sleep(0.3)     # so that add_done_callback() surely comes first, on a busy machine too (CI trial 40)
    return 2 * x
def bad_callback(f):
    raise RuntimeError("callback failed for " + str(f.result()))
if __name__ == "__main__":
    with cf.ThreadPoolExecutor(max_workers=1) as tex:
        tf = tex.submit(double, 5)
        tf.result()
        tf.add_done_callback(bad_callback)       # done already: runs at once, in this thread
    with cf.ProcessPoolExecutor(max_workers=1) as pex:
        pf = pex.submit(slow_double, 7)
        pf.add_done_callback(bad_callback)       # runs on the executor's manager thread
        print(pf.result())
'''

MANAGER_SHUTDOWNS = '''
import multiprocessing as mp
if __name__ == "__main__":
    with mp.Manager() as a:
        a.list()
    b = mp.Manager()
    b.shutdown()
    c = mp.Manager()        # never shut down by the program: its finalizer runs at exit
    print("done")
'''


class Round5A(TraceCase):
    def test_a_managers_shutdown_is_recorded_with_who_ran_it(self):
        """r5a_manager_shutdown_client: m.shutdown() had no row; the server lane only said "run() raised SystemExit"."""
        r = self.traced(MANAGER_SHUTDOWNS, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "done\n"), r.dump())
        creates = r.of('manager.create')
        downs = r.of('manager.shutdown')
        self.assertEqual([d['how'] for d in downs], ['with', 'call', 'at_exit'], r.dump())
        self.assertEqual([d['object'] for d in downs], [c['object'] for c in creates])
        for c, d in zip(creates, downs):
            server_exit = r.one('process.exit', pid=c['server_pid'])
            self.assertLess(d['t'], server_exit['t'])

    def test_a_done_callback_that_raised_is_recorded_and_the_logged_traceback_shows_no_tracer(self):
        """r5a_futures_callback_raises: only the logged traceback said a callback raised."""
        r = self.traced(CALLBACK_RAISES, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "14\n"), r.dump())
        self.assertEqual(r.stderr.count('exception calling callback for'), 2, r.stderr)
        self.assertEqual(r.stderr.count('in bad_callback'), 2, r.stderr)
        self.assertNotIn('mptutor', r.stderr)
        calls = r.of('future.callback')
        self.assertEqual([(c['func'], c['error']) for c in calls],
                         [('bad_callback', 'RuntimeError: callback failed for 10'), ('bad_callback', 'RuntimeError: callback failed for 14')], r.dump())
        self.assertEqual(r.thread_name(r.main_pid, calls[0]['tid']), 'MainThread')
        self.assertNotEqual(r.thread_name(r.main_pid, calls[1]['tid']), 'MainThread')

    def test_a_proxy_calls_keyword_arguments_are_recorded(self):
        """r5a_manager_queue_between: "sends Queue#1.get(): waits for the manager's answer" for out.get(timeout=10)."""
        r = self.traced(PROXY_KEYWORDS, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "5\n"), r.dump())
        self.assertEqual(r.one('manager.wait', method='get')['args'], '(timeout=10)')
        self.assertEqual(r.one('manager.call', method='get')['args'], '(timeout=10)')
        self.assertEqual(r.one('manager.call', method='put')['args'], '(5, block=True)')

    def test_a_work_item_that_could_not_be_sent_has_its_outcome_recorded(self):
        """r5a_futures_unpicklable: nothing said why work item 0's result() raised PicklingError: the call queue's
        feeder thread could not pickle it, and no worker ever saw it."""
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(UNPICKLABLE_ARGUMENT, method)
                self.assertEqual((r.rc, r.stdout), (0, "PicklingError\n3\n"), r.dump())
                unsent = r.one('future.result', work=0)
                self.assertEqual((unsent['ok'], unsent['error'], unsent.get('unsent')), (False, 'PicklingError', True), r.dump())
                self.assertEqual(r.thread_name(r.main_pid, unsent['tid']), 'QueueFeederThread')
                self.assertEqual([e['work'] for e in r.of('future.start')], [1])
                self.assertNotIn('unsent', r.one('future.result', work=1))

    def test_an_exception_escaping_the_exit_cleanup_after_run_is_the_exit(self):
        """r5a_futures_nested_executors (fork): the worker's run() returned, then it "ended with exitcode 1" and the note
        guessed "an uncaught exception, or sys.exit(1)".  It was forked from a ThreadPoolExecutor thread; at its exit
        that executor's hook joins its threads, this one included: RuntimeError, and fork's Popen exits 1 silently."""
        r = self.traced(FORKED_FROM_AN_EXECUTOR_THREAD, 'fork')
        self.assertEqual((r.rc, r.stdout, r.stderr), (0, "9\n[1]\n", ""), r.dump())
        worker = r.one('process.spawn')['child_pid']
        exit_ = r.one('process.exit', pid=worker)
        self.assertEqual(exit_['exitcode'], 1, r.dump())
        self.assertEqual(exit_['error'], 'RuntimeError: cannot join current thread')
        self.assertEqual(r.one('process.run.end', pid=worker)['exitcode'], 0)

    def test_a_managers_start_is_stamped_when_its_server_is_up(self):
        """r5a_manager_custom_class (spawn): "TallyManager#1 started: server pid …" 200 ms before that server started,
        and the 200 ms start() blocked were "other" time: the event is stamped when start() returned, with how long
        it waited."""
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(MANAGER_START, method)
                self.assertEqual((r.rc, r.stdout), (0, "2\n"), r.dump())
                create = r.one('manager.create')
                server = r.header(create['server_pid'])
                self.assertGreater(create['t'], r.one('process.start', pid=create['server_pid'])['t'], r.dump())
                self.assertGreater(create['waited_ns'], 0)
                self.assertLess(create['t'] - create['waited_ns'], r.one('process.spawn', child_pid=create['server_pid'])['t'])
                self.assertEqual(r.one('process.start', pid=create['server_pid'])['role'], 'manager')
                self.assertEqual(server['role'], 'manager' if method == 'fork' else 'child')   # spawn: header at process.boot

    def test_map_over_a_generator_is_submitted_after_the_generator_ran(self):
        """r5a_pool_map_generator: "map → task 0 (3 chunks)" above the generator's own prints: map() makes a list
        of it before the task exists.  A generator that raises shows no tracer frame."""
        r = self.traced(MAP_GENERATOR, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        self.assertTrue(r.stdout.startswith("yield 0\nyield 1\nyield 2\n[1, 2, 3]\n[(3, 1), (2, 1)]\nyield 0\n"), r.stdout)
        self.assertIn('raise KeyError("gen")', r.stdout)
        self.assertNotIn('mptutor', r.stdout)
        submits = r.of('pool.submit', method='map')
        last_yield = [e for e in r.of('print', pid=r.main_pid) if e['text'] == 'yield 2'][0]
        self.assertGreater(submits[0]['t'], last_yield['t'], r.dump())
        self.assertEqual(submits[0]['chunks'], 3)
        self.assertEqual(r.one('pool.submit', method='starmap')['chunks'], 2)

    def test_a_result_that_cannot_be_pickled_is_unsent_not_raised(self):
        """r5a_futures_unpicklable: "✓ work item 1 → <lock>" then "✗ work item 1 raised TypeError": the function
        returned; its result could not be pickled to go back.  The second end says so (`unsent`), and the remote
        traceback the program prints shows no frame of the tracer."""
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(UNPICKLABLE_RESULT, method)
                self.assertEqual(r.rc, 0, r.dump())
                self.assertIn("cannot pickle '_thread.lock' object", r.stdout)
                self.assertNotIn('mptutor', r.stdout)
                ends = r.of('future.end', work=0)
                self.assertEqual([e['ok'] for e in ends], [True, False], r.dump())
                self.assertNotIn('unsent', ends[0])
                self.assertIs(ends[1].get('unsent'), True, r.dump())


if __name__ == '__main__':
    unittest.main()
