/// How long a watchdog may be set for: a week, far beyond any lesson, and far below where the
/// nanosecond arithmetic of deadlines (Int64) would overflow.
public enum WatchdogLimit {
    public static let maximumSeconds: Double = 7 * 24 * 3600

    /// Whether `seconds` can be a watchdog's limit: finite, above zero, at most `maximumSeconds`.
    public static func allows(_ seconds: Double) -> Bool {
        seconds.isFinite && seconds > 0 && seconds <= maximumSeconds
    }
}
