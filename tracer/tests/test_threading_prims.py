"""threading's own Semaphore, BoundedSemaphore, Event, Condition, Barrier and local, when the
program creates them: the same events as their multiprocessing counterparts (plus local.*),
and nothing for the instances the standard library makes for itself."""
import unittest

from mpt_helper import TraceCase, run


def before(*events):
    return all(a['t'] <= b['t'] for a, b in zip(events, events[1:]))


def in_thread(r, name):
    """Events of the main process's thread called `name`, in time order (an ident can be
    reused by a later thread: its `thread` line renames it from there on, in `n` order)."""
    names, mine = {}, set()
    for e in sorted(r.procs[r.main_pid], key=lambda e: e['n']):
        if e['kind'] == 'thread':
            names[e['tid']] = e['name']
        elif e['kind'] != 'proc' and names.get(e['tid']) == name:
            mine.add(e['n'])
    return [e for e in r.events if e['pid'] == r.main_pid and e['n'] in mine]


def kinds(events, *prefixes):
    return [e['kind'] for e in events if e['kind'].startswith(prefixes)]


SEMAPHORE = '''
import threading, time
sem = threading.Semaphore(1)
bounded = threading.BoundedSemaphore(2)
def holder():
    with sem:
        time.sleep(0.3)
def waiter():
    time.sleep(0.1)
    sem.acquire()
    sem.release()
def giver():
    time.sleep(0.1)
    print(sem.acquire(timeout=0.05))
ts = [threading.Thread(target=f, name=f.__name__.capitalize()) for f in (holder, waiter, giver)]
for t in ts: t.start()
for t in ts: t.join()
print(bounded.acquire(False), bounded.acquire(blocking=False), bounded.acquire(False))
bounded.release(2)
try:
    bounded.release()
except ValueError as e:
    print("ValueError", e)
try:
    sem.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)
print(type(sem).__name__, isinstance(bounded, threading.Semaphore), sem.__dict__.keys() == {"_cond", "_value"})
'''


class Semaphores(TraceCase):
    def test_semaphore_wait_acquire_release_timeout(self):
        r = self.traced(SEMAPHORE)
        self.assertEqual((r.rc, r.stdout), (0, 'False\nTrue True False\nValueError Semaphore released too many times\n'
                                               "ValueError can't specify timeout for non-blocking acquire\n"
                                               'Semaphore True True\n'), r.dump())
        untraced = run(SEMAPHORE, trace=False)
        self.assertEqual((untraced.rc, untraced.stdout), (r.rc, r.stdout))
        sem = r.one('lock.create', var='sem')
        self.assertEqual((sem['type'], sem['value'], sem['threading'], sem['site'].endswith(':3')),
                         ('Semaphore', 1, True, True))
        bounded = r.one('lock.create', var='bounded')
        self.assertEqual((bounded['type'], bounded['value'], bounded['threading']), ('BoundedSemaphore', 2, True))
        self.assertEqual(len(r.of('lock.create')), 2)       # the Semaphores' own Conditions/Locks: not traced
        self.assertNotEqual(sem['object'], bounded['object'])
        key = sem['object']
        self.assertEqual(kinds(in_thread(r, 'Holder'), 'lock.'), ['lock.acquire', 'lock.release'])
        self.assertEqual(kinds(in_thread(r, 'Waiter'), 'lock.'), ['lock.wait', 'lock.acquire', 'lock.release'])
        self.assertEqual(kinds(in_thread(r, 'Giver'), 'lock.'), ['lock.wait', 'lock.timeout'])
        h_acq, h_rel = [e for e in in_thread(r, 'Holder') if e['kind'].startswith('lock.')]
        w_wait, w_acq, _ = [e for e in in_thread(r, 'Waiter') if e['kind'].startswith('lock.')]
        timeout = r.one('lock.timeout')
        self.assertTrue(all(e['object'] == key for e in (h_acq, h_rel, w_wait, w_acq, timeout)))
        self.assertEqual(h_acq['waited_ns'], 0)
        self.assertTrue(before(h_acq, w_wait, h_rel, w_acq))     # released before the waiter got it
        self.assertGreater(w_acq['waited_ns'], 100_000_000)
        self.assertEqual(timeout['timeout'], 0.05)
        self.assertTrue(40_000_000 <= timeout['waited_ns'] < 250_000_000, timeout)
        # main: two acquires (a failed non-blocking try says nothing), one release of 2
        main = [e for e in r.of('lock.acquire', object=bounded['object']) + r.of('lock.release', object=bounded['object'])]
        self.assertEqual(sorted(e['kind'] for e in main), ['lock.acquire', 'lock.acquire', 'lock.release'])
        rel = r.one('lock.release', object=bounded['object'])
        self.assertEqual(rel['count'], 2)
        self.assertNotIn('count', h_rel)
        self.assertEqual(r.of('lock.wait', object=bounded['object']), [])


