import TutorCore

/// What every process, queue, lock and pool looked like just after one event of a run, rebuilt from the
/// events up to it. Nothing here is sampled or guessed: each field follows from recorded events.
public struct RunState: Sendable, Equatable {
    /// A process as it stood.
    public struct Process: Sendable, Equatable {
        public var pid: Int32
        public var name: String
        public var role: String
        /// nil while alive.
        public var exitCode: Int64?
        /// How it ended when the record says (`process.exit`'s `via`, e.g. `os._exit`; gaps 35B).
        var exitVia: String? = nil
        /// What it is doing, in words ("running task 3", "waiting for Lock#1 since 0.412 s", "waits in join(Process-1)
        /// since 0.412 s"): a recorded wait of its main thread, or of another thread, is said (gaps 26A), in the words the
        /// notes use for it (`BlockedCall.what`), so the panel beside a note cannot say "running" where the note says "waits".
        public var activity: String {
            get {
                let text = waits.isEmpty ? doing.text : RunState.activity(doing: doing, waits: waits, runEnded: runEnded)
                // job control stopped it with the whole run (gaps 27B): what it was doing resumes at the continue
                guard let stopped, isAlive else { return text }
                return Phrase.activityStoppedSince.text(["signal": RunStopWords.signal(named: stopped.signal, sender: Int64(stoppedBy)),
                                                         "t": Format.seconds(stopped.since), "activity": text])
            }
            set { doing = .text(newValue) }
        }
        /// The activity, worded when read.
        var doing: ProcessActivity
        /// Its calls blocked at this step, oldest first (its part of `RunState.blocked`).
        var waits: [BlockedCall] = []
        /// Stopped with the whole run by job control (`run.stopped`) and not continued yet: the signal's name and since when.
        var stopped: (signal: String, since: Int64)? {
            get { stoppedSignal.map { ($0, stoppedSince) } }
            set { (stoppedSignal, stoppedSince) = (newValue?.signal, newValue?.since ?? 0) }
        }
        private var stoppedSignal: String?
        private var stoppedSince: Int64 = 0
        /// Who sent the stop with kill() (0: the kernel, a terminal's Ctrl-Z), gaps 28C.
        var stoppedBy: Int32 = 0
        /// The run ended at this step (the transcript's last event, its trailer read): an open wait never ended.
        var runEnded = false
        var isAlive: Bool { exitCode == nil }

        public init(pid: Int32, name: String, role: String, exitCode: Int64?, activity: String) {
            self.init(pid: pid, name: name, role: role, exitCode: exitCode, doing: .text(activity))
        }

        init(pid: Int32, name: String, role: String, exitCode: Int64?, doing: ProcessActivity) {
            self.pid = pid
            self.name = name
            self.role = role
            self.exitCode = exitCode
            self.doing = doing
        }
    }

    /// A queue's content, oldest first, as far as the events show it.
    public struct Queue: Sendable, Equatable {
        public struct Item: Sendable, Equatable {
            public var repr: String
            var putBy: String
            var putAt: Int64
            /// The event that put it.
            var putEvent: Int
            /// The pid of the process that put it (gaps 35B: an item is lost with that process when it ended before its
            /// feeder thread wrote the item to the pipe).
            var putPid: Int32 = 0
        }
        public var label: String
        public var type: String
        public var maxsize: Int64?
        public var items: [Item]
        /// Processes/threads blocked on put or get, as reported by the tracer's wait events.
        public var blockedPutters: [String]
        public var blockedGetters: [String]
        /// Items the feeder dropped before their put row was stamped (gaps 14B): that put adds nothing.
        var droppedBeforePut: [String] = []
        /// A JoinableQueue's count of unfinished tasks, the number its join() waits to see at 0: each put() adds one,
        /// each task_done() takes one away (the tracer's `unfinished` when it wrote one). nil for other queues (round 28).
        public var unfinished: Int?
        /// Items the record shows lost with the process that put them (gaps 35B, `RunState+LostQueueItems.swift`).
        public var lost: [LostItem] = []
        /// Gaps 36B: the putters whose feeder on this queue may have stopped before writing all they put, and why
        /// (`RunState+UnwrittenItems.swift`); and those seen joining it at their exit.
        var feederCut: [Int32: FeederCut] = [:]
        var feederJoinedAtExit: Set<Int32> = []
    }

