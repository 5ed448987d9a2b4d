"""A BaseManager.register(typeid, callable=...) proxy was labelled by its typeid (`get_store#1`), the callable's name,
not what it is: the server now says the shared object's class once, under the key its proxies use (gaps 10B)."""
import unittest
from mpt_helper import TraceCase

STORE = '''
import multiprocessing as mp
from multiprocessing.managers import BaseManager
class Store:
    def __init__(self):
        self.items = {}
    def put(self, k, v):
        self.items[k] = v
STORE = Store()
def get_store():
    return STORE
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1
class StoreManager(BaseManager):
    pass
StoreManager.register("get_store", callable=get_store)
StoreManager.register("Counter", Counter)
if __name__ == "__main__":
    with StoreManager() as m:
        a, b = m.get_store(), m.get_store()
        a.put("x", 1); b.put("y", 2)
        c = m.Counter(); c.bump()
    print("ok")
'''


class ManagerReferent(TraceCase):
    def test_a_registered_callables_object_is_named_by_its_class_once(self):
        r = self.traced(STORE, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "ok\n"), r.dump())
        said = r.of('manager.referent')
        # the same Store twice: said once; Counter is already its typeid's name: nothing
        self.assertEqual([(e['type'], e['typeid']) for e in said], [('Store', 'get_store')], r.dump())
        calls = {e['object'] for e in r.of('manager.call') if e['type'] == 'get_store'}
        self.assertEqual(calls, {said[0]['object']}, r.dump())
        self.assertLess(said[0]['t'], min(e['t'] for e in r.of('manager.call') if e['type'] == 'get_store'), r.dump())


if __name__ == '__main__':
    unittest.main()
