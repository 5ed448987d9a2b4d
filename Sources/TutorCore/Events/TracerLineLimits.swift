/// The ranges a number read from a run's per-process event file must lie in (guard 25).
///
/// Those files are outside input too (a folder given to `mp-tutor replay`, or a file a program damaged): the
/// transcript reader's ranges (`TranscriptLimits`) apply to each field, and a line with a number outside them is
/// unreadable, skipped and counted as lost, as a line that is not JSON is. Renderers add times and durations; a
/// value past these ranges would trap there.
public enum TracerLineLimits {
    /// A CLOCK_MONOTONIC reading in ns (about 146 years of uptime).
    static let clock: ClosedRange<Int64> = 0...(1 << 62)

    /// Whether a line's own numbers are ones the tracer can write: `n` an event count (-1: a side slot's record,
    /// numbered by the reader), `t` a clock reading.
    static func fits(n: Int64, t: Int64?) -> Bool {
        (-1...TranscriptLimits.eventCount.upperBound).contains(n) && (t.map(clock.contains) ?? true)
    }

    /// Whether an event time made relative to the run's start is within the transcript's range.
    public static func fitsRun(_ relative: Int64) -> Bool { TranscriptLimits.time.contains(relative) }

    /// Whether a field's value (a key the reader numbered) is in the transcript reader's range for it.
    static func fits(_ name: EventName, _ value: JSONValue) -> Bool {
        fits(value, range: name.fieldRange)
    }

    /// The same for a key read the general way.
    static func fits(_ key: String, _ value: JSONValue) -> Bool {
        fits(value, range: TranscriptLimits.eventFields[key])
    }

    private static func fits(_ value: JSONValue, range: ClosedRange<Int64>?) -> Bool {
        switch value {
        case .int, .double:
            guard let whole = value.intValue else { return range == nil && (value.doubleValue?.isFinite ?? false) }
            return (range ?? TranscriptLimits.anyInteger).contains(whole)
        default:
            return true
        }
    }
}
