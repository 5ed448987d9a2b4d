"""Gaps 33C (issue 11's shared memory leftovers): an attach by name that raised (`shm.attach.error`), and 3.13's
`track=` on an attach or a create (`track`, only when the program passed it)."""
import sys
import unittest
from mpt_helper import TraceCase, METHODS

ATTACH_AFTER_UNLINK = '''
import multiprocessing as mp, sys
from multiprocessing import shared_memory
def producer(name):
    shm = shared_memory.SharedMemory(name=name)
    shm.close(); shm.unlink()
def reader(name):
    for wanted in (name, name + "_v2"):
        try:
            shared_memory.SharedMemory(name=wanted)
        except FileNotFoundError:
            print("gone", wanted == name)
    try:
        shared_memory.ShareableList(name=name)
    except FileNotFoundError:
        print("list gone")
if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=16)
    for target in (producer, reader):
        p = mp.Process(target=target, args=(shm.name,))
        p.start(); p.join()
    shm.close()
'''

TRACK = '''
import multiprocessing as mp, sys
from multiprocessing import shared_memory
def child(name):
    a = shared_memory.SharedMemory(name=name, track=False)
    b = shared_memory.SharedMemory(name=name, track=True)
    c = shared_memory.SharedMemory(name=name)
    a.close(); b.close(); c.close()
if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=16, track=False)
    p = mp.Process(target=child, args=(shm.name,))
    p.start(); p.join()
    shm.close(); shm.unlink()
    print("ok")
'''


class AttachErrorTests(TraceCase):
    def test_an_attach_by_a_name_no_segment_has_is_recorded_with_its_error(self):
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(ATTACH_AFTER_UNLINK, method)
                self.assertEqual((r.rc, r.stdout), (0, "gone True\ngone False\nlist gone\n"), r.dump())
                block = r.one('shm.create')['object']
                errors = [(e['object'] == block, e['type'], e['name'].endswith('_v2'), e['error'].split(':')[0],
                           e['site'] is not None) for e in r.of('shm.attach.error')]
                self.assertEqual(errors, [(True, 'SharedMemory', False, 'FileNotFoundError', True),
                                          (False, 'SharedMemory', True, 'FileNotFoundError', True),
                                          (True, 'ShareableList', False, 'FileNotFoundError', True)], r.dump())
                self.assertEqual(len(r.of('shm.attach')), 1, r.dump())    # the producer's; none for the failures


@unittest.skipUnless(sys.version_info >= (3, 13), "track= is 3.13's")
class TrackTests(TraceCase):
    def test_track_is_recorded_only_when_the_program_passed_it(self):
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(TRACK, method)
                self.assertEqual((r.rc, r.stdout), (0, "ok\n"), r.dump())
                self.assertEqual([e.get('track') for e in r.of('shm.create')], [False], r.dump())
                self.assertEqual([e.get('track') for e in r.of('shm.attach')], [False, True, None], r.dump())
                # track=False: neither the create nor that attach registered it with the resource tracker
                self.assertEqual(len([e for e in r.of('tracker.register') if e['rtype'] == 'shared_memory']), 2, r.dump())


if __name__ == '__main__':
    unittest.main()
