"""Value / Array / sharedctypes: shared.create, and shared.read / shared.write on synchronized wrappers."""
import unittest  # (gaps 29B: a spawn child's rebuilt lock, lock.unpickled, is left out of the lists below: test_semlock_rebuilds)
from mpt_helper import METHODS, TraceCase, run, undeclared

COUNTER = '''
import multiprocessing as mp
def add(n, times):
    for _ in range(times):
        with n.get_lock():
            n.value += 1
if __name__ == "__main__":
    n = mp.Value('i', 0)
    ps = [mp.Process(target=add, args=(n, 3)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("total", n.value)
'''

# the kinds one `with n.get_lock(): n.value += 1` makes, in the adder's own order (n)
ONE_ADD = ['lock.acquire', 'lock.acquire', 'shared.read', 'lock.release',
           'lock.acquire', 'shared.write', 'lock.release', 'lock.release']


class SharedValue(TraceCase):
    def test_counter_one_key_in_every_process(self):
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(COUNTER, method)
                self.assertEqual(r.rc, 0, r.dump())
                self.assertEqual(r.stdout, "total 6\n")
                main = r.main_pid
                create = r.one('shared.create', pid=main)
                key = create['object']
                self.assertTrue(key.startswith('s%d-' % main), create)
                self.assertEqual((create['type'], create['ctype'], create['typecode'], create['length'],
                                  create['value'], create['user_lock'], create['var']),
                                 ('Value', 'c_int', 'i', None, '0', False, 'n'))
                self.assertTrue(create['site'].endswith('script.py:8'), create)
                lock = r.one('lock.create', pid=main)       # the Value's own RLock
                self.assertEqual((create['lock'], lock['type']), (lock['object'], 'RLock'))
                self.assertLess(lock['t'], create['t'])     # create: when the object exists
                accesses = r.of('shared.read') + r.of('shared.write')
                self.assertEqual({e['object'] for e in accesses}, {key})
                self.assertEqual({e['attr'] for e in accesses}, {'value'})
                adders = {e['child_pid'] for e in r.of('process.spawn', pid=main)}
                self.assertEqual(len(adders), 2)
                for pid in adders:
                    # (a lock.wait before an outer acquire when the other adder held the lock)
                    own = sorted((e for e in r.procs[pid] if e['kind'].startswith(('shared.', 'lock.')) and e['kind'] != 'lock.unpickled'
                                  and e['kind'] != 'lock.wait'), key=lambda e: e['n'])
                    self.assertEqual([e['kind'] for e in own], ONE_ADD * 3, r.dump())
                    self.assertEqual({e['object'] for e in own if e['kind'].startswith('lock.')}, {lock['object']})
                    for i in range(0, len(own), 8):
                        acq, rd, rel, acq2, wr, rel2 = own[i + 1], own[i + 2], own[i + 3], own[i + 4], own[i + 5], own[i + 6]
                        # stamped inside the hold: acquire < access < release, in time
                        self.assertLess(acq['t'], rd['t'])
                        self.assertLess(rd['t'], rel['t'])
                        self.assertLess(acq2['t'], wr['t'])
                        self.assertLess(wr['t'], rel2['t'])
                        self.assertEqual(int(wr['value']), int(rd['value']) + 1)
                # the lock serialises the adders: in time order the writes count 1..6
                writes = sorted(r.of('shared.write'), key=lambda e: e['t'])
                self.assertEqual([e['value'] for e in writes], [str(i) for i in range(1, 7)])
                final = r.one('shared.read', pid=main)
                self.assertEqual(final['value'], '6')
                self.assertGreater(final['t'], writes[-1]['t'])


ARRAYS = '''
import multiprocessing as mp, ctypes
from multiprocessing import sharedctypes
class Point(ctypes.Structure):
    _fields_ = [('x', ctypes.c_int), ('y', ctypes.c_double)]
def work(a, s, p):
    a[1] = 7
    a[0:2] = [5, 6]
    print("got", a[-1])
    s.value = b"hi"
    p.x = 3
if __name__ == "__main__":
    a = mp.Array('i', [1, 2, 3])
    s = mp.Array('c', 10)
    p = sharedctypes.Value(Point, 1, 2.5)
    w = mp.Process(target=work, args=(a, s, p))
    w.start()
    w.join()
    print(a[:], s.value, s.raw[:3], p.x, p.y)
'''