EVENT = '''
import threading, time
ev = threading.Event()
def waiter():
    print("waiter", ev.wait())
def impatient():
    print("impatient", ev.wait(0.05))
ts = [threading.Thread(target=f, name=f.__name__.capitalize()) for f in (waiter, impatient)]
for t in ts: t.start()
time.sleep(0.3)
ev.set()
for t in ts: t.join()
print("late", ev.wait(1))
ev.clear()
print("nowait", ev.wait(0))
'''


class Events(TraceCase):
    def test_event_wait_set_wake_timeout_clear(self):
        r = self.traced(EVENT)
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual(sorted(r.stdout.splitlines()), ['impatient False', 'late True', 'nowait False', 'waiter True'])
        ec = r.one('event.create')
        self.assertEqual((ec['var'], ec['threading']), ('ev', True))
        key = ec['object']
        waiter, impatient = in_thread(r, 'Waiter'), in_thread(r, 'Impatient')
        self.assertEqual(kinds(waiter, 'event.'), ['event.wait', 'event.wake'])
        self.assertEqual(kinds(impatient, 'event.'), ['event.wait', 'event.wake'])
        wake = [e for e in waiter if e['kind'] == 'event.wake'][0]
        gave_up = [e for e in impatient if e['kind'] == 'event.wake'][0]
        self.assertEqual((wake['outcome'], gave_up['outcome']), (True, False))
        self.assertEqual([e['timeout'] for e in impatient if e['kind'] == 'event.wait'], [0.05])
        s = r.one('event.set')
        self.assertEqual((s['object'], s['pid'], r.thread_name(r.main_pid, s['tid'])), (key, r.main_pid, 'MainThread'))
        self.assertTrue(before(gave_up, s, wake))       # set's t is before the waiter's wake
        self.assertGreater(wake['waited_ns'], 200_000_000)
        # main: the flag was set, so no event.wait; after clear(), wait(0) cannot block: no event.wait
        main = [e for e in r.events if e['tid'] == r.one('event.set')['tid'] and e['kind'].startswith('event.')]
        self.assertEqual([e['kind'] for e in main], ['event.create', 'event.set', 'event.wake', 'event.clear', 'event.wake'])
        self.assertEqual([e['outcome'] for e in main if e['kind'] == 'event.wake'], [True, False])
        self.assertEqual(len(r.of('event.create')), 1)      # Thread._started Events: not traced


CONDITION = '''
import threading, time
items = []
cond = threading.Condition()
lock = threading.Lock()
plain = threading.Condition(lock)
def consumer():
    with cond:
        with cond:                  # held twice: wait() releases both levels
            while not items:
                cond.wait()
            print("got", items.pop())
def producer():
    time.sleep(0.2)
    with cond:
        items.append(1)
        cond.notify()
def plain_waiter():
    with plain:
        print("timed out", not plain.wait(0.05))
ts = [threading.Thread(target=f, name=f.__name__.capitalize()) for f in (consumer, producer, plain_waiter)]
for t in ts: t.start()
for t in ts: t.join()
with cond:
    cond.notify_all()
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError", e)
print(type(cond._lock).__name__ in ("RLock", "_RLock", "_TRLock"), repr(plain).startswith("<Condition(<unlocked _thread.lock"))
'''


