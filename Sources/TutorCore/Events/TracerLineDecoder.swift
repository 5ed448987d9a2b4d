/// Reads the lines of one tracer event file straight from their bytes into `TracerRecord`s, with the
/// transcript reader's parser: keys and names looked up in a `NameTable` (no String made for a name seen
/// before), fields written into one shared store, no `JSONObject` per line.
///
/// The common line (keys the table keeps, none repeated, at most 16) takes this way; any other line is
/// handed whole to `TracerRecord(object:)`, which says what a line means, so both ways give the same record.
/// Parsing is the parser's: linear, depth-bounded, and a line that is not valid JSON is nil, as is one
/// without an integer `n`. A compact line (`CompactLine`) is read as the JSON line it stands for.
/// One decoder per file and per thread (it is not shared).
public final class TracerLineDecoder {
    private let names = NameTable(tags: ["n": Tag.n, "t": Tag.t, "tid": Tag.tid, "kind": Tag.kind, "object": Tag.object])
    private var writer = EventFieldWriter()
    /// The members of the line being read: one array for every line, emptied and refilled.
    private var members: [JSONParser.Member] = []

    public init() {}

    /// A compact line's JSON line, rebuilt in one buffer for every line.
    private var expanded: [UInt8] = []

    /// The record of one line (without its newline); nil when the line is unreadable.
    public func record(_ line: UnsafeBufferPointer<UInt8>) -> TracerRecord? {
        if line.first == CompactLine.marker { // a hot event's compact line: read as the JSON line it stands for
            var json: [UInt8] = []
            swap(&json, &expanded)
            defer { swap(&json, &expanded) }
            guard CompactLine.expand(line, into: &json) else { return nil }
            return json.withUnsafeBufferPointer { record($0) }
        }
        do {
            guard try JSONParser.parseMembers(line, names: names, into: &members) else { return nil }
        } catch {
            return nil
        }
        guard members.count <= 16 else { return general() }
        var n: Int64?, t: Int64?, tid: Int64 = 0, kind: EventName?, object: EventName?
        var fieldCount = 0
        for i in members.indices {
            let key = members[i].keyName
            // An escaped or long key, or one repeated (or two that read the same once safe): the general way.
            guard key != .none else { return general() }
            for j in 0..<i where members[j].keyName == key { return general() }
            switch members[i].tag {
            case Tag.n: n = members[i].value.intValue
            case Tag.t: t = members[i].value.intValue
            case Tag.tid: tid = members[i].value.intValue ?? 0
            case Tag.kind: kind = name(members[i])
            case Tag.object: object = name(members[i])
            default:
                // A number outside the transcript reader's range for its key: the line is unreadable (guard 25).
                guard TracerLineLimits.fits(key, members[i].value) else { return nil }
                fieldCount += 1
            }
        }
        guard let n, TracerLineLimits.fits(n: n, t: t) else { return nil }
        let fields = writer.store(count: fieldCount) { store in
            for member in members where !Tag.isTracerKey(member.tag) {
                store.append(member.keyName, TextSanitizer.line(member.value))
            }
        }
        return TracerRecord(n: n, t: t, tid: tid, kind: kind, object: object, fields: fields)
    }
}

private extension TracerLineDecoder {
    /// The tags of the tracer's own keys in `names`: `kind` and `object` carry the transcript reader's tags of
    /// name keys, so that the parser numbers their values as it reads them.
    enum Tag {
        static let n: UInt8 = 1
        static let t: UInt8 = 2
        static let tid: UInt8 = 3
        static let kind: UInt8 = 7
        static let object: UInt8 = 8

        static func isTracerKey(_ tag: UInt8) -> Bool { tag == n || tag == t || tag == tid || tag == kind || tag == object }
    }

    /// A name key's value: numbered by the parser, else (escaped, long) from its string; nil when not a string.
    func name(_ member: JSONParser.Member) -> EventName? {
        member.name != .none ? member.name : member.value.stringValue.map(EventName.init)
    }

    /// The line as a whole object, read the general way.
    func general() -> TracerRecord? {
        TracerRecord(object: JSONObject(members.map { ($0.key, $0.value) }))
    }
}
