"""Perf 36S (docs/truth-review.md): a process whose event file stayed within its first reservation keeps the NUL
padding at a clean exit instead of cutting it (freeing the file's blocks took 2-7 ms of every process's exit on an
ext4 /tmp mounted with discard); a file that grew past it is still cut to its last line.  Readers stop at the first
NUL, so the events read are the same: every line, the child's process.exit last."""
import json
import unittest
from mpt_helper import TraceCase

# The parent looks at each child's event file after join(): its size, and what lies before the first NUL.
PROGRAM = '''
import json, multiprocessing as mp, os, sys
def quiet():
    pass
def chatty():
    for i in range(2000):
        print("line %04d of a child that writes more than the first reservation" % i)
def look(pid):
    folder = os.environ.get("MPTUTOR_TRACE_DIR")
    if not folder:
        return "untraced"
    name = [n for n in os.listdir(folder) if n.startswith("%d-" % pid) and n.endswith(".jsonl")][0]
    with open(os.path.join(folder, name), "rb") as f:
        data = f.read()
    text = data.split(b"\\0", 1)[0]
    last = json.loads(text.splitlines()[-1]) if text[:1] == b"{" else None
    return "size %d text %d ends_newline %s padding_nul %s last %s" % (
        len(data), len(text), text.endswith(b"\\n"), set(data[len(text):]) <= {0},
        last and last.get("kind"))
if __name__ == "__main__":
    mp.set_start_method(sys.argv[1])
    for target in (quiet, chatty):
        p = mp.Process(target=target)
        p.start()
        p.join()
        print(target.__name__, look(p.pid), file=sys.stderr)
'''


class ExitKeepsPaddingTests(TraceCase):
    def test_a_small_file_keeps_its_padding_and_a_grown_one_is_cut(self):
        for method in ('spawn', 'fork'):
            with self.subTest(method=method):
                r = self.traced(PROGRAM, args=(method,))
                self.assertEqual(r.rc, 0, r.stderr)
                looks = dict(line.split(' ', 1) for line in r.stderr.splitlines()
                             if line.startswith(('quiet ', 'chatty ')))
                quiet = dict(zip(looks['quiet'].split()[::2], looks['quiet'].split()[1::2]))
                chatty = dict(zip(looks['chatty'].split()[::2], looks['chatty'].split()[1::2]))
                # the quiet child's file: its lines, then the reserved tail left as NULs
                self.assertGreater(int(quiet['size']), int(quiet['text']), looks['quiet'])
                self.assertEqual(quiet['ends_newline'], 'True')
                self.assertEqual(quiet['padding_nul'], 'True')
                # the chatty child's file grew: cut to its last line, as before
                self.assertGreater(int(chatty['text']), 1 << 16, looks['chatty'])
                self.assertEqual(chatty['size'], chatty['text'], looks['chatty'])
                # the reader sees each child's whole record, its exit included
                children = [evs for evs in r.files.values() if evs and evs[0].get('role') == 'child'
                            or evs and any(e.get('kind') == 'process.exit' for e in evs)
                            and evs[0].get('name') != 'MainProcess']
                self.assertEqual(len(children), 2, sorted(r.files))
                for evs in children:
                    self.assertIn('process.exit', [e.get('kind') for e in evs])
                self.assertEqual(r.lost, 0)


if __name__ == '__main__':
    unittest.main()
