import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// The row of an Event's `set()`; when the record shows it woke no one, because every wait on it before had run out
    /// of time (gaps 17A, r16_start_gun_wait_timeout: the gun fired after both racers had given up and ended), it says so.
    func eventSetRow(_ e: TraceEvent, _ object: String, index: Int) -> String {
        let row = Phrase.evEventSet.text(["object": object])
        guard let wakes = setsWokeNoOne[index] else { return row }
        let waits = wakes.map { i in
            Phrase.evSetTimedOutWait.text(["who": Self.waiterName(timeline.events[i]), "t": Format.seconds(timeline.events[i].t)])
        }
        return row + Phrase.evSetWokeNoOne.text(["object": object, "waits": waits.joined(separator: Phrase.noteStaleCheckJoin.text())])
    }
}

extension EventDescriber {
    /// After a Manager Event's `set()` row: that it woke no one, when the record shows it (gaps 18B); "" otherwise.
    func managerSetWokeNoOne(_ object: String, index: Int) -> String {
        guard timeline.events[index].is(.managerCall), let wakes = setsWokeNoOne[index] else { return "" }
        let waits = wakes.map { i in
            Phrase.evSetTimedOutWait.text(["who": Self.waiterName(timeline.events[i]), "t": Format.seconds(timeline.events[i].t)])
        }
        return Phrase.evSetWokeNoOne.text(["object": object, "waits": waits.joined(separator: Phrase.noteStaleCheckJoin.text())])
    }
}

private extension EventDescriber {
    static func waiterName(_ e: TraceEvent) -> String { e.thread == "MainThread" ? e.process : "\(e.process)/\(e.thread)" }
}
