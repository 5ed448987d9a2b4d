"""Round 6 (issue 11's tracer gaps, docs/truth-review.md): blocking calls and objects the tracer did not see."""
import unittest
from mpt_helper import TraceCase, METHODS

SHARED_MEMORY = '''
import multiprocessing as mp, sys
from multiprocessing import shared_memory
def child(name, sl):
    shm = shared_memory.SharedMemory(name=name)
    shm.buf[:2] = b"hi"
    shm.close()
    sl[0] = sl[0] + 1
    sl[-1] = "done"
if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=16)
    sl = shared_memory.ShareableList([41, 2.5, "todo"])
    p = mp.Process(target=child, args=(shm.name, sl))
    p.start(); p.join()
    print(bytes(shm.buf[:2]), list(sl))
    shm.close(); shm.unlink()
    sl.shm.close(); sl.shm.unlink()
    try:
        sl.shm.unlink()
    except FileNotFoundError:
        print("unlinked twice")
'''


class SharedMemoryTests(TraceCase):
    def test_segments_lists_and_their_items_are_recorded_in_every_process(self):
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(SHARED_MEMORY, method)
                self.assertEqual((r.rc, r.stdout), (0, "b'hi' [42, 2.5, 'done']\nunlinked twice\n"), r.dump())
                creates = r.of('shm.create')
                self.assertEqual([(c['type'], c['size'] >= 16, c['pid'] == r.main_pid) for c in creates],
                                 [('SharedMemory', True, True), ('ShareableList', True, True)], r.dump())
                block, lst = creates[0]['object'], creates[1]['object']
                self.assertEqual(creates[1]['value'], "[41, 2.5, 'todo']")
                self.assertEqual(creates[0].get('var'), 'shm')
                attaches = r.of('shm.attach')
                self.assertEqual(sorted((a['object'], a['type']) for a in attaches),
                                 sorted([(block, 'SharedMemory')] + ([(lst, 'ShareableList')] if method != 'fork' else [])),
                                 r.dump())       # a forked child inherits the list's mapping: no attach
                self.assertTrue(all(a['pid'] != r.main_pid for a in attaches))
                self.assertEqual([(c['object'], c['pid'] == r.main_pid) for c in r.of('shm.close')],
                                 [(block, False), (block, True), (lst, True)], r.dump())
                # the second unlink's error carries Python's own text since round 22H ("[Errno 2] No such file …: '/psm_…'")
                self.assertEqual([(u['object'], (u.get('error') or '').split(':')[0] or None) for u in r.of('shm.unlink')],
                                 [(block, None), (lst, None), (lst, 'FileNotFoundError')], r.dump())
                self.assertIn("[Errno 2] No such file or directory: '/", r.of('shm.unlink')[-1]['error'], r.dump())
                items = [(e['kind'], e['attr'], e['value']) for e in r.events if e.get('list')]
                self.assertEqual(items, [('shared.read', '[0]', '41'), ('shared.write', '[0]', '42'),
                                         ('shared.write', '[2]', "'done'"), ('shared.read', '[0]', '42'),
                                         ('shared.read', '[1]', '2.5'), ('shared.read', '[2]', "'done'")], r.dump())

    def test_a_program_without_shared_memory_does_not_load_the_area(self):
        r = self.traced('import sys, multiprocessing\nprint("multiprocessing.shared_memory" in sys.modules, '
                        '"mptutor_trace.shared_memory" in sys.modules)\n', 'fork')
        self.assertEqual(r.stdout, 'False False\n')


QUEUE_CLOSE = '''
import multiprocessing as mp, sys
if __name__ == "__main__":
    q = mp.Queue()
    q.put(1)
    q.close()
    q.join_thread()
    try:
        q.put(2)
    except ValueError:
        print("closed")
    q2 = mp.Queue()
    q2.close()
    q2.join_thread()
    q3 = mp.Queue()
    q3.put(b"x" * 200000)
    q3.cancel_join_thread()
    mp.set_forkserver_preload(["json"])
    mp.set_executable(sys.executable)
    print("ok")
'''


