import TutorCore

/// A status loop that polls each Future with `result(timeout=0)` wrote two rows per call (round 30F's job-status poller:
/// 160 rows). As join polls fold (`TimelineRenderer+JoinPolls`), from the second call on each `result()` whose timeout ran
/// out joins the row of the first one's TimeoutError: same process and thread, the same executor's work items, one call
/// after another on that lane. The row then says how many calls gave up, over how long, and which work items had not
/// finished. A call that returned or raised anything but TimeoutError keeps its rows, as does any event with a note.
extension TimelineRenderer {
    /// The kinds a run of result() polls is made of (tested in place before `continuesResultPolls`).
    static let resultPollKinds = EventKindSet([.futureWait, .futureWaited])

    /// Whether event `index` continues the result() polls of `last`, the lane's last row: `last` began with a timed-out
    /// `result()` and ends in one (or in the next call's wait, folded just before), by the same thread, on the same
    /// executor; the event is the next call's timed `result()` wait whose own call timed out too, or that wait's end.
    func continuesResultPolls(_ index: Int, last: TimelineRow, _ events: UnsafeBufferPointer<TraceEvent>) -> Bool {
        let e = events[index], previous = events[last.lastEventIndex]
        guard e.pid == previous.pid, e.thread == previous.thread, e.object == previous.object,
              isTimedOutResult(last.eventIndex, events) else { return false }
        if previous.is(.futureWaited) {
            guard Self.isTimedResultWait(e), let end = waitEnd(of: index, events) else { return false }
            return isTimedOutResult(end, events)
        }
        return Self.isTimedResultWait(previous) && e.is(.futureWaited) && e.work == previous.work && isTimedOutResult(index, events)
    }

    /// The row of folded result() polls in words, or nil when `row` is not one: it begins with a timed-out `result()`
    /// and holds more than that event.
    func resultPollsText(_ row: TimelineRow) -> String? {
        let events = timeline.events
        guard row.count > 1, events[row.eventIndex].is(.futureWaited) else { return nil }
        let isPolls = events.withUnsafeBufferPointer { isTimedOutResult(row.eventIndex, $0) }
        guard isPolls else { return nil }
        let first = events[row.eventIndex], lastEnd = events[row.lastEventIndex]
        // the row's calls: every end of that thread in it (other lanes' events lie between them)
        var calls = 0, items: [Int64] = []
        for i in row.eventIndex...row.lastEventIndex {
            let e = events[i]
            guard e.pid == first.pid, e.thread == first.thread, e.is(.futureWaited) else { continue }
            calls += 1
            if let work = e.work, !items.contains(work) { items.append(work) }
        }
        let shown = items.prefix(8).map(String.init).joined(separator: Phrase.listComma.text())
            + (items.count > 8 ? Phrase.listComma.text() + painter.symbol("…", ascii: "...") : "")
        let wait = waitOf(row.eventIndex)
        let since = first.t - (first.waitedNs ?? 0)
        return Phrase.evResultPolls.text(["n": calls, "timeout": wait.flatMap { events[$0][EventField.timeout]?.displayText } ?? "?",
                                          "span": Format.duration(ns: max(0, lastEnd.t - since)),
                                          "items": (items.count == 1 ? Phrase.evResultPollsItemOne : .evResultPollsItems).text(["list": shown])])
    }
}

private extension TimelineRenderer {
    /// A `result()` wait with a timeout (the tracer names the call on the wait only).
    static func isTimedResultWait(_ e: TraceEvent) -> Bool {
        e.is(.futureWait) && e.string(EventField.call) == "result()" && e[EventField.timeout] != nil && e[EventField.timeout] != .null
    }

    /// Whether the event at `index` is the end of a timed `result()` wait that raised TimeoutError: its wait is the
    /// previous event of its thread.
    func isTimedOutResult(_ index: Int, _ events: UnsafeBufferPointer<TraceEvent>) -> Bool {
        let e = events[index]
        guard e.is(.futureWaited), e.ok == false, e.string(EventField.error) == "TimeoutError",
              let wait = waitOf(index, events) else { return false }
        return Self.isTimedResultWait(events[wait]) && events[wait].work == e.work
    }

    /// The wait that the end at `index` ends: the previous event of its thread (a wait records nothing between them).
    func waitOf(_ index: Int, _ events: UnsafeBufferPointer<TraceEvent>) -> Int? {
        let e = events[index]
        var previous = index - 1
        while previous >= 0, index - previous <= 4096 {
            if events[previous].pid == e.pid, events[previous].thread == e.thread {
                return events[previous].is(.futureWait) ? previous : nil
            }
            previous -= 1
        }
        return nil
    }

    func waitOf(_ index: Int) -> Int? { timeline.events.withUnsafeBufferPointer { waitOf(index, $0) } }

    /// The end of the wait at `index`: the next event of its thread.
    func waitEnd(of index: Int, _ events: UnsafeBufferPointer<TraceEvent>) -> Int? {
        let e = events[index]
        var next = index + 1
        while next < events.count, next - index <= 4096 {
            if events[next].pid == e.pid, events[next].thread == e.thread {
                return events[next].is(.futureWaited) ? next : nil
            }
            next += 1
        }
        return nil
    }
}