class Conditions(TraceCase):
    def test_condition_wait_notify_and_its_lock(self):
        r = self.traced(CONDITION)
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual(r.stdout.splitlines()[:3], ['timed out True', 'got 1', 'RuntimeError cannot notify on un-acquired lock']
                         if r.stdout.startswith('timed') else ['got 1', 'timed out True', 'RuntimeError cannot notify on un-acquired lock'])
        cc = r.one('condition.create', var='cond')
        own = r.one('lock.create', object=cc['lock'])           # its own RLock, traced as the program's
        self.assertEqual((own['type'], own['threading'], own['site'], 'var' in own), ('RLock', True, cc['site'], False))
        self.assertTrue(cc['threading'])
        lk = r.one('lock.create', var='lock')
        pc = r.one('condition.create', var='plain')
        self.assertEqual(pc['lock'], lk['object'])              # the program's own Lock
        self.assertEqual(len(r.of('condition.create')), 2)
        c = [e for e in in_thread(r, 'Consumer') if e['kind'].startswith(('lock.', 'condition.'))]
        self.assertEqual([e['kind'] for e in c],
                         ['lock.acquire', 'lock.acquire', 'condition.wait', 'lock.release',
                          'lock.acquire', 'condition.wake', 'lock.release', 'lock.release'])
        self.assertEqual(c[3].get('count'), 2)      # wait() released both levels at once ...
        self.assertEqual(c[4].get('count'), 2)      # ... and took both back
        p = [e for e in in_thread(r, 'Producer') if e['kind'].startswith(('lock.', 'condition.'))]
        self.assertEqual([e['kind'] for e in p], ['lock.acquire', 'condition.notify', 'lock.release'])
        self.assertEqual((p[1]['count'], p[1]['all']), (1, False))
        self.assertTrue(before(c[2], c[3], p[0], p[1], p[2], c[4], c[5]))
        self.assertGreater(c[5]['waited_ns'], 150_000_000)
        self.assertEqual(c[5]['outcome'], True)
        # a Condition on the program's Lock: wait() releases and re-takes that Lock
        w = [e for e in in_thread(r, 'Plain_waiter') if e['kind'].startswith(('lock.', 'condition.'))]
        self.assertEqual([e['kind'] for e in w], ['lock.acquire', 'condition.wait', 'lock.release', 'lock.acquire',
                                                  'condition.wake', 'lock.release'])
        self.assertTrue(all(e['object'] == lk['object'] for e in w if e['kind'].startswith('lock.')))
        self.assertEqual((w[4]['outcome'], w[1]['timeout']), (False, 0.05))
        # notify_all: one event (not also the notify() it calls); a notify without the lock raises: none
        na = r.one('condition.notify', all=True)
        self.assertEqual((na['count'], na['object']), (None, cc['object']))
        self.assertEqual(len(r.of('condition.notify')), 2)


BARRIER = '''
import threading, multiprocessing as mp, time
bar = threading.Barrier(3)
mpbar = mp.Barrier(2)
lonely = threading.Barrier(2, timeout=0.05)
def party(i):
    time.sleep(0.05 * i)
    bar.wait()
def mp_party():
    mpbar.wait()
ts = [threading.Thread(target=party, args=(i,), name="P%d" % i) for i in range(3)]
ts.append(threading.Thread(target=mp_party, name="M"))
for t in ts: t.start()
mpbar.wait()
for t in ts: t.join()
try:
    lonely.wait()
except threading.BrokenBarrierError:
    print("broken")
'''


class Barriers(TraceCase):
    def test_threading_barrier_and_mp_barrier_once_each(self):
        r = self.traced(BARRIER)
        self.assertEqual((r.rc, r.stdout), (0, 'broken\n'), r.dump())
        bc = r.one('barrier.create', var='bar')
        self.assertEqual((bc['parties'], bc['threading']), (3, True))
        mc = r.one('barrier.create', var='mpbar')
        self.assertNotIn('threading', mc)
        waits = r.of('barrier.wait', object=bc['object'])
        wakes = r.of('barrier.wake', object=bc['object'])
        self.assertEqual(len(waits), 3)
        self.assertEqual(len(wakes), 3)
        names = [r.thread_name(r.main_pid, e['tid']) for e in waits]
        self.assertEqual(names, ['P0', 'P1', 'P2'])
        last = [w for w in wakes if w['last']]
        self.assertEqual([r.thread_name(r.main_pid, w['tid']) for w in last], ['P2'])
        self.assertEqual(sorted(w['index'] for w in wakes), [0, 1, 2])
        self.assertTrue(all(before(waits[2], w) for w in wakes))
        # the last arrival opened the barrier: its wake comes before the others'
        self.assertTrue(all(last[0]['t'] <= w['t'] for w in wakes), r.dump())
        # multiprocessing's Barrier (a threading.Barrier subclass): reported once per call, not twice
        self.assertEqual(len(r.of('barrier.wait', object=mc['object'])), 2)
        self.assertEqual(len(r.of('barrier.wake', object=mc['object'])), 2)
        lc = r.one('barrier.create', var='lonely')
        self.assertEqual([e['kind'] for e in r.events if e.get('object') == lc['object']],
                         ['barrier.create', 'barrier.wait', 'barrier.wake'])
        broken = r.one('barrier.wake', object=lc['object'])
        self.assertEqual((broken['broken'], broken['index'], broken['last']), (True, None, False))
        self.assertEqual(len(r.of('barrier.create')), 3)


LOCAL = '''
import threading, sys
def say(*words):        # one write per line: the threads' lines do not interleave
    sys.stdout.write(" ".join(map(str, words)) + "\\n")
mine = threading.local()
class Defaults(threading.local):
    def __init__(self, color):
        self.color = color
class Slotted(threading.local):
    __slots__ = ("fixed",)
class Fallback(threading.local):
    def __getattr__(self, name):
        return "fallback"
d = Defaults("red")
s = Slotted()
f = Fallback()
mine.name = "main"
def worker(value):
    mine.name = value
    say(threading.current_thread().name, mine.name, d.color)
def newcomer():
    try:
        mine.name
    except AttributeError as e:
        say("missing:", e)
    say(f.anything)
ts = [threading.Thread(target=worker, args=("p%d" % i,), name="T%d" % i) for i in (1, 2)]
ts.append(threading.Thread(target=newcomer, name="Newcomer"))
for t in ts: t.start()
for t in ts: t.join()
s.fixed = 1
del mine.name
print(type(mine), threading.local, type(mine) is threading.local, isinstance(d, threading.local))
print(mine.__dict__, hasattr(mine, "name"), vars(d))
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)
'''


