#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

/// When to send which signal to a run's process group: SIGINT, then SIGTERM, then SIGKILL.
///
/// Each signal is scheduled at most once, at the earliest time asked for, and a signal is never
/// sent after a stronger one (it could not change anything any more).
struct StopPlan: Sendable {
    /// Seconds between SIGTERM and SIGKILL.
    static let termGrace = 1.0

    private var pending: [Int32: UInt64] = [:]
    /// The strongest signal sent so far, 0 before any.
    private(set) var strongestSent: Int32 = 0
    /// When SIGKILL went out, if it did.
    private(set) var killSentAtNs: UInt64?

    /// Asks for `signal` at `atNs` (kept only if earlier than what was planned).
    mutating func schedule(_ signal: Int32, atNs: UInt64) {
        guard Self.strength(signal) > Self.strength(strongestSent) else { return }
        pending[signal] = min(pending[signal] ?? .max, atNs)
    }

    /// SIGTERM at `atNs`, then SIGKILL `termGrace` later.
    mutating func scheduleTermThenKill(atNs: UInt64) {
        schedule(SIGTERM, atNs: atNs)
        schedule(SIGKILL, atNs: atNs + MonotonicClock.nanoseconds(Self.termGrace))
    }

    /// The next time something is due, if anything is planned.
    var nextDueNs: UInt64? { pending.values.min() }

    /// Removes and returns the signals due at `nowNs`, weakest first, and records them as sent.
    mutating func takeDue(nowNs: UInt64) -> [Int32] {
        let due = pending.filter { $0.value <= nowNs }.keys.sorted { Self.strength($0) < Self.strength($1) }
        for signal in due {
            pending[signal] = nil
            strongestSent = signal
            if signal == SIGKILL { killSentAtNs = nowNs }
        }
        // Anything weaker than what just went out is pointless now.
        pending = pending.filter { Self.strength($0.key) > Self.strength(strongestSent) }
        return due
    }

    private static func strength(_ signal: Int32) -> Int {
        switch signal {
        case SIGKILL: 3
        case SIGTERM: 2
        case SIGINT: 1
        default: 0
        }
    }
}
