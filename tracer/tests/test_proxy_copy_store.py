import unittest
from mpt_helper import TraceCase

# `ns.config[key] = value` and `del ns.config[key]` on the copy a Namespace attribute read returns (round 14's
# r14_namespace_inplace_mutation): the tracer marked `ns.results.append(x)` (`copy_method`) but not a subscript store,
# so that mistake got no note. A read whose copy is only read from (`ns.config[k]`, the right side of an assignment)
# is not marked.
PROGRAM = '''
import multiprocessing as mp
def work(ns, k):
    ns.config[k] = True
    ns.config["x"] = ns.config["x"]
    del ns.config["x"]
    ns.results.append(1)
if __name__ == "__main__":
    with mp.Manager() as m:
        ns = m.Namespace()
        ns.config, ns.results = {"x": 0}, []
        p = mp.Process(target=work, args=(ns, "a"))
        p.start()
        p.join()
        print("config", ns.config, "exit", p.exitcode, flush=True)
'''


class ProxyCopyStore(TraceCase):
    def test_a_subscript_store_on_a_copy_is_marked(self):
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(PROGRAM, method)
                self.assertEqual(r.rc, 0, r.dump())
                self.assertIn("config {'x': 0} exit 0", r.stdout, r.dump())
                reads = [(e['key'], e.get('copy_method')) for e in r.of('manager.call', method='__getattribute__')
                         if e.get('pid') != r.events[0]['pid']]
                self.assertEqual(reads, [("'config'", '__setitem__'), ("'config'", None), ("'config'", '__setitem__'),
                                         ("'config'", '__delitem__'), ("'results'", 'append')], r.dump())

    def test_an_augmented_store_on_a_copy_is_marked(self):
        # `ns.counts[k] += 1` (COPY/SWAP around the item's read) stores into the copy just as `=` does; the copy of
        # a read on the right of `-=` and a nested item's `+=` are not marked (the latter stores into an item of it).
        program = AUGMENTED
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(program, method)
                self.assertEqual(r.rc, 0, r.dump())
                self.assertIn("counts {'a': 0} exit 0", r.stdout, r.dump())
                reads = [(e['key'], e.get('copy_method')) for e in r.of('manager.call', method='__getattribute__')
                         if e.get('pid') != r.events[0]['pid']]
                self.assertEqual(reads, [("'counts'", '__setitem__'), ("'counts'", '__setitem__'), ("'step'", None),
                                         ("'nested'", None)], r.dump())


AUGMENTED = '''
import multiprocessing as mp
def work(ns, k):
    ns.counts[k] += 1
    ns.counts[str(k)] -= ns.step["by"]
    ns.nested["a"][0] += 1
if __name__ == "__main__":
    with mp.Manager() as m:
        ns = m.Namespace()
        ns.counts, ns.step, ns.nested = {"a": 0}, {"by": 2}, {"a": [0]}
        p = mp.Process(target=work, args=(ns, "a"))
        p.start()
        p.join()
        print("counts", ns.counts, "exit", p.exitcode, flush=True)
'''


if __name__ == '__main__':
    unittest.main()
