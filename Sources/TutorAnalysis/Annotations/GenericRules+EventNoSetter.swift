import TutorCore

extension GenericRules {
    /// An Event's wait(timeout) that ran out while nothing in the run could set the Event any more. Round 29S
    /// (r29s_worker_ready_event): the worker raised KeyError before `ready.set()` and ended at once; the parent's
    /// `ready.wait(timeout=3)` went on for the full 3 s and the row said only "woke after 3.001 s (timed out)".
    ///
    /// Said only of a multiprocessing Event (a threading.Event is each process's own copy: g8_thread_event_to_process),
    /// only from the record, at the wake: no `event.set` of that Event before it, every process the run had
    /// started other than the waiter's (its children, pool workers, a manager; not the resource tracker or the fork
    /// server, which run only multiprocessing's code) had a recorded end before it, and the waiter's own process had
    /// no thread of the program's alive besides the waiting one. A set() by any of them would have been recorded.
    func eventWaitsWithNoSetter() -> [Note] {
        let wakes = timeline.indices(of: .eventWake).filter { events[$0].outcome == false }
        guard !wakes.isEmpty else { return [] }
        var notes: [Note] = []
        for w in wakes where notes.count < Self.perRule {
            let wake = events[w]
            guard let object = wake.object, let waited = wake.int(EventField.waitedNs),
                  let ended = Self.othersAllEnded(before: w, waiter: wake, object: object, in: events) else { continue }
            // since the last end or the wait's start, whichever is later: the span lies inside this wait
            let last = max(ended.map(\.t).max() ?? wake.t, wake.t - waited)
            let names = ended.prefix(3).map { Phrase.noteEventNoSetterEnded.text(["name": $0.name, "t": Format.seconds($0.t),
                                                                                  "code": $0.code.map(String.init) ?? "?"]) }
            let more = ended.count > 3 ? Phrase.noteEventNoSetterMore.text(["n": ended.count - 3]) : ""
            let text = Phrase.noteEventNoSetter.text([
                "object": object, "waited": Format.duration(ns: waited), "ended": names.joined(separator: Phrase.noteEventNoSetterSep.text()) + more,
                "t": Format.seconds(last), "idle": Format.duration(ns: max(0, wake.t - last))])
            if let n = note(w, .eventWaitNoSetter, text, premise: nil) { notes.append(n) }
        }
        return notes
    }

    /// The other processes of the run up to `step`, each with its end (time, exit code), when all of them had ended,
    /// none set `object`, and the waiter's process had no program thread alive but the waiter; else nil.
    private static func othersAllEnded(before step: Int, waiter: TraceEvent, object: String, in events: [TraceEvent])
        -> [(name: String, t: Int64, code: Int64?)]? {
        var started: [Int32: String] = [:], order: [Int32] = [], ends: [Int32: (Int64, Int64?)] = [:]
        var threads = Set<String>()
        func saw(_ pid: Int32, _ name: String) {
            guard pid != waiter.pid else { return }
            if started[pid] == nil { order.append(pid) }
            started[pid] = name
        }
        for i in 0..<step {
            let e = events[i]
            // a threading.Event is each process's own (a fork child sets its copy): other processes are beside the point
            if e.is(.eventCreate), e.object == object, e.bool(EventField.threading) == true { return nil }
            // a set() of the Event or of a copy of it (a row "set Event#1 (Process-1's copy)")
            if e.is(.eventSet), let o = e.object, o == object || o.hasPrefix(object + " ") { return nil }
            switch e.known {
            case .processStart:
                if let role = e.role, role == "resource_tracker" || role == "forkserver" { continue }
                saw(e.pid, e.name ?? e.process)
            case .processSpawn:
                if let child = e.childPid { saw(child, e.name ?? started[child] ?? "pid \(child)") }
            case .processExit:
                if ends[e.pid] == nil { ends[e.pid] = (e.t, e.exitCode) }
            case .processReaped:
                if let child = e.childPid, ends[child] == nil { ends[child] = (e.t, e.exitCode) }
            case .threadStart where e.pid == waiter.pid && e.bool(EventField.infra) != true:
                threads.insert(e.name ?? "")
            case .threadExit where e.pid == waiter.pid:
                threads.remove(e.name ?? "")
            default:
                continue
            }
        }
        threads.remove(waiter.thread)
        guard threads.isEmpty, !order.isEmpty else { return nil }
        var out: [(name: String, t: Int64, code: Int64?)] = []
        for pid in order {
            guard let end = ends[pid] else { return nil }
            out.append((started[pid] ?? "pid \(pid)", end.0, end.1))
        }
        return out
    }
}
