"""A child's unbuffered print keeps its pending text in the side slot on every first write of a line
(print_recorder's inline path, taken once the thread's record start is known): the slot must hold exactly what
a signal would lose, and nothing once the line got its newline."""
import unittest
from mpt_helper import TraceCase, slot_records

KILLED_AFTER_LINES = '''
import os, signal, sys, time
pid = os.fork()
if pid == 0:
    for i in range(3):
        print("line", i)            # first write of each: the inline slot path (after the first line)
    sys.stdout.write("tail \\u65e5")   # pending when killed: non-ASCII, kept as UTF-8
    time.sleep(30)
    os._exit(0)
time.sleep(0.3)
os.kill(pid, signal.SIGKILL)
os.waitpid(pid, 0)
'''

KILLED_AFTER_WHOLE_LINES = '''
import os, signal, sys, time
pid = os.fork()
if pid == 0:
    for i in range(3):
        print(i)
    time.sleep(30)
    os._exit(0)
time.sleep(0.3)
os.kill(pid, signal.SIGKILL)
os.waitpid(pid, 0)
'''


class InlineSlotPath(TraceCase):
    def test_the_slot_holds_the_text_written_after_whole_lines(self):
        r = self.traced(KILLED_AFTER_LINES, 'fork', env_extra={'PYTHONUNBUFFERED': '1'})
        child = r.one('process.spawn', os_fork=True)['child_pid']
        prints = [e for e in r.of('print') if e['pid'] == child]
        self.assertEqual([e['text'] for e in prints], ['line 0', 'line 1', 'line 2'], r.dump())
        slots = {int(name.split('-')[0]): slot_records(data) for name, data in r.slots.items()}
        line, = slots[child]
        self.assertEqual((line['text'], line['stream']), ('tail \u65e5', 'stdout'))
        self.assertNotIn('chars', line)
        self.assertEqual(line['tid'], prints[-1]['tid'])
        self.assertGreaterEqual(line['t'], prints[-1]['t'], 'stamped when its first piece was written')
        self.assertLess(line['t'], r.one('process.kill', child_pid=child)['t'])

    def test_a_line_that_got_its_newline_leaves_the_slot_empty(self):
        r = self.traced(KILLED_AFTER_WHOLE_LINES, 'fork', env_extra={'PYTHONUNBUFFERED': '1'})
        child = r.one('process.spawn', os_fork=True)['child_pid']
        self.assertEqual([e['text'] for e in r.of('print') if e['pid'] == child], ['0', '1', '2'], r.dump())
        slots = {int(name.split('-')[0]): slot_records(data) for name, data in r.slots.items()}
        self.assertEqual(slots.get(child, []), [], slots)


if __name__ == '__main__':
    unittest.main()
