"""One test per primitive the curriculum uses, under every start method where it matters.

Each asserts the exact events the tracer writes: kinds, fields, order in time, the lane
(pid/thread) they are in, and that one object has one key in every process."""
import unittest
from mpt_helper import METHODS, TraceCase


def before(*events):
    """Events in this order of time."""
    ts = [e['t'] for e in events]
    return ts == sorted(ts)


PROCESS = '''
import multiprocessing as mp, os, sys, time
class Greeter(mp.Process):
    def run(self):
        print("run in", "child" if mp.parent_process() else "main")
def stuck_flushing(q, put):
    q.put("x" * 1_000_000)          # the feeder cannot finish until someone reads
    put.set()
def sleeper():
    time.sleep(30)
def daemon_starts_child():
    try:
        mp.Process(target=print).start()
    except AssertionError:
        pass
if __name__ == "__main__":
    g = Greeter(name="Greeter")
    g.run()                          # direct: runs here
    g.start(); g.join()
    q = mp.Queue()
    put = mp.Event()
    p = mp.Process(target=stuck_flushing, args=(q, put), name="Flusher")
    p.start()
    put.wait()
    p.join(0.5)                      # times out: the child is stuck flushing its queue
    print("alive after join(0.5)", p.is_alive())
    print(len(q.get()))
    p.join()
    for how in ("terminate", "kill"):
        s = mp.Process(target=sleeper, name=how)
        s.start(); getattr(s, how)(); s.join()
        print(how, s.exitcode)
    d = mp.Process(target=daemon_starts_child, daemon=True, name="Daemon")
    d.start(); d.join()
'''


class Processes(TraceCase):
    def test_run_join_terminate_kill_daemon(self):
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(PROCESS, method)
                self.assertEqual((r.rc, r.stdout), (0, "run in main\nrun in child\nalive after join(0.5) True\n"
                                                       "1000000\nterminate -15\nkill -9\n"), r.dump())
                main = r.main_pid
                # run() called directly: in the caller's lane, marked direct
                run = r.one('process.run', name='Greeter')
                self.assertEqual(run['pid'], main)
                direct_end = r.one('process.run.end', pid=main)
                self.assertEqual((direct_end['direct'], direct_end['exitcode']), (True, 0))
                child = r.one('process.spawn', name='Greeter')['child_pid']
                end = r.one('process.run.end', pid=child)
                self.assertEqual((end['direct'], end['name']), (False, 'Greeter'))
                self.assertTrue(before(r.one('process.start', pid=child), end, r.one('process.exit', pid=child)))
                # the flusher: run() ended, then it waits for its feeder until main reads
                fl = r.one('process.spawn', name='Flusher')['child_pid']
                waits = r.of('process.join.wait', child_pid=fl)
                joins = r.of('process.join', child_pid=fl)
                self.assertEqual(waits[0]['timeout'], 0.5)     # (the 2nd join may find it ended)
                self.assertEqual([j['timeout'] for j in joins], [0.5, None])
                self.assertGreaterEqual(joins[0]['waited_ns'], 500_000_000)
                get = r.one('queue.get', pid=main)
                exit_ = r.one('process.exit', pid=fl)
                order = [r.one('process.run.end', pid=fl), joins[0], exit_]
                self.assertTrue(before(*order), [(e['kind'], e['t']) for e in order])
                self.assertLess(get['t'] - get['waited_ns'], exit_['t'])    # it exits once main reads
                # terminate / kill: in the caller, naming the target, before it ends
                for how, code in (('terminate', -15), ('kill', -9)):
                    target = r.one('process.spawn', name=how)['child_pid']
                    sig = r.one('process.' + how, pid=main)
                    self.assertEqual((sig['child_pid'], sig['name']), (target, how))
                    reaped = r.one('process.reaped', child_pid=target)
                    self.assertEqual(reaped['exitcode'], code)
                    self.assertTrue(before(sig, reaped))
                # a daemon may not have children: the AssertionError, in the daemon
                dpid = r.one('process.spawn', name='Daemon')['child_pid']
                err = r.one('process.error', pid=dpid)
                self.assertEqual((err['op'], err['error']),
                                 ('start', 'AssertionError: daemonic processes are not allowed to have children'))
                self.assertEqual(r.one('process.start', pid=dpid)['daemon'], True)


