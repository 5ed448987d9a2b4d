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

    /// Writes the transcript to `path`, replacing the file atomically so that a half-written file never appears.
    public static func write(_ transcript: Transcript, to path: String) throws {
        do {
            try Data(text(of: transcript).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw MPTutorError.other("could not write the transcript to \(path): \(error.localizedDescription)")
        }
    }
}

extension JSONObject {
    var asValue: JSONValue { .object(self) }
}
