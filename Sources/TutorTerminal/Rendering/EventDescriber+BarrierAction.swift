import TutorCore

extension EventDescriber {
    /// ", with action announce(): …" on a barrier.create that names one (gaps 24A); "" otherwise.
    func barrierActionWords(_ e: TraceEvent) -> String {
        guard let action = e.string(EventField.action) else { return "" }
        return Phrase.evBarrierAction.text(["action": action])
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