class Locals(TraceCase):
    def test_local_set_get_missing_per_thread(self):
        r = self.traced(LOCAL)
        self.assertEqual(r.rc, 0, r.dump())
        untraced = run(LOCAL, trace=False)
        self.assertEqual((untraced.rc, sorted(untraced.stdout.splitlines())), (0, sorted(r.stdout.splitlines())))
        self.assertIn("missing: '_thread._local' object has no attribute 'name'", r.stdout)
        self.assertIn("<class '_thread._local'> <class '_thread._local'> True True\n", r.stdout)
        self.assertIn("TypeError Initialization arguments are not supported\n", r.stdout)
        lc = r.one('local.create', var='mine')
        key = lc['object']
        self.assertTrue(lc['site'].endswith(':5'))
        dc = r.one('local.create', var='d')
        self.assertEqual(len(r.of('local.create')), 4)
        main = [e for e in r.events if e.get('object') == key and r.thread_name(r.main_pid, e['tid']) == 'MainThread']
        self.assertEqual([(e['kind'], e['attr'], e.get('value')) for e in main[1:]],
                         [('local.set', 'name', "'main'"), ('local.del', 'name', None),
                          ('local.get', 'name', None)])     # del, then hasattr(): missing
        self.assertTrue(main[-1]['missing'])
        for name, value in (('T1', "'p1'"), ('T2', "'p2'")):
            evs = [e for e in in_thread(r, name) if e['kind'].startswith('local.')]
            self.assertEqual([(e['kind'], e['attr'], e['value']) for e in evs],
                             [('local.set', 'name', value), ('local.get', 'name', value),
                              # Defaults.__init__ runs again in each new thread, on its first use
                              ('local.set', 'color', "'red'"), ('local.get', 'color', "'red'")])
            self.assertEqual(evs[0]['object'], key)
            self.assertEqual(evs[2]['object'], dc['object'])
        newcomer = [e for e in in_thread(r, 'Newcomer') if e['kind'].startswith('local.')]
        # the miss on mine; Fallback's __getattr__ answered: no "missing" for it (nor a value of its own)
        self.assertEqual([(e['kind'], e['object'], e.get('missing')) for e in newcomer], [('local.get', key, True)])
        fixed = r.one('local.set', attr='fixed')
        self.assertEqual(fixed['value'], '1')
        # dunder reads (__dict__, __class__) say nothing
        self.assertEqual([e for e in r.events if e['kind'].startswith('local.') and e.get('attr', '').startswith('__')], [])


BAD_TIMEOUTS = '''
import threading
for lock in (threading.Lock(), threading.RLock()):
    for timeout in (1e100, threading.TIMEOUT_MAX + 1, float("nan"), -5):
        try:
            print(lock.acquire(timeout=timeout))
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
    print(lock.acquire(timeout=threading.TIMEOUT_MAX))
'''


class BadArguments(TraceCase):
    def test_lock_timeouts_raise_as_untraced_even_when_free(self):
        r = self.traced(BAD_TIMEOUTS)
        plain = run(BAD_TIMEOUTS, trace=False)
        self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())
        self.assertEqual(r.stdout.count('Error'), 8)
        self.assertEqual(len(r.of('lock.acquire')), 2)     # only the TIMEOUT_MAX ones


INTERNAL = '''
import threading, queue, concurrent.futures, time
q = queue.Queue(2)
q.put(1); q.get()
with concurrent.futures.ThreadPoolExecutor(2) as ex:
    print(list(ex.map(abs, [-1, -2])))
t = threading.Thread(target=time.sleep, args=(0.01,)); t.start(); t.join()
timer = threading.Timer(0.01, print, args=("timer",)); timer.start(); timer.join()
'''


class Internal(TraceCase):
    def test_standard_library_instances_are_not_traced(self):
        r = self.traced(INTERNAL)
        self.assertEqual((r.rc, r.stdout), (0, '[1, 2]\ntimer\n'), r.dump())
        for prefix in ('lock.', 'event.', 'condition.', 'barrier.', 'local.'):
            self.assertEqual([e for e in r.events if e['kind'].startswith(prefix)], [], prefix)


if __name__ == '__main__':
    unittest.main()
