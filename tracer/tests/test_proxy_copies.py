"""A list read through a Manager dict proxy is a copy: `d["k"].append(x)` changes only the copy (issue 11, truth round
4's "left" list).  The tracer records which mutating method the program calls on the copy it got."""
import unittest
from mpt_helper import TraceCase, run

COPY = '''
import multiprocessing as mp
def bump(d, ns):
    d["plain"].append(1)        # a copy: lost
    d["nested"].append(1)       # a nested proxy: kept
    ns.items.append(2)          # a copy again (Namespace attribute)
    x = d["plain"]
    print(len(x))               # read, no mutation on the copy
if __name__ == "__main__":
    with mp.Manager() as m:
        d = m.dict(plain=[], nested=m.list())
        ns = m.Namespace(items=[])
        p = mp.Process(target=bump, args=(d, ns))
        p.start()
        p.join()
        print(d["plain"], list(d["nested"]), ns.items)
'''


class ProxyCopies(TraceCase):
    def test_a_mutating_method_called_on_a_returned_copy_is_recorded(self):
        for method in ('fork', 'spawn'):
            r = self.traced(COPY, method)
            self.assertEqual((r.rc, r.stdout), (0, "0\n[] [1] []\n"), r.dump())
            calls = [e for e in r.of('manager.call') if e.get('copy_method')]
            self.assertEqual([(e['method'], e['key'], e['copy_method']) for e in calls],
                             [('__getitem__', "'plain'", 'append'), ('__getattribute__', "'items'", 'append')], r.dump())
            # the nested proxy's read returned a proxy, not a copy; the plain read into x is not mutated there
            self.assertEqual(len(r.of('manager.call', key="'plain'", access='read')), 3, r.dump())

    def test_the_program_sees_the_same_untraced(self):
        traced, plain = run(COPY, 'fork'), run(COPY, 'fork', trace=False)
        self.assertEqual((traced.rc, traced.stdout, traced.stderr), (plain.rc, plain.stdout, plain.stderr))


if __name__ == '__main__':
    unittest.main()
