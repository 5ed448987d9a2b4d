import Foundation
import TutorCore

/// Everything the tracer recorded in one run, merged into one time-ordered list.
public struct MergedTrace: Sendable {
    var events: [TraceEvent]
    var lostEvents: Int
    var silentProcesses: [Int32]
    /// Which process lost how many of `lostEvents` and its first malformed line (gaps 28C), in file-name order.
    var lostByProcess: [ProcessLoss] = []
    /// Facts the main process reported about itself (`python`, `start_method`, `cpus`, `platform`).
    var mainProcessFacts: JSONObject
    /// The stable key of each event (same index as `events`); nil for events no process file holds
    /// (the main process's end as mp-tutor saw it, OS-state observations).
    var keys: [EventKey?] = []
}

/// Something mp-tutor observed about a process of the run from outside it (e.g. its OS state).
struct Observation: Sendable {
    var pid: Int32
    /// CLOCK_MONOTONIC.
    var t: UInt64
    var kind: EventKind
    var fields: JSONObject

    init(pid: Int32, t: UInt64, kind: EventKind, fields: JSONObject) {
        self.pid = pid
        self.t = t
        self.kind = kind
        self.fields = fields
    }
}

/// Merges the per-process event files of a run.
///
/// Order is the shared clock (CLOCK_MONOTONIC, the same in every process); ties keep each process's
/// own numbering. Nothing is smoothed or dropped: records the tracer numbered but that never reached
/// disk are counted in `lostEvents`.
enum TraceMerger {
    /// - Parameters:
    ///   - directory: the run's `MPTUTOR_TRACE_DIR`.
    ///   - startNs: CLOCK_MONOTONIC when mp-tutor started the run; event times are made relative to it.
    ///   - mainPid: the pid of the python3 mp-tutor started.
    ///   - run: how the run ended; the main process's end is added as its `process.exit` event.
    ///   - endNs: CLOCK_MONOTONIC when the main process ended.
    ///   - observations: what mp-tutor itself saw of the run's processes (OS states), merged in by time.
    static func merge(directory: String, startNs: UInt64, endNs: UInt64, mainPid: Int32, run: RunFacts,
                             observations: [Observation] = []) -> MergedTrace {
        let (logs, lost, unread) = readLogs(directory: directory)
        return merge(logs: logs, lost: lost, unreadFiles: unread, startNs: startNs, end: (endNs, run), mainPid: mainPid,
                     observations: observations)
    }

