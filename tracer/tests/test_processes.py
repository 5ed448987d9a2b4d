import unittest
from mpt_helper import METHODS, TraceCase

LIFECYCLE = '''
import multiprocessing as mp, sys, time
def work(code):
    print("child says hi")
    sys.exit(code)
if __name__ == "__main__":
    p = mp.Process(target=work, args=(3,), name="Worker-A")
    p.start()
    p.join()
    print("exitcode", p.exitcode)
'''


AT_EXIT = '''
import multiprocessing as mp, threading, time
def forever():
    while True:
        time.sleep(0.05)
def raises():
    raise SystemExit(0)
if __name__ == "__main__":
    d = mp.Process(target=forever, daemon=True, name="Daemon")
    d.start()
    q = mp.Process(target=raises, name="Quits")
    q.start()
    q.join()
    threading.Thread(target=time.sleep, args=(0.5,), name="Late").start()
    print("bye")
'''


class ProcessLifecycle(TraceCase):
    def test_what_happens_at_exit_is_recorded(self):
        """Round 3: a daemon terminated by multiprocessing's exit function, a run() that raised SystemExit(0),
        and the main thread joining a non-daemon thread at interpreter exit."""
        r = self.traced(AT_EXIT, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "bye\n"), r.dump())
        term = r.one('process.terminate', name='Daemon')
        self.assertIs(term['at_exit'], True)
        self.assertEqual(r.one('process.run.end', name='Quits')['raised'], 'SystemExit')
        wait = r.one('thread.shutdown.wait')
        self.assertEqual(wait['threads'], ['Late'], r.dump())
        waited = r.one('thread.shutdown.waited')
        self.assertIs(waited['ok'], True)
        self.assertLess(wait['t'], waited['t'])
        self.assertLess(waited['t'], term['t'], 'threading joins its threads before multiprocessing ends its daemons')


    def test_start_exit_reaped_join(self):
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(LIFECYCLE, method)
                self.assertEqual(r.rc, 0, r.dump())
                self.assertEqual(r.stdout, "child says hi\nexitcode 3\n")
                main = r.header(r.main_pid)
                self.assertEqual(main['start_method'], method)
                r.one('process.start', pid=r.main_pid, role='main')
                spawn = r.one('process.spawn', pid=r.main_pid, name='Worker-A')
                child = spawn['child_pid']
                hdr = r.header(child)
                self.assertEqual((hdr['role'], hdr['name']), ('child', 'Worker-A'))
                start = r.one('process.start', pid=child)
                self.assertEqual((start['name'], start['parent_pid'], start['start_method'], start['daemon']),
                                 ('Worker-A', r.main_pid, method, False))
                exit_ = r.one('process.exit', pid=child)
                self.assertEqual(exit_['exitcode'], 3)
                reaped = r.one('process.reaped', pid=r.main_pid, child_pid=child)
                self.assertEqual((reaped['exitcode'], reaped['name']), (3, 'Worker-A'))
                join = r.one('process.join', pid=r.main_pid, child_pid=child)
                self.assertIsNone(join['timeout'])
                self.assertLess(start['t'], exit_['t'])
                self.assertLess(exit_['t'], reaped['t'])
                self.assertLessEqual(reaped['t'], join['t'])
                self.assertGreater(join['waited_ns'], 0)
                pr = r.one('print', text='child says hi')
                self.assertEqual((pr['pid'], pr['stream']), (child, 'stdout'))
                if method == 'forkserver':
                    roles = sorted(h[0]['role'] for h in r.procs.values())
                    self.assertIn('forkserver', roles)
                    self.assertEqual(r.header(child)['ppid'],
                                     next(p for p, e in r.procs.items() if e[0]['role'] == 'forkserver'))

    def test_user_set_start_method_still_works(self):
        code = '''
import multiprocessing as mp
if __name__ == "__main__":
    mp.set_start_method("spawn")
    print(mp.get_start_method())
    p = mp.Process(target=print, args=("x",)); p.start(); p.join()
'''
        r = self.traced(code, 'forkserver')
        self.assertEqual((r.rc, r.stdout), (0, "spawn\nx\n"), r.dump())
        child = r.one('process.spawn')['child_pid']
        self.assertEqual(r.one('process.start', pid=child)['start_method'], 'spawn')
        chosen = r.one('process.start_method', pid=r.main_pid)     # the program's choice
        self.assertEqual(chosen['method'], 'spawn')
        self.assertTrue(chosen['site'].endswith('script.py:4'), chosen)
        self.assertNotIn('ok', chosen, 'a call that returned has no ok field')

    def test_a_set_start_method_that_raised_is_recorded_with_its_error(self):
        code = '''
import multiprocessing as mp
if __name__ == "__main__":
    mp.set_start_method("spawn")
    try:
        mp.set_start_method("fork")
    except RuntimeError as e:
        print("second:", e)
    print(mp.get_start_method())
'''
        r = self.traced(code, 'forkserver')
        self.assertEqual((r.rc, r.stdout), (0, "second: context has already been set\nspawn\n"), r.dump())
        calls = r.of('process.start_method', pid=r.main_pid)
        self.assertEqual([(c['method'], c.get('ok'), c.get('error')) for c in calls],
                         [('spawn', None, None), ('fork', False, 'RuntimeError: context has already been set')], r.dump())
        self.assertTrue(calls[1]['site'].endswith('script.py:6'), calls[1])


LOSS = '''
import multiprocessing as mp, os, signal, sys, time
def ends(how, lock, ready):
    print("before", how, flush=True)
    with lock:
        pass
    ready.set()
    if how == "os_exit":
        os._exit(7)
    if how == "sigkill":
        os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(30)        # SIGTERM from the parent
if __name__ == "__main__":
    lock = mp.Lock()
    for how in ("os_exit", "sigkill", "sigterm"):
        ready = mp.Event()
        p = mp.Process(target=ends, args=(how, lock, ready), name=how)
        p.start()
        ready.wait()
        if how == "sigterm":
            p.terminate()
        p.join()
        print(how, p.exitcode, flush=True)
    print("main done", flush=True)
    os._exit(5)
'''


class LossCases(TraceCase):
    def test_os_exit_sigkill_sigterm(self):
        for method, writer in [(m, w) for m in METHODS for w in ('mmap', 'write')]:
            with self.subTest(method=method, writer=writer):
                r = self.traced(LOSS, method, env_extra={'MPTUTOR_TRACE_WRITER': writer})
                self.assertEqual(r.rc, 5, r.dump())
                self.assertEqual(r.stdout, "before os_exit\nos_exit 7\nbefore sigkill\nsigkill -9\n"
                                           "before sigterm\nsigterm -15\nmain done\n")
                for how, code in (("os_exit", 7), ("sigkill", -9), ("sigterm", -15)):
                    child = r.one('process.spawn', name=how)['child_pid']
                    r.one('print', pid=child, text='before ' + how)
                    self.assertEqual(len(r.of('lock.acquire', pid=child)), 1)
                    self.assertEqual(len(r.of('lock.release', pid=child)), 1)
                    # _bootstrap never returned; os._exit(7) is the child's own recorded end (round 10B), a signal none
                    exits = [(e['exitcode'], e.get('via')) for e in r.of('process.exit', pid=child)]
                    self.assertEqual(exits, [(7, 'os._exit')] if how == "os_exit" else [])
                    self.assertEqual(r.one('process.reaped', child_pid=child)['exitcode'], code)
                # the main process's own last events survive its os._exit
                r.one('print', pid=r.main_pid, text='main done')


if __name__ == '__main__':
    unittest.main()
