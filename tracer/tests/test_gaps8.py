"""Gaps 8 (issue 11, what round 7 left; docs/truth-review.md "Gaps 8")."""
import unittest
from mpt_helper import TraceCase

CAPTURED = '''
import subprocess, sys
if __name__ == "__main__":
    out = subprocess.run([sys.executable, "-c", "print(10)"], capture_output=True, text=True)
    print("got", out.stdout.strip())
    subprocess.run([sys.executable, "-c", "print(20)"], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    subprocess.run([sys.executable, "-c", "print(30)"])
'''


class SubprocessStreamTests(TraceCase):
    def test_a_subprocess_spawn_says_where_its_output_went(self):
        """r7b_subprocess_in_pool: the output of run(capture_output=True) was shown as if printed to the terminal."""
        r = self.traced(CAPTURED, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "got 10\n30\n"), r.dump())
        spawns = r.of('subprocess.spawn')
        self.assertEqual([(s.get('stdout'), s.get('stderr')) for s in spawns],
                         [('pipe', 'pipe'), ('devnull', 'stdout'), (None, None)], r.dump())


if __name__ == '__main__':
    unittest.main()
