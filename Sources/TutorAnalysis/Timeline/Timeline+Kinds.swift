import TutorCore

extension Timeline {
    /// The positions of the events of these kinds, in order: from the index `TimelineBuilder` made, or, for a
    /// timeline whose events it does not cover (made some other way, or given more events since), by a scan.
    public func indices(of kinds: EventKind...) -> [Int] { indices(of: kinds) }

    /// The same, the kinds in an array.
    public func indices(of kinds: [EventKind]) -> [Int] {
        kindIndex.covers(events.count) ? kindIndex.indices(of: kinds) : events.indices(of: kinds)
    }
}
