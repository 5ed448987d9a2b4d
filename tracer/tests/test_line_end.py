"""A line printed in flushed parts then ended by a bare newline (print() after `checked 5/5\\r`): the newline that
ended it is recorded as print.end (gaps 9: the last partial row stayed "(no newline)" with nothing saying it ended)."""
import unittest
from mpt_helper import TraceCase

PROGRESS = '''
import sys
for i in range(1, 4):
    print(f"checked {i}/3", end="\\r", flush=True)
print()
print("part", end="", flush=True)
print(" and its rest")
print("done")
'''


class LineEndTests(TraceCase):
    def test_a_newline_after_partial_parts_is_recorded(self):
        r = self.traced(PROGRESS, 'fork')
        self.assertEqual(r.rc, 0, r.dump())
        prints = [(e['kind'], e.get('text'), e.get('partial')) for e in r.events if e['kind'] in ('print', 'print.end')]
        self.assertEqual(prints, [('print', 'checked 1/3\r', True), ('print', 'checked 2/3\r', True),
                                  ('print', 'checked 3/3\r', True), ('print.end', None, None),
                                  ('print', 'part', True), ('print', ' and its rest', None), ('print', 'done', None)], r.dump())
        self.assertEqual(r.one('print.end')['stream'], 'stdout')


if __name__ == '__main__':
    unittest.main()
