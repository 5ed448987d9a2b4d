import Foundation
import TutorCore

/// The generic rules' passes over one run, shared by two threads: each takes the next pass nobody has taken, so
/// a long run's notes are made on two cores in about half the time (a sixth of a million-event replay was the
/// notes, on the main thread alone, while the summary's thread was idle after half of it). Whoever made a pass,
/// its notes are listed in the passes' order (`GenericRules.passes`): the same notes, in the same order, as one
/// thread makes them.
///
/// A pass reads only the timeline, the state model (`StateReplayer`, whose checkpoints are shared under a lock) and a
/// field lookup; each thread has its own lookup (its task index is built on first use, unlocked). A pass that quotes
/// a row (`Pass.quotesRows`) is made by the caller's thread, whose rules have the describer.
public final class NotePasses: @unchecked Sendable {
    public let timeline: Timeline
    public let replayer: StateReplayer
    private let passes: [GenericRules.Pass]
    private let condition = NSCondition()
    /// Guarded by `condition`: the first pass that may not be taken yet, which are taken, each pass's notes once
    /// made, how many are made.
    private var next = 0
    private var taken: [Bool]
    private var made: [[Note]?]
    private var madeCount = 0

    /// The passes of `timeline`'s rules, asked of `replayer` (a new one when nil).
    public convenience init(timeline: Timeline, replayer: StateReplayer? = nil) {
        self.init(timeline: timeline, replayer: replayer, passes: GenericRules.passes)
    }

    init(timeline: Timeline, replayer: StateReplayer?, passes: [GenericRules.Pass]) {
        self.timeline = timeline
        self.replayer = replayer ?? StateReplayer(timeline: timeline)
        self.passes = passes
        taken = Array(repeating: false, count: passes.count)
        made = Array(repeating: nil, count: passes.count)
    }

    /// Makes passes nobody has taken, one at a time, until none is left: another thread's share of the work. It
    /// returns without waiting for the passes other threads took.
    public func help() {
        let rules = GenericRules(timeline: timeline, lookup: EventFieldLookup(timeline), replayer: replayer)
        take(with: rules, quotingRows: false)
    }

    /// Every pass's notes in the passes' order: the caller's `rules` make the passes that quote rows and as many
    /// of the others as nobody else took first, then it waits for those others are making.
    func notes(with rules: GenericRules) -> [Note] {
        take(with: rules, quotingRows: true)
        condition.lock()
        while madeCount < passes.count { condition.wait() }
        let all = made
        condition.unlock()
        return all.flatMap { $0 ?? [] }
    }
}

private extension NotePasses {
    /// Takes and makes passes until none is left for this thread (one quoting rows only when `quotingRows`).
    func take(with rules: GenericRules, quotingRows: Bool) {
        while let index = claim(quotingRows: quotingRows) {
            let notes = passes[index].make(rules)
            condition.lock()
            made[index] = notes
            madeCount += 1
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The first pass not taken that this thread may make (marked taken), or nil.
    func claim(quotingRows: Bool) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        // Helpers skip the passes that quote rows, so the caller looks for those from the start.
        if quotingRows, let index = passes.indices.first(where: { passes[$0].quotesRows && !taken[$0] }) {
            taken[index] = true
            return index
        }
        while next < passes.count, taken[next] || passes[next].quotesRows { next += 1 }
        guard next < passes.count else { return nil }
        taken[next] = true
        return next
    }
}
