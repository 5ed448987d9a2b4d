import TutorCore

/// The steps of one kind of pool event (each `pool.submit`, or each `pool.result`) by the process and job they are
/// of, in two arrays sorted together: a million-event run of `apply_async` + `get()` has a job per submit, and a
/// dictionary of an array per job held 200k arrays (a fifth of replay's peak memory on the 1M `pool_get` mix).
struct JobSteps {
    private let keys: [PoolWaitLookup.JobKey]
    private let steps: [Int]

    /// The steps `events` at `indices` (in order) are at, by their process and job; an event without a job is left out.
    init(_ events: [TraceEvent], _ indices: [Int]) {
        var pairs: [(key: PoolWaitLookup.JobKey, step: Int)] = []
        pairs.reserveCapacity(indices.count)
        for i in indices {
            guard let job = events[i].job else { continue }
            pairs.append((PoolWaitLookup.JobKey(pid: events[i].pid, job: job), i))
        }
        // Sorted by key, then step: each key's steps stay in order.
        pairs.sort { ($0.key.pid, $0.key.job, $0.step) < ($1.key.pid, $1.key.job, $1.step) }
        keys = pairs.map(\.key)
        steps = pairs.map(\.step)
    }

    /// The steps of `key`, in order; nil when it has none.
    subscript(key: PoolWaitLookup.JobKey) -> ArraySlice<Int>? {
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if (keys[mid].pid, keys[mid].job) < (key.pid, key.job) { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < keys.count, keys[end] == key { end += 1 }
        return end > low ? steps[low..<end] : nil
    }
}