NESTED = '''
import multiprocessing as mp, os
def grandchild(q):
    q.put(("grandchild", os.getpid(), os.getppid()))
def child(q):
    p = mp.Process(target=grandchild, args=(q,), name="Grandchild")
    p.start(); p.join()
    q.put(("child", os.getpid(), os.getppid()))
if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,), name="Child")
    p.start()
    got = sorted(q.get() for _ in range(2))
    p.join()
    print([g[0] for g in got])
'''


class Nested(TraceCase):
    def test_grandchildren(self):
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(NESTED, method)
                self.assertEqual((r.rc, r.stdout), (0, "['child', 'grandchild']\n"), r.dump())
                child = r.one('process.spawn', name='Child')
                grand = r.one('process.spawn', name='Grandchild')
                self.assertEqual((child['pid'], grand['pid']), (r.main_pid, child['child_pid']))
                gpid = grand['child_pid']
                self.assertEqual(r.one('process.start', pid=gpid)['parent_pid'], child['child_pid'])
                if method != 'forkserver':      # forkserver children are the server's
                    self.assertEqual(r.header(gpid)['ppid'], child['child_pid'])
                key = r.one('queue.create')['object']
                self.assertEqual({e['pid'] for e in r.of('queue.put', object=key)}, {child['child_pid'], gpid})


QUEUES = '''
import multiprocessing as mp, queue, time
def slow_putter(q):
    time.sleep(0.3)
    q.put("late")
def blocked_putter(q, first):
    q.put("first")
    first.set()
    q.put("second")                 # blocks: maxsize 1
def worker(jq):
    while True:
        item = jq.get()
        time.sleep(0.05)
        jq.task_done()
        if item is None:
            break
if __name__ == "__main__":
    q = mp.Queue(1)
    try: q.get_nowait()
    except queue.Empty: print("Empty")
    try: q.get(timeout=0.05)
    except queue.Empty: print("Empty after timeout")
    p = mp.Process(target=slow_putter, args=(q,)); p.start()
    print(q.get())                   # blocks ~0.3 s
    p.join()
    first = mp.Event()
    p = mp.Process(target=blocked_putter, args=(q, first)); p.start()
    first.wait()
    time.sleep(0.3)
    print(q.get(), q.get())
    p.join()
    q.put(1)
    try: q.put_nowait(2)
    except queue.Full: print("Full")
    try: q.put(2, True, 0.05)
    except queue.Full: print("Full after timeout")
    jq = mp.JoinableQueue()
    w = mp.Process(target=worker, args=(jq,)); w.start()
    for item in (1, 2, None):
        jq.put(item)
    jq.join()
    print("all done")
    w.join()
    sq = mp.SimpleQueue()
    sq.put("s"); print(sq.get())
'''


class Queues(TraceCase):
    def test_wait_full_empty_timeout_depth_joinable(self):
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(QUEUES, method)
                self.assertEqual((r.rc, r.stdout), (0, "Empty\nEmpty after timeout\nlate\nfirst second\nFull\n"
                                                       "Full after timeout\nall done\ns\n"), r.dump())
                main = r.main_pid
                q = r.one('queue.create', type='Queue')
                self.assertEqual(q['var'], 'q')
                key = q['object']
                r.one('queue.empty', object=key, pid=main)
                t = r.one('queue.timeout', object=key, op='get')
                self.assertEqual(t['timeout'], 0.05)
                self.assertGreaterEqual(t['waited_ns'], 50_000_000)
                r.one('queue.full', object=key, pid=main)
                pt = r.one('queue.timeout', object=key, op='put')
                self.assertGreaterEqual(pt['waited_ns'], 50_000_000)
                # a get about to block says so first; the item comes from the child
                late_put = r.one('queue.put', item="'late'")
                late_get = r.one('queue.get', item="'late'")
                get_waits = [w for w in r.of('queue.wait', object=key, op='get')
                             if w['t'] < late_get['t'] and w['pid'] == main]
                self.assertTrue(get_waits and before(get_waits[-1], late_put, late_get))
                self.assertGreater(late_get['waited_ns'], 100_000_000)
                # a put about to block (queue full): in the child, released by main's get
                second = r.one('queue.put', item="'second'")
                pw = r.one('queue.wait', object=key, op='put', pid=second['pid'])
                self.assertEqual(pw['pid'], second['pid'])
                first_get = r.one('queue.get', item="'first'")
                self.assertTrue(before(pw, first_get, second))
                self.assertEqual(second['depth'], 1)
                self.assertIn(first_get['depth'], (0, 1))     # 1 if the blocked put was quicker
                # every wait on the queue is followed by its end in the same thread
                for w in r.of('queue.wait'):
                    ends = [e for e in r.events if e['pid'] == w['pid'] and e['tid'] == w['tid'] and e['t'] >= w['t']
                            and e['kind'] in ('queue.get', 'queue.put', 'queue.timeout')]
                    self.assertTrue(ends, w)
                # JoinableQueue
                jkey = r.one('queue.create', type='JoinableQueue')['object']
                done = r.of('queue.task_done', object=jkey)
                self.assertEqual([d['unfinished'] for d in done], [2, 1, 0])
                jw = r.one('queue.join.wait', object=jkey, pid=main)
                jj = r.one('queue.join', object=jkey, pid=main)
                self.assertTrue(before(jw, done[-1], jj))
                # the feeder thread is infrastructure
                feeders = r.of('thread.start', name='QueueFeederThread')
                self.assertTrue(feeders and all(f['infra'] for f in feeders))
                for f in feeders:
                    line = next(e for e in r.procs[f['pid']] if e['kind'] == 'thread' and e['tid'] == f['thread_tid'])
                    self.assertTrue(line['infra'])
                skey = r.one('queue.create', type='SimpleQueue')['object']
                self.assertNotIn('depth', r.one('queue.get', object=skey))


