/// The JSON Lines form of transcripts (documented in docs/transcript-format.md).
extension TranscriptHeader {
    var json: JSONObject {
        var o = JSONObject([("format", .string(Self.formatName)), ("version", .int(Int64(version)))])
        o["lesson"] = lesson.map(JSONValue.string) ?? .null
        o["variant"] = variant.map(JSONValue.string) ?? .null
        o["command"] = .array(command.map(JSONValue.string))
        o["python"] = python.map(JSONValue.string) ?? .null
        o["start_method"] = startMethod.map(JSONValue.string) ?? .null
        o["platform"] = .string(platform)
        o["cpus"] = .int(Int64(cpus))
        o["mptutor_version"] = .string(mptutorVersion)
        o["recorded_at"] = .string(recordedAt)
        o["parameters"] = .object(parameters)
        if let osSampling { o["os_sampling"] = .string(osSampling) }
        if let runnerSubreaper { o["runner_subreaper"] = .bool(runnerSubreaper) }
        return o
    }

    /// Reads a header object; `nil` reason when fine, else what is wrong.
    init(json o: JSONObject) throws(TranscriptDecodingError) {
        guard o["format"]?.stringValue == Self.formatName else {
            throw TranscriptDecodingError(Phrase.trNotTranscript.text(["format": Self.formatName]))
        }
        guard let version = o["version"]?.intValue, version >= 1 else {
            throw TranscriptDecodingError(Phrase.trNoVersion.text())
        }
        guard version <= Int64(Self.currentVersion) else {
            throw TranscriptDecodingError(Phrase.trNewerVersion.text(["version": version, "max": Self.currentVersion]))
        }
        let cpus = try TranscriptLimits.int(o, "cpus", TranscriptLimits.cpus) ?? 0
        self.init(version: Int(version), lesson: o["lesson"]?.stringValue, variant: o["variant"]?.stringValue,
                  command: o["command"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                  python: o["python"]?.stringValue, startMethod: o["start_method"]?.stringValue,
                  platform: o["platform"]?.stringValue ?? "unknown", cpus: Int(cpus),
                  mptutorVersion: o["mptutor_version"]?.stringValue ?? "unknown",
                  recordedAt: o["recorded_at"]?.stringValue ?? "", parameters: o["parameters"]?.objectValue ?? JSONObject())
        osSampling = o["os_sampling"]?.stringValue
        runnerSubreaper = o["runner_subreaper"]?.boolValue
    }
}

extension TraceEvent {
    static let fixedKeys: Set<String> = ["seq", "t", "pid", "ppid", "process", "thread", "kind", "object"]

    var json: JSONObject {
        var o = JSONObject([
            ("seq", .int(Int64(seq))), ("t", .int(t)), ("pid", .int(Int64(pid))), ("ppid", .int(Int64(ppid))),
            ("process", .string(process)), ("thread", .string(thread)), ("kind", .string(kind)),
        ])
        if let object { o["object"] = .string(object) }
        for member in fields.members { o[member.key] = member.value }
        return o
    }

    init(json o: JSONObject) throws(TranscriptDecodingError) {
        let fields = JSONObject(o.members.filter { !Self.fixedKeys.contains($0.key) }.map { ($0.key, $0.value) })
        var fixed = FixedMembers()
        for (tag, key) in TranscriptLine.fixedKeys.enumerated() { _ = fixed.set(UInt8(tag + 1), o[key], .none) }
        try self.init(fixed) { () throws(TranscriptDecodingError) in
            try TranscriptLimits.checkEventFields(fields)
            return Self.ownStore(Self.sanitized(fields))
        }
    }

    /// Reads an event straight from a line's members (see `TranscriptLine`): the fixed keys by their tag,
    /// the rest into `fields`, stored by `writer`. A repeated key keeps its last value, as in a JSONObject.
    init(members: [JSONParser.Member], fields writer: inout EventFieldWriter) throws(TranscriptDecodingError) {
        var fixed = FixedMembers()
        // The common line: a dozen keys, each numbered by the reader and none repeated. Its fields go straight
        // into the store; any other line takes the general way below, with the same result.
        var count = 0
        var plain = members.count <= 16
        for i in members.indices where !fixed.set(members[i].tag, members[i].value, members[i].name) {
            let key = members[i].keyName
            if key == .none { plain = false }
            for j in 0..<i where members[j].keyName == key && !FixedMembers.isFixed(members[j].tag) { plain = false }
            count += 1
        }
        if plain {
            try self.init(fixed) { () throws(TranscriptDecodingError) in
                for i in members.indices where !FixedMembers.isFixed(members[i].tag) {
                    _ = try TranscriptLimits.checkEventField(members[i].key, members[i].keyName, members[i].value)
                }
                return writer.store(count: count) { store in
                    for i in members.indices where !FixedMembers.isFixed(members[i].tag) {
                        store.append(members[i].keyName, TextSanitizer.line(members[i].value))
                    }
                }
            }
            return
        }
        fixed = FixedMembers()
        var rest: [(key: String, value: JSONValue)] = []
        var keyNames: [EventName] = []
        rest.reserveCapacity(members.count)
        keyNames.reserveCapacity(members.count)
        for member in members where !fixed.set(member.tag, member.value, member.name) {
            rest.append((member.key, member.value))
            keyNames.append(member.keyName)
        }
        try self.init(fixed) { () throws(TranscriptDecodingError) in
            // As `JSONObject(rest)`: repeated keys keep the first place and the last value; the numbers are checked
            // on what remains, then the keys and strings made safe (two keys may read the same once safe).
            let kept = UniqueKeys.positions(of: rest.indices) { rest[$0].key }
            for i in kept { _ = try TranscriptLimits.checkEventField(rest[i].key, rest[i].value) }
            let named = kept.map { i in (key: keyNames[i] != .none ? keyNames[i] : EventName(rest[i].key), value: rest[i].value) }
            let safe = UniqueKeys.positions(of: named.indices) { named[$0].key }
            return writer.store(safe.map { (named[$0].key, TextSanitizer.line(named[$0].value)) })
        }
    }

