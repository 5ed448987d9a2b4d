import TutorCore

/// The deterministic CPU-scheduling simulator: one CPU, whole ticks, no I/O, no context-switch cost.
///
/// At each tick `t` the simulator applies, in this order:
/// 1. the job that ran during `[t-1, t)` finishes if it has had its whole burst;
/// 2. jobs arriving at `t` join the ready queue (MLFQ: level 0), in the order they were given;
/// 3. RR: the running job whose quantum is used up goes to the back of the queue, so behind step 2's
///    arrivals. MLFQ: the running job that used up its level's quantum moves down one level, at the back;
/// 4. MLFQ: at `t = k·S` (k ≥ 1) every unfinished job moves to level 0 with a fresh quantum (boost);
///    the running job keeps the CPU, the waiting ones queue level 0 first, then level 1, …;
/// 5. MLFQ: a job waiting on a higher level than the running job preempts it; the preempted job goes to the
///    back of its own level and keeps the time it has already used there (OSTEP's rule 4: the allotment counts
///    all the time at a level, however it was split);
/// 6. if the CPU is free it is given: FCFS, RR and MLFQ take the front of the (highest non-empty) queue,
///    SJF the shortest burst (ties: arrival, then order given). RR gives a fresh quantum every time;
/// 7. the running job (or nobody: idle) has the CPU for `[t, t+1)`.
public enum Scheduler {
    public static func run(_ jobs: [SchedulingJob], _ algorithm: SchedulingAlgorithm) -> ScheduleResult {
        var simulation = Simulation(jobs: jobs, algorithm: algorithm)
        simulation.run()
        return simulation.result
    }
}

private struct Simulation {
    let jobs: [SchedulingJob]
    let algorithm: SchedulingAlgorithm
    /// Job indices by arrival, ties in the order given.
    let arrivalOrder: [Int]
    let quanta: [Int]

    var remaining: [Int]
    var firstRun: [Int?]
    var finish: [Int?]
    var level: [Int]
    /// Ticks used in the current quantum (RR) or at the current level (MLFQ).
    var used: [Int]
    var queues: [[Int]]
    var running: Int?
    var finishedOrder: [Int] = []
    var timeline: [Int?] = []
    var snapshots: [ScheduleSnapshot] = []

    init(jobs: [SchedulingJob], algorithm: SchedulingAlgorithm) {
        self.jobs = jobs
        self.algorithm = algorithm
        arrivalOrder = jobs.indices.sorted { (jobs[$0].arrival, $0) < (jobs[$1].arrival, $1) }
        switch algorithm {
        case let .roundRobin(quantum): quanta = [max(1, quantum)]
        case let .multilevelFeedback(settings): quanta = settings.quanta.isEmpty ? [1] : settings.quanta.map { max(1, $0) }
        case .firstComeFirstServed, .shortestJobFirst: quanta = []
        }
        remaining = jobs.map(\.burst)
        firstRun = Array(repeating: nil, count: jobs.count)
        finish = Array(repeating: nil, count: jobs.count)
        level = Array(repeating: 0, count: jobs.count)
        used = Array(repeating: 0, count: jobs.count)
        queues = [[]]
        if isMLFQ { queues = Array(repeating: [], count: quanta.count) }
    }

    var isMLFQ: Bool {
        if case .multilevelFeedback = algorithm { return true }
        return false
    }

    var boostInterval: Int? {
        if case let .multilevelFeedback(settings) = algorithm { return max(1, settings.boostInterval) }
        return nil
    }

    func name(_ index: Int) -> String { jobs[index].name }

    mutating func run() {
        var time = 0
        while true {
            var events: [String] = []
            finishRunningJob(at: time, &events)
            for index in arrivalOrder where jobs[index].arrival == time {
                queues[0].append(index)
                events.append("\(name(index)) arrives" + (isMLFQ ? " (level 0)" : ""))
            }
            endQuantum(&events)
            boost(at: time, &events)
            preemptForHigherLevel(&events)
            if finishedOrder.count == jobs.count {
                snapshots.append(snapshot(at: time, events: events, isFinal: true))
                return
            }
            dispatch(&events)
            if let job = running {
                if firstRun[job] == nil { firstRun[job] = time }
                remaining[job] -= 1
                used[job] += 1
            } else {
                let next = arrivalOrder.first { jobs[$0].arrival > time }.map { Phrase.simNextArrival.text(["job": name($0), "t": jobs[$0].arrival]) } ?? ""
                events.append(Phrase.simIdle.text(["next": next]))
            }
            snapshots.append(snapshot(at: time, events: events, isFinal: false))
            timeline.append(running)
            time += 1
        }
    }

