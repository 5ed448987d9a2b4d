import TutorCore

/// `/` find over a long run whose words are still being indexed: the view does not stop to describe
/// every event itself; it says how far the index has come and stays open to keys. Meanwhile the view
/// describes the first few thousand events after the step (a near match is found at once), then events
/// from the run's end backwards, towards the index coming forwards, so the two threads share the work;
/// the answer is given once they meet (or either reaches a match that nothing before it can beat), and
/// it is the answer a find over the whole index gives.
extension StepSession {
    /// A find waiting for the index.
    struct PendingFind: Sendable, Equatable {
        var query: String
        /// Events from `tail` to the last were described by the view, from the end backwards.
        var tail: Int
        /// The first of them that matched.
        var tailMatch: Int?
        /// Events from the step to this one were searched in the index already, without a match: each
        /// poll searches only what the index added since (searching the whole indexed run again every
        /// 100 ms made a find's cost grow with the square of the run).
        var searched = 0
        /// Events the view may still describe forwards from the step before it turns to the end: a match a
        /// few steps on is found at once, not after the index or the tail reaches it.
        var forward: Int
        /// The number of events of the model the find began on: a model of another length (a live run read
        /// again) starts the find over.
        var over = -1
        /// The row prefilter for the query, made once for the find's polls.
        var prefilterCache = FindPrefilterCache()

        init(query: String, tail: Int, tailMatch: Int?, forward: Int = StepSession.forwardEvents) {
            self.query = query
            self.tail = tail
            self.tailMatch = tailMatch
            self.forward = forward
            over = tail
        }
    }

    /// How long the view describes events each time it asks again (it looks at the keys and the screen
    /// between, a few milliseconds later): a learner waiting for a find waits for nothing else, and a key
    /// still stops the find within this time.
    static let describingNs: UInt64 = 50_000_000
    /// The first time, less: the key line says the find is under way within a frame of Enter, not 50 ms later.
    static let firstDescribingNs: UInt64 = 10_000_000
    /// Events a find describes forwards from the step (a few milliseconds) before it describes from the end.
    static let forwardEvents = 4_096
    /// Events a find puts in words (or rules out) between looks at the index and the clock.
    static let eventsPerLook = 64

    /// Finds `query` after the current step: at once when the index (or describing, for a model that
    /// has no index thread) can answer, else it waits in `finding` for `continueFind`. On the first page of a
    /// run still being read, it waits for the whole run unless the page holds a match after the step.
    /// - Parameter forward: events described forwards from the step before describing from the end (tests vary it).
    mutating func startFind(_ query: String, in model: StepModel, forward: Int = forwardEvents) {
        guard model.searchIndex.isStarted || model.isFirstPage else {
            return settle(model.find(query, after: step).map { .found(step: $0.step, wrapped: $0.wrapped) } ?? .nowhere, query)
        }
        finding = PendingFind(query: query, tail: model.count, tailMatch: nil, forward: forward)
        continueFind(in: model, describingFor: Self.firstDescribingNs)
    }

    /// Asks the index again for the find in `finding`, describes more events from the end, and lands on
    /// the answer once it is known.
    /// - Parameter budget: nanoseconds the view may describe events for before it looks at the keys again.
    mutating func continueFind(in model: StepModel, describingFor budget: UInt64 = describingNs) {
        guard var pending = finding else { return }
        let answer = Self.answer(&pending, after: step, in: model, describingFor: budget)
        finding = answer == .notYet ? pending : nil
        settle(answer, pending.query)
        noteState(in: model)
    }

    /// The key line while a find waits for the index: how many steps are in words so far, the index's and
    /// those the view described itself (forwards from the step, and from the end), so the count moves as the
    /// find does.
    func findingLine(_ model: StepModel) -> String? {
        finding.map { pending in
            let indexed = model.searchIndex.indexedCount
            let start = min(max(step, -1), model.count - 1) + 1
            let forwards = max(0, pending.searched - max(start, indexed))
            let n = min(model.count, indexed + forwards + max(0, model.count - pending.tail))
            return Phrase.stepFinding.text(["query": pending.query, "n": n, "total": model.count])
        }
    }
}

