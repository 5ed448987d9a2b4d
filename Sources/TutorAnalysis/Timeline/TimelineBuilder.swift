import TutorCore

/// Builds a `Timeline` from a transcript. The one path from events to everything the renderers show.
public enum TimelineBuilder {
    /// - Parameter poolTasks: follow every pool task (`Timeline.tasks`); off only for a view that shows no
    ///   task table: the step view's first page of a long run, whose map's submit alone names a million chunks.
    public static func build(_ transcript: Transcript, poolTasks withTasks: Bool = true) -> Timeline {
        var events = transcript.events
        // Transcripts recorded before the merger reconciled exits read the same way.
        ExitReconciler.reconcile(&events)
        SpawnNames.adopt(&events)
        let roles = processRoles(events)
        var lanes: [Lane] = []
        var laneIndex: [LaneKey: Int] = [:]
        var laneOfEvent: [Int] = []
        laneOfEvent.reserveCapacity(events.count)
        for event in events {
            let key = LaneKey(pid: event.pid, thread: event.threadName)
            if let index = laneIndex[key] {
                laneOfEvent.append(index)
            } else {
                laneIndex[key] = lanes.count
                laneOfEvent.append(lanes.count)
                lanes.append(Lane(pid: event.pid, thread: event.thread, process: event.process,
                                  role: roles[event.pid] ?? "other"))
            }
        }
        let infraThreads = Set(events.filter { $0.is(.threadStart) && $0.bool(EventField.infra) == true }
            .compactMap { e in e.name.map { "\(e.pid)|\($0)" } })
        var meaningful = Set<Int>()
        for (event, lane) in zip(events, laneOfEvent) where !event.kind.hasPrefix("thread.") { meaningful.insert(lane) }
        for i in lanes.indices {
            lanes[i].isInfrastructureThread = infraThreads.contains("\(lanes[i].pid)|\(lanes[i].thread)")
            lanes[i].onlyThreadLifecycle = !meaningful.contains(i)
        }
        let order = laneOrder(lanes, spawnOrder: events.filter { $0.is(.processSpawn) }.compactMap { $0.childPid })
        let remap = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        var timeline = Timeline(header: transcript.header, events: events, trailer: transcript.trailer,
                                problems: transcript.problems, lanes: order.map { lanes[$0] },
                                laneOfEvent: laneOfEvent.map { remap[$0]! }, processes: processLives(events, roles: roles),
                                tasks: withTasks ? poolTasks(events) : [], locks: lockActivity(events), poolOfWorker: poolMembership(events))
        timeline.unorderedJobs = Set(events.lazy.filter { $0.is(.poolSubmit) && $0.method == "imap_unordered" }.compactMap(\.job))
        return timeline
    }

    /// `timeline` (built with `poolTasks: false`) with its pool tasks: what the build would have made with them.
    public static func addingPoolTasks(to timeline: Timeline) -> Timeline {
        var whole = timeline
        whole.tasks = poolTasks(timeline.events)
        return whole
    }
}

private extension TimelineBuilder {
    /// A lane by pid and thread number: hashed as two integers, a million times per run.
    struct LaneKey: Hashable {
        var pid: Int32
        var thread: EventName
    }

    /// A task by job and chunk index (a struct: an array key cost an allocation per lookup).
    struct TaskSlotKey: Hashable {
        var job: Int64
        var index: Int64
    }

    static func processRoles(_ events: [TraceEvent]) -> [Int32: String] {
        var roles: [Int32: String] = [:]
        var started = Set<Int32>()
        for event in events where event.is(.processStart) {
            roles[event.pid] = event.role ?? roles[event.pid]
            started.insert(event.pid)
        }
        // A child that failed before it could report (a forkserver child whose Lock was already unlinked) is still
        // the child its parent started, not "other".
        for event in events where event.is(.processSpawn) {
            if let pid = event.childPid, !started.contains(pid) { roles[pid] = "child" }
        }
        return roles
    }

    /// Main process first (its main thread, then its other threads), then children in the order they
    /// were started, with their threads beside them, then multiprocessing's own helper processes.
    static func laneOrder(_ lanes: [Lane], spawnOrder: [Int32]) -> [Int] {
        // Children in the order their parent started them (Worker-1, Worker-2, ...), others as they appear.
        var pidOrder = spawnOrder
        for lane in lanes where !pidOrder.contains(lane.pid) { pidOrder.append(lane.pid) }
        func rank(_ i: Int) -> (Int, Int, Int, Int) {
            let lane = lanes[i]
            let group = lane.role == "main" ? 0 : (lane.isInfrastructure ? 2 : 1)
            return (group, pidOrder.firstIndex(of: lane.pid)!, lane.isMainThread ? 0 : 1, i)
        }
        return lanes.indices.sorted { rank($0) < rank($1) }
    }

