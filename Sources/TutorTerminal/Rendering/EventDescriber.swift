import TutorCore
import TutorAnalysis

/// Says what one event means, in a few words, for a timeline row, in the current language.
public struct EventDescriber: Sendable {
    let timeline: Timeline
    let painter: Painter
    /// When the run made more than one concurrent.futures executor: which executor each `future.start` belongs to (by
    /// event index), so that a work item's rows name it (each executor numbers its work items from 0).
    let workItemOwners: [Int: String]?
    /// The processes whose `process.exit` names an error (a run end's row then says no more of its exit code): found
    /// once, where each row of a run end scanned every event, and the step view draws that row at each frame near it.
    let pidsExitedWithError: Set<Int32>
    /// The first `process.reaped` of each child pid, found in the same pass (a reconciled exit's row scanned for it).
    let firstReapOf: [Int32: Int]
    /// The Event `set()`s that woke no one, with the waits that had timed out before (`StateQueries.wakesOfSetsWokeNoOne`).
    let setsWokeNoOne: [Int: [Int]]
    /// A plain Lock's releases by a process other than the one that acquired it (`StateQueries.releasesByOthers`).
    let releasesByOthers: [Int: StateQueries.ReleaseByOther]
    /// The Condition waits a program's `wait_for()` made (`StateQueries.waitsInsideWaitFor`), found once.
    let waitsInsideWaitFor: [Int: StateQueries.WaitInsideWaitFor]
    /// The timed-out `result()` ends in runs of such calls (`StateQueries.resultPollRuns`, gaps 33D), found once.
    let resultPollRuns: [Int: ResultPollRun]

    public init(timeline: Timeline, painter: Painter) {
        self.timeline = timeline
        self.painter = painter
        self.workItemOwners = ExecutorFigures.workItemOwnersWhenSeveral(timeline)
        var pids = Set<Int32>(), reaps: [Int32: Int] = [:]
        for i in timeline.indices(of: .processExit, .processReaped) {
            let e = timeline.events[i]
            if e.is(.processReaped) {
                if let child = e.childPid, reaps[child] == nil { reaps[child] = i }
            } else if e.string(EventField.error) != nil {
                pids.insert(e.pid)
            }
        }
        pidsExitedWithError = pids
        firstReapOf = reaps
        setsWokeNoOne = StateQueries.wakesOfSetsWokeNoOne(in: timeline)
            .merging(StateQueries.managerEventSetsWokeNoOne(in: timeline)) { a, _ in a }
        releasesByOthers = StateQueries.releasesByOthers(in: timeline)
        waitsInsideWaitFor = StateQueries.waitsInsideWaitFor(in: timeline)
        resultPollRuns = StateQueries.resultPollRuns(in: timeline)
    }

    /// Event `index` of the timeline in a few words, on one line: a newline inside a program's text
    /// (an exception message, an item's repr) is shown as `↵`, so it cannot break the row layout.
    public func describe(_ index: Int) -> String {
        let text = describeEvent(index)
        guard Self.mayHoldNewline(text), text.contains(where: \.isNewline) else { return text }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .joined(separator: painter.symbol(" ↵ ", ascii: " \\n "))
    }

    private func describeEvent(_ index: Int) -> String {
        let e = timeline.events[index]
        let object = e.object ?? ""
        if let hand = handForkEvent(e, child: e.name ?? Phrase.evChild.text()) { return hand }
        if let selector = selectorRow(e) { return selector }
        if let bare = bareFutureRow(e, index) { return bare }     // gaps 33A: a Future#N, not a work item
        // Each aspect's rows (EventDescriber+<Aspect>Rows.swift); a kind none of them has: a failed call's row, or its name.
        return processRow(e, index, object) ?? poolRow(e, index, object) ?? queueRow(e, index, object)
            ?? syncRow(e, index, object) ?? managerRow(e, index, object) ?? threadRow(e, index, object)
            ?? failedCallRow(e, index: index) ?? e.kind + (e.object.map { " " + $0 } ?? "")
    }
}
