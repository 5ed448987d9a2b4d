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

    /// The whole transcript as UTF-8 bytes: `text(of:)`'s bytes, written straight into one buffer.
    public static func bytes(of transcript: Transcript) -> [UInt8] {
        var all: [UInt8] = []
        all.reserveCapacity(256 + transcript.events.count * 160)
        pieces(of: transcript) { all += $0 }
        return all
    }

    /// Writes the transcript to `path` as `RecordDestination` says: a regular file atomically (a
    /// half-written file never appears), a symbolic link followed, a device or FIFO as a stream, `-` to
    /// standard output. Throws `MPTutorError.recordFailed` naming the path.
    public static func write(_ transcript: Transcript, to path: String) throws {
        try RecordDestination(path).write { emit in try pieces(of: transcript, emit) }
    }

    /// `bytes(of:)`'s bytes in pieces of about `size` bytes (whole lines), each handed to `emit` in one buffer
    /// that is then reused: a long transcript is never held whole as bytes beside its events.
    static func pieces(of transcript: Transcript, size: Int = 1 << 20, _ emit: ([UInt8]) throws -> Void) rethrows {
        var out: [UInt8] = []
        out.reserveCapacity(size + (64 << 10))
        transcript.header.json.write(to: &out)
        out.append(0x0A)
        var names = JSONNameBytes()
        for event in transcript.events {
            write(event, to: &out, names: &names)
            out.append(0x0A)
            if out.count >= size {
                try emit(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        if let trailer = transcript.trailer {
            trailer.json.write(to: &out)
            out.append(0x0A)
        }
        try emit(out)
    }
}

private extension TranscriptWriter {
    /// One event's line (without its newline): `event.json`'s bytes, the fixed fields written directly
    /// rather than through an object built for each event, the names and keys from `names`.
    static func write(_ event: TraceEvent, to out: inout [UInt8], names: inout JSONNameBytes) {
        // A kind's field named like a fixed field replaces it in place in `json`: that rare line takes the slow way.
        var plain = true
        event.forEachField { key, _ in
            if fixedNames.contains(key) { plain = false }
        }
        guard plain else {
            event.json.write(to: &out)
            return
        }
        out.append(contentsOf: Self.seqKey)
        JSONValue.writeInt(Int64(event.seq), to: &out)
        out.append(contentsOf: Self.tKey)
        JSONValue.writeInt(event.t, to: &out)
        out.append(contentsOf: Self.pidKey)
        JSONValue.writeInt(Int64(event.pid), to: &out)
        out.append(contentsOf: Self.ppidKey)
        JSONValue.writeInt(Int64(event.ppid), to: &out)
        out.append(contentsOf: Self.processKey)
        names.write(event.processName, to: &out)
        out.append(contentsOf: Self.threadKey)
        names.write(event.threadName, to: &out)
        out.append(contentsOf: Self.kindKey)
        names.write(event.kindName, to: &out)
        if event.objectName != .none {
            out.append(contentsOf: Self.objectKey)
            names.write(event.objectName, to: &out)
        }
        event.forEachField { key, value in
            out.append(UInt8(ascii: ","))
            names.write(key, to: &out)
            out.append(UInt8(ascii: ":"))
            value.write(to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// The fixed keys as names, to compare a field's key with.
    static let fixedNames = TraceEvent.fixedKeys.map(EventName.init)
    static let seqKey = Array(#"{"seq":"#.utf8)
    static let tKey = Array(#","t":"#.utf8)
    static let pidKey = Array(#","pid":"#.utf8)
    static let ppidKey = Array(#","ppid":"#.utf8)
    static let processKey = Array(#","process":"#.utf8)
    static let threadKey = Array(#","thread":"#.utf8)
    static let kindKey = Array(#","kind":"#.utf8)
    static let objectKey = Array(#","object":"#.utf8)
}

extension JSONObject {
    var asValue: JSONValue { .object(self) }
}
