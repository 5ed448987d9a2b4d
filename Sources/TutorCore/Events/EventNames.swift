import Foundation

/// The one table of the names events carry (process, thread, kind, object), each kept once, already
/// sanitized, for as long as the program runs.
///
/// A million events name a handful of processes, threads, kinds and objects: numbering the names lets an
/// event be a plain value (no strings to retain when it is copied, 56 bytes), sanitizes each distinct name
/// once instead of once per event (through `TextSanitizer.line`, the one sanitizer), and resolves each kind
/// to its `EventKind` once. Names are never removed: a run has few, and a hostile file's many distinct names
/// cost here what its events would have held anyway.
///
/// Numbering takes a lock; reading a name does not: an entry is written before its number is handed out and
/// never moves (fixed chunks), and a number only reaches another thread inside an event that was passed on.
final class EventNames: @unchecked Sendable {
    static let shared = EventNames()

    private struct Entry {
        var text: String
        var known: EventKind?
        /// The range of the field this text names, when it is one (`TranscriptLimits.eventFields`).
        var fieldRange: ClosedRange<Int64>?
    }

    private static let chunkBits = 12
    private static let chunkSize = 1 << chunkBits
    private static let chunkCount = 1 << 16

    private let chunks: UnsafeMutablePointer<UnsafeMutablePointer<Entry>?>
    private let lock = NSLock()
    /// Guarded by `lock`: the next number, and the number of every text seen, raw or sanitized.
    private var count = 1
    private var numbers: [String: UInt32] = [:]

    private init() {
        chunks = .allocate(capacity: Self.chunkCount)
        chunks.initialize(repeating: nil, count: Self.chunkCount)
        let first = UnsafeMutablePointer<Entry>.allocate(capacity: Self.chunkSize)
        first.initialize(to: Entry(text: "", known: nil, fieldRange: nil))
        chunks[0] = first
    }

    /// The number of `text` once sanitized: a text seen before (raw or sanitized) costs one lookup.
    func number(of text: String) -> EventName {
        lock.lock()
        defer { lock.unlock() }
        if let number = numbers[text] { return EventName(rawValue: number) }
        let clean = TextSanitizer.line(text)
        if clean != text, let number = numbers[clean] {
            numbers[text] = number
            return EventName(rawValue: number)
        }
        let number = UInt32(count)
        precondition(count < Self.chunkSize * Self.chunkCount, "more distinct event names than mp-tutor can hold")
        let chunk = count >> Self.chunkBits
        if chunks[chunk] == nil { chunks[chunk] = .allocate(capacity: Self.chunkSize) }
        (chunks[chunk].unsafelyUnwrapped + (count & (Self.chunkSize - 1))).initialize(to: Entry(text: clean, known: EventKind(rawValue: clean),
                                                                                               fieldRange: TranscriptLimits.eventFields[clean]))
        count += 1
        numbers[clean] = number
        if clean != text { numbers[text] = number }
        return EventName(rawValue: number)
    }

    /// Whether `text` (raw or sanitized) has been numbered: false means nothing this process read or made so far
    /// (no event's key, kind, process, thread or object) was spelled so.
    func hasNumbered(_ text: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return numbers[text] != nil
    }

    func text(of name: EventName) -> String { entry(name).pointee.text }

    /// The name's text, read where it lies (no copy of the string, for a pass over every event of a long run).
    func withText<R>(of name: EventName, _ body: (String) -> R) -> R { body(entry(name).pointee.text) }

    func known(of name: EventName) -> EventKind? { entry(name).pointee.known }

    func fieldRange(of name: EventName) -> ClosedRange<Int64>? { entry(name).pointee.fieldRange }

    private func entry(_ name: EventName) -> UnsafeMutablePointer<Entry> {
        let number = Int(name.rawValue)
        return chunks[number >> Self.chunkBits].unsafelyUnwrapped + (number & (Self.chunkSize - 1))
    }
}