private extension StepSession {
    /// The first match after `step` (then from the start), as far as the index and the described tail tell.
    static func answer(_ pending: inout PendingFind, after step: Int, in model: StepModel, describingFor budget: UInt64) -> StepModel.FindAnswer {
        let needle = pending.query.lowercased()
        guard !needle.isEmpty, model.count > 0 else { return .nowhere }
        if model.isFirstPage {
            // The run's first page, while the rest is read: a match after the step on the page is the nearest in
            // the run; else the answer lies past the page, and the find waits for the whole run ("no mention",
            // or a wrap to the page's start, would not be what the whole run's index answers).
            guard let found = model.find(pending.query, after: step), !found.wrapped else { return .notYet }
            return .found(step: found.step, wrapped: false)
        }
        let bytes = Array(needle.utf8)
        let start = min(max(step, -1), model.count - 1) + 1
        if pending.over != model.count { pending = PendingFind(query: pending.query, tail: model.count, tailMatch: nil) }
        let began = MonotonicClock.nowNs()
        var scratch: [UInt8] = []
        // Rows that cannot hold the text are not put in words: on a long Pool.map, nearly all of them. Taken at the
        // first row this poll describes (a poll that only looks at the index takes none) from the find's cache: it
        // is made once per find, where making one at every poll cost more than the poll.
        var prefilter: RowPrefilter?, made = false
        func takePrefilter() -> RowPrefilter? {
            if !made { (prefilter, made) = (pending.prefilterCache.prefilter(bytes, writer: model.searchTexts.writer), true) }
            return prefilter
        }
        // Whether event `event`, which the prefilter left, holds the needle in words.
        func inWords(_ event: Int) -> Bool {
            scratch.removeAll(keepingCapacity: true)
            model.searchTexts.appendUTF8(of: event, to: &scratch)
            return scratch.withUnsafeBytes { text in bytes.withUnsafeBytes { SearchIndex.search($0, in: text) } } != nil
        }
        while true {
            let indexed = model.searchIndex.indexedCount
            // The events after the step that neither the index nor the tail holds yet: indexed..<tail.
            let head = min(max(indexed, start), pending.tail)
            let from = max(start, pending.searched)
            if from < head, let found = model.searchIndex.firstMatch(bytes, in: from..<head).found {
                return .found(step: found, wrapped: false)
            }
            pending.searched = max(pending.searched, head)
            if pending.searched >= pending.tail {
                // Every event after the step has been searched: the tail's match, else from the start.
                if let match = pending.tailMatch { return .found(step: match, wrapped: false) }
                guard start > 0 else { return .nowhere }
                guard indexed >= start else { return .notYet }
                return model.searchIndex.firstMatch(bytes, in: 0..<start).found.map { .found(step: $0, wrapped: true) } ?? .nowhere
            }
            guard MonotonicClock.nowNs() - began < budget else { return .notYet }
            // A few events at a time between looks at the index and the clock: a row the prefilter rules out
            // costs less than either.
            if pending.forward > 0 {
                // The next events after those searched, matched as the index matches: on their bytes. The prefilter
                // skips a run of rows at a time, each read in place.
                let first = max(start, pending.searched)
                let end = min(first + min(pending.forward, Self.eventsPerLook), pending.tail)
                var next = first
                while next < end {
                    let kept = takePrefilter()?.firstKept(from: next, to: end) ?? next
                    pending.forward -= kept - next
                    pending.searched = kept
                    guard kept < end else { break }
                    pending.forward -= 1
                    if inWords(kept) { return .found(step: kept, wrapped: false) }
                    pending.searched = kept + 1
                    next = kept + 1
                }
                continue
            }
            // More events from the end, towards the index.
            let stop = max(pending.searched, pending.tail - Self.eventsPerLook)
            while pending.tail > stop {
                let kept = takePrefilter()?.lastKept(before: pending.tail, downTo: stop) ?? pending.tail - 1
                guard kept >= stop else {
                    pending.tail = stop
                    break
                }
                if inWords(kept) { pending.tailMatch = kept }
                pending.tail = kept
            }
        }
    }

    mutating func settle(_ answer: StepModel.FindAnswer, _ query: String) {
        switch answer {
        case let .found(found, wrapped):
            if found == step {
                message = Phrase.msgOnlyThisStep.text(["query": query])
            } else if wrapped {
                message = Phrase.msgWrapped.text()
            }
            step = found
        case .nowhere:
            message = Phrase.msgNoMention.text(["query": query])
        case .notYet:
            break
        }
    }
}
