"""spawn_stats: the statistics behind benchmarks/spawn_start.py's verdict.  python3 -m unittest test_spawn_stats
(from benchmarks/)."""
import statistics
import unittest

import spawn_stats


class SpawnStats(unittest.TestCase):
    def test_quantile_matches_statistics_inclusive(self):
        xs = [9.0, 1.0, 4.0, 7.0, 3.0, 12.0, 5.0]
        q1, _, q3 = statistics.quantiles(xs, n=4, method='inclusive')
        self.assertAlmostEqual(spawn_stats.quantile(xs, 0.25), q1)
        self.assertAlmostEqual(spawn_stats.quantile(xs, 0.75), q3)
        self.assertEqual(spawn_stats.summary(xs)[:2], (5.0, 1.0))

    def test_verdict_is_read_from_the_interval(self):
        self.assertEqual(spawn_stats.verdict(-2.0, 4.9, 5.0), 'shown met')
        self.assertEqual(spawn_stats.verdict(5.1, 9.0, 5.0), 'shown not met')
        self.assertEqual(spawn_stats.verdict(3.0, 7.0, 5.0), 'not decidable')

    def test_abba_reverses_every_other_round(self):
        self.assertEqual([spawn_stats.abba_order('AB', i) for i in range(4)],
                         [['A', 'B'], ['B', 'A'], ['A', 'B'], ['B', 'A']])

    def test_bootstrap_interval_holds_the_median_and_narrows_with_agreement(self):
        wide = [-40.0, 30.0, 2.0, 55.0, -20.0, 8.0, 60.0, -35.0, 4.0, 1.0]
        low, high = spawn_stats.bootstrap_median(wide)
        self.assertLessEqual(low, statistics.median(wide))
        self.assertGreaterEqual(high, statistics.median(wide))
        self.assertEqual(spawn_stats.verdict(low, high, 5.0), 'not decidable')
        tight = [3.0, 3.2, 2.9, 3.1, 3.0, 2.8, 3.3, 3.1, 2.9, 3.0]
        self.assertEqual(spawn_stats.verdict(*spawn_stats.bootstrap_median(tight), 5.0), 'shown met')
        self.assertEqual(spawn_stats.verdict(*spawn_stats.bootstrap_median([x + 5 for x in tight]), 5.0),
                         'shown not met')
        self.assertEqual(spawn_stats.bootstrap_median(wide), (low, high), 'a fixed seed: the same interval')


if __name__ == '__main__':
    unittest.main()
