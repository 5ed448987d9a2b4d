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

extension StateQueries {
    /// Every `event.set` of the run that woke no one (`setWokeNoOne(at:in:)`), in one pass: for the find's prefilter,
    /// which must not rule such a row out by its fixed words (it names the waits it came too late for).
    public static func setsWokeNoOne(in timeline: Timeline) -> Set<Int> {
        Set(wakesOfSetsWokeNoOne(in: timeline).keys)
    }

    /// For each `event.set` that woke no one, the waits that timed out (`setWokeNoOne(at:in:)` of that step), found in
    /// one pass over the run's waits, wakes and sets: a row asking `setWokeNoOne` for itself scanned every earlier wait,
    /// for each set of the run.
    public static func wakesOfSetsWokeNoOne(in timeline: Timeline) -> [Int: [Int]] {
        let events = timeline.events
        // only a wait that ran out of time can leave a set() that wakes no one: most runs have none, and are done here
        guard timeline.indices(of: .eventWake).contains(where: { events[$0].outcome == false }) else { return [:] }
        var open: [String: Set<String>] = [:], lastWake: [String: [String: Int]] = [:], found: [Int: [Int]] = [:]
        for i in timeline.indices(of: .eventWait, .eventWake, .eventSet) {
            let e = events[i], object = e.object ?? "", who = "\(e.pid) \(e.thread)"
            if e.is(.eventWait) {
                open[object, default: []].insert(who)
            } else if e.is(.eventWake) {
                open[object]?.remove(who)
                lastWake[object, default: [:]][who] = i
            } else if e.object != nil, open[object]?.isEmpty ?? true, let wakes = lastWake[object], !wakes.isEmpty,
                      wakes.values.allSatisfy({ events[$0].outcome == false && events[$0].bool(EventField.cleared) != true }) {
                found[i] = wakes.values.sorted()
            }
        }
        return found
    }
}
