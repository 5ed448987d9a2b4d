import TutorCore

/// Builds a `Timeline` from a transcript. The one path from events to everything the renderers show.
public enum TimelineBuilder {
    /// - Parameter poolTasks: follow every pool task (`Timeline.tasks`); off only for a view that shows no
    ///   task table: the step view's first page of a long run, whose map's submit alone names a million chunks.
    public static func build(_ transcript: Transcript, poolTasks withTasks: Bool = true) -> Timeline {
        build(taking: transcript, poolTasks: withTasks)
    }

    /// `build`, for a caller that hands over its last copy of the transcript: the events are then reconciled in
    /// place, instead of copied whole (a million events are 64 MB) because the transcript still held them.
    public static func build(taking transcript: consuming Transcript, poolTasks withTasks: Bool = true) -> Timeline {
        var events = transcript.events
        transcript.events = []
        // Transcripts recorded before the merger reconciled exits read the same way.
        ExitReconciler.reconcile(&events)
        SpawnNames.adopt(&events)
        let roles = processRoles(events)
        var lanes: [Lane] = []
        var laneIndex: [LaneKey: Int] = [:]
        var laneOfEvent: [Int] = []
        laneOfEvent.reserveCapacity(events.count)
        // Runs of events on one lane are common: the last lane is tried before the dictionary.
        var lastLane: (key: LaneKey, index: Int)?
        for event in events {
            let key = LaneKey(pid: event.pid, thread: event.threadName)
            if let last = lastLane, last.key == key {
                laneOfEvent.append(last.index)
            } else if let index = laneIndex[key] {
                lastLane = (key, index)
                laneOfEvent.append(index)
            } else {
                laneIndex[key] = lanes.count
                lastLane = (key, lanes.count)
                laneOfEvent.append(lanes.count)
                lanes.append(Lane(pid: event.pid, thread: event.thread, process: event.process,
                                  role: roles[event.pid] ?? "other"))
            }
        }
        let infraThreads = Set(events.filter { $0.is(.threadStart) && $0.bool(EventField.infra) == true }
            .compactMap { e in e.name.map { "\(e.pid)|\($0)" } })
        // A lane already known to hold more than thread events is not looked at again.
        var meaningful = [Bool](repeating: false, count: lanes.count)
        for i in events.indices where !meaningful[laneOfEvent[i]] && !events[i].kind.hasPrefix("thread.") { meaningful[laneOfEvent[i]] = true }
        for i in lanes.indices {
            lanes[i].isInfrastructureThread = infraThreads.contains("\(lanes[i].pid)|\(lanes[i].thread)")
            lanes[i].onlyThreadLifecycle = !meaningful[i]
        }
        let order = laneOrder(lanes, spawnOrder: events.filter { $0.is(.processSpawn) }.compactMap { $0.childPid })
        var remap = [Int](repeating: 0, count: lanes.count)
        for (position, lane) in order.enumerated() { remap[lane] = position }
        var timeline = Timeline(header: transcript.header, events: events, trailer: transcript.trailer,
                                problems: transcript.problems, lanes: order.map { lanes[$0] },
                                laneOfEvent: laneOfEvent.map { remap[$0] }, processes: processLives(events, roles: roles),
                                tasks: withTasks ? poolTasks(events) : [], locks: lockActivity(events), poolOfWorker: poolMembership(events))
        timeline.rlockLevels = rlockLevels(events)
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
        var lastPid: Int32?
        for event in events {
            // Most events come from a process seen just before: no lookup for those.
            if event.pid != lastPid, index[event.pid] == nil {
                index[event.pid] = lives.count
                lives.append(ProcessLife(pid: event.pid, ppid: event.ppid, name: event.process,
                                         role: roles[event.pid] ?? "other", startT: event.t))
            }
            lastPid = event.pid
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
        var slots = TaskSlots()
        var poolOfJob: [Int64: (pool: EventName, t: Int64)] = [:]
        for (i, event) in events.enumerated() {
            switch event.known {
            case .poolSubmit, .taskStart, .taskEnd, .poolResult, .poolCallback, .poolCallbackEnd: break
            default: continue
            }
            guard let job = event.job else { continue }
            switch event.known {
            case .poolSubmit:
                poolOfJob[job] = (event.objectName, event.t)
                // imap and imap_unordered do not know their chunks in advance: their tasks join the job as they start.
                let chunks = max(1, event.chunks ?? 1)
                slots.makeRoom(job: job, chunks: chunks, in: &tasks)
                for c in 0..<chunks { tasks[slots.slot(job, c, in: &tasks)].submitted(by: event, at: i, chunks: chunks) }
            case .taskStart:
                let s = slots.slot(job, event.index ?? 0, in: &tasks)
                if !tasks[s].hasPool, let known = poolOfJob[job] { tasks[s].adoptPool(known.pool, submitT: known.t) }
                tasks[s].started(by: event, at: i, events: events)
            case .taskEnd:
                tasks[slots.slot(job, event.index ?? 0, in: &tasks)].ended(by: event, at: i)
            case .poolResult:
                tasks[slots.slot(job, event.index ?? 0, in: &tasks)].resultT = event.t
            case .poolCallback:
                slots.forEachSlot(of: job) { s in if tasks[s].callbackT == nil { tasks[s].callbackT = event.t } }
            case .poolCallbackEnd:
                slots.forEachSlot(of: job) { s in if tasks[s].callbackEndT == nil { tasks[s].callbackEndT = event.t } }
            default:
                break
            }
        }
        return tasks
    }
}
