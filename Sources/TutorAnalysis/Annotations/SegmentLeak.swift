import TutorCore

/// A shared_memory segment the program created and never unlinked, as the record proves it: a `shm.create`, and no
/// `shm.unlink` of that object without an error anywhere in the record. When the resource tracker printed its
/// warning about leaked shared_memory objects on stderr, `warning` is that row.
public struct SegmentLeak: Sendable, Equatable {
    public var object: String
    /// The segment's name (`psm_…`).
    public var name: String
    /// The `shm.create`.
    public var created: Int
    /// The resource tracker's warning, when the record has it.
    public var warning: Int?

    /// The step a note about it is shown at: the tracker's warning, else the last event of the object.
    public func step(in events: [TraceEvent]) -> Int {
        warning ?? events.indices.last { events[$0].object == object } ?? created
    }

    /// Every segment created and never unlinked, in the order of creation.
    public static func all(in timeline: Timeline) -> [SegmentLeak] {
        let events = timeline.events
        var created: [(Int, String, String)] = []
        var unlinked: Set<String> = []
        for i in timeline.indices(of: .shmCreate, .shmUnlink) {
            let e = events[i]
            if e.is(.shmCreate), let object = e.object { created.append((i, object, e.name ?? "?")) }
            if e.is(.shmUnlink), e.string(EventField.error) == nil, let object = e.object { unlinked.insert(object) }
        }
        let leaks = created.filter { !unlinked.contains($0.1) }
        guard !leaks.isEmpty else { return [] }
        let warning = trackerWarning(in: timeline)
        return leaks.map { SegmentLeak(object: $0.1, name: $0.2, created: $0.0, warning: warning) }
    }

    /// Whether the record still shows this leak (the checker asks again).
    public func holds(in timeline: Timeline) -> Bool {
        let events = timeline.events
        guard events.indices.contains(created), events[created].is(.shmCreate), events[created].object == object,
              !events.contains(where: { $0.is(.shmUnlink) && $0.object == object && $0.string(EventField.error) == nil }) else { return false }
        return warning == Self.trackerWarning(in: timeline)
    }

    /// The resource tracker's stderr row that warns of leaked shared_memory objects.
    static func trackerWarning(in timeline: Timeline) -> Int? {
        timeline.events.indices.first { i in
            let e = timeline.events[i]
            return e.is(.print) && e.string(EventField.stream) == "stderr" && timeline.process(pid: e.pid)?.role == "resource_tracker"
                && (e.text ?? "").contains("leaked shared_memory objects")
        }
    }
}