    /// `fields` is called once the fixed keys are checked, so errors come in the order they always did.
    private init(_ fixed: FixedMembers,
                 fields: () throws(TranscriptDecodingError) -> (store: EventFieldStore, offset: UInt32, count: UInt32)) throws(TranscriptDecodingError) {
        func require<T>(_ key: String, _ value: T?) throws(TranscriptDecodingError) -> T {
            guard let value else { throw TranscriptDecodingError(Phrase.trNoField.text(["key": key])) }
            return value
        }
        let seq = try TranscriptLimits.check(try require("seq", fixed.seq?.intValue), 1...TranscriptLimits.eventCount.upperBound, key: "seq")
        let t = try TranscriptLimits.check(try require("t", fixed.t?.intValue), TranscriptLimits.moment, key: "t")
        let pid = try TranscriptLimits.check(try require("pid", fixed.pid?.intValue), TranscriptLimits.pid, key: "pid")
        let ppid = try TranscriptLimits.int(fixed.ppid, "ppid", TranscriptLimits.pid) ?? 0
        let kind = FixedMembers.name(fixed.kind, or: nil)
        guard kind != .none else { throw TranscriptDecodingError(Phrase.trNoField.text(["key": "kind"])) }
        let stored = try fields()
        self.init(seq: Int(seq), t: t, pid: Int32(pid), ppid: Int32(ppid),
                  process: FixedMembers.name(fixed.process, or: "pid \(pid)"), thread: FixedMembers.name(fixed.thread, or: "MainThread"),
                  kind: kind, object: FixedMembers.name(fixed.object, or: nil), fields: stored)
    }
}

/// Which members stay when a key repeats: as in a `JSONObject`, the first place with the last value.
private enum UniqueKeys {
    /// For each distinct key, in order of first appearance, the index of its last occurrence.
    static func positions<Key: Hashable>(of indices: Range<Int>, key: (Int) -> Key) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(indices.count)
        // A line has a dozen keys: looking back costs less than hashing; more keys get an index, so a hostile line stays linear.
        if indices.count <= 16 {
            for i in indices {
                let k = key(i)
                if let at = out.firstIndex(where: { key($0) == k }) { out[at] = i } else { out.append(i) }
            }
            return out
        }
        var place: [Key: Int] = [:]
        for i in indices {
            let k = key(i)
            if let at = place[k] { out[at] = i } else { place[k] = out.count; out.append(i) }
        }
        return out
    }
}

/// The fixed keys of one event line, by tag (`TranscriptLine.fixedKeys`); a name with its number when the
/// reader numbered it already. Held on the stack: no array per line.
private struct FixedMembers {
    typealias Name = (value: JSONValue?, name: EventName)
    var seq: JSONValue?
    var t: JSONValue?
    var pid: JSONValue?
    var ppid: JSONValue?
    var process: Name = (nil, .none)
    var thread: Name = (nil, .none)
    var kind: Name = (nil, .none)
    var object: Name = (nil, .none)

    static func isFixed(_ tag: UInt8) -> Bool { tag >= 1 && tag <= 8 }

    /// Keeps the value under a fixed key's tag (the last one wins); false for any other key.
    mutating func set(_ tag: UInt8, _ value: JSONValue?, _ name: EventName) -> Bool {
        switch tag {
        case 1: seq = value
        case 2: t = value
        case 3: pid = value
        case 4: ppid = value
        case 5: process = (value, name)
        case 6: thread = (value, name)
        case 7: kind = (value, name)
        case 8: object = (value, name)
        default: return false
        }
        return true
    }

    /// The name's number: as read, else numbered from its string, else from `fallback`; `.none` when none.
    static func name(_ member: Name, or fallback: @autoclosure () -> String?) -> EventName {
        if member.name != .none { return member.name }
        return (member.value?.stringValue ?? fallback()).map(EventName.init) ?? .none
    }
}

