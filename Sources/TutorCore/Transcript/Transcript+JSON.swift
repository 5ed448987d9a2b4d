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
        return o
    }

    /// Reads a header object; `nil` reason when fine, else what is wrong.
    init(json o: JSONObject) throws(TranscriptDecodingError) {
        guard o["format"]?.stringValue == Self.formatName else {
            throw TranscriptDecodingError("this is not an mp-tutor transcript: line 1 has no \"format\": \"\(Self.formatName)\"")
        }
        guard let version = o["version"]?.intValue, version >= 1 else {
            throw TranscriptDecodingError("the header has no valid \"version\"")
        }
        guard version <= Int64(Self.currentVersion) else {
            throw TranscriptDecodingError(
                "this transcript uses format version \(version), newer than this mp-tutor reads (up to \(Self.currentVersion)); update mp-tutor")
        }
        self.init(version: Int(version), lesson: o["lesson"]?.stringValue, variant: o["variant"]?.stringValue,
                  command: o["command"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                  python: o["python"]?.stringValue, startMethod: o["start_method"]?.stringValue,
                  platform: o["platform"]?.stringValue ?? "unknown", cpus: Int(o["cpus"]?.intValue ?? 0),
                  mptutorVersion: o["mptutor_version"]?.stringValue ?? "unknown",
                  recordedAt: o["recorded_at"]?.stringValue ?? "", parameters: o["parameters"]?.objectValue ?? JSONObject())
        osSampling = o["os_sampling"]?.stringValue
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
        func require<T>(_ key: String, _ value: T?) throws(TranscriptDecodingError) -> T {
            guard let value else { throw TranscriptDecodingError("the event has no valid \"\(key)\"") }
            return value
        }
        let seq = try require("seq", o["seq"]?.intValue)
        let t = try require("t", o["t"]?.intValue)
        let pid = try require("pid", o["pid"]?.intValue)
        let kind = try require("kind", o["kind"]?.stringValue)
        var fields = JSONObject()
        for member in o.members where !Self.fixedKeys.contains(member.key) { fields[member.key] = member.value }
        self.init(seq: Int(seq), t: t, pid: Int32(truncatingIfNeeded: pid),
                  ppid: Int32(truncatingIfNeeded: o["ppid"]?.intValue ?? 0),
                  process: o["process"]?.stringValue ?? "pid \(pid)", thread: o["thread"]?.stringValue ?? "MainThread",
                  kind: kind, object: o["object"]?.stringValue, fields: fields)
    }
}

extension TranscriptTrailer {
    var json: JSONObject {
        var o = JSONObject([("trailer", .bool(true)), ("complete", .bool(complete)), ("event_count", .int(Int64(eventCount)))])
        o["counts"] = .object(JSONObject(counts.map { ($0.kind, JSONValue.int(Int64($0.count))) }))
        o["lost_events"] = .int(Int64(lostEvents))
        o["silent_processes"] = .array(silentProcesses.map { .int(Int64($0)) })
        o["run"] = .object(run.json)
        return o
    }

    init(json o: JSONObject) {
        self.init(complete: o["complete"]?.boolValue ?? false, eventCount: Int(o["event_count"]?.intValue ?? 0),
                  counts: o["counts"]?.objectValue?.members.map { ($0.key, Int($0.value.intValue ?? 0)) } ?? [],
                  lostEvents: Int(o["lost_events"]?.intValue ?? 0),
                  silentProcesses: o["silent_processes"]?.arrayValue?.compactMap { $0.intValue.map { Int32($0) } } ?? [],
                  run: RunFacts(json: o["run"]?.objectValue ?? JSONObject()))
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
          + (recordingProblem.map { [("recording_problem", JSONValue.string($0))] } ?? []))
    }

    init(json o: JSONObject) {
        self.init(exitCode: o["exit_code"]?.intValue.map { Int32($0) }, signal: o["signal"]?.intValue.map { Int32($0) },
                  timedOut: o["timed_out"]?.boolValue ?? false, interrupted: o["interrupted"]?.boolValue ?? false,
                  timeoutSeconds: o["timeout_seconds"]?.doubleValue, durationNs: o["duration_ns"]?.intValue ?? 0,
                  leftoverPids: o["leftover_pids"]?.arrayValue?.compactMap { $0.intValue.map { Int32($0) } } ?? [])
        // Only the three signals mp-tutor stops a run for; anything else in a file reads as Ctrl-C.
        if interrupted, let number = o["interrupt_signal"]?.intValue, [1, 2, 15].contains(number) {
            interruptSignal = Int32(number)
        }
        recordingProblem = o["recording_problem"]?.stringValue.map { String($0.prefix(500)) }
    }
}

/// Why one transcript line could not be understood; the reader adds the file and line.
struct TranscriptDecodingError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
