/// What one thread decodes event lines with: its own name table (the numbers are `EventNames`', the same on every
/// thread) and its own field store. One per decoding thread, not one per stretch, so that a long read leaves at most
/// one part-filled field store per thread.
final class EventLineDecoder: @unchecked Sendable {
    let names = TranscriptLine.nameTable()
    var fields = EventFieldWriter()
}