PIPE = '''
import multiprocessing as mp, time
def child(conn):
    conn.send("ping")
    print("child got", conn.recv())
    conn.close()
if __name__ == "__main__":
    parent_conn, child_conn = mp.Pipe()
    p = mp.Process(target=child, args=(child_conn,)); p.start()
    print(parent_conn.recv())
    time.sleep(0.2)
    parent_conn.send({"pong": 1})
    p.join()
    print(parent_conn.poll(0.01))
    child_conn.close()
    try: parent_conn.recv()
    except EOFError: print("EOF")
'''


class Pipes(TraceCase):
    def test_ends_directions_wait(self):
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(PIPE, method)
                self.assertEqual((r.rc, r.stdout), (0, "ping\nchild got {'pong': 1}\nFalse\nEOF\n"), r.dump())
                main = r.main_pid
                child = r.one('process.spawn')['child_pid']
                c = r.one('pipe.create')
                self.assertEqual((c['duplex'], c['var']), (True, 'parent_conn, child_conn'))
                key = c['object']
                ping = r.one('pipe.send', item="'ping'")
                self.assertEqual((ping['pid'], ping['end'], ping['object']), (child, 'B', key))
                got = r.one('pipe.recv', item="'ping'")
                self.assertEqual((got['pid'], got['end']), (main, 'A'))
                pong = r.one('pipe.send', item="{'pong': 1}")
                self.assertEqual((pong['pid'], pong['end']), (main, 'A'))
                back = r.one('pipe.recv', item="{'pong': 1}")
                self.assertEqual((back['pid'], back['end']), (child, 'B'))
                wait = r.one('pipe.wait', pid=child)        # the child waited ~0.2 s
                self.assertEqual(wait['end'], 'B')
                self.assertTrue(before(ping, got) and before(ping, wait, pong, back))
                self.assertGreater(back['waited_ns'], 100_000_000)
                poll = r.one('pipe.poll', pid=main)
                self.assertEqual((poll['ready'], poll['timeout']), (False, 0.01))
                self.assertGreaterEqual(poll['waited_ns'], 10_000_000)
                eof = r.one('pipe.recv', pid=main, error='EOFError')
                self.assertIsNone(eof['item'])

    def test_connection_wait_that_blocks_is_a_wait(self):
        """The docs' connection.wait() example: a wait that found nothing ready is recorded and ended; one that
        found data at once, and multiprocessing's own calls, record nothing."""
        code = '''
import multiprocessing as mp, time
from multiprocessing.connection import wait
def slow(w, done):
    time.sleep(0.3)
    w.send("late")
    done.wait()     # alive until the parent has read: its sentinel is not ready beside the pipe (a loaded machine)
if __name__ == "__main__":
    r, w = mp.Pipe(duplex=False)
    done = mp.Event()
    p = mp.Process(target=slow, args=(w, done))
    p.start()
    print(wait([r], timeout=0.05))
    print(len(wait(iter([r, p.sentinel]))))
    print(len(wait([r], timeout=0)))
    print(r.recv())
    done.set()
    p.join()
'''
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(code, method)
                self.assertEqual((r.rc, r.stdout), (0, "[]\n1\n1\nlate\n"), r.dump())
                waits, ends = r.of('connection.wait'), r.of('connection.waited')
                self.assertEqual([(w['objects'], w['pipes'], w['timeout']) for w in waits], [(1, 1, 0.05), (2, 1, None)], r.dump())
                self.assertEqual([e['ready'] for e in ends], [0, 1])
                self.assertGreaterEqual(ends[0]['waited_ns'], 40_000_000)
                self.assertTrue(all(e['pid'] == r.main_pid for e in waits + ends))

    def test_listener_accept_waits_for_its_client(self):
        """The docs' Listener/Client example: accept() blocked until the child connected."""
        code = '''
import multiprocessing as mp, time
from multiprocessing.connection import Client, Listener
def client(address):
    time.sleep(0.5)     # the child's sleep may begin before the parent's start() returns (forkserver, under load)
    with Client(address, authkey=b"k") as c:
        c.send("hi")
if __name__ == "__main__":
    with Listener(("127.0.0.1", 0), authkey=b"k") as listener:
        p = mp.Process(target=client, args=(listener.address,))
        p.start()
        with listener.accept() as conn:
            print(conn.recv())
        p.join()
'''
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(code, method)
                self.assertEqual((r.rc, r.stdout), (0, "hi\n"), r.dump())
                wait, accept = r.one('listener.wait'), r.one('listener.accept')
                self.assertTrue(wait['address'].startswith("('127.0.0.1', "), r.dump())
                self.assertEqual((accept['ok'], accept['error'], accept['address']), (True, None, wait['address']))
                self.assertGreater(accept['waited_ns'], 200_000_000, r.dump())
                self.assertTrue(before(wait, accept))


