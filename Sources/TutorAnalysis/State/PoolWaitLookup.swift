import TutorCore

/// The steps a doomed-wait query looks back for, gathered in one pass over the run: each `pool.terminate`, each
/// `pool.callback.end` that raised, and each job's `pool.submit` and `pool.result` steps by process. A query per
/// `pool.wait` then costs a binary search, not a scan of every earlier event (a run of 10^5 waits was quadratic).
struct PoolWaitLookup {
    struct JobKey: Hashable {
        let pid: Int32
        let job: Int64
    }

    let events: [TraceEvent]
    /// Steps of every `pool.terminate`, in order.
    let terminates: [Int]
    /// Steps of every `pool.callback.end` with `ok: false`, in order.
    let failedCallbackEnds: [Int]
    /// Steps of each process's `pool.submit` and `pool.result` of a job, in order (sorted when first looked up).
    let submits: LazyJobSteps
    let results: LazyJobSteps

    init(_ events: [TraceEvent]) {
        self.init(events, kinds: { events.indices(of: $0) })
    }

    /// The same, the steps of each kind taken from the timeline's index of kinds instead of a scan each.
    init(_ timeline: Timeline) {
        self.init(timeline.events, kinds: { timeline.indices(of: $0) })
    }

    private init(_ events: [TraceEvent], kinds: (EventKind) -> [Int]) {
        self.events = events
        terminates = kinds(.poolTerminate)
        failedCallbackEnds = kinds(.poolCallbackEnd).filter { events[$0].ok == false }
        submits = LazyJobSteps(events, kinds(.poolSubmit))
        results = LazyJobSteps(events, kinds(.poolResult))
    }

    /// How many of the sorted `steps` are before `step`.
    static func count(_ steps: [Int], before step: Int) -> Int {
        var low = 0, high = steps.count
        while low < high {
            let mid = (low + high) / 2
            if steps[mid] < step { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The position in the sorted `steps` of the first step at or after `step` (a slice keeps its own indices).
    static func position(_ steps: ArraySlice<Int>, before step: Int) -> Int {
        var low = steps.startIndex, high = steps.endIndex
        while low < high {
            let mid = (low + high) / 2
            if steps[mid] < step { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The last of the sorted `steps` before `step`, nil when none.
    static func last(_ steps: ArraySlice<Int>?, before step: Int) -> Int? {
        guard let steps else { return nil }
        let n = position(steps, before: step)
        return n > steps.startIndex ? steps[n - 1] : nil
    }

    /// True when one of the sorted `steps` lies in `range`.
    static func any(_ steps: ArraySlice<Int>?, in range: Range<Int>) -> Bool {
        guard let steps else { return false }
        let n = position(steps, before: range.lowerBound)
        return n < steps.endIndex && steps[n] < range.upperBound
    }
}
