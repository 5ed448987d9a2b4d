import Foundation

/// The lines of one stretch of a block decoded ahead, on a second thread or on the reader's own while it waits for
/// nothing (`AheadStretches`): reading a long transcript was one core's work (the event line scanner most of it) on
/// a machine with two.
///
/// Only the work that does not hang on earlier lines is done here: each line the event line scanner takes becomes
/// an event, with names numbered through the decoding thread's name table (the numbers are `EventNames`', the same
/// on every thread) and fields in its store (`EventLineDecoder`). Nothing is checked against earlier lines, nothing is thrown: the
/// reader's thread then takes the batch's lines in order (`TranscriptAssembler.take(decoded:)`), checking each as
/// it checks a line it read itself, and reads again the general way every line the scanner did not take (a header,
/// the trailer, an escape, an error, a line too long), or every line after one that changed what a line may be
/// (the trailer). So the transcript, and the first error and its line, are those of reading the lines one by one.
/// Each byte is scanned at most twice (once here, once the general way), so reading stays linear.
final class EventLineBatch: @unchecked Sendable {
    /// One line of the stretch that is not blank.
    struct Line {
        /// Where the line lies in the stretch (without its newline).
        var start: Int
        var end: Int
        /// Its number counted from the stretch's first line (1 for the first).
        var number: Int
        /// Its event in `events`, or -1 when the scanner did not take it.
        var event: Int
    }

    /// The stretch's lines that are not blank, in order; `events` holds those the scanner took.
    private(set) var lines: [Line] = []
    private(set) var events: [TraceEvent] = []
    /// The number of lines in the stretch, blank ones too.
    private(set) var lineCount = 0

    /// Decodes `stretch`, whole lines each ending with a newline, with `decoder`, forgetting the stretch decoded before.
    func decode(_ stretch: UnsafeBufferPointer<UInt8>, with decoder: EventLineDecoder) {
        lines.removeAll(keepingCapacity: true)
        events.removeAll(keepingCapacity: true)
        lineCount = 0
        guard let base = stretch.baseAddress else { return }
        var start = 0
        while start < stretch.count, let found = memchr(base + start, 0x0A, stretch.count - start) {
            let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            lineCount += 1
            let line = UnsafeBufferPointer(rebasing: stretch[start..<end])
            // As `TranscriptAssembler.take` does: a blank line is skipped, a line too long is left to it (to refuse).
            if !TranscriptLine.isBlank(line) {
                var event = -1
                if line.count <= TranscriptReader.maxLineBytes, let decoded = EventLineScanner.event(line, names: decoder.names, fields: &decoder.fields) {
                    event = events.count
                    events.append(decoded)
                }
                lines.append(Line(start: start, end: end, number: lineCount, event: event))
            }
            start = end + 1
        }
    }
}
