/// The ranges every number read from a transcript must lie in, checked where the number is read.
///
/// Transcripts are shared files, so a number in one can be anything JSON allows. Renderers do
/// arithmetic on times, turn exit codes into signal numbers and repeat things `count` times; a value
/// outside these ranges would trap, hang or allocate without bound, so the reader refuses it with
/// the file and line instead. The ranges are wide enough for any real run.
enum TranscriptLimits {
    /// Times and durations in ns: about 11.5 days either way, so sums and differences of two cannot overflow.
    static let time: ClosedRange<Int64> = -1_000_000_000_000_000...1_000_000_000_000_000
    /// A moment of the run: from its start on.
    static let moment: ClosedRange<Int64> = 0...time.upperBound
    /// Process ids (and thread ids, which are as wide as a pointer).
    static let pid: ClosedRange<Int64> = 0...Int64(Int32.max)
    /// An exit code: 0–255, or minus the signal that ended the process.
    static let exitCode: ClosedRange<Int64> = -255...255
    static let signal: ClosedRange<Int64> = 0...255
    /// Counters a renderer repeats once each (`pool.submit` chunks, lock levels taken at once).
    static let chunks: ClosedRange<Int64> = 0...(1 << 20)
    static let count: ClosedRange<Int64> = -(1 << 16)...(1 << 16)
    /// Everything a file's `chunks` and `count` fields may ask renderers to repeat, added up.
    static let repeatBudget: Int64 = 1 << 21
    /// Any other integer: exact as a Double, and far from overflow when a few are added.
    static let anyInteger: ClosedRange<Int64> = -(1 << 53)...(1 << 53)
    /// Seconds (timeouts): a little over 31 years.
    static let seconds: ClosedRange<Double> = 0...1e9
    /// Sequence numbers and counts of events.
    static let eventCount: ClosedRange<Int64> = 0...(1 << 40)
    static let cpus: ClosedRange<Int64> = 0...(1 << 20)

    /// Per-field ranges for event fields; integer fields not named here get `anyInteger`.
    static let eventFields: [String: ClosedRange<Int64>] = [
        "exitcode": exitCode, "returncode": exitCode, "signal": signal,
        "child_pid": pid, "parent_pid": pid, "server_pid": pid, "sender_pid": pid,
        "chunks": chunks, "count": count,
        "thread_tid": 0...anyInteger.upperBound, "recursion_limit": 1...Int64(Int32.max),
        "order": 1...count.upperBound,
        "waited_ns": moment, "slept_ns": moment, "duration_ns": moment, "cpu_ns": moment, "ready_ns": moment,
    ]

    /// Checks an integer; the message names the key and the allowed range.
    static func check(_ value: Int64, _ range: ClosedRange<Int64>, key: String) throws(TranscriptDecodingError) -> Int64 {
        guard range.contains(value) else {
            throw TranscriptDecodingError(Phrase.trOutOfRange.text(["key": key, "value": value, "low": range.lowerBound, "high": range.upperBound]))
        }
        return value
    }

    /// Reads an optional integer under `key`: absent or null is nil, anything else must be a whole number in range.
    static func int(_ object: JSONObject, _ key: String, _ range: ClosedRange<Int64>) throws(TranscriptDecodingError) -> Int64? {
        try int(object[key], key, range)
    }

    /// The same for a value already looked up.
    static func int(_ value: JSONValue?, _ key: String, _ range: ClosedRange<Int64>) throws(TranscriptDecodingError) -> Int64? {
        guard let value, value != .null else { return nil }
        guard let number = value.intValue else { throw TranscriptDecodingError(Phrase.trWholeNumber.text(["key": key])) }
        return try check(number, range, key: key)
    }

    /// Reads an optional list of integers, each in range.
    static func ints(_ object: JSONObject, _ key: String, _ range: ClosedRange<Int64>) throws(TranscriptDecodingError) -> [Int64] {
        guard let value = object[key], value != .null else { return [] }
        guard let items = value.arrayValue else { throw TranscriptDecodingError(Phrase.trListOfWhole.text(["key": key])) }
        var out: [Int64] = []
        for item in items {
            guard let number = item.intValue else { throw TranscriptDecodingError(Phrase.trListOfWhole.text(["key": key])) }
            out.append(try check(number, range, key: key))
        }
        return out
    }

    /// Reads optional seconds: finite and in `seconds`.
    static func seconds(_ object: JSONObject, _ key: String) throws(TranscriptDecodingError) -> Double? {
        guard let value = object[key], value != .null else { return nil }
        guard let number = value.doubleValue, number.isFinite, seconds.contains(number) else {
            throw TranscriptDecodingError(Phrase.trSeconds.text(["key": key, "max": Int64(seconds.upperBound)]))
        }
        return number
    }

    /// Checks every number among an event's own fields; returns how many times they ask renderers to repeat something.
    @discardableResult
    static func checkEventFields(_ fields: JSONObject) throws(TranscriptDecodingError) -> Int64 {
        var repeats: Int64 = 0
        for member in fields.members { repeats += try checkEventField(member.key, member.value) }
        return repeats
    }

    /// The same for a key the reader numbered: its range is looked up once per distinct key (in `EventNames`),
    /// not hashed per field. A key with controls has no range either way (its safe form is not a field name).
    static func checkEventField(_ key: String, _ name: EventName, _ value: JSONValue) throws(TranscriptDecodingError) -> Int64 {
        switch value {
        case .int, .double: try checkEventField(key, value, range: name.fieldRange)
        default: 0
        }
    }

    /// Checks one field's number, if it is one; returns how many times it asks renderers to repeat something.
    static func checkEventField(_ key: String, _ value: JSONValue) throws(TranscriptDecodingError) -> Int64 {
        switch value {
        case .int, .double: try checkEventField(key, value, range: eventFields[key])
        default: 0
        }
    }

    private static func checkEventField(_ key: String, _ value: JSONValue, range: ClosedRange<Int64>?) throws(TranscriptDecodingError) -> Int64 {
        switch value {
        case .int, .double:
            guard let whole = value.intValue else {
                // A fraction (a timeout, a float Value): finite is all that renderers need.
                guard range == nil, let number = value.doubleValue, number.isFinite else {
                    throw TranscriptDecodingError((range == nil ? Phrase.trFinite : Phrase.trWholeNumber).text(["key": key]))
                }
                return 0
            }
            let checked = try check(whole, range ?? anyInteger, key: key)
            return key == "chunks" || key == "count" ? abs(checked) : 0
        default:
            return 0
        }
    }
}
