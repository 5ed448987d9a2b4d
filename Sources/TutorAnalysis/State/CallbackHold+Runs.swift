extension CallbackHold {
    /// The hold of the result read at `resultStep` (at time `to`) whose task or work item ended at `endStep` (at time
    /// `from`), by the callback runs of the reading thread in `runs` (in the order they ended; end times never go down):
    /// nil unless they ran at least `StateQueries.callbackHoldNs` between the two, and at least half of that time.
    /// Shared by the executor's pass (gaps 14A) and the Pool's (gaps 16A).
    init?(resultStep: Int, endStep: Int, from: Int64, to: Int64, runs: [CallbackRun]) {
        guard to - from >= StateQueries.callbackHoldNs else { return nil }
        // the runs that ended after `from`: the first found by halving
        var low = 0, high = runs.count
        while low < high {
            let mid = (low + high) / 2
            if runs[mid].endT > from { high = mid } else { low = mid + 1 }
        }
        var overlapping: [(start: Int, overlap: Int64)] = []
        for run in runs[low...] {
            let overlap = min(run.endT, to) - max(run.startT, from)
            if overlap > 0 { overlapping.append((run.start, overlap)) }
        }
        overlapping.sort { $0.start < $1.start }
        let busy = overlapping.reduce(Int64(0)) { $0 + $1.overlap }
        guard busy >= StateQueries.callbackHoldNs, busy * 2 >= to - from else { return nil }
        self.init(resultStep: resultStep, endStep: endStep, callbacks: overlapping.map(\.start), busyNs: busy)
    }
}