    /// A lock or semaphore.
    public struct Lock: Sendable, Equatable {
        public var label: String
        public var type: String
        public var holders: [(who: String, since: Int64)]
        public var waiters: [(who: String, since: Int64)]
        /// A Semaphore's units given by a `release()` from a process (or thread) holding none of them: each lets one more
        /// acquire in while every holder stays inside (a semaphore has no owner; gaps 21A).
        public var unitsReleasedByOthers: Int = 0
        /// A Semaphore's units when made (its initial value), and the last release() by a process holding none made while
        /// no one waited (round 27S; nil again after such a release while someone waited).
        public var units: Int? = nil
        public var lastForeignRelease: (who: String, t: Int64)? = nil
        /// The processes that rebuilt this lock from its pickle (`lock.unpickled`, spawn/forkserver): the same named
        /// semaphore as its maker's, in the order they did (gaps 30A).
        public var sharedWith: [String] = []

        public static func == (a: Lock, b: Lock) -> Bool {
            a.label == b.label && a.type == b.type && a.unitsReleasedByOthers == b.unitsReleasedByOthers && a.units == b.units
                && a.sharedWith == b.sharedWith
                && a.lastForeignRelease?.who == b.lastForeignRelease?.who && a.lastForeignRelease?.t == b.lastForeignRelease?.t
                && a.holders.map(\.who) == b.holders.map(\.who)
                && a.holders.map(\.since) == b.holders.map(\.since) && a.waiters.map(\.who) == b.waiters.map(\.who)
                && a.waiters.map(\.since) == b.waiters.map(\.since)
        }
    }

    /// A pool's workers and tasks.
    public struct Pool: Sendable, Equatable {
        public var label: String
        /// Worker name → the task it runs, or nil when idle.
        public var workers: [(name: String, task: String?)]
        /// Submitted tasks no worker has taken yet.
        public var waiting: PendingTasks
        public var resultsArrived: Int
        public var callbacksRun: Int
        /// The callback running now, if one is.
        public var callbackRunning: String?
        /// Workers that ever started in this pool (a worker that ended leaves `workers`, not this count).
        public var workersStarted = 0
        /// Workers its `start()` calls began (a worker may be spawned and not yet running).
        public var workersSpawned = 0
        /// The number of workers the program asked for (`Pool(processes)`), when recorded.
        public var size: Int64?
        /// The pool's initializer: the workers running it now, how many got through it, how many it ended
        /// (with the last exception it raised).
        public var initializing: [String] = []
        public var initsDone = 0
        /// The workers whose initializer raised (a worker leaves `workers` when its exit is seen, a moment later).
        public var initFailed: [String] = []
        public var initsFailed: Int { initFailed.count }
        public var initError: String?
        public var initFunction: String?
        /// Tasks (chunks) its workers started.
        public var tasksStarted = 0
        /// Workers whose `run()` has returned or raised and whose exit is not seen yet: still alive, in
        /// multiprocessing's exit cleanup, and taking no task (a worker that died unpickling a task stays in
        /// `workers` until its exit, but was never free).
        public var leaving: [String] = []
        /// Tasks (chunks) its workers took off the task queue and could not unpickle (`pool.task.get.error`): lost, they
        /// never start, and stay in `waiting` (which one is not known: its bytes could not be read; tasks go out in
        /// order, so they are the oldest ones taken).
        public var lostTaken = 0
        /// Tasks a worker was running when it ended (gaps 38A): their results never come.
        public var lostWithWorker: [LostTask] = []
        /// A ThreadPool's worker threads started so far (round 25): they are not in `workers` (a process's), so without
        /// this the panel said "no worker started yet" while they ran.
        public var threadWorkersStarted = 0
        /// A ThreadPool's worker threads alive now, by thread name, each with the task it runs or nil when idle (gaps 26A:
        /// the tasks are matched to the thread the record names, as a process pool's are to the worker process).
        public var threadWorkers: [(name: String, task: String?)] = []
        /// Its worker threads that ended (`thread.exit`).
        public var threadWorkersEnded = 0
        /// Its worker threads running the pool's initializer now (gaps 27A: `pool.init` in a ThreadPool's worker thread).
        public var threadWorkersInitializing: [String] = []
        /// `close()` was called (no new task may be submitted), or it is being terminated (`terminate()`, a with-block's
        /// end, its finalizer): an idle worker then waits for no next task.
        public var ending: Ending?

