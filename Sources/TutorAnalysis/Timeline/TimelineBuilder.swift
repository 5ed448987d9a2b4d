import TutorCore

/// Builds a `Timeline` from a transcript. The one path from events to everything the renderers show.
public enum TimelineBuilder {
    /// Runs of at least this many events make their pool tasks on a second thread (a shorter run's build takes
    /// less time than starting one).
    static let parallelFromEvents = 20_000

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
        let lockCopies = ThreadingLockCopies.adopt(&events)
        // Kinds change no more from here (the reconciler above may have changed some).
        let kinds = EventKindIndex(events)
        let roles = processRoles(events, kinds)
        // The pool tasks (a third of a long Pool run's build) read only the events: made on a second core while
        // this one makes the lanes, the processes and the locks.
        let membership = poolMembership(events)
        let frozen = events
        let tasks = BesideResult(if: withTasks && events.count >= parallelFromEvents) {
            withTasks ? poolTasks(frozen, kinds, membership: membership) : []
        }
        var lanes: [Lane] = []
        var laneIndex: [LaneKey: Int] = [:]
        var laneOfEvent: [Int] = []
        laneOfEvent.reserveCapacity(events.count)
        // Runs of events on one lane are common: the last lane is tried before the dictionary.
        var lastLane: (key: LaneKey, index: Int)?
        // By index, reading fields through the array: a `for event in events` copies every event.
        for i in events.indices {
            let key = LaneKey(pid: events[i].pid, thread: events[i].threadName)
            if let last = lastLane, last.key == key {
                laneOfEvent.append(last.index)
            } else if let index = laneIndex[key] {
                lastLane = (key, index)
                laneOfEvent.append(index)
            } else {
                laneIndex[key] = lanes.count
                lastLane = (key, lanes.count)
                laneOfEvent.append(lanes.count)
                lanes.append(Lane(pid: events[i].pid, thread: events[i].thread, process: events[i].process,
                                  role: roles[events[i].pid] ?? "other"))
            }
        }
        // A process of the program that became a manager's server names its threads after its clients, as a
        // Manager's own server process does.
        let servers = Set(kinds.indices(of: [.managerServe]).map { events[$0].pid })
        for l in lanes.indices where servers.contains(lanes[l].pid) { lanes[l].servesManager = true }
        let renames = processRenames(events, kinds)
        if !renames.isEmpty {
            for l in lanes.indices { lanes[l].renames = renames[lanes[l].pid] ?? [] }
        }
        var infraThreads = Set<String>()
        var listenerThreads = Set<String>()
        var threadEndNames: [String: String] = [:]
        var spawnOrder: [Int32] = []
        var unorderedJobs = Set<Int64>()
        // One pass for what the lanes and the timeline need of a few kinds (each a filter over every event before).
        for i in events.indices {
            switch events[i].known {
            case .threadStart where events[i].bool(EventField.infra) == true:
                if let name = events[i].name { infraThreads.insert("\(events[i].pid)|\(name)") }
            case .threadStart where events[i].string(EventField.target) == TraceEvent.loggingListenerTarget:
                if let name = events[i].name { listenerThreads.insert("\(events[i].pid)|\(name)") }
            case .threadExit where !events[i].isMainThread && events[i].name != nil && events[i].name != events[i].thread:
                threadEndNames["\(events[i].pid)|\(events[i].thread)"] = events[i].name
            case .processSpawn:
                if let child = events[i].childPid { spawnOrder.append(child) }
            case .poolSubmit where events[i].method == "imap_unordered":
                if let job = events[i].job { unorderedJobs.insert(JobScope.ofSubmitter(events[i].pid, job)) }
            default:
                break
            }
        }
        // A lane already known to hold more than thread events is not looked at again.
        var meaningful = [Bool](repeating: false, count: lanes.count)
        // (an imap's whole input read, on the pool's task-handler thread, keeps that helper lane hidden: the summary says it)
        for i in events.indices where !meaningful[laneOfEvent[i]] && !events[i].kind.hasPrefix("thread.") && !events[i].is(.poolImapGiven) {
            meaningful[laneOfEvent[i]] = true
        }
        var printed = [Bool](repeating: false, count: lanes.count)
        for i in events.indices where events[i].is(.print) { printed[laneOfEvent[i]] = true }
        let threadRenames = threadRenames(events, kinds)
        for i in lanes.indices {
            if !threadRenames.names.isEmpty, !lanes[i].isMainThread { lanes[i].threadRenames = threadRenames.names["\(lanes[i].pid)|\(lanes[i].thread)"] ?? [] }
            lanes[i].isInfrastructureThread = infraThreads.contains("\(lanes[i].pid)|\(lanes[i].thread)")
            lanes[i].onlyThreadLifecycle = !meaningful[i]
            lanes[i].threadEndName = threadEndNames["\(lanes[i].pid)|\(lanes[i].thread)"]
            lanes[i].isLoggingListener = listenerThreads.contains("\(lanes[i].pid)|\(lanes[i].thread)")
            lanes[i].printed = printed[i]
        }
        let poolWorkers = threadPoolWorkers(events, kinds)
        if !poolWorkers.isEmpty {
            for i in lanes.indices {
                if let found = poolWorkers["\(lanes[i].pid)|\(lanes[i].thread)"] { (lanes[i].workerOfPool, lanes[i].workerNumber) = found }
            }
        }
        Lane.nameRepeatedLabelsInFull(&lanes)
        let order = laneOrder(lanes, spawnOrder: spawnOrder)
        var remap = [Int](repeating: 0, count: lanes.count)
        for (position, lane) in order.enumerated() { remap[lane] = position }
        // This thread is about to wait for the pool tasks: meanwhile the texts of the learner's language are split into
        // templates (once per process, ~23M instructions, which the heading's first text would otherwise cost after it).
        if !tasks.isReady { _ = Phrase.allCases[0].text() }
        var timeline = Timeline(header: transcript.header, events: events, trailer: transcript.trailer,
                                problems: transcript.problems, lanes: order.map { lanes[$0] },
                                laneOfEvent: laneOfEvent.map { remap[$0] }, processes: processLives(events, roles: roles),
                                tasks: tasks.take(), locks: lockActivity(events),
                                poolOfWorker: membership)
        timeline.rlockLevels = rlockLevels(events, kinds)
        timeline.lockCopies = lockCopies
        timeline.renamedThreadLanes = threadRenames.lanes
        timeline.subprocessStreams = subprocessStreams(events, kinds)
        timeline.unorderedJobKeys = unorderedJobs
        timeline.kindIndex = kinds
        timeline.imapReraises = StateQueries.imapReraises(events, taskStarts: kinds.indices(of: [.taskStart]), membership: membership)
        return timeline
    }

    /// `timeline` (built with `poolTasks: false`) with its pool tasks: what the build would have made with them.
    public static func addingPoolTasks(to timeline: Timeline) -> Timeline {
        var whole = timeline
        whole.tasks = poolTasks(timeline.events, timeline.kindIndex.covers(timeline.events.count) ? timeline.kindIndex : EventKindIndex(timeline.events),
                                membership: timeline.poolOfWorker)
        return whole
    }
}

