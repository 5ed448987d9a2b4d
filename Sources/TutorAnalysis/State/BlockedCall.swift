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
        /// A `recv()` (`recv_bytes()`, ...) on one end of a Pipe or Listener/Client connection.
        case pipe(String, end: String?, call: String)
        case condition(String)
        case barrier(String)
        case queueJoin(String)
        /// A Pool's result call (`get()`, `wait()`, `map()`, `next()`), a Future's `result()`, or a wait on several
        /// work items (`wait()`, `as_completed()`, `shutdown()`): the call as the program wrote it.
        case result(call: String, what: String)
        /// A proxy call sent to a manager's server that can block there (`Queue#1.get()`): the answer has not come.
        case manager(method: String, label: String)
        case other(kind: String, object: String?)
    }

    var pid: Int32
    var process: String
    var thread: String
    var target: Target
    var since: Int64
    /// `imap` or `imap_unordered` when the blocked call is the program's loop over that result (`PoolCallWords.iteratedMethod`):
    /// the sentences that name the call are then said of the iteration as a whole (gaps 24B; zh23's Left: the Chinese
    /// cannot put the iteration's noun phrase into "在 {call} 中等待").
    var iterated: String? = nil
    /// A Condition's wait whose thread has taken a lock again since it began: that is wait()'s own re-acquire of the
    /// condition's lock (a thread inside wait() runs nothing else), so its wait for a notify or a timeout is over and it
    /// is returning (gaps 27B: the panel said "waits on Condition#1 for a notify" beside the re-acquire's step).
    var lockRetaken = false
    /// The `executor.wait` that began a wait on several work items, and those of them whose result has come back
    /// since (gaps 28D): what it waits for is said of the rest.
    var waitEvent: TraceEvent? = nil
    var finishedWorks: Set<String> = []

    /// The waiting side in words: `Process-1`, or `Process-1/worker` for a thread other than the main one.
    var who: String { thread == "MainThread" ? process : "\(process)/\(TraceEvent.threadRole(of: thread))" }

    /// What it waits for, in words.
    var what: String {
        switch target {
        case let .lock(label): Phrase.waitAcquire.text(["label": label])
        case let .queueGet(label): Phrase.waitGet.text(["label": label])
        case let .queuePut(label): Phrase.waitPut.text(["label": label])
        case let .join(_, name): Phrase.waitJoin.text(["name": name])
        case let .event(label): Phrase.waitEvent.text(["label": label])
        case let .pipe(label, end, call): Phrase.waitPipe.text(["label": label, "end": TraceEvent.endWords(end), "call": call])
        case let .condition(label): Phrase.waitCondition.text(["label": label])
        case let .barrier(label): Phrase.waitBarrier.text(["label": label])
        case let .queueJoin(label): Phrase.waitQueueJoin.text(["label": label])
        case let .result(call, what):
            iterated.map { Phrase.waitIterating.text(["method": $0, "what": what]) } ?? Phrase.waitInCall.text(["call": call, "what": what])
        case let .manager(method, label): Phrase.waitManager.text(["object": label, "method": method])
        case let .other(kind, object): Phrase.waitOther.text(["what": kind + (object.map { " " + $0 } ?? "")])
        }
    }
}
