import Foundation

/// How wide the terminal draws East Asian Ambiguous characters (①, ─, │, ●, ·, …).
///
/// Most terminals draw them one column wide (the narrow reading, the default); terminals set up
/// for CJK draw them two wide. Every column count in mp-tutor follows this one process-wide
/// reading, set at start-up from `--ambiguous-wide` or `MP_TUTOR_AMBIGUOUS_WIDE=1`.
public enum AmbiguousWidth {
    /// The environment variable that asks for the wide reading (`1`, `yes` or `true`).
    static let environmentVariable = "MP_TUTOR_AMBIGUOUS_WIDE"

    /// Whether ambiguous characters count two columns.
    public static var isWide: Bool {
        get { state.withLock { $0 } }
        set { state.withLock { $0 = newValue } }
    }

    /// Whether `environment` asks for the wide reading.
    public static func isWide(in environment: [String: String]) -> Bool {
        ["1", "yes", "true", "on"].contains(environment[environmentVariable]?.lowercased() ?? "")
    }

    /// Runs `body` with the given reading, then restores the previous one (for tests and goldens).
    static func withReading<T>(wide: Bool, _ body: () throws -> T) rethrows -> T {
        let previous = isWide
        isWide = wide
        defer { isWide = previous }
        return try body()
    }

    private static let state = LockedFlag()
}

/// A Bool behind a lock: read on every measurement, written once at start-up.
private final class LockedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func withLock<T>(_ body: (inout Bool) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
