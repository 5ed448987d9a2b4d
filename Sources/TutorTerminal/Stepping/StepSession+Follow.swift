import TutorCore

/// Keeping the learner's place while a live run's model is rebuilt.
extension StepSession {
    /// Moves the cursor from `old` to `new`, a rebuilt model of the same run: in follow mode to the last
    /// event (when `following` allows it), else onto the SAME event (by its key), wherever it now is.
    /// An index is not enough: a late event that sorts before the cursor shifts every later index.
    mutating func move(from old: StepModel, to new: StepModel, following: Bool = true) {
        if following, follows {
            step = max(0, new.count - 1)
            return
        }
        if let key = old.key(at: step), let index = new.index(of: key) {
            step = index
        } else {
            // No key to go by (an empty model): the same place, within the new model.
            step = min(step, max(0, new.count - 1))
        }
        if following { follows = step >= new.count - 1 }
    }

    /// Moves the cursor from the first page of a run to the whole run's model, onto the same event (by
    /// its `seq`): the page is the start of the same file, so the index nearly always stays.
    mutating func keepEvent(from page: StepModel, to whole: StepModel) {
        let events = page.timeline.events, all = whole.timeline.events
        guard events.indices.contains(step) else { return }
        let seq = events[step].seq
        if all.indices.contains(step), all[step].seq == seq { return }
        step = all.firstIndex { $0.seq >= seq } ?? max(0, all.count - 1)
    }
}
