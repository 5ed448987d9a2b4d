import TutorCore

extension StateQueries {
    /// A `set()` of an Event that woke no one (gaps 17A, r16_start_gun_wait_timeout): at `step` (an `event.set`), no
    /// wait() on that Event was still waiting, and every process or thread that had waited on it before had last woken
    /// because its timeout ran out. The waits that timed out (each waiter's last wake, by index), in the record's order;
    /// nil when someone was waiting, when no wait came before, or when a waiter's last wait ended otherwise.
    public static func setWokeNoOne(at step: Int, in timeline: Timeline) -> [Int]? {
        let events = timeline.events
        guard events.indices.contains(step), events[step].is(.eventSet), let object = events[step].object else { return nil }
        var open: Set<String> = [], lastWake: [String: Int] = [:]
        for i in timeline.indices(of: .eventWait, .eventWake) where i < step && events[i].object == object {
            let e = events[i], who = "\(e.pid) \(e.thread)"
            if e.is(.eventWait) { open.insert(who); continue }
            open.remove(who)
            lastWake[who] = i
        }
        guard open.isEmpty, !lastWake.isEmpty else { return nil }
        let wakes = lastWake.values.sorted()
        // a wake that returned False without a set() that found the flag cleared: its timeout ran out
        return wakes.allSatisfy({ events[$0].outcome == false && events[$0].bool(EventField.cleared) != true }) ? wakes : nil
    }
}
