import TutorCore

/// What `StateQueries.copiesInFlight` asks of a run, gathered in one pass over the events of four kinds (perf 27Q):
/// each Pipe's first `pipe.create`, the spawn or forkserver starts (by child), each end's `pipe.unpickled` (by Pipe, end
/// and process) and the exits (by process). Asked at every `pipe.recv` of a run, the query had scanned the events from
/// the Pipe's creation to the end of the run each time: quadratic in a Pipe-heavy run (pipe_heavy-100000 did not finish
/// in 9 min 45 s). Each question is now answered from these tables, by binary search where a range of steps matters.
public struct PipeCopyIndex: Sendable {
    /// The number of events the index was made from (a timeline given more events since needs a new one).
    public let count: Int
    /// The index of each Pipe's first `pipe.create`.
    var created: [String: Int] = [:]
    /// The spawn or forkserver `process.spawn` events (not a fork), by the child's pid: their indices, in order.
    var startsOf: [Int32: [Int]] = [:]
    /// The `pipe.unpickled` events of each Pipe's end, by process: their indices in order, with the latest and
    /// earliest time among those from each position on (suffix maxima and minima).
    var rebuilt: [String: [Int32: Rebuilds]] = [:]
    /// The `process.exit` events by pid, in order.
    var exitsOf: [Int32: [Int]] = [:]
    /// Every `process.spawn` (fork too), by the parent's pid and by the child's: their indices, in order.
    var spawnsBy: [Int32: [Int]] = [:]
    var spawnsOf: [Int32: [Int]] = [:]
    /// The `pipe.close` events of each Pipe's end, by process, in order.
    var closes: [String: [Int32: [Int]]] = [:]
    /// The first `pipe.send` on each Pipe's end, by process.
    var firstSend: [String: [Int32: Int]] = [:]
    /// Whether the run recorded any `pipe.close` (a tracer older than round 11 recorded none).
    var anyClose = false
    /// Whether any child was started by spawn or forkserver: without one no copy was ever in flight.
    public var anyStarted: Bool { !startsOf.isEmpty }

    /// One process's `pipe.unpickled` events of one end.
    struct Rebuilds: Sendable {
        var steps: [Int] = []
        var times: [Int64] = []
        var latestFrom: [Int64] = []
        var earliestFrom: [Int64] = []
    }

    /// Made from `timeline`'s kind index (or a scan, for a timeline it does not cover).
    public init(_ timeline: Timeline) {
        let events = timeline.events
        count = events.count
        for i in timeline.indices(of: .pipeCreate) {
            if let pipe = events[i].object, created[pipe] == nil { created[pipe] = i }
        }
        for i in timeline.indices(of: .processSpawn) {
            spawnsBy[events[i].pid, default: []].append(i)
            guard let child = events[i].childPid else { continue }
            spawnsOf[child, default: []].append(i)
            if !StateQueries.forked(events[i]) { startsOf[child, default: []].append(i) }
        }
        for i in timeline.indices(of: .pipeClose) {
            anyClose = true
            guard let pipe = events[i].object, let end = events[i].end else { continue }
            closes[Self.key(pipe, end), default: [:]][events[i].pid, default: []].append(i)
        }
        for i in timeline.indices(of: .pipeSend) {
            guard let pipe = events[i].object, let end = events[i].end else { continue }
            if firstSend[Self.key(pipe, end)]?[events[i].pid] == nil { firstSend[Self.key(pipe, end), default: [:]][events[i].pid] = i }
        }
        for i in timeline.indices(of: .processExit) { exitsOf[events[i].pid, default: []].append(i) }
        for i in timeline.indices(of: .pipeUnpickled) {
            guard let pipe = events[i].object, let end = events[i].end else { continue }
            rebuilt[Self.key(pipe, end), default: [:]][events[i].pid, default: Rebuilds()].steps.append(i)
        }
        for (key, byPid) in rebuilt {
            for (pid, r) in byPid {
                var r = r
                r.times = r.steps.map { events[$0].t }
                r.latestFrom = r.times
                r.earliestFrom = r.times
                for k in stride(from: r.times.count - 2, through: 0, by: -1) {
                    r.latestFrom[k] = max(r.times[k], r.latestFrom[k + 1])
                    r.earliestFrom[k] = min(r.times[k], r.earliestFrom[k + 1])
                }
                rebuilt[key]?[pid] = r
            }
        }
    }

    static func key(_ pipe: String, _ end: String) -> String { end + "\u{1}" + pipe }

    /// Whether the index was made from exactly these events' count (the same run).
    public func covers(_ n: Int) -> Bool { n == count }
}

extension Array where Element == Int {
    /// The position of the first element not less than `value` (the array sorted).
    func lowerBound(_ value: Int) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if self[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Whether any element lies in `range` (the array sorted).
    func any(in range: Range<Int>) -> Bool {
        let k = lowerBound(range.lowerBound)
        return k < count && self[k] < range.upperBound
    }
}