private extension TimelineBuilder {
    /// A lane by pid and thread number: hashed as two integers, a million times per run.
    struct LaneKey: Hashable {
        var pid: Int32
        var thread: EventName
    }

    static func processRoles(_ events: [TraceEvent], _ kinds: EventKindIndex) -> [Int32: String] {
        var roles: [Int32: String] = [:]
        var started = Set<Int32>()
        for i in kinds.indices(of: [.processStart]) {
            roles[events[i].pid] = events[i].role ?? roles[events[i].pid]
            started.insert(events[i].pid)
        }
        // A child that failed before it could report (a forkserver child whose Lock was already unlinked) is still
        // the child its parent started, not "other".
        for i in kinds.indices(of: [.processSpawn]) {
            if let pid = events[i].childPid, !started.contains(pid) { roles[pid] = "child" }
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
        for i in events.indices {
            // Most events come from a process seen just before: no lookup for those.
            let pid = events[i].pid
            if pid != lastPid, index[pid] == nil {
                let event = events[i]
                index[event.pid] = lives.count
                lives.append(ProcessLife(pid: event.pid, ppid: event.ppid, name: event.process,
                                         role: roles[event.pid] ?? "other", startT: event.t))
            }
            lastPid = pid
            switch events[i].known {
            case .managerServe:
                lives[index[pid]!].servesManager = true
            case .processExit:
                let event = events[i]
                let l = index[event.pid]!
                lives[l].endT = event.t
                lives[l].exitCode = event.exitCode ?? lives[l].exitCode
            case .processReaped:
                // The parent's view is the only one for a child killed by a signal: it could not report itself.
                let event = events[i]
                guard let child = event.childPid, let l = index[child] else { continue }
                if lives[l].endT == nil { lives[l].endT = event.t }
                if let code = event.exitCode, lives[l].exitCode == nil || code < 0 { lives[l].exitCode = code }
            default:
                break
            }
        }
        return lives
    }

    static func poolTasks(_ events: [TraceEvent], _ kinds: EventKindIndex, membership: [Int32: String]) -> [PoolTask] {
        var tasks: [PoolTask] = []
        let scope = JobScope(events, kinds, membership: membership)
        // One task per start, nearly always: room made once instead of a third of a million tasks copied as the array grows.
        tasks.reserveCapacity(kinds.indices(of: [.taskStart]).count)
        var slots = TaskSlots()
        var poolOfJob: [Int64: (pool: EventName, t: Int64)] = [:]
        for i in kinds.indices(of: [.poolSubmit, .taskStart, .taskEnd, .poolResult, .poolCallback, .poolCallbackEnd]) {
            let event = events[i]
            // each process numbers its pools' jobs from its own counter: a job is known by its number and that process
            guard let number = event.job else { continue }
            let job = scope.key(number, of: event)
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
                let s = slots.slot(job, event.index ?? 0, in: &tasks)
                tasks[s].resultT = event.t
                if event.ok == false { tasks[s].resultFailed = true }
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