    static func processLives(_ events: [TraceEvent], roles: [Int32: String]) -> [ProcessLife] {
        var lives: [ProcessLife] = []
        var index: [Int32: Int] = [:]
        for event in events {
            if index[event.pid] == nil {
                index[event.pid] = lives.count
                lives.append(ProcessLife(pid: event.pid, ppid: event.ppid, name: event.process,
                                         role: roles[event.pid] ?? "other", startT: event.t))
            }
            switch event.known {
            case .processExit:
                let i = index[event.pid]!
                lives[i].endT = event.t
                lives[i].exitCode = event.exitCode ?? lives[i].exitCode
            case .processReaped:
                // The parent's view is the only one for a child killed by a signal: it could not report itself.
                guard let child = event.childPid, let i = index[child] else { continue }
                if lives[i].endT == nil { lives[i].endT = event.t }
                if let code = event.exitCode, lives[i].exitCode == nil || code < 0 { lives[i].exitCode = code }
            default:
                break
            }
        }
        return lives
    }

    static func poolTasks(_ events: [TraceEvent]) -> [PoolTask] {
        var tasks: [PoolTask] = []
        // One task per start, nearly always: room made once instead of a third of a million tasks copied as the array grows.
        tasks.reserveCapacity(events.reduce(0) { $0 + ($1.is(.taskStart) ? 1 : 0) })
        var index: [TaskSlotKey: Int] = [:]
        // The tasks of each job, so a callback finds its job's tasks without a scan of every task.
        var slotsOfJob: [Int64: [Int]] = [:]
        func slot(_ job: Int64, _ i: Int64) -> Int {
            if let existing = index[TaskSlotKey(job: job, index: i)] { return existing }
            index[TaskSlotKey(job: job, index: i)] = tasks.count
            slotsOfJob[job, default: []].append(tasks.count)
            tasks.append(PoolTask(job: job, index: i))
            return tasks.count - 1
        }
        var poolOfJob: [Int64: (pool: String?, t: Int64)] = [:]
        for event in events where event.kind.hasPrefix("pool.") {
            guard let job = event.job else { continue }
            switch event.known {
            case .poolSubmit:
                poolOfJob[job] = (event.object, event.t)
                // imap and imap_unordered do not know their chunks in advance: their tasks join the job as they start.
                let chunks = max(1, event.chunks ?? 1)
                for i in 0..<chunks {
                    let s = slot(job, i)
                    tasks[s].submitT = event.t
                    tasks[s].pool = event.object
                    tasks[s].function = event.function
                    if chunks == 1 { tasks[s].arguments = event.args }
                }
            case .taskStart:
                let s = slot(job, event.index ?? 0)
                if tasks[s].pool == nil, let known = poolOfJob[job] {
                    tasks[s].pool = known.pool
                    tasks[s].submitT = tasks[s].submitT ?? known.t
                }
                tasks[s].startT = event.t
                tasks[s].workerPid = event.pid
                tasks[s].workerThread = event.thread
                // A ThreadPool's workers are threads of one process: name them by their thread.
                tasks[s].worker = event.thread == "MainThread" ? event.process : "\(event.process) · \(event.threadRole)"
                tasks[s].function = tasks[s].function ?? event.function
                tasks[s].arguments = event.args ?? tasks[s].arguments
            case .taskEnd:
                let s = slot(job, event.index ?? 0)
                tasks[s].endT = event.t
                tasks[s].succeeded = event.ok
                tasks[s].result = event.result
            case .poolResult:
                let s = slot(job, event.index ?? 0)
                tasks[s].resultT = event.t
            case .poolCallback:
                for s in slotsOfJob[job] ?? [] where tasks[s].callbackT == nil { tasks[s].callbackT = event.t }
            case .poolCallbackEnd:
                for s in slotsOfJob[job] ?? [] where tasks[s].callbackEndT == nil { tasks[s].callbackEndT = event.t }
            default:
                break
            }
        }
        return tasks
    }
}