        /// How a pool stops taking work.
        public enum Ending: Sendable, Equatable { case closed, terminating }

        public static func == (a: Pool, b: Pool) -> Bool {
            a.label == b.label && a.workers.map(\.name) == b.workers.map(\.name) && a.workers.map(\.task) == b.workers.map(\.task)
                && a.waiting == b.waiting && a.resultsArrived == b.resultsArrived && a.callbacksRun == b.callbacksRun
                && a.callbackRunning == b.callbackRunning && a.workersStarted == b.workersStarted && a.workersSpawned == b.workersSpawned && a.size == b.size
                && a.initializing == b.initializing && a.initsDone == b.initsDone && a.initFailed == b.initFailed
                && a.initError == b.initError && a.initFunction == b.initFunction && a.tasksStarted == b.tasksStarted && a.ending == b.ending
                && a.leaving == b.leaving && a.lostTaken == b.lostTaken && a.threadWorkersStarted == b.threadWorkersStarted
                && a.threadWorkers.map(\.name) == b.threadWorkers.map(\.name) && a.threadWorkers.map(\.task) == b.threadWorkers.map(\.task)
                && a.threadWorkersEnded == b.threadWorkersEnded && a.threadWorkersInitializing == b.threadWorkersInitializing
                && a.lostWithWorker == b.lostWithWorker
        }
    }

    /// A shared ctypes object (`Value`, `Array`) and the last value seen of each part of it.
    public struct Shared: Sendable, Equatable {
        /// One part (`value`, a field, `[3]`, `[0:5]`) as last read or written.
        public struct Member: Sendable, Equatable {
            public var attr: String
            public var value: String
            /// "wrote" or "read".
            public var how: String
            public var by: String
        }
        public var label: String
        /// `c_int`, `c_double[5]`, a Structure's name.
        public var ctype: String
        public var initial: String
        /// false: a raw ctypes object, whose reads and writes are not traced.
        public var traced: Bool
        public var members: [Member]
        /// The label of its lock (`RLock#1`, or the Lock the program passed), when the record names it.
        public var lock: String? = nil
        /// The program gave that lock (`lock=`) rather than let Value()/Array() make their own RLock (gaps 36A).
        public var userLock = false
        /// A shared memory segment: the processes whose close() of it the record shows, in order (gaps 33C).
        public var closedBy: [String] = []
        /// A shared memory segment: who removed its name with unlink(), and when (gaps 33C).
        public var unlinkedBy: String? = nil
        public var unlinkedAt: Int64? = nil
    }

    /// The index of the last event applied (-1 before the first).
    public var step: Int = -1
    public var processes: [Process] = []
    public var queues: [Queue] = []
    public var locks: [Lock] = []
    public var pools: [Pool] = []
    /// The program's concurrent.futures executors (gaps 29A).
    public var executors: [Executor] = []
    /// Which executor spawned each worker process (by pid), and the executor of the last `submit()` on each thread
    /// ("pid thread"): a ThreadPoolExecutor starts its worker thread there.
    var executorOfWorker: [Int32: String] = [:]
    var executorSubmitter: [String: String] = [:]
    /// The program's threading.local objects and each thread's values on them.
    public var locals: [Local] = []
    public var shared: [Shared] = []
    /// The concurrent.futures Futures the program made itself (gaps 35B, `RunState+OwnFutures.swift`).
    public var ownFutures = OwnFutures()
    /// Calls blocked at this step, oldest first.
    public var blocked: [BlockedCall] = []
    /// Children start()ed (`process.spawn`) whose own first event has not come yet (gaps 23: under spawn the panel
    /// listed a child only from that event, so while the parent joined them it showed the parent alone).
    public var starting: [StartingChild] = []
    /// Jobs submitted with `imap_unordered` (keyed by `JobScope.ofSubmitter`: a nested pool's job 0 is not its parent's):
    /// their iterator's `next()` waits for whichever item finishes first.
    var unorderedJobs: Set<Int64> = []
    /// The daemons multiprocessing's exit function terminated and the item each process last took (gaps 35A).
    var cutAtExit = CutAtExit()
    /// The Conditions and the Manager lists and dicts, for the step panel (gaps 38B, `RunState+WatchedObjects.swift`).
    public var watched = WatchedObjects()

    /// The state before any event.
    public init() {}
}