class SharedArray(TraceCase):
    def test_items_slices_strings_fields(self):
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(ARRAYS, method)
                self.assertEqual(r.rc, 0, r.dump())
                self.assertEqual(r.stdout, "got 3\n[5, 6, 3] b'hi' b'hi\\x00' 3 2.5\n")
                main = r.main_pid
                a = r.one('shared.create', var='a')
                s = r.one('shared.create', var='s')
                p = r.one('shared.create', var='p')
                self.assertEqual((a['type'], a['ctype'], a['length'], a['value']), ('Array', 'c_int', 3, '[1, 2, 3]'))
                self.assertEqual((s['type'], s['ctype'], s['typecode'], s['length'], s['value']),
                                 ('Array', 'c_char', 'c', 10, repr(bytes(10))))
                self.assertEqual((p['type'], p['ctype'], p['typecode'], p['length'], p['value']),
                                 ('Value', 'Point', None, None, '<Point>'))
                for c in (a, s, p):
                    self.assertEqual(c['pid'], main)
                worker = r.one('process.spawn', pid=main)['child_pid']
                got = [(e['kind'], e['object'], e['attr'], e['value'])
                       for e in sorted(r.procs[worker], key=lambda e: e['n']) if e['kind'].startswith('shared.')]
                self.assertEqual(got, [
                    ('shared.write', a['object'], '[1]', '7'),
                    ('shared.write', a['object'], '[0:2]', '[5, 6]'),
                    ('shared.read', a['object'], '[-1]', '3'),
                    ('shared.write', s['object'], 'value', "b'hi'"),
                    ('shared.write', p['object'], 'x', '3')])
                got = [(e['object'], e['attr'], e['value']) for e in r.of('shared.read', pid=main)]
                self.assertEqual(got, [(a['object'], '[:]', '[5, 6, 3]'), (s['object'], 'value', "b'hi'"),
                                       (s['object'], 'raw', "b'hi\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'"),
                                       (p['object'], 'x', '3'), (p['object'], 'y', '2.5')])
                self.assertEqual(r.of('shared.create', pid=worker), [])


SHARED_LOCK = '''
import multiprocessing as mp
def work(a, b):
    a[0] = 1
    b[0] = 2
if __name__ == "__main__":
    lk = mp.Lock()
    a = mp.Array('i', 2, lock=lk)
    b = mp.Array('i', 2, lock=lk)
    w = mp.Process(target=work, args=(a, b))
    w.start()
    w.join()
    print(a[0], b[0], a.get_lock() is b.get_lock())
'''


class SharedLock(TraceCase):
    def test_two_arrays_one_user_lock(self):
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(SHARED_LOCK, method)
                self.assertEqual(r.rc, 0, r.dump())
                self.assertEqual(r.stdout, "1 2 True\n")
                lock = r.one('lock.create', var='lk')
                a, b = r.one('shared.create', var='a'), r.one('shared.create', var='b')
                self.assertNotEqual(a['object'], b['object'])
                for c in (a, b):
                    self.assertEqual((c['lock'], c['user_lock']), (lock['object'], True))
                worker = r.one('process.spawn')['child_pid']
                own = sorted((e for e in r.procs[worker] if e['kind'].startswith(('shared.', 'lock.')) and e['kind'] != 'lock.unpickled'),
                             key=lambda e: e['n'])
                self.assertEqual([(e['kind'], e['object']) for e in own], [
                    ('lock.acquire', lock['object']), ('shared.write', a['object']), ('lock.release', lock['object']),
                    ('lock.acquire', lock['object']), ('shared.write', b['object']), ('lock.release', lock['object'])])


RAW = '''
import multiprocessing as mp
from multiprocessing import sharedctypes
def work(v, a, u):
    v.value = 5
    a[0] = 6
    u.value = 7
if __name__ == "__main__":
    v = sharedctypes.RawValue('d', 1.5)
    a = mp.RawArray('i', 20)
    u = mp.Value('i', 3, lock=False)
    w = mp.Process(target=work, args=(v, a, u))
    w.start()
    w.join()
    print(v.value, a[0], u.value, type(v).__name__, type(u).__name__)
'''


