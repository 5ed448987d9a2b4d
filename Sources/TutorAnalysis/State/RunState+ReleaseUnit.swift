import TutorCore

extension RunState {
    /// One `release()` of `locks[l]` by `who`. Its own hold ends when it has one. Otherwise a Semaphore (or
    /// BoundedSemaphore) gains a free unit and every holder stays inside: CPython's `SemLock.release()` is a
    /// `sem_post` whoever calls it (r20h_semaphore_release_to_unstick: a and b inside at once). A Lock, a semaphore
    /// of one with no owner, is free after any process's release: its one holder's hold ends (gaps 19B).
    mutating func releaseUnit(of l: Int, by who: String) {
        if let h = locks[l].holders.firstIndex(where: { $0.who == who }) {
            locks[l].holders.remove(at: h)
        } else if locks[l].type.hasSuffix("Semaphore") {
            locks[l].unitsReleasedByOthers += 1
        } else if let h = locks[l].holders.indices.first {
            locks[l].holders.remove(at: h)
        }
    }
}