class QueueCloseTests(TraceCase):
    def test_close_join_thread_put_after_close_and_settings_have_events(self):
        r = self.traced(QUEUE_CLOSE, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "closed\nok\n"), r.dump())
        q1, q2, q3 = [c['object'] for c in r.of('queue.create')]
        self.assertEqual([(c['object'], c['feeder']) for c in r.of('queue.close')], [(q1, True), (q2, False)], r.dump())
        self.assertEqual([(j['object'], j['feeder']) for j in r.of('queue.join_thread')], [(q1, True), (q2, False)], r.dump())
        self.assertEqual([(e['object'], e['op'], e['error'].startswith('ValueError: Queue')) for e in r.of('queue.error')],
                         [(q1, 'put', True)], r.dump())
        self.assertEqual([c['object'] for c in r.of('queue.cancel_join')], [q3], r.dump())
        self.assertEqual([(s['call'], s['value'][:7]) for s in r.of('process.setting')],
                         [('set_forkserver_preload()', "['json'"), ('set_executable()', repr(__import__('sys').executable)[:7])], r.dump())


SEMAPHORE_TRIES = '''
import threading
s = threading.BoundedSemaphore(1)
s.acquire()
fails = sum(1 for _ in range(500) if not s.acquire(blocking=False))
s.release()
s.acquire()
lock = threading.Lock()
lock.acquire()
fails += sum(1 for _ in range(300) if not lock.acquire(blocking=False))
lock.release()
with lock:
    pass
cond = threading.Condition(lock)
with cond:
    cond.notify()       # Condition._is_owned() tries the held lock: not the program's try
print(fails)
'''

CONNECTION_WAIT = '''
import multiprocessing as mp, time
from multiprocessing.connection import wait
def child(c):
    time.sleep(0.3)
    c.send("hi")
def quick():
    time.sleep(0.1)
if __name__ == "__main__":
    a, b = mp.Pipe()
    c, d = mp.Pipe(duplex=False)
    p = mp.Process(target=child, args=(b,)); p.start()
    q = mp.Process(target=quick); q.start()
    ready = wait([a, c, q.sentinel])
    print(len(ready), ready == [q.sentinel])
    ready = wait([a, c])
    print(len(ready), a in ready)
    p.join(); q.join()
'''


class WaitNamesTests(TraceCase):
    def test_a_threading_semaphores_failed_tries_are_counted(self):
        r = self.traced(SEMAPHORE_TRIES, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "800\n"), r.dump())
        sem, lock = [c['object'] for c in r.of('lock.create')]
        busy = r.of('lock.busy')
        self.assertEqual(sum(b['tries'] for b in busy if b['object'] == sem), 500, r.dump())
        self.assertEqual(sum(b['tries'] for b in busy if b['object'] == lock), 300, r.dump())
        self.assertLessEqual(len(busy), 20, r.dump())

    def test_connection_wait_names_its_objects_and_the_ready_ones(self):
        r = self.traced(CONNECTION_WAIT, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "1 True\n1 True\n"), r.dump())
        pipes = [c['object'] for c in r.of('pipe.create')]
        waits, waited = r.of('connection.wait'), r.of('connection.waited')
        self.assertEqual([(w['what'], w['ends']) for w in waits],
                         [([pipes[0], pipes[1], 'sentinel:Process-2'], ['A', 'A', None]), ([pipes[0], pipes[1]], ['A', 'A'])], r.dump())
        self.assertEqual([(w['what'], w['ends']) for w in waited],
                         [(['sentinel:Process-2'], [None]), ([pipes[0]], ['A'])], r.dump())


def corpus(name):
    import os
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'corpus', name)) as f:
        return f.read()


class SubmitAndManagerStartTests(TraceCase):
    def test_a_submit_that_raised_has_an_event(self):
        program = corpus('g6t_submit_broken.py')
        r = self.traced(program, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        errors = r.of('future.submit.error')
        self.assertEqual([(e['func'], e['error_type']) for e in errors], [('square', 'BrokenProcessPool'), ('square', 'RuntimeError')], r.dump())
        self.assertEqual(errors[1]['error'], 'RuntimeError: cannot schedule new futures after shutdown')
        self.assertEqual(len({e['object'] for e in errors}), 2)
        self.assertEqual(len(r.of('future.submit')), 2, 'the two that made a work item')

    def test_a_manager_whose_server_never_answers_ends_its_wait_with_an_error(self):
        program = corpus('g6t_manager_start_fails.py')
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(program, method)
                self.assertEqual(r.rc, 0, r.dump())
                self.assertEqual([w['type'] for w in r.of('manager.start.wait')], ['SyncManager', 'SyncManager'], r.dump())
                failed = r.one('manager.start.error')
                self.assertEqual((failed['error'], type(failed['server_pid'])), ('EOFError', int), r.dump())
                self.assertEqual(len(r.of('manager.create')), 1, r.dump())


if __name__ == '__main__':
    unittest.main()