    mutating func finishRunningJob(at time: Int, _ events: inout [String]) {
        guard let job = running, remaining[job] == 0 else { return }
        finish[job] = time
        finishedOrder.append(job)
        running = nil
        events.append("\(name(job)) finishes")
    }

    mutating func endQuantum(_ events: inout [String]) {
        guard let job = running else { return }
        switch algorithm {
        case .firstComeFirstServed, .shortestJobFirst:
            return
        case .roundRobin:
            guard used[job] == quanta[0] else { return }
            queues[0].append(job)
            running = nil
            events.append(Phrase.simQuantumEnds.text(["job": name(job)]))
        case .multilevelFeedback:
            let current = level[job]
            guard used[job] == quanta[current] else { return }
            let lower = min(current + 1, quanta.count - 1)
            level[job] = lower
            used[job] = 0
            queues[lower].append(job)
            running = nil
            events.append(lower == current
                ? Phrase.simLowestLevel.text(["job": name(job), "level": current])
                : Phrase.simMovesDown.text(["job": name(job), "level": current, "lower": lower]))
        }
    }

    mutating func boost(at time: Int, _ events: inout [String]) {
        guard let interval = boostInterval, time > 0, time % interval == 0, finishedOrder.count < jobs.count else { return }
        let waiting = queues.flatMap { $0 }
        queues = Array(repeating: [], count: queues.count)
        queues[0] = waiting
        for job in waiting { level[job] = 0; used[job] = 0 }
        if let job = running { level[job] = 0; used[job] = 0 }
        events.append(Phrase.simBoost.text(["n": interval]))
    }

    mutating func preemptForHigherLevel(_ events: inout [String]) {
        guard isMLFQ, let job = running, let top = queues.firstIndex(where: { !$0.isEmpty }), top < level[job] else { return }
        queues[level[job]].append(job)
        running = nil
        events.append(Phrase.simPreempts.text(["job": name(queues[top][0]), "top": top, "other": name(job), "level": level[job],
                                               "used": used[job], "quantum": quanta[level[job]]]))
    }

    mutating func dispatch(_ events: inout [String]) {
        guard running == nil else { return }
        let chosen: Int?
        switch algorithm {
        case .shortestJobFirst:
            chosen = queues[0].min { (jobs[$0].burst, jobs[$0].arrival, $0) < (jobs[$1].burst, jobs[$1].arrival, $1) }
            if let chosen { queues[0].removeAll { $0 == chosen } }
        case .firstComeFirstServed, .roundRobin, .multilevelFeedback:
            chosen = queues.firstIndex { !$0.isEmpty }.map { queues[$0].removeFirst() }
        }
        guard let job = chosen else { return }
        running = job
        if case .roundRobin = algorithm { used[job] = 0 }
        let phrase: Phrase = firstRun[job] == nil ? .simStarts : .simRunsAgain
        events.append(phrase.text(["job": name(job), "level": isMLFQ ? Phrase.simAtLevel.text(["level": level[job]]) : ""]))
    }

    func snapshot(at time: Int, events: [String], isFinal: Bool) -> ScheduleSnapshot {
        var progress: ScheduleSnapshot.Count?
        var quantum: ScheduleSnapshot.Count?
        if let job = running {
            progress = .init(value: jobs[job].burst - remaining[job], total: jobs[job].burst)
            switch algorithm {
            case .roundRobin: quantum = .init(value: used[job], total: quanta[0])
            case .multilevelFeedback: quantum = .init(value: used[job], total: quanta[level[job]])
            case .firstComeFirstServed, .shortestJobFirst: break
            }
        }
        return ScheduleSnapshot(time: time, events: events, running: running.map(name),
                                runningLevel: isMLFQ ? running.map { level[$0] } : nil,
                                runningProgress: progress, runningQuantum: quantum,
                                queues: queues.map { $0.map(name) }, finished: finishedOrder.map(name), isFinal: isFinal)
    }

    var result: ScheduleResult {
        var slices: [ScheduleSlice] = []
        for (tick, job) in timeline.enumerated() {
            if let last = slices.last, last.to == tick, last.job == job.map(name) {
                slices[slices.count - 1].to = tick + 1
            } else {
                slices.append(ScheduleSlice(job: job.map(name), from: tick, to: tick + 1))
            }
        }
        let statistics = jobs.indices.map { JobStatistics(job: jobs[$0], start: firstRun[$0] ?? 0, finish: finish[$0] ?? 0) }
        return ScheduleResult(algorithm: algorithm, jobs: jobs, slices: slices, statistics: statistics, snapshots: snapshots)
    }
}
