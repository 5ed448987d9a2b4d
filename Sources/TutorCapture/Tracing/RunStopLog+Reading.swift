import TutorCore

extension RunStopLog {
    /// What `run-stops.log` in `directory` says, as observations of the main process (`mainPid`), and how many of its
    /// lines were read (a live view refreshes when that grows). A stop whose continue is in the file gets the
    /// continue's `duration_ns`, as the end-of-run record has it; a stop with none (mp-tutor was killed while stopped)
    /// keeps none. Lines that are not one of the two kinds, with a signal name, a time within the run, and numbers in
    /// range, are skipped: the file is outside input once a folder is copied.
    static func read(directory: String, startNs: UInt64, mainPid: Int32) -> (observations: [Observation], lines: Int) {
        guard let bytes = RawProcessLog.contents(of: directory + "/" + fileName) else { return ([], 0) }
        var observations: [Observation] = []
        var lines = 0
        for line in bytes.prefix(maxBytes).split(separator: 0x0A, omittingEmptySubsequences: true).prefix(maxLines) {
            lines += 1
            guard let observation = observation(line, startNs: startNs, mainPid: mainPid) else { continue }
            if observation.kind == .runContinued, let last = observations.indices.last,
               observations[last].kind == .runStopped, observations[last].fields[EventField.durationNs] == nil,
               let duration = observation.fields[EventField.durationNs]?.intValue, observation.t &- observations[last].t == UInt64(duration),
               observations[last].fields[EventField.senderPid] == observation.fields[EventField.senderPid] {
                observations[last].fields = fields(observation.fields[EventField.signame], duration, observation.fields[EventField.senderPid])
            }
            observations.append(observation)
        }
        return (observations, lines)
    }

    private static let signalNames: Set<String> = ["SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGSTOP"]

    private static func observation(_ line: ArraySlice<UInt8>, startNs: UInt64, mainPid: Int32) -> Observation? {
        guard let object = (try? JSONParser.parse(line))?.objectValue,
              let kind = object["kind"]?.stringValue.flatMap(EventKind.init(rawValue:)), kind == .runStopped || kind == .runContinued,
              let t = object["t"]?.intValue, t >= 0, TracerLineLimits.fitsRun(t &- Int64(clamping: startNs)),
              let signame = object[EventField.signame]?.stringValue, signalNames.contains(signame) else { return nil }
        var duration: Int64?, sender: JSONValue?
        if let value = object[EventField.durationNs] {
            guard let ns = value.intValue, TracerLineLimits.fitsRun(ns), ns >= 0, ns <= t else { return nil }
            duration = ns
        } else if kind == .runContinued {
            return nil
        }
        if let value = object[EventField.senderPid] {
            guard let pid = value.intValue, pid > 0, pid <= Int64(Int32.max) else { return nil }
            sender = .int(pid)
        }
        return Observation(pid: mainPid, t: UInt64(t), kind: kind, fields: fields(.string(signame), duration, sender))
    }

    /// In the order the end-of-run record writes them (`RunSuspension.Stop.observations`).
    private static func fields(_ signame: JSONValue?, _ duration: Int64?, _ sender: JSONValue?) -> JSONObject {
        var fields = JSONObject()
        if let signame { fields[EventField.signame] = signame }
        if let duration { fields[EventField.durationNs] = .int(duration) }
        if let sender { fields[EventField.senderPid] = sender }
        return fields
    }
}
