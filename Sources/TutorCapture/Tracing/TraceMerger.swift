import Foundation
import TutorCore

/// Everything the tracer recorded in one run, merged into one time-ordered list.
public struct MergedTrace: Sendable {
    var events: [TraceEvent]
    var lostEvents: Int
    var silentProcesses: [Int32]
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
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".jsonl") }.sorted()
        var logs: [RawProcessLog] = []
        var lost = 0
        for file in files {
            let (log, missing) = RawProcessLog.read(path: directory + "/" + file)
            lost += missing + (log?.lost ?? 0)
            if let log { logs.append(log) }
        }
        return merge(logs: logs, lost: lost, startNs: startNs, end: (endNs, run), mainPid: mainPid, observations: observations)
    }

    /// Merges logs already read (in file-name order).
    /// - Parameter end: when the main process ended and how the run went; nil while the run is live, when
    ///   no end is added (nothing is invented).
    static func merge(logs: [RawProcessLog], lost: Int, startNs: UInt64, end: (ns: UInt64, run: RunFacts)?, mainPid: Int32,
                      observations: [Observation] = []) -> MergedTrace {
        var staged: [(t: Int64, file: Int, n: Int64, event: TraceEvent, key: EventKey?)] = []
        var labeller = ObjectLabeller()
        for (fileIndex, log) in logs.enumerated() {
            let name = log.processName
            // A `thread` line names its ident from then on: an ident can be reused by a later thread.
            var threads: [Int64: String] = log.mainTid.map { [$0: "MainThread"] } ?? [:]
            for record in log.records {
                let tid = record["tid"]?.intValue ?? 0
                if record["kind"]?.stringValue == "thread" {
                    // The thread that forked a child is that child's main thread (threading.main_thread() after a
                    // fork), whatever it was called in the parent: a Pool's replacement worker is forked by the
                    // pool's _handle_workers thread, but it is not that thread.
                    if let name = record["name"]?.stringValue, tid != log.mainTid || log.role == "main" { threads[tid] = name }
                    continue
                }
                guard let kind = record["kind"]?.stringValue, let t = record["t"]?.intValue else { continue }
                let fields = JSONObject(record.members.compactMap { member -> (String, JSONValue)? in
                    switch member.key {
                    case "kind", "t", "n", "tid", "object": nil
                    default: (member.key, member.value)
                    }
                })
                let event = TraceEvent(seq: 0, t: t - Int64(startNs), pid: log.pid, ppid: log.ppid, process: name,
                                       thread: threads[tid] ?? "Thread \(tid)", kind: kind,
                                       object: record["object"]?.stringValue, fields: fields)
                let n = record["n"]?.intValue ?? 0
                staged.append((t, fileIndex, n, event, EventKey(source: log.source, n: n)))
            }
        }
        let names = Dictionary(logs.map { ($0.pid, ($0.processName, $0.ppid)) }) { a, _ in a }
        for (i, observation) in observations.enumerated() {
            let (name, ppid) = names[observation.pid] ?? ("pid \(observation.pid)", 0)
            let event = TraceEvent(seq: 0, t: Int64(observation.t) - Int64(startNs), pid: observation.pid, ppid: ppid,
                                   process: name, thread: "MainThread", kind: observation.kind, fields: observation.fields)
            staged.append((Int64(observation.t), logs.count, Int64(i), event, nil))
        }
        // The main process's end, as mp-tutor saw it, goes in at its time: children may outlive the main process.
        let main = logs.first { $0.pid == mainPid && $0.role == "main" }
        if let end {
            staged.append((Int64(end.ns), logs.count + 1, 0,
                           mainExit(main: main, mainPid: mainPid, t: Int64(end.ns) - Int64(startNs), run: end.run), nil))
        }
        // Sorted as small keys, then gathered: moving whole events around in the sort cost more than comparing.
        var order = staged.indices.map { (t: staged[$0].t, file: staged[$0].file, n: staged[$0].n, index: $0) }
        order.sort { ($0.t, $0.file, $0.n) < ($1.t, $1.file, $1.n) }
        var events = order.map { staged[$0.index].event }
        for index in events.indices {
            events[index].seq = index + 1
            labeller.label(&events[index])
        }
        // One process, one exit: a worker that wrote "exit 0" and was then terminated exited by the signal.
        ExitReconciler.reconcile(&events)
        let reported = Set(logs.map(\.pid))
        let spawned = events.filter { $0.is(.processSpawn) }.compactMap { $0.childPid }
        var silent: [Int32] = []
        for pid in spawned where !reported.contains(pid) && !silent.contains(pid) { silent.append(pid) }
        return MergedTrace(events: events, lostEvents: lost, silentProcesses: silent, mainProcessFacts: main?.header ?? JSONObject(),
                           keys: order.map { staged[$0.index].key })
    }
}

private extension TraceMerger {
    static func mainExit(main: RawProcessLog?, mainPid: Int32, t: Int64, run: RunFacts) -> TraceEvent {
        var fields = JSONObject([("observed_by", .string("mp-tutor"))])
        if let code = run.exitCode { fields[EventField.exitCode] = .int(Int64(code)) }
        if let signal = run.signal { fields[EventField.exitCode] = .int(-Int64(signal)); fields[EventField.signal] = .int(Int64(signal)) }
        return TraceEvent(seq: 0, t: t, pid: mainPid, ppid: main?.ppid ?? 0, process: main?.processName ?? "MainProcess",
                          thread: "MainThread", kind: EventKind.processExit, fields: fields)
    }
}
