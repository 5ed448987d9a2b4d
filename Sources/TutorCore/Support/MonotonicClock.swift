#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The machine-wide monotonic clock, in nanoseconds.
///
/// This is `CLOCK_MONOTONIC`, the clock Python's `time.monotonic_ns()` reads on Linux, so times
/// taken here and times written by the tracer inside python3 lie on one time line.
public enum MonotonicClock {
    /// The current `CLOCK_MONOTONIC` reading in nanoseconds.
    public static func nowNs() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }

    /// Converts seconds (as used in `RunRequest`) to nanoseconds, treating negatives as zero.
    public static func nanoseconds(_ seconds: Double) -> UInt64 {
        seconds > 0 ? UInt64(seconds * 1_000_000_000) : 0
    }
}
