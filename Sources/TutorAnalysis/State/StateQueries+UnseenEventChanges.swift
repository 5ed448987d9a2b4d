import TutorCore

extension StateQueries {
    /// An Event change that a thread's is_set() polls did not see (round 19, r19_graceful_sigterm_drain): `e` is an
    /// `event.polled` written at the thread's end (`then` null: every poll of its run returned `result`), and in the
    /// run's time (its first poll to its end) a `set()` (the polls returned False) or a `clear()` (they returned True)
    /// of that Event was recorded, by any process. The first such call, by index; nil when none was.
    /// A poll that saw the change would have written a line of its own, so none of the run's polls saw it: the row
    /// must not say the Event never changed.
    public static func eventChangeUnseenByPolls(_ e: TraceEvent, in timeline: Timeline) -> Int? {
        let events = timeline.events
        guard e.is(.eventPolled), e.bool(EventField.then) == nil, let object = e.object,
              let result = e.bool(EventField.result) else { return nil }
        let end = e.t, start = end - (e.int(EventField.sinceNs) ?? 0)
        let change: EventKind = result ? .eventClear : .eventSet
        return timeline.indices(of: change).first {
            events[$0].object == object && events[$0].t >= start && events[$0].t <= end
        }
    }
}
