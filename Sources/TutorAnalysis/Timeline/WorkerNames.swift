import TutorCore

/// Work items counted per worker as a summary names it: the process's name for its main thread, else
/// `process · thread role`, in the order each worker first ran one. The name is made once per distinct process and
/// thread (by their numbers), not once per work item: building and hashing it per item was most of an executor's
/// figures on a long run. Two threads of one role in one process are one worker, as they were by name.
struct WorkerNames {
    /// The workers' names and their items, in first-seen order.
    private(set) var counts: [(worker: String, items: Int)] = []
    /// The position in `counts` of each process and thread seen, and of each name (two threads may share one).
    private var positionOfThread: [ProcessThread: Int] = [:]
    private var positionOfName: [String: Int] = [:]

    /// Counts one work item run by thread `thread` of process `process`.
    mutating func count(process: EventName, thread: EventName) {
        let key = ProcessThread(process: process, thread: thread)
        if let at = positionOfThread[key] {
            counts[at].items += 1
            return
        }
        let name = thread == Self.mainThread ? process.text : process.text + " · " + TraceEvent.threadRole(of: thread.text)
        let at = positionOfName[name] ?? counts.count
        if at == counts.count {
            counts.append((name, 0))
            positionOfName[name] = at
        }
        positionOfThread[key] = at
        counts[at].items += 1
    }

    private static let mainThread = EventName("MainThread")
}

/// A process's name and one of its threads' names, by number.
private struct ProcessThread: Hashable {
    var process: EventName
    var thread: EventName
}
