import TutorCore

/// A polling loop of timed joins (`while p.is_alive(): p.join(0.1)`, a thread's `t.join(0.1)`) wrote two rows per
/// poll (gaps 11B: a 10 s heartbeat, 200 rows). From the second poll on, each poll that gave up joins the row of the
/// first one's "gave up"; the row then says how many timed joins gave up and over how long. A poll whose join returned
/// (the process or thread ended) is never folded: it keeps its two rows, as does any event with a note.
extension TimelineRenderer {
    /// Whether event `index` (in `events`) continues the join polls of `last`, the lane's last row: `last` ends in a
    /// timed-out join by the same thread of the same process or thread, and the event is the next poll's wait, whose
    /// own join timed out too, or that wait's timed-out end.
    func continuesJoinPolls(_ index: Int, last: TimelineRow, _ events: UnsafeBufferPointer<TraceEvent>) -> Bool {
        let e = events[index], previous = events[last.lastEventIndex]
        guard e.pid == previous.pid, e.thread == previous.thread, Self.sameJoinTarget(e, previous) else { return false }
        if Self.isTimedOutJoin(previous) {
            // The next poll's wait: folded only when its own join gave up too (the poll that returned keeps its rows).
            guard Self.isTimedJoinWait(e), let end = joinEnd(of: index, events) else { return false }
            return Self.isTimedOutJoin(events[end])
        }
        // The end of a wait folded just before: it gave up (a folded wait was chosen for that).
        return Self.isTimedJoinWait(previous) && Self.isTimedOutJoin(e) && events[last.eventIndex].is(anyOf: Self.joinEnds)
    }

    /// The row of folded join polls in words, or nil when `row` is not one: it begins with a timed-out join and holds
    /// more than that event.
    func joinPollsText(_ row: TimelineRow, by describer: EventDescriber) -> String? {
        let events = timeline.events
        guard row.count > 1, Self.isTimedOutJoin(events[row.eventIndex]) else { return nil }
        let first = events[row.eventIndex], lastEnd = events[row.lastEventIndex]
        let polls = 1 + (row.count - 1) / 2
        let since = first.t - (first.waitedNs ?? 0)
        let values: [String: String] = ["n": "\(polls)", "name": first.name ?? "?", "timeout": first[EventField.timeout]?.displayText ?? "?",
                                        "span": Format.duration(ns: max(0, lastEnd.t - since))]
        return (first.is(.threadJoin) ? Phrase.evThreadJoinPolls : Phrase.evJoinPolls).text(in: .current, filling: values)
    }
}

private extension TimelineRenderer {
    static let joinWaits = EventKindSet([.processJoinWait, .threadJoinWait])
    static let joinEnds = EventKindSet([.processJoin, .threadJoin])

    static func isTimedJoinWait(_ e: TraceEvent) -> Bool {
        e.is(anyOf: joinWaits) && e[EventField.timeout] != nil && e[EventField.timeout] != .null && e.bool(EventField.implicit) != true
    }

    static func isTimedOutJoin(_ e: TraceEvent) -> Bool { e.is(anyOf: joinEnds) && e.bool(EventField.timedOut) == true }

    /// The same child process (by pid) or the same thread (by name), and the same kind of join.
    static func sameJoinTarget(_ a: TraceEvent, _ b: TraceEvent) -> Bool {
        let aThread = a.is(.threadJoinWait) || a.is(.threadJoin), bThread = b.is(.threadJoinWait) || b.is(.threadJoin)
        guard aThread == bThread else { return false }
        return aThread ? a.name == b.name : a.childPid == b.childPid
    }

    /// The join that ends the wait at `index`: the next event of its thread (a join records nothing between them).
    func joinEnd(of index: Int, _ events: UnsafeBufferPointer<TraceEvent>) -> Int? {
        let e = events[index]
        var next = index + 1
        while next < events.count, next - index <= 4096 {
            if events[next].pid == e.pid, events[next].thread == e.thread {
                return events[next].is(anyOf: Self.joinEnds) ? next : nil
            }
            next += 1
        }
        return nil
    }
}
