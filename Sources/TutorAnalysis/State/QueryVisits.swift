import Foundation

/// A count of the events and index entries that the Pipe copy queries visit (perf 27Q): a test replays a long run and
/// checks the count stays within a multiple of the run's length, so a query that scans the run at each of its events
/// (quadratic: pipe_heavy-100000 did not finish in 9 min 45 s) fails a test instead of going unseen. One locked
/// addition per query call, not per event.
public final class QueryVisits: @unchecked Sendable {
    /// The one counter the queries add to.
    public static let shared = QueryVisits()
    private let lock = NSLock()
    private var visited = 0

    /// Adds `n` events or entries visited.
    public func add(_ n: Int) {
        lock.lock()
        visited += n
        lock.unlock()
    }

    /// Everything visited since the process started.
    public var total: Int {
        lock.lock()
        defer { lock.unlock() }
        return visited
    }
}
