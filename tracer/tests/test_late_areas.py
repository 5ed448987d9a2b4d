"""Areas loaded on first use, not at start-up: forks.py (the program's first os.fork(), or an os.kill/os.wait*
while the process has a child) and thread_locks.py (the program's first threading Lock or RLock).  A spawn
child that uses neither loads neither, and one loaded late, after processes started or in a spawn child,
still records everything the program does with it."""
import unittest
from mpt_helper import TraceCase

# A spawn child that makes no lock and forks nothing: which of the two it loaded, said by the child itself.
IDLE_CHILD = '''
import multiprocessing as mp, sys
def child(q):
    q.put([m for m in ("mptutor_trace.forks", "mptutor_trace.thread_locks") if m in sys.modules])
if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=child, args=(q,))
    p.start()
    print("child loaded", q.get())
    p.join()
'''

# Processes started and joined first; then, in the parent and in a spawn child, the first Lock and the first
# os.fork(); the parent also os.kill()s a child it started (forks.py loaded by that call).
LATE = '''
import multiprocessing as mp, os, sys, threading, time
def idle():
    pass
def sleeper():
    time.sleep(30)
def late_user(q):
    before = [m for m in ("mptutor_trace.forks", "mptutor_trace.thread_locks") if m in sys.modules]
    lock = threading.Lock()
    with lock:
        pass
    pid = os.fork()
    if pid == 0:
        os._exit(4)
    q.put((before, os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])))
if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    p = ctx.Process(target=idle)
    p.start()
    p.join()
    print("parent before", [m for m in ("mptutor_trace.forks", "mptutor_trace.thread_locks") if m in sys.modules])
    s = ctx.Process(target=sleeper)
    s.start()
    os.kill(s.pid, 15)
    s.join()
    rlock = threading.RLock()
    with rlock:
        pass
    pid = os.fork()
    if pid == 0:
        os._exit(3)
    print("hand child", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
    q = ctx.Queue()
    c = ctx.Process(target=late_user, args=(q,))
    c.start()
    print("child", q.get())
    c.join()
'''


class LateAreas(TraceCase):
    def test_a_spawn_child_that_uses_neither_loads_neither(self):
        r = self.traced(IDLE_CHILD, 'spawn')
        self.assertEqual((r.rc, r.stdout), (0, "child loaded []\n"), r.dump())

    def test_areas_loaded_after_processes_started_record_everything(self):
        r = self.traced(LATE, 'spawn', timeout=120)
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual(r.stdout, "parent before []\nhand child 3\nchild ([], 4)\n", r.dump())
        main = r.main_pid
        # os.kill on a child it started, forks.py not loaded yet: recorded as the program's terminate
        sleeper = r.one('process.spawn', name='SpawnProcess-2')['child_pid']
        self.assertEqual(r.one('process.terminate', child_pid=sleeper)['call'], 'os.kill()', r.dump())
        # the parent's first RLock and its hand fork, both after two children started and ended
        rlock = r.one('lock.create', pid=main, type='RLock')
        self.assertEqual(len(r.of('lock.acquire', object=rlock['object'])), 1, r.dump())
        self.assertEqual(len(r.of('lock.release', object=rlock['object'])), 1, r.dump())
        forks = r.of('process.spawn', os_fork=True)
        self.assertEqual(len(forks), 2, r.dump())
        ours = next(e for e in forks if e['pid'] == main)
        self.assertEqual(r.one('process.exit', pid=ours['child_pid'])['exitcode'], 3, r.dump())
        self.assertEqual(r.one('process.reaped', child_pid=ours['child_pid'])['exitcode'], 3, r.dump())
        self.assertEqual(r.one('process.join', child_pid=ours['child_pid'])['call'], 'os.waitpid()', r.dump())
        # the spawn child: its first Lock and its hand fork, loaded there
        child = r.one('process.spawn', name='SpawnProcess-3')['child_pid']
        lock = r.one('lock.create', pid=child, type='Lock')
        self.assertEqual(len(r.of('lock.acquire', object=lock['object'])), 1, r.dump())
        self.assertEqual(len(r.of('lock.release', object=lock['object'])), 1, r.dump())
        grandchild = next(e for e in forks if e['pid'] == child)['child_pid']
        self.assertEqual(r.one('process.exit', pid=grandchild)['exitcode'], 4, r.dump())
        self.assertEqual(r.one('process.reaped', child_pid=grandchild)['exitcode'], 4, r.dump())


if __name__ == '__main__':
    unittest.main()
