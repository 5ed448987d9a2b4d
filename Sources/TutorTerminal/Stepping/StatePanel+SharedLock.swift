import TutorCore
import TutorAnalysis

extension StatePanel {
    /// ` · lock Lock#1, passed by the program (lock=)`: the lock a Value or Array takes on every read and write, when the
    /// record names it (round 35S: r35s_stats_one_lock_hang's panel said "Value#1 (c_int): initially 0" and the Lock
    /// the program gave it, the one its getter waited for, showed only in the creation row). Empty for a raw object.
    func lockText(_ object: RunState.Shared) -> String {
        guard let lock = object.lock else { return "" }
        let phrase: Phrase = object.userLock ? .panelSharedLockGiven : .panelSharedLock
        return dot + painter.paint(phrase.text(["lock": lock]), .dim)
    }
}
