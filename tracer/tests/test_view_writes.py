"""A write through a view records the value the program stored, converted as the field stores it, not the shared
memory read back afterwards (another process may have written it since: a `+= 1` recorded as a jump of hundreds)."""
import unittest
from mpt_helper import TraceCase

RACE = '''
import multiprocessing as mp
from ctypes import Structure, c_int
class Cell(Structure):
    _fields_ = [("hits", c_int), ("big", c_int)]
def bump(cells):
    cell = cells[0]
    for _ in range(20000):
        cell.hits += 1
if __name__ == "__main__":
    cells = mp.Array(Cell, 1)
    cells[0].big = 2 ** 32 + 7          # c_int wraps: the memory holds 7
    ps = [mp.Process(target=bump, args=(cells,)) for _ in range(2)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(cells[0].big, cells[0].hits <= 40000)
'''


class ViewWrites(TraceCase):
    def test_each_write_records_what_its_writer_stored(self):
        r = self.traced(RACE, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "7 True\n"), r.dump())
        self.assertEqual(r.one('shared.write', attr='[0].big')['value'], '7')
        last = {}
        writes = 0
        for e in r.events:
            if e['kind'] in ('shared.read', 'shared.write') and e.get('attr') == '[0].hits':
                me = (e['pid'], e['tid'])
                if e['kind'] == 'shared.read':
                    last[me] = int(e['value'])
                else:
                    writes += 1
                    self.assertEqual(int(e['value']), last.pop(me) + 1, e)
        self.assertEqual(writes, 40000)


if __name__ == '__main__':
    unittest.main()