extension TranscriptTrailer {
    var json: JSONObject {
        var o = JSONObject([("trailer", .bool(true)), ("complete", .bool(complete)), ("event_count", .int(Int64(eventCount)))])
        o["counts"] = .object(JSONObject(counts.map { ($0.kind, JSONValue.int(Int64($0.count))) }))
        o["lost_events"] = .int(Int64(lostEvents))
        o["silent_processes"] = .array(silentProcesses.map { .int(Int64($0)) })
        if !lostByProcess.isEmpty { o["lost_by_process"] = lostByProcessJSON }
        o["run"] = .object(run.json)
        return o
    }

    init(json o: JSONObject) throws(TranscriptDecodingError) {
        var counts: [(String, Int)] = []
        for member in o["counts"]?.objectValue?.members ?? [] {
            let count = try TranscriptLimits.check(member.value.intValue ?? 0, TranscriptLimits.eventCount, key: "counts.\(member.key)")
            counts.append((member.key, Int(count)))
        }
        self.init(complete: o["complete"]?.boolValue ?? false,
                  eventCount: Int(try TranscriptLimits.int(o, "event_count", TranscriptLimits.eventCount) ?? 0),
                  counts: counts,
                  lostEvents: Int(try TranscriptLimits.int(o, "lost_events", TranscriptLimits.eventCount) ?? 0),
                  silentProcesses: try TranscriptLimits.ints(o, "silent_processes", TranscriptLimits.pid).map { Int32($0) },
                  run: try RunFacts(json: o["run"]?.objectValue ?? JSONObject()))
        lostByProcess = try Self.lostByProcess(o)
    }
}

extension RunFacts {
    var json: JSONObject {
        JSONObject([
            ("exit_code", exitCode.map { .int(Int64($0)) } ?? .null), ("signal", signal.map { .int(Int64($0)) } ?? .null),
            ("timed_out", .bool(timedOut)), ("interrupted", .bool(interrupted)),
            ("timeout_seconds", timeoutSeconds.map(JSONValue.double) ?? .null), ("duration_ns", .int(durationNs)),
            ("leftover_pids", .array(leftoverPids.map { .int(Int64($0)) })),
        ] + (interruptSignal.map { [("interrupt_signal", JSONValue.int(Int64($0)))] } ?? [])
          + (interruptSentNs.map { [("interrupt_sent_ns", JSONValue.int($0))] } ?? [])
          + (recordingProblem.map { [("recording_problem", JSONValue.string($0))] } ?? [])
          + (unrecordedStdoutChars > 0 ? [("unrecorded_stdout_chars", JSONValue.int(Int64(unrecordedStdoutChars)))] : [])
          + (unrecordedStderrChars > 0 ? [("unrecorded_stderr_chars", JSONValue.int(Int64(unrecordedStderrChars)))] : [])
          + receivedSignalsJSON + unrecordedLinesJSON + machineLoadJSON)
    }

    init(json o: JSONObject) throws(TranscriptDecodingError) {
        self.init(exitCode: try TranscriptLimits.int(o, "exit_code", TranscriptLimits.exitCode).map { Int32($0) },
                  signal: try TranscriptLimits.int(o, "signal", TranscriptLimits.signal).map { Int32($0) },
                  timedOut: o["timed_out"]?.boolValue ?? false, interrupted: o["interrupted"]?.boolValue ?? false,
                  timeoutSeconds: try TranscriptLimits.seconds(o, "timeout_seconds"),
                  durationNs: try TranscriptLimits.int(o, "duration_ns", TranscriptLimits.moment) ?? 0,
                  leftoverPids: try TranscriptLimits.ints(o, "leftover_pids", TranscriptLimits.pid).map { Int32($0) })
        // Only the four signals mp-tutor stops a run for; anything else in a file reads as Ctrl-C.
        if interrupted, let number = o["interrupt_signal"]?.intValue, [1, 2, 3, 15].contains(number) {
            interruptSignal = Int32(number)
        }
        if interrupted { interruptSentNs = try TranscriptLimits.int(o, "interrupt_sent_ns", TranscriptLimits.moment) }
        recordingProblem = o["recording_problem"]?.stringValue.map { TextSanitizer.line(String($0.prefix(500))) }
        unrecordedStdoutChars = Int(try TranscriptLimits.int(o, "unrecorded_stdout_chars", TranscriptLimits.eventCount) ?? 0)
        unrecordedStderrChars = Int(try TranscriptLimits.int(o, "unrecorded_stderr_chars", TranscriptLimits.eventCount) ?? 0)
        try readReceivedSignals(o)
        try readUnrecordedLines(o)
        try readMachineLoad(o)
    }
}

/// Why one transcript line could not be understood; the reader adds the file and line.
struct TranscriptDecodingError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
