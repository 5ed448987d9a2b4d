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

    /// Whether the unseen change `change` of `e`'s Event stood to the end of the polls' run: no opposite call
    /// (`clear()` after a `set()`, or `set()` after a `clear()`) of that Event was recorded from it to `e`. Then every
    /// poll of the run came before the change took effect: a later poll would have returned the new value, a change
    /// the tracer writes as a line of its own (round 26, r26_shutdown_event_pollers: the row said the polls "may all
    /// have come before it", as if one might have come after and missed it).
    public static func eventChangeStood(_ e: TraceEvent, change: Int, in timeline: Timeline) -> Bool {
        let events = timeline.events
        guard let object = e.object else { return false }
        let opposite: EventKind = events[change].is(.eventSet) ? .eventClear : .eventSet
        return !timeline.indices(of: opposite).contains {
            $0 != change && events[$0].object == object && events[$0].t >= events[change].t && events[$0].t <= e.t
        }
    }
}
