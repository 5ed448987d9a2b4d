import TutorCore

/// A call that was blocked at some step: who waits, on what, since when.
///
/// Built from the tracer's "about to block" events (`lock.wait`, `queue.wait`, `process.join.wait`,
/// `event.wait`, ...) and cleared by the event that ends the wait.
public struct BlockedCall: Sendable, Equatable {
    enum Target: Sendable, Equatable {
        case lock(String)
        case queueGet(String)
        case queuePut(String)
        case join(pid: Int32, name: String)
        case event(String)
        case pipe(String)
        case condition(String)
        case barrier(String)
        case queueJoin(String)
        /// A Pool's result call (`get()`, `wait()`, `map()`, `next()`), or a Future's `result()`: what the program wrote.
        case result(call: String, what: String)
        case other(kind: String, object: String?)
    }

    var pid: Int32
    var process: String
    var thread: String
    var target: Target
    var since: Int64

    /// The waiting side in words: `Process-1`, or `Process-1/worker` for a thread other than the main one.
    var who: String { thread == "MainThread" ? process : "\(process)/\(TraceEvent.threadRole(of: thread))" }

    /// What it waits for, in words.
    var what: String {
        switch target {
        case let .lock(label): "waits to acquire \(label)"
        case let .queueGet(label): "waits to get from \(label)"
        case let .queuePut(label): "waits to put on \(label) (full)"
        case let .join(_, name): "waits in join(\(name))"
        case let .event(label): "waits for \(label) to be set"
        case let .pipe(label): "waits to receive on \(label)"
        case let .condition(label): "waits on \(label) for a notify"
        case let .barrier(label): "waits at \(label) for the other parties"
        case let .queueJoin(label): "waits in \(label).join() for every item to be marked done"
        case let .result(call, what): "waits in \(call) for \(what)"
        case let .other(kind, object): "waits (\(kind)\(object.map { " " + $0 } ?? ""))"
        }
    }
}
