import TutorCore

/// A lock's figures for the summary, counted from its waits (`WaitLedger`), so a wait that never ended
/// (a deadlock) is counted too.
public struct LockFigures: Sendable {
    public var acquisitions: Int
    /// Acquisitions that came after a recorded wait.
    public var hadToWait: Int
    /// Timed acquires that gave up.
    public var timedOut: Int
    /// Waits that never ended in the record.
    public var unfinishedWaits: [WaitLedger.Wait]
    public var unfinished: Int { unfinishedWaits.count + timedOut }

    public init(lock: LockActivity, ledger: WaitLedger) {
        let waits = ledger.waits.filter { $0.beginKind == .lockWait && $0.target == lock.object }
        acquisitions = lock.holds.count
        hadToWait = waits.filter { $0.endIndex != nil && $0.endKind(in: ledger) != .lockTimeout }.count
        timedOut = waits.filter { $0.endKind(in: ledger) == .lockTimeout }.count
        unfinishedWaits = waits.filter(\.isUnfinished)
    }
}

extension WaitLedger.Wait {
    /// The kind of the event that ended the wait, if one did.
    func endKind(in ledger: WaitLedger) -> EventKind? { endIndex.flatMap { ledger.kinds[$0] } }
}