SYNC = '''
import multiprocessing as mp, threading, time
def setter(ev):
    time.sleep(0.2)
    ev.set()
def notifier(cond, ready):
    ready.wait()
    time.sleep(0.1)
    with cond:
        cond.notify()
def party(bar):
    time.sleep(0.1)
    bar.wait()
if __name__ == "__main__":
    ev = mp.Event()
    p = mp.Process(target=setter, args=(ev,)); p.start()
    print(ev.wait(), ev.wait(0.01))
    ev.clear()
    print(ev.wait(0.05))
    p.join()
    cond = mp.Condition()
    ready = mp.Event()
    p = mp.Process(target=notifier, args=(cond, ready)); p.start()
    with cond:
        ready.set()
        print(cond.wait(5))
    p.join()
    bar = mp.Barrier(3)
    ps = [mp.Process(target=party, args=(bar,)) for _ in range(2)]
    for p in ps: p.start()
    print(bar.wait() in (0, 1, 2))
    for p in ps: p.join()
'''


class Sync(TraceCase):
    def test_event_condition_barrier(self):
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(SYNC, method)
                self.assertEqual((r.rc, r.stdout), (0, "True True\nFalse\nTrue\nTrue\n"), r.dump())
                main = r.main_pid
                ev = r.one('event.create', var='ev')['object']
                waits = r.of('event.wait', object=ev)
                wakes = r.of('event.wake', object=ev)
                self.assertEqual([w['timeout'] for w in waits], [None, 0.05])     # not when already set
                self.assertEqual([w['outcome'] for w in wakes], [True, True, False])
                sset = r.one('event.set', object=ev)
                self.assertNotEqual(sset['pid'], main)
                self.assertTrue(before(waits[0], sset, wakes[0]))
                self.assertGreater(wakes[0]['waited_ns'], 100_000_000)
                self.assertTrue(before(r.one('event.clear', object=ev), waits[1], wakes[2]))
                self.assertGreaterEqual(wakes[2]['waited_ns'], 50_000_000)
                # condition: wait releases the lock, the notifier takes it, the waiter gets it back
                cc = r.one('condition.create')
                cond, lock = cc['object'], cc['lock']
                self.assertEqual(r.one('lock.create', object=lock)['type'], 'RLock')
                cw = r.one('condition.wait', object=cond)
                wake = r.one('condition.wake', object=cond)
                note = r.one('condition.notify', object=cond)
                self.assertEqual((cw['pid'], wake['pid'], wake['outcome'], note['count'], note['all']),
                                 (main, main, True, 1, False))
                self.assertNotEqual(note['pid'], main)
                acq = r.of('lock.acquire', object=lock)
                self.assertEqual([a['pid'] for a in acq], [main, note['pid'], main])
                self.assertTrue(before(cw, acq[1], note, wake))
                # barrier: three parties, the last one to arrive releases the others
                bc = r.one('barrier.create')
                self.assertEqual(bc['parties'], 3)
                bw = r.of('barrier.wait', object=bc['object'])
                bk = r.of('barrier.wake', object=bc['object'])
                self.assertEqual(len(bw), 3)
                self.assertEqual(sorted(e['index'] for e in bk), [0, 1, 2])
                last = [e for e in bk if e['last']]
                self.assertEqual(len(last), 1)
                self.assertEqual(last[0]['index'], 2)
                self.assertEqual(len({e['pid'] for e in bk}), 3)
                self.assertTrue(all(w['t'] <= last[0]['t'] for w in bw))
                # the last arrival opened the barrier: its wake comes before the others'
                self.assertTrue(all(last[0]['t'] <= e['t'] for e in bk), r.dump())


