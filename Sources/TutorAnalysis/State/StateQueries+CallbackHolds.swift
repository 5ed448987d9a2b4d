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
        guard events.indices.contains(r), events[r].is(.futureResult), let executor = events[r].object,
              let work = events[r].int(EventField.work) else { return nil }
        let result = events[r]
        var workers = Set<Int32>()
        for i in events[..<r].indices where events[i].is(.processSpawn) && events[i].string(EventField.executor) == executor {
            if let pid = events[i].childPid { workers.insert(pid) }
        }
        guard let end = events[..<r].lastIndex(where: { $0.is(.futureEnd) && workers.contains($0.pid) && $0.int(EventField.work) == work
                                                     && $0.bool(EventField.unsent) != true }) else { return nil }
        let from = events[end].t, to = result.t
        guard to - from >= callbackHoldNs else { return nil }
        var callbacks: [Int] = [], busy: Int64 = 0
        for c in events[..<r].indices where events[c].is(.futureCallbackRun) && events[c].pid == result.pid && events[c].thread == result.thread {
            // its end: the next callback end on that thread (a callback runs to its end before the thread does anything else)
            guard let done = events[(c + 1)...].firstIndex(where: { $0.is(.futureCallbackEnd) && $0.pid == result.pid
                                                                   && $0.thread == result.thread }), done < r else { continue }
            let overlap = min(events[done].t, to) - max(events[c].t, from)
            guard overlap > 0 else { continue }
            callbacks.append(c)
            busy += overlap
        }
        guard busy >= callbackHoldNs, busy * 2 >= to - from else { return nil }
        return CallbackHold(resultStep: r, endStep: end, callbacks: callbacks, busyNs: busy)
    }
}
