import TutorCore

extension StateQueries {
    /// What a Barrier's `reset()` found (round 22M, r22m_barrier_reset_abort: "reset() on Barrier#1: every party waiting
    /// there now gets BrokenBarrierError, and Barrier#1 is left usable, not broken" was said of a barrier nobody waited at,
    /// broken by abort() 6 ms before). At `step` (a `barrier.reset`): `waiting`, the processes (or threads) whose
    /// `barrier.wait` there had no `barrier.wake` before `step`; `abort`, the index of the last `barrier.abort` of the
    /// barrier after its previous reset, if any: threading's Barrier (which a manager's and multiprocessing's follow) stays
    /// broken after abort() until a reset(). Nil when `step` is not a reset.
    public static func barrierAtReset(at step: Int, in timeline: Timeline) -> (waiting: [String], abort: Int?)? {
        let events = timeline.events
        guard events.indices.contains(step), events[step].is(.barrierReset), let barrier = events[step].object else { return nil }
        var waiting: [String] = [], keys: [String] = []
        var abort: Int?
        for i in events[..<step].indices where events[i].object == barrier {
            let e = events[i], key = "\(e.pid)/\(e.thread)"
            if e.is(.barrierWait), !keys.contains(key) {
                keys.append(key)
                waiting.append(who(e))
            } else if e.is(.barrierWake), let at = keys.firstIndex(of: key) {
                keys.remove(at: at)
                waiting.remove(at: at)
            } else if e.is(.barrierAbort) {
                abort = i
            } else if e.is(.barrierReset) {
                abort = nil
            }
        }
        return (waiting, abort)
    }
}
