import Foundation

/// Writes transcripts as JSON Lines.
public enum TranscriptWriter {
    /// The whole transcript as text, one JSON object per line.
    public static func text(of transcript: Transcript) -> String {
        var out = transcript.header.json.asValue.serialized() + "\n"
        for event in transcript.events { out += event.json.asValue.serialized() + "\n" }
        if let trailer = transcript.trailer { out += trailer.json.asValue.serialized() + "\n" }
        return out
    }

    /// Writes the transcript to `path` as `RecordDestination` says: a regular file atomically (a
    /// half-written file never appears), a symbolic link followed, a device or FIFO as a stream, `-` to
    /// standard output. Throws `MPTutorError.recordFailed` naming the path.
    public static func write(_ transcript: Transcript, to path: String) throws {
        try RecordDestination(path).write(Array(text(of: transcript).utf8))
    }
}

extension JSONObject {
    var asValue: JSONValue { .object(self) }
}
