import TutorCore

extension EventDescriber {
    /// " · MainProcess had called set() at 4.404 s, 416 ms before this poll" on the poll that found an Event set
    /// (round 29, r29_event_shutdown_slow: a worker busy 0.6 s between polls noticed the stop late, and the row read
    /// as if the Event had just been set). From the record: the last `event.set` of that Event before the poll, with
    /// no `event.clear` after it; "" when there is none or it came less than 1 ms before.
    func setBeforeThisPoll(_ poll: TraceEvent) -> String {
        let events = timeline.events
        guard let object = poll.object,
              let set = timeline.indices(of: .eventSet).last(where: { events[$0].object == object && events[$0].t <= poll.t }),
              !timeline.indices(of: .eventClear).contains(where: { $0 > set && events[$0].object == object && events[$0].t <= poll.t })
        else { return "" }
        let ago = poll.t - events[set].t
        guard ago >= 1_000_000 else { return "" }
        return Phrase.evEventPolledSetAgo.text(["who": events[set].thread == "MainThread" ? events[set].process : "\(events[set].process) · \(events[set].thread)", "at": Format.seconds(events[set].t),
                                                "ago": Format.duration(ns: ago)])
    }
}
