import TutorCore

/// A ProcessPoolExecutor result read late because the manager thread was running done-callbacks (gaps 14A,
/// r13f_done_callback_slow): that thread reads every result and sets its Future, and runs the callbacks of a Future it
/// sets; while a callback runs, no other result is read.
public struct CallbackHold: Sendable, Equatable {
    /// The `future.result` read late, on the manager thread; the work item's `future.end` in its worker (stamped when
    /// the worker began sending the result back).
    public var resultStep: Int, endStep: Int
    /// The `future.callback.run` of each callback that ran on that thread between the two.
    public var callbacks: [Int]
    /// How long, between the work item's end and the read, that thread ran those callbacks.
    public var busyNs: Int64
}

extension StateQueries {
    /// At least this long in callbacks, and at least half of the delay, for the delay to be put down to them.
    static let callbackHoldNs: Int64 = 50_000_000

    /// The callbacks that held up the result read at `resultAt` (a `future.result` of a ProcessPoolExecutor, on its
    /// manager thread): nil when its work item's end is not recorded in a worker that executor started, or when the
    /// thread ran callbacks for less than `callbackHoldNs` or for less than half of the time between the two.
    public static func callbackHold(resultAt r: Int, in events: [TraceEvent]) -> CallbackHold? {
        guard events.indices.contains(r), events[r].is(.futureResult) else { return nil }
        return callbackHolds(in: events, upTo: r + 1).last { $0.resultStep == r }
    }

    /// Every result read late because of callbacks (`callbackHold(resultAt:)` of each `future.result`), in order,
    /// found in one pass over the events before `upTo` (a scan per result was quadratic: a long futures run never
    /// finished its notes).
    public static func callbackHolds(in events: [TraceEvent], upTo limit: Int? = nil) -> [CallbackHold] {
        let end = min(limit ?? events.count, events.count)
        // A hold needs a callback that ran on the reading thread: with none recorded, none was held (perf 31: the pass
        // over every event was 62M instructions of a 100k-event futures run's notes, for no note).
        guard let firstRun = events.indices(of: .futureCallbackRun).first, firstRun < end else { return [] }
        var pass = CallbackHoldPass()
        // Only the kinds the pass reads, found in place: every other event was copied out of the array to be skipped.
        for i in events.indices(of: .processSpawn, .futureEnd, .futureCallbackRun, .futureCallbackEnd, .futureResult) {
            guard i < end else { break }
            pass.read(i, in: events)
        }
        return pass.holds
    }
}

/// The state `callbackHolds(in:)` keeps as it reads the events in order.
private struct CallbackHoldPass {
    struct ThreadKey: Hashable { var pid: Int32, thread: String }

    var holds: [CallbackHold] = []
    private var workers: [String: Set<Int32>] = [:]
    /// The `future.end` events of each work id, in order, with their process (the worker that sent the result).
    private var ends: [Int64: [(index: Int, pid: Int32)]] = [:]
    private var open: [ThreadKey: [Int]] = [:]
    /// Each thread's finished callback runs, in the order they ended (their end times never go down).
    private var finished: [ThreadKey: [CallbackRun]] = [:]

    mutating func read(_ i: Int, in events: [TraceEvent]) {
        let e = events[i]
        switch e.known {
        case .processSpawn?:
            if let executor = e.string(EventField.executor), let pid = e.childPid { workers[executor, default: []].insert(pid) }
        case .futureEnd?:
            if let work = e.int(EventField.work), e.bool(EventField.unsent) != true { ends[work, default: []].append((i, e.pid)) }
        case .futureCallbackRun?:
            open[ThreadKey(pid: e.pid, thread: e.thread), default: []].append(i)
        case .futureCallbackEnd?:
            let key = ThreadKey(pid: e.pid, thread: e.thread)
            for c in open[key] ?? [] { finished[key, default: []].append(CallbackRun(start: c, startT: events[c].t, endT: e.t)) }
            open[key] = nil
        case .futureResult?:
            if let hold = hold(at: i, in: events) { holds.append(hold) }
        default:
            break
        }
    }

    private func hold(at r: Int, in events: [TraceEvent]) -> CallbackHold? {
        let result = events[r]
        guard let executor = result.object, let work = result.int(EventField.work), let pool = workers[executor],
              let end = ends[work]?.last(where: { pool.contains($0.pid) })?.index else { return nil }
        guard result.t - events[end].t >= StateQueries.callbackHoldNs else { return nil }    // most results: no look at the runs
        return CallbackHold(resultStep: r, endStep: end, from: events[end].t, to: result.t,
                            runs: finished[ThreadKey(pid: result.pid, thread: result.thread)] ?? [])
    }
}
