import TutorCore

extension StateQueries {
    /// True when the event at `step` is a `condition.notify` whose tracer count found no wait() (`waiting` 0) and the
    /// state model, after that step, shows no thread of any process blocked in a wait() of that Condition.
    ///
    /// A wait() records its `condition.wait` while it still holds the Condition's lock, and a notify() needs that lock:
    /// every wait() the notify could wake began before it. The two must agree; an older transcript (no `waiting`) says
    /// nothing (gaps 11B).
    static func notifyFoundNobody(at step: Int, in replayer: StateReplayer) -> Bool {
        let events = replayer.timeline.events
        guard events.indices.contains(step), events[step].is(.conditionNotify), events[step].int(EventField.waiting) == 0,
              let object = events[step].object else { return false }
        return !replayer.state(after: step).blocked.contains { call in
            if case .condition(object) = call.target { true } else { false }
        }
    }
}
