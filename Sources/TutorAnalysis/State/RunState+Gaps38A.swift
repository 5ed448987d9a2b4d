import TutorCore

extension RunState {
    /// A task a pool worker was running when the worker ended (gaps 38A): the pool does not notice it, and its result
    /// never comes.
    public struct LostTask: Sendable, Equatable {
        public let task: String
        public let worker: String
        /// Its exit code as recorded (negative: the signal that ended it), nil when the record has none.
        public let exitCode: Int64?
        /// The event at which the state model saw the worker end.
        public let step: Int
    }

    /// A pool worker that has started and taken no task waits on the task queue for its first one: idle, as its pool's
    /// row says, not "running" (round 37Z: "ForkPoolWorker-3 running" beside "ForkPoolWorker-3 idle"). An executor's
    /// worker process the same, once its executor's spawn of it is in the record.
    mutating func idleFromStart(_ e: TraceEvent) {
        guard let p = processIndex(e.pid), processes[p].exitCode == nil else { return }
        if let pool = pools.first(where: { $0.workers.contains { $0.name == e.process && $0.task == nil } }),
           !pool.initializing.contains(e.process), !pool.leaving.contains(e.process) {
            processes[p].doing = .text(pool.ending.map(Self.idleActivity) ?? Phrase.activityIdleFirst.text())
        } else if executorOfWorker[e.pid] != nil {
            processes[p].doing = .text(Phrase.activityIdleWorkItem.text())
        }
    }

    /// A worker whose initializer returned takes its first task next: idle until it does, as its pool's row says.
    mutating func idleAfterInitializer(_ e: TraceEvent) {
        guard e.ok != false, let p = processIndex(e.pid), processes[p].exitCode == nil,
              let pool = pools.first(where: { $0.workers.contains { $0.name == e.process && $0.task == nil } }) else { return }
        processes[p].doing = .text(pool.ending.map(Self.idleActivity) ?? Phrase.activityIdleFirst.text())
    }

    /// An executor's worker process that has ended its work item reads the call queue for the next one.
    mutating func idleBetweenWorkItems(_ pid: Int32) {
        guard let p = processIndex(pid), processes[p].exitCode == nil else { return }
        processes[p].doing = .text(Phrase.activityIdleWorkItem.text())
    }

    /// A pool worker seen ending (its own exit, or its parent's reaping) with a task in hand: that task is lost with it,
    /// said on its pool's row from this step on. A pool being terminated ends its busy workers on purpose: not said.
    mutating func noteTaskLost(worker: String, code: Int64?, at step: Int) {
        for p in pools.indices where pools[p].ending != .terminating {
            guard let task = pools[p].workers.first(where: { $0.name == worker })?.task,
                  !pools[p].lostWithWorker.contains(where: { $0.task == task && $0.worker == worker }) else { continue }
            pools[p].lostWithWorker.append(.init(task: task, worker: worker, exitCode: code, step: step))
        }
    }
}
