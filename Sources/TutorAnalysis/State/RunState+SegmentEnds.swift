import TutorCore

extension RunState {
    /// A shared memory segment's close() or unlink() (gaps 33C): the panel's line says which processes closed it and
    /// who removed its name, so it does not read as open after both. A failed unlink() removed nothing.
    mutating func applySegmentEnd(_ e: TraceEvent) {
        guard let label = e.object, let s = shared.firstIndex(where: { $0.label == label }) else { return }
        if e.is(.shmClose) {
            if !shared[s].closedBy.contains(e.process), shared[s].closedBy.count < 16 { shared[s].closedBy.append(e.process) }
        } else if e.string(EventField.error) == nil, shared[s].unlinkedBy == nil {
            shared[s].unlinkedBy = e.process
            shared[s].unlinkedAt = e.t
        }
    }
}
