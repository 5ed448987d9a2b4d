import TutorCore

extension EventDescriber {
    /// ", with action announce(): …" on a barrier.create that names one (gaps 24A); "" otherwise.
    func barrierActionWords(_ e: TraceEvent) -> String {
        guard let action = e.string(EventField.action) else { return "" }
        return Phrase.evBarrierAction.text(["action": action])
    }

    /// " · wait() returned 2" on a barrier pass (round 29): the index is the party's place in the order of arrival
    /// (threading.Barrier.wait returns `self._count` as it was when that party came), and a program may act on it
    /// (`if barrier.wait() == 0:`); "" in an older record without it.
    func barrierIndexWords(_ e: TraceEvent) -> String {
        guard let index = e.int(EventField.index) else { return "" }
        return Phrase.evBarrierReturned.text(["index": index])
    }

    /// The last arriver's row when its Barrier has an action (gaps 24A): it ran the action before releasing the others.
    func barrierLastRow(_ index: Int) -> String {
        let e = timeline.events[index]
        let object = e.object ?? ""
        let create = timeline.indices(of: .barrierCreate).last { $0 < index && timeline.events[$0].object == e.object }
        guard let create, let action = timeline.events[create].string(EventField.action) else {
            return Phrase.evBarrierLast.text(["object": object])
        }
        return Phrase.evBarrierLastAction.text(["object": object, "action": action])
    }
}