MANAGER = '''
import multiprocessing as mp, os, sys
from multiprocessing.managers import BaseManager
from multiprocessing import AuthenticationError
class Remote(BaseManager):
    pass
def child(shared):
    shared.append("from child")
if __name__ == "__main__":
    with mp.Manager() as manager:
        shared = manager.list()
        p = mp.Process(target=child, args=(shared,)); p.start(); p.join()
        shared.append("from main")
        print(list(shared))
    key = os.urandom(32)                # fresh per run: no key written in source
    server = Remote(address=("127.0.0.1", 0), authkey=key)
    server.start()
    client = Remote(address=server.address, authkey=os.urandom(32))
    try:
        client.connect()
    except AuthenticationError as e:
        print("refused")
    good = Remote(address=server.address, authkey=key)
    good.connect()
    server.shutdown()
'''


class Managers(TraceCase):
    def test_server_lane_calls_and_refusal(self):
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(MANAGER, method)
                self.assertEqual((r.rc, r.stdout), (0, "['from child', 'from main']\nrefused\n"), r.dump())
                main = r.main_pid
                mc = r.one('manager.create', type='SyncManager')
                self.assertEqual(mc['var'], 'manager')
                server = mc['server_pid']
                # a spawn/forkserver server's `proc` header is written at its process.boot, before its Process is
                # unpickled (gaps 24A): there it says `child`; its process.start says what it is
                self.assertEqual(r.one('process.start', pid=server)['role'], 'manager')
                if method == 'fork':
                    self.assertEqual(r.header(server)['role'], 'manager')
                    self.assertTrue(r.header(server)['infra'])
                child = next(e['child_pid'] for e in r.of('process.spawn', pid=main)
                             if e['child_pid'] != server and e['name'].startswith('Process'))
                appends = r.of('manager.call', method='append')
                self.assertEqual([a['pid'] for a in appends], [child, main])
                self.assertEqual(len({a['object'] for a in appends}), 1)
                self.assertTrue(all(a['type'] == 'list' and a['ok'] and a['waited_ns'] > 0 for a in appends))
                # the remote manager: a wrong authkey is refused, the right one connects
                conns = r.of('manager.connect', type='Remote')
                self.assertEqual([(c['ok'], c['error']) for c in conns],
                                 [(False, 'AuthenticationError: digest sent was rejected'), (True, None)])
                self.assertEqual(len(r.of('manager.create', type='Remote')), 1)
                remote = r.one('manager.create', type='Remote')['server_pid']
                refused = r.one('connection.refused')                   # the server's side
                self.assertEqual((refused['pid'], refused['error']),
                                 (remote, 'AuthenticationError: digest received was wrong'))
                # server threads are infrastructure
                starts = r.of('thread.start', pid=server)
                self.assertTrue(starts and all(s['infra'] for s in starts))


THREADS = '''
import threading, time, subprocess, sys
from multiprocessing.pool import ThreadPool
lock = threading.Lock()
def holder():
    with lock:
        time.sleep(0.2)
def waiter():
    time.sleep(0.05)
    with lock:
        pass
local = threading.local()
if __name__ == "__main__":
    ts = [threading.Thread(target=holder, name="Holder"), threading.Thread(target=waiter, name="Waiter")]
    for t in ts: t.start()
    for t in ts: t.join()
    with ThreadPool(2) as tp:
        print(tp.map(abs, [-1, -2]))
    subprocess.run([sys.executable, "-c", "raise SystemExit(3)"])
    print(subprocess.Popen(["echo", "hi"], stdout=subprocess.PIPE).communicate()[0])
'''