class RawObjects(TraceCase):
    def test_raw_objects_create_only(self):
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(RAW, method)
                self.assertEqual(r.rc, 0, r.dump())
                self.assertEqual(r.stdout, "5.0 6 7 c_double c_int\n")
                v, a, u = (r.one('shared.create', var=x) for x in 'vau')
                self.assertEqual((v['type'], v['ctype'], v['value'], v['lock']), ('Value', 'c_double', '1.5', False))
                self.assertEqual((a['type'], a['length'], a['value'], a['lock']),
                                 ('Array', 20, '[0, 0, 0, 0, 0, 0, 0, 0, ...]', False))
                self.assertEqual((u['type'], u['value'], u['lock'], u['user_lock']), ('Value', '3', False, False))
                self.assertEqual(r.of('shared.read') + r.of('shared.write'), [])
                self.assertEqual(r.of('lock.create'), [])


SYNCHRONIZED_RAW = '''
import multiprocessing as mp
from multiprocessing import sharedctypes
def add(total):
    with total.get_lock():
        total.value += 2
if __name__ == "__main__":
    raw = sharedctypes.RawValue('i', 1)
    total = sharedctypes.synchronized(raw)
    arr = sharedctypes.synchronized(sharedctypes.RawArray('i', 3))
    plain = mp.Value('i', 0)
    again = sharedctypes.synchronized(plain.get_obj())
    w = mp.Process(target=add, args=(total,))
    w.start()
    w.join()
    print(raw.value, total.value, len(arr))
'''


class SynchronizedRaw(TraceCase):
    def test_synchronized_names_the_raw_object_it_wraps(self):
        """synchronized(raw) allocates nothing: its shared.create says which traced raw object it wraps (round 12)."""
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(SYNCHRONIZED_RAW, method)
                self.assertEqual(r.rc, 0, r.dump())
                self.assertEqual(r.stdout, "3 3 3\n")
                raw, total = r.one('shared.create', var='raw'), r.one('shared.create', var='total')
                self.assertEqual(raw['lock'], False)
                self.assertEqual(total['wraps'], raw['object'])
                arr = r.one('shared.create', var='arr')
                inner = [e for e in r.of('shared.create') if e['type'] == 'Array' and e['lock'] is False]
                self.assertEqual([arr['wraps']], [e['object'] for e in inner])
                # get_obj() of a Value made by mp.Value() was never a traced raw object: nothing to name
                self.assertNotIn('wraps', r.one('shared.create', var='again'))
                self.assertNotIn('wraps', r.one('shared.create', var='plain'))
                self.assertNotIn('wraps', raw)


TRANSPARENT = '''
import multiprocessing as mp, pickle
from multiprocessing import sharedctypes
v = mp.Value('i', 2)
a = mp.Array('i', [1, 2, 3])
out = [type(v).__name__, type(a).__name__, type(type(v).__dict__['value']).__name__,
       sharedctypes.Synchronized.value.fget.__name__, len(a), list(a), a[::2], a[1:10 ** 5000]]
for f in (lambda: a[10], lambda: setattr(v, 'value', 'x'), lambda: a.__setitem__(0, 'y'),
          lambda: mp.Value('i', 5, lock='navalue'), lambda: pickle.dumps(v)):
    try:
        f()
        out.append('no error')
    except Exception as e:
        out.append('%s: %s' % (type(e).__name__, e))
plain = sharedctypes.Synchronized(sharedctypes.RawValue('i', 9), mp.RLock())
plain.value += 1
out.append(plain.value)
print(out)
'''


