import TutorCore

public extension Timeline {
    /// The tasks of one pool, in order. The timeline's own array when every task is that pool's (the common
    /// case), so that a run with a third of a million tasks is not copied to be counted.
    func tasks(ofPool pool: String) -> [PoolTask] {
        tasks.allSatisfy { $0.pool == pool } ? tasks : tasks.filter { $0.pool == pool }
    }
}

public extension Collection where Element == PoolTask {
    /// The task that waited longest in the task queue (the first of equals), without copying the tasks.
    var longestQueued: PoolTask? {
        var longest: PoolTask?
        var wait = Int64.min
        for task in self {
            guard let queued = task.queuedNs, longest == nil || wait < queued else { continue }
            longest = task
            wait = queued
        }
        return longest
    }
}
