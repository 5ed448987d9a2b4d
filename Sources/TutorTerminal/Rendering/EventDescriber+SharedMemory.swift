import TutorCore
import TutorAnalysis

/// The rows of shared_memory's segments: a SharedMemory or ShareableList created or attached, closed, unlinked.
extension EventDescriber {
    func sharedMemoryRow(_ e: TraceEvent, _ object: String) -> String {
        let error = e.string(EventField.error) ?? Phrase.evAnException.text()
        let segment = e.name ?? "?"
        let size = e.int(EventField.size).map(String.init) ?? "?"
        switch e.known {
        case .shmCreate where e.objectType == "ShareableList":
            return Phrase.evShmCreateList.text(["object": object, "value": e.string(EventField.value) ?? "?", "name": segment, "size": size])
        case .shmCreate:
            return Phrase.evShmCreate.text(["object": object, "name": segment, "size": size]) + bufNotTraced(e, object)
        case .shmAttach:
            return Phrase.evShmAttach.text(["object": object, "name": segment, "size": size]) + bufNotTraced(e, object)
        case .shmClose:
            return Phrase.evShmClose.text(["object": object])
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