class Transparency(TraceCase):
    def test_same_behaviour_traced_and_untraced(self):
        traced = self.traced(TRANSPARENT)
        plain = run(TRANSPARENT, trace=False)
        self.assertEqual((traced.rc, traced.stdout, traced.stderr), (plain.rc, plain.stdout, plain.stderr))
        self.assertIn("'Synchronized', 'SynchronizedArray', 'property', 'getvalue', 3, [1, 2, 3], [1, 3]", traced.stdout)
        # failed accesses say nothing; a wrapper the program built by hand has no key (untraced)
        self.assertEqual([(e['attr'], e['value']) for e in traced.of('shared.read')],
                         [('[0]', '1'), ('[1]', '2'), ('[2]', '3'), ('[::2]', '[1, 3]'), ('[1:?]', '[2, 3]')])
        self.assertEqual(traced.of('shared.write'), [])
        self.assertEqual([(e['type'], e['lock'] is False) for e in traced.of('shared.create')],
                         [('Value', False), ('Array', False), ('Value', True)])     # the RawValue


STRUCT_VIEWS = '''
import ctypes, sys, multiprocessing as mp
class Inner(ctypes.Structure):
    _fields_ = [('y', ctypes.c_int), ('z', ctypes.c_double)]
class Either(ctypes.Union):
    _fields_ = [('a', Inner), ('b', Inner)]
class Cell(ctypes.Structure):
    _fields_ = [('x', ctypes.c_int), ('inner', Inner), ('pts', Inner * 2), ('u', Either), ('tag', ctypes.c_char * 4)]
def work(v, arr):
    v.x += 1
    v.inner.y += 5
    arr[0].x += 2
    arr[1].inner.y = 9
    arr[1].pts[1].z = 1.5
    arr[0].u.b.y = 4
    arr[0].tag = b'ok'
    print(arr[0].u.a.y, arr[0].tag)
if __name__ == "__main__":
    mp.set_start_method(sys.argv[1])
    v = mp.Value(Cell, 1, (2, 0.5))
    arr = mp.Array(Cell, 2)
    w = mp.Process(target=work, args=(v, arr))
    w.start()
    w.join()
    free = Cell()
    free.inner.y = 3            # not shared memory: untraced
    print(v.x, v.inner.y, arr[0].x, arr[1].inner.y, arr[1].pts[1].z, free.inner.y, Cell.x)
'''


class StructViews(TraceCase):
    def test_reads_and_writes_through_views_name_their_path(self):
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                plain = run(STRUCT_VIEWS, trace=False, args=(method,))
                r = self.traced(STRUCT_VIEWS, args=(method,))
                self.assertEqual((plain.rc, plain.stdout, plain.stderr), (r.rc, r.stdout, r.stderr), r.dump())
                self.assertEqual(r.stdout.splitlines()[0], "4 b'ok'")
                self.assertTrue(r.stdout.splitlines()[1].startswith('2 7 2 9 1.5 3 <Field type=c_int'), r.stdout)
                v, arr = r.one('shared.create', var='v')['object'], r.one('shared.create', var='arr')['object']
                worker = r.one('process.spawn')['child_pid']
                got = [(e['kind'][7:], e['object'] == v, e['attr'], e['value'], e.get('view', False))
                       for e in sorted(r.procs[worker], key=lambda e: e['n']) if e['kind'].startswith('shared.')]
                self.assertEqual(got, [
                    ('read', True, 'x', '1', False), ('write', True, 'x', '2', False),         # the wrapper's own
                    ('read', True, 'inner', '<Inner>', False),
                    ('read', True, 'inner.y', '2', True), ('write', True, 'inner.y', '7', True),
                    ('read', False, '[0]', '<Cell>', False),
                    ('read', False, '[0].x', '0', True), ('write', False, '[0].x', '2', True),
                    ('read', False, '[1]', '<Cell>', False), ('write', False, '[1].inner.y', '9', True),
                    ('read', False, '[1]', '<Cell>', False), ('write', False, '[1].pts[1].z', '1.5', True),
                    ('read', False, '[0]', '<Cell>', False), ('write', False, '[0].u.b.y', '4', True),   # the name written
                    ('read', False, '[0]', '<Cell>', False), ('write', False, '[0].tag', "b'ok'", True),
                    ('read', False, '[0]', '<Cell>', False), ('read', False, '[0].u.a.y', '4', True),
                    ('read', False, '[0]', '<Cell>', False), ('read', False, '[0].tag', "b'ok'", True)], r.dump())
                self.assertEqual({e['object'] for e in r.of('shared.read') + r.of('shared.write')}, {v, arr})
                # a view access takes no lock: only the wrapper's own accesses are inside lock events
                own = sorted((e for e in r.procs[worker] if e['kind'].startswith(('shared.', 'lock.')) and e['kind'] != 'lock.unpickled'), key=lambda e: e['n'])
                for i, e in enumerate(own):
                    if e['kind'].startswith('shared.'):
                        inside = own[i - 1]['kind'] == 'lock.acquire' and own[i + 1]['kind'] == 'lock.release'
                        self.assertEqual(inside, not e.get('view', False), e)
                self.assertEqual(undeclared(r.events), [])


