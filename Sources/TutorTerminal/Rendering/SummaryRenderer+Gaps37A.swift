import TutorCore
import TutorAnalysis

extension SummaryRenderer {
    /// Gaps 37A: acquisitions of a lock that a shared `Value` took by itself. `Value.value` is a property that takes the
    /// Value's lock around each get and set (CPython `sharedctypes.make_property` / `synchronized`), so a program that
    /// never calls `get_lock()` still acquires the lock once per access. Counted from the record alone: in one thread's
    /// own events, an acquire of the lock a Value was made with, then a read or write of that Value's `.value`, then the
    /// release of that lock, with nothing of that thread's in between. Lock label → (Value label, count).
    func ownLockTakes() -> [String: (value: String, n: Int)] {
        let events = timeline.events
        var valueOfLock: [String: String] = [:]
        for i in timeline.indices(of: .sharedCreate) {
            let e = events[i]
            if let lock = e.lockLabel, let value = e.object, valueOfLock[lock] == nil { valueOfLock[lock] = value }
        }
        guard !valueOfLock.isEmpty else { return [:] }
        // per thread: how far along acquire → access → release it is (1: acquired, 2: accessed), on which lock
        // keyed by pid and the thread name's number: a text made per event was most of this pass on a long run
        var stage: [ThreadKey: (lock: String, step: Int)] = [:]
        var out: [String: (value: String, n: Int)] = [:]
        for e in events {
            // only these four kinds move a thread along; any other event of a thread part-way stops it
            guard e.is(.lockAcquire) || e.is(.lockRelease) || e.is(.sharedRead) || e.is(.sharedWrite) else {
                if !stage.isEmpty { stage[ThreadKey(pid: e.pid, thread: e.threadName)] = nil }
                continue
            }
            let thread = ThreadKey(pid: e.pid, thread: e.threadName)
            let at = stage[thread]
            stage[thread] = nil
            if e.is(.lockAcquire), let lock = e.object, valueOfLock[lock] != nil {
                stage[thread] = (lock, 1)
            } else if let at, at.step == 1, e.is(.sharedRead) || e.is(.sharedWrite), e.attr == "value", e.object == valueOfLock[at.lock] {
                stage[thread] = (at.lock, 2)
            } else if let at, at.step == 2, e.is(.lockRelease), e.object == at.lock, let value = valueOfLock[at.lock] {
                out[at.lock, default: (value: value, n: 0)].n += 1
            }
        }
        return out
    }

    /// " · 3201 of them taken by Value#2 itself: …" on a lock's summary line; "" when the record shows none.
    func ownLockText(_ lock: String, acquisitions: Int, _ takes: [String: (value: String, n: Int)]) -> String {
        guard let take = takes[lock], take.n > 0 else { return "" }
        return take.n >= acquisitions ? Phrase.summaryLockAllByValue.text(["value": take.value])
            : Phrase.summaryLockSomeByValue.text(["n": take.n, "value": take.value])
    }
}

extension SummaryRenderer {
    /// Gaps 37A: one line per Manager whose proxies were called: how many calls, per object and method, and how many
    /// could block in the server (`waited`: a `manager.wait` came first, as for a Manager Lock's acquire()). From the
    /// `manager.call` events alone; an object whose manager the record does not name is counted under "manager".
    func managerCallLines() -> [String] {
        let events = timeline.events
        let calls = timeline.indices(of: .managerCall)
        guard !calls.isEmpty else { return [] }
        var managerOfServer: [Int64: String] = [:], managerOfObject: [String: String] = [:]
        for i in timeline.indices(of: .managerCreate) {
            if let pid = events[i].int(EventField.serverPid), let label = events[i].object { managerOfServer[pid] = label }
        }
        for i in timeline.indices(of: .managerMade) {
            if let pid = events[i].int(EventField.serverPid), let label = events[i].object { managerOfObject[label] = managerOfServer[pid] }
        }
        // manager → object → method → count, each in order of first call
        var order: [String] = [], objects: [String: [String]] = [:], methods: [String: [String]] = [:]
        var counts: [String: Int] = [:], blocking: [String: [String: Int]] = [:], blockingOrder: [String: [String]] = [:]
        for i in calls {
            let e = events[i]
            let object = e.object ?? "?", method = e.string(EventField.method) ?? "?"
            let manager = managerOfObject[object] ?? "manager"
            if objects[manager] == nil { order.append(manager) }
            if !(objects[manager] ?? []).contains(object) { objects[manager, default: []].append(object) }
            if !(methods[object] ?? []).contains(method) { methods[object, default: []].append(method) }
            counts[manager, default: 0] += 1
            counts[object + "\u{0}", default: 0] += 1
            counts[object + "\u{0}" + method, default: 0] += 1
            if e.bool(EventField.waited) == true {
                let call = object + "." + method
                if blocking[manager]?[call] == nil { blockingOrder[manager, default: []].append(call) }
                blocking[manager, default: [:]][call, default: 0] += 1
            }
        }
        let comma = Phrase.listComma.text()
        return order.map { manager in
            let each = (objects[manager] ?? []).map { object in
                Phrase.summaryManagerObject.text(["object": object, "n": counts[object + "\u{0}"] ?? 0, "methods": (methods[object] ?? [])
                    .map { Phrase.summaryManagerMethod.text(["n": counts[object + "\u{0}" + $0] ?? 0, "method": $0]) }.joined(separator: comma)])
            }
            var line = "  " + Phrase.summaryManagerCalls.text(["manager": manager, "n": counts[manager] ?? 0, "list": each.joined(separator: comma)])
            if let blocked = blocking[manager] {
                let list = (blockingOrder[manager] ?? []).map { Phrase.summaryManagerMethod.text(["n": blocked[$0] ?? 0, "method": $0]) }
                line += Phrase.summaryManagerBlocking.text(["n": blocked.values.reduce(0, +), "list": list.joined(separator: comma)])
            }
            return line
        }
    }

    /// Gaps 37A: the processes the waiting ledger has no row for, named, so that "each process" in its heading is true:
    /// those with no wait in the record and those whose waits came to under 10 ms each.
    func unlistedWaitLines(_ all: [ProcessTimeAnalysis.Breakdown], listed: Int) -> [String] {
        guard listed > 0, all.count > listed else { return [] }
        let left = all.filter { !$0.waits.contains { $0.ns >= 10_000_000 } }
        let none = left.filter { $0.waits.isEmpty }, short = left.filter { !$0.waits.isEmpty }
        func names(_ rows: [ProcessTimeAnalysis.Breakdown]) -> String {
            listedNames(rows.map(\.name))
        }
        var out: [String] = []
        for (rows, phrase) in [(none, Phrase.summaryWaitingUnlistedNone), (short, Phrase.summaryWaitingUnlistedShort)] where !rows.isEmpty {
            out += TextWrapper.wrap("    " + phrase.text(["n": rows.count, "total": all.count, "list": names(rows)]),
                                    width: width, indent: "      ", firstIndent: "")
        }
        return out
    }

    /// At most 12 names, then "… N more".
    private func listedNames(_ names: [String]) -> String {
        let shown = names.prefix(12).joined(separator: Phrase.listComma.text())
        return names.count > 12 ? shown + Phrase.listComma.text() + Phrase.summaryMoreProcesses.text(["n": names.count - 12]) : shown
    }
}

/// One thread of one process, by the thread name's number (equal numbers are equal names).
private struct ThreadKey: Hashable {
    var pid: Int32
    var thread: EventName
}