    /// Every per-process event file (`*.jsonl`) in `directory`, read in file-name order, and the events lost
    /// in them (unreadable lines, gaps in `n`, files with no readable `proc` line), and those files' losses by the pid
    /// their name gives (`<pid>-<t>.jsonl`; the name is the tracer's, so it is the process's pid unless forged).
    static func readLogs(directory: String) -> (logs: [RawProcessLog], lost: Int, unreadFiles: [ProcessLoss]) {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".jsonl") }.sorted()
        // Each process's file is read and parsed on its own core: nothing is shared until the merge.
        let read = ParallelResults<(log: RawProcessLog?, lost: Int)>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            read[i] = RawProcessLog.read(path: directory + "/" + files[i])
        }
        var logs: [RawProcessLog] = []
        var lost = 0
        var unread: [ProcessLoss] = []
        for (i, (log, missing)) in read.values.enumerated() {
            lost += missing + (log?.lost ?? 0)
            if let log { logs.append(log) }
            if log == nil, missing > 0 {
                let pid = files[i].split(separator: "-").first.flatMap { Int32($0) } ?? 0
                unread.append(ProcessLoss(pid: max(pid, 0), process: nil, lost: missing))
            }
        }
        return (logs, lost, unread)
    }

    /// Merges logs already read (in file-name order).
    /// - Parameter end: when the main process ended and how the run went; nil while the run is live, when
    ///   no end is added (nothing is invented).
    ///   `unreadFiles`: the losses of files with no readable `proc` line (`readLogs`), listed after the logs' own.
    static func merge(logs: [RawProcessLog], lost: Int, unreadFiles: [ProcessLoss] = [], startNs: UInt64,
                      end: (ns: UInt64, run: RunFacts)?, mainPid: Int32, observations: [Observation] = []) -> MergedTrace {
        // Small keys are staged and sorted, and each event is made once, in its place: staging whole events
        // moved megabytes around (and touched as much new memory) for a long run.
        var staged: [(t: Int64, file: Int, n: Int64, item: Int, thread: EventName)] = []
        staged.reserveCapacity(logs.reduce(0) { $0 + $1.records.count } + observations.count + 1)
        // A process's name is looked up in its records: once per log, not once per use.
        let processNames = logs.map(\.processName)
        let processes = processNames.map(EventName.init)
        var outOfRun = 0
        var losses: [ProcessLoss] = []
        for (fileIndex, log) in logs.enumerated() {
            let outBefore = outOfRun
            // A `thread` line names its ident from then on: an ident can be reused by a later thread.
            var threads: [Int64: EventName] = log.mainTid.map { [$0: TracerRecord.mainThread] } ?? [:]
            var unnamed: [Int64: EventName] = [:]
            let mainTid = log.mainTid, isMain = log.role == "main"
            for (index, record) in log.records.enumerated() {
                if record.is(TracerRecord.threadKind) {
                    // The thread that forked a child is that child's main thread (threading.main_thread() after a
                    // fork), whatever it was called in the parent: a Pool's replacement worker is forked by the
                    // pool's _handle_workers thread, but it is not that thread.
                    if let name = record[TracerRecord.nameField]?.stringValue, record.tid != mainTid || isMain {
                        threads[record.tid] = EventName(name)
                    }
                    continue
                }
                guard record.kind != nil, let t = record.t else { continue }
                // A time that, made relative to the run's start, is outside any run (a damaged or foreign
                // file): not an event of this run, counted as lost (guard 25).
                guard TracerLineLimits.fitsRun(t &- Int64(startNs)) else { outOfRun += 1; continue }
                let thread = threads[record.tid] ?? Self.unnamedThread(record.tid, &unnamed)
                staged.append((t, fileIndex, record.n, index, thread))
            }
            // This file's share of `lostEvents`, so that a screen can say which process lost how many (gaps 28C).
            let lostHere = log.lost + outOfRun - outBefore
            if lostHere > 0 || log.malformed != nil {
                losses.append(ProcessLoss(pid: log.pid, process: processNames[fileIndex], lost: lostHere, malformed: log.malformed))
            }
        }
        // Events no process file holds, by their place in `extra`.
        var extra: [TraceEvent] = []
        let names = Dictionary(logs.indices.map { (logs[$0].pid, (processNames[$0], logs[$0].ppid)) }) { a, _ in a }
        for (i, observation) in observations.enumerated() {
            let (name, ppid) = names[observation.pid] ?? ("pid \(observation.pid)", 0)
            extra.append(TraceEvent(seq: 0, t: Int64(observation.t) - Int64(startNs), pid: observation.pid, ppid: ppid,
                                    process: name, thread: "MainThread", kind: observation.kind, fields: observation.fields))
            staged.append((Int64(observation.t), logs.count, Int64(i), extra.count - 1, .none))
        }
        // The main process's end, as mp-tutor saw it, goes in at its time: children may outlive the main process.
        let main = logs.first { $0.pid == mainPid && $0.role == "main" }
        if let end {
            extra.append(mainExit(main: main, mainPid: mainPid, t: Int64(end.ns) - Int64(startNs), run: end.run))
            staged.append((Int64(end.ns), logs.count + 1, 0, extra.count - 1, .none))
        }
        staged.sort { ($0.t, $0.file, $0.n) < ($1.t, $1.file, $1.n) }
        let records = logs.map(\.records), sources = logs.map(\.source), pids = logs.map(\.pid), ppids = logs.map(\.ppid)
        var events: [TraceEvent] = []
        var keys: [EventKey?] = []
        events.reserveCapacity(staged.count)
        keys.reserveCapacity(staged.count)
        var labeller = ObjectLabeller()
        for entry in staged {
            var event: TraceEvent
            if entry.file < logs.count {
                let record = records[entry.file][entry.item]
                event = TraceEvent(record: record, kind: record.kind ?? .none, t: (record.t ?? 0) &- Int64(startNs),
                                   pid: pids[entry.file], ppid: ppids[entry.file], process: processes[entry.file], thread: entry.thread)
                keys.append(EventKey(source: sources[entry.file], n: entry.n))
            } else {
                event = extra[entry.item]
                keys.append(nil)
            }
            event.seq = events.count + 1
            labeller.label(&event)
            events.append(event)
        }
        // One process, one exit: a worker that wrote "exit 0" and was then terminated exited by the signal.
        ExitReconciler.reconcile(&events)
        let reported = Set(logs.map(\.pid))
        let spawned = events.filter { $0.is(.processSpawn) }.compactMap { $0.childPid }
        var silent: [Int32] = []
        for pid in spawned where !reported.contains(pid) && !silent.contains(pid) { silent.append(pid) }
        return MergedTrace(events: events, lostEvents: lost + outOfRun, silentProcesses: silent, lostByProcess: losses + unreadFiles,
                           mainProcessFacts: main?.header ?? JSONObject(), keys: keys)
    }
}

private extension TraceMerger {
    /// `Thread <ident>`: the name of a thread that wrote no `thread` line (numbered once per ident).
    static func unnamedThread(_ tid: Int64, _ names: inout [Int64: EventName]) -> EventName {
        if let name = names[tid] { return name }
        let name = EventName("Thread \(tid)")
        names[tid] = name
        return name
    }

    static func mainExit(main: RawProcessLog?, mainPid: Int32, t: Int64, run: RunFacts) -> TraceEvent {
        var fields = JSONObject([("observed_by", .string("mp-tutor"))])
        if let code = run.exitCode { fields[EventField.exitCode] = .int(Int64(code)) }
        if let signal = run.signal { fields[EventField.exitCode] = .int(-Int64(signal)); fields[EventField.signal] = .int(Int64(signal)) }
        return TraceEvent(seq: 0, t: t, pid: mainPid, ppid: main?.ppid ?? 0, process: main?.processName ?? "MainProcess",
                          thread: "MainThread", kind: EventKind.processExit, fields: fields)
    }
}
