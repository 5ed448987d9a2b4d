import TutorCore

extension GenericRules {
    /// The resource tracker's KeyError for a name unregistered twice (`TrackerUnregisteredTwice`), said at its row: who
    /// registered it, and the two unregisters with no register between them (round 32P: a SharedMemory viewer that
    /// unregistered a segment it had attached to, on 3.11/3.12, while the creator's unlink() unregisters it too).
    func trackerUnregisteredTwice() -> [Note] {
        TrackerUnregisteredTwice.all(in: timeline).prefix(Self.perRule).compactMap { found in
            let object = TrackerLeak.object(named: found.name, found.rtype, in: events) ?? "\(found.rtype) \(found.name)"
            let registered = found.registered.map { Phrase.noteTrackerLeakAt.text(["process": events[$0].process,
                                                                                   "t": Format.seconds(events[$0].t)]) }
            let byWhom = registered.isEmpty ? Phrase.noteTrackerTwiceNeverRegistered.text()
                : Phrase.noteTrackerTwiceRegistered.text(["at": registered.joined(separator: Phrase.listComma.text())])
            let text = Phrase.noteTrackerUnregisteredTwice.text([
                "object": object, "registered": byWhom,
                "first": events[found.first].process, "t1": Format.seconds(events[found.first].t),
                "second": events[found.second].process, "t2": Format.seconds(events[found.second].t)])
            return note(found.error, .trackerUnregisteredTwice, text, premise: .trackerUnregisteredTwice(found))
        }
    }
}