LOCKED_VIEWS = '''
import ctypes, sys, multiprocessing as mp
class Cell(ctypes.Structure):
    _fields_ = [('x', ctypes.c_int)]
def locked(arr):
    with arr.get_lock():
        arr[0].x += 1
def unlocked(arr):
    arr[1].x += 1
if __name__ == "__main__":
    mp.set_start_method(sys.argv[1])
    arr = mp.Array(Cell, 2)
    for f in (locked, unlocked):
        p = mp.Process(target=f, args=(arr,))
        p.start()
        p.join()
    print(arr[0].x, arr[1].x)
'''

COUNTER_RACE = '''
import sys, multiprocessing as mp
def bump(v, gate):
    gate.wait()
    for _ in range(200):
        v.value += 1
if __name__ == "__main__":
    mp.set_start_method(sys.argv[1])
    v, gate = mp.Value('i', 0), mp.Barrier(2)
    ps = [mp.Process(target=bump, args=(v, gate)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(v.value)
'''


class ViewsAndLocks(TraceCase):
    def test_a_view_access_under_get_lock_lies_inside_that_locks_hold(self):
        """What the state model needs to say whether a view write's writer held the object's lock."""
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(LOCKED_VIEWS, args=(method,))
                self.assertEqual((r.rc, r.stdout), (0, '1 1\n'), r.dump())
                create = r.one('shared.create')
                first, second = [e['child_pid'] for e in r.of('process.spawn')]
                own = [(e['kind'], e.get('object'), e.get('attr')) for e in sorted(r.procs[first], key=lambda e: e['n'])
                       if e['kind'].startswith(('shared.', 'lock.')) and e['kind'] != 'lock.unpickled']
                lock, key = create['lock'], create['object']
                self.assertEqual(own, [('lock.acquire', lock, None), ('lock.acquire', lock, None), ('shared.read', key, '[0]'),
                                       ('lock.release', lock, None), ('shared.read', key, '[0].x'), ('shared.write', key, '[0].x'),
                                       ('lock.release', lock, None)])
                own = [(e['kind'], e.get('attr')) for e in sorted(r.procs[second], key=lambda e: e['n'])
                       if e['kind'].startswith(('shared.', 'lock.')) and e['kind'] != 'lock.unpickled']
                self.assertEqual(own, [('lock.acquire', None), ('shared.read', '[1]'), ('lock.release', None),
                                       ('shared.read', '[1].x'), ('shared.write', '[1].x')])

    def test_every_write_of_a_racing_counter_is_recorded(self):
        """The lost-update figures rest on every wrapper write being recorded, in the order the lock gave them."""
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(COUNTER_RACE, args=(method,))
                self.assertEqual(r.rc, 0, r.dump())
                final = int(r.stdout)
                writes = sorted(r.of('shared.write'), key=lambda e: e['t'])
                self.assertEqual(len(writes), 400)
                self.assertEqual(int(writes[-1]['value']), final)
                # each write is the value its writer last read, plus one
                last_read = {}
                for e in sorted(r.of('shared.read') + r.of('shared.write'), key=lambda e: e['t']):
                    if e['pid'] == r.main_pid:
                        continue
                    if e['kind'] == 'shared.read':
                        last_read[e['pid']] = int(e['value'])
                    else:
                        self.assertEqual(int(e['value']), last_read.pop(e['pid']) + 1)


if __name__ == '__main__':
    unittest.main()