class Threads(TraceCase):
    def test_threads_thread_locks_subprocess(self):
        r = self.traced(THREADS)
        self.assertEqual((r.rc, r.stdout), (0, "[1, 2]\nb'hi\\n'\n"), r.dump())
        main = r.main_pid
        lc = r.one('lock.create', var='lock')
        self.assertEqual((lc['type'], lc['threading']), ('Lock', True))
        key = lc['object']
        starts = {s['name']: s for s in r.of('thread.start', pid=main)}
        h, w = starts['Holder'], starts['Waiter']
        self.assertEqual((h['target'], h['infra']), ('holder', False))
        wait = r.one('lock.wait', object=key)
        self.assertEqual(wait['tid'], w['thread_tid'])
        acq = r.of('lock.acquire', object=key)
        self.assertEqual([a['tid'] for a in acq], [h['thread_tid'], w['thread_tid']])
        # Waiter asks 50 ms after its start and Holder keeps the lock 200 ms from its own: how long Waiter then waits
        # depends on when each thread first ran (at load 60 ms was seen); that it waited at all is the claim
        self.assertGreater(acq[1]['waited_ns'], 0)
        rel = r.of('lock.release', object=key)
        self.assertTrue(before(h, acq[0], wait, rel[0], acq[1]))
        self.assertEqual({e['name'] for e in r.of('thread.exit', pid=main)} >= {'Holder', 'Waiter'}, True)
        self.assertTrue(before(h, r.one('thread.exit', name='Holder')))
        # stdlib-made threading locks (Condition, Event, queue ...) are not the program's
        self.assertEqual(len(r.of('lock.create')), 1)
        # ThreadPool: its workers run the tasks (not infrastructure), its handlers are
        pool_threads = [s for s in r.of('thread.start', pid=main) if s['name'] not in ('Holder', 'Waiter')]
        self.assertEqual(sorted((s['target'], s['infra']) for s in pool_threads),
                         [('Pool._handle_results', True), ('Pool._handle_tasks', True),
                          ('Pool._handle_workers', True), ('worker', False), ('worker', False)])
        # subprocess in the caller's lane
        sp = r.of('subprocess.spawn', pid=main)
        self.assertEqual([s['argv'][-2:] for s in sp], [['-c', 'raise SystemExit(3)'], ['echo', 'hi']])
        ex = r.of('subprocess.exit', pid=main)
        self.assertEqual([(e['child_pid'], e['returncode']) for e in ex], [(sp[0]['child_pid'], 3), (sp[1]['child_pid'], 0)])
        self.assertTrue(before(sp[0], ex[0], sp[1], ex[1]))


POOLGET = '''
import multiprocessing as mp, os
def fail(x):
    raise KeyError(x)
def pid(x):
    return os.getpid()
if __name__ == "__main__":
    pool = mp.Pool(1, maxtasksperchild=2)
    r = pool.apply_async(fail, (1,))
    try: r.get(10)
    except KeyError: print("KeyError re-raised by get")
    print(len(set(pool.map(pid, range(4), chunksize=1))) >= 2)
    print(sum(pool.imap(abs, [-1, -2, -3], chunksize=2)))
    pool.close(); pool.join()
'''


class PoolMore(TraceCase):
    def test_get_reraises_and_maxtasksperchild(self):
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(POOLGET, method)
                self.assertEqual((r.rc, r.stdout), (0, "KeyError re-raised by get\nTrue\n6\n"), r.dump())
                main = r.main_pid
                pc = r.one('pool.create')
                self.assertEqual((pc['maxtasksperchild'], pc['var']), (2, 'pool'))
                job = r.one('pool.submit', func='fail')['job']
                g = r.one('pool.get', job=job)
                self.assertEqual((g['pid'], g['ok'], g['error']), (main, False, 'KeyError'))
                mjob = r.one('pool.submit', method='map')['job']
                self.assertTrue(r.one('pool.get', job=mjob)['ok'])
                self.assertEqual(r.one('pool.submit', method='imap')['func'], 'abs')
                # workers retire after 2 tasks: replacements are started by _handle_workers
                spawns = r.of('process.spawn', pid=main)
                self.assertGreaterEqual(len(spawns), 3)
                names = {r.thread_name(main, s['tid']) for s in spawns[1:]}
                self.assertTrue(all(n.endswith('(_handle_workers)') for n in names), names)


if __name__ == '__main__':
    unittest.main()
