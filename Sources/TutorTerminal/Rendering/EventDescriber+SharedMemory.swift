import TutorCore
import TutorAnalysis

/// The rows of shared_memory's segments: a SharedMemory or ShareableList created or attached, closed, unlinked.
extension EventDescriber {
    func sharedMemoryRow(_ e: TraceEvent, _ object: String, at index: Int) -> String {
        let error = e.string(EventField.error) ?? Phrase.evAnException.text()
        let segment = e.name ?? "?"
        let size = e.int(EventField.size).map(String.init) ?? "?"
        switch e.known {
        case .shmCreate where e.objectType == "ShareableList":
            return Phrase.evShmCreateList.text(["object": object, "value": e.string(EventField.value) ?? "?", "name": segment, "size": size])
        case .shmCreate:
            return Phrase.evShmCreate.text(["object": object, "name": segment, "size": size]) + bufNotTraced(e, object) + notTracked(e)
        case .shmAttach:
            return Phrase.evShmAttach.text(["object": object, "name": segment, "size": size]) + bufNotTraced(e, object) + notTracked(e)
        case .shmAttachError:
            return attachFailedRow(e, object, at: index)
        case .shmClose:
            return closeRow(index, object)
        case .shmUnlink where e.string(EventField.error) != nil:
            return Phrase.evShmUnlinkFailed.text(["object": object, "error": error])
        case .shmUnlink:
            return Phrase.evShmUnlink.text(["object": object, "name": segmentName(of: object) ?? "?"])
        default:
            return e.kind
        }
    }
}

private extension EventDescriber {
    /// A close() row: "the segment stays" unless a process had unlinked the segment's name before it (r32h: a worker's
    /// tidy-up unlink() in finally; the parent's later close() ends the last mapping, and the memory goes with it).
    /// The unlink is found by the segment's name, as each process's object of one segment may differ.
    func closeRow(_ index: Int, _ object: String) -> String {
        guard let segment = segmentName(of: object),
              // the unlinks only (a segment's few), not every event before each close
              let unlink = timeline.indices(of: .shmUnlink).lazy.prefix(while: { $0 < index }).map({ self.timeline.events[$0] })
                  .first(where: { $0.string(EventField.error) == nil && $0.object.map { self.segmentName(of: $0) == segment } == true })
        else { return Phrase.evShmClose.text(["object": object]) }
        return Phrase.evShmCloseUnlinked.text(["object": object, "by": unlink.process, "at": Format.seconds(unlink.t)])
    }

    /// A failed attach by name (gaps 33C), with its cause only when the record shows one: the last create or unlink of
    /// that name before it is an unlink (a create after it would have made the name again).
    func attachFailedRow(_ e: TraceEvent, _ object: String, at index: Int) -> String {
        let segment = e.name ?? "?"
        var text = Phrase.evShmAttachFailed.text(["type": e.objectType ?? "SharedMemory", "name": segment,
                                                 "error": e.string(EventField.error) ?? Phrase.evAnException.text()])
        let made = timeline.indices(of: .shmCreate).lazy.prefix(while: { $0 < index })
            .last { self.timeline.events[$0].name == segment }
        if let unlink = timeline.indices(of: .shmUnlink).lazy.prefix(while: { $0 < index })
            .last(where: { i in
                let u = self.timeline.events[i]
                return u.string(EventField.error) == nil && u.object.map { self.segmentName(of: $0) == segment } == true
            }), made.map({ $0 < unlink }) ?? true {
            let u = timeline.events[unlink]
            text += Phrase.evShmAttachFailedUnlinked.text(["object": u.object ?? object, "by": u.process, "at": Format.seconds(u.t)])
        }
        return text
    }

    /// 3.13's `track=False` on a create or attach: this process did not register the segment (gaps 33C).
    func notTracked(_ e: TraceEvent) -> String {
        e.bool(EventField.track) == false ? Phrase.evShmNotTracked.text() : ""
    }

    /// The segment's name, from the object's create or attach.
    func segmentName(of object: String) -> String? {
        timeline.events.first { ($0.is(.shmCreate) || $0.is(.shmAttach)) && $0.object == object }?.name
    }

    /// A SharedMemory segment's create/attach row says that its `.buf` (a memoryview) is not traced: nothing on the
    /// timeline can show what the processes read or wrote there. A ShareableList's items are traced: nothing added.
    func bufNotTraced(_ e: TraceEvent, _ object: String) -> String {
        e.objectType == "ShareableList" || object.hasPrefix("ShareableList") ? "" : Phrase.evShmBufNotTraced.text()
    }
}
