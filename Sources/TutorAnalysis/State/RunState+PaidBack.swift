import TutorCore

extension RunState.Lock {
    /// The holder of a Semaphore whose unit a release() by a process holding none had given back (round 27S,
    /// r27s_semaphore_close_put_terminate: main acquired Semaphore(1), a child that never acquired it released it, and
    /// the panel went on listing main among the holders). Only when the holders outnumber the Semaphore's units by
    /// exactly one and exactly one of them, holding once, had acquired before the last such release; else nil.
    public var paidBack: (who: String, since: Int64, releaser: String, releasedT: Int64)? {
        guard let units, let last = lastForeignRelease, holders.count == units + 1 else { return nil }
        let earlier = holders.filter { $0.since < last.t }
        guard earlier.count == 1, let paid = earlier.first, holders.filter({ $0.who == paid.who }).count == 1 else { return nil }
        return (paid.who, paid.since, last.who, last.t)
    }
}
