import TutorCore

extension GenericRules {
    /// A string given as args (gaps 15B): apply_async()'s gets a note at its submission (a fact of the record: the
    /// count the tracer measured); a target whose call refused the characters gets a note at the failure that ties it
    /// to the args row, its premise asking the record again (`ArgsStringCall`).
    func argsStringCalls() -> [Note] {
        // Perf 35: a run none of whose events has the field (every run but a string given as apply_async's args) reads
        // no submission's fields; one that has it reads each submission's `args_string` once here.
        let submits = EventName.mayBeKey(EventField.argsString)
            ? timeline.indices(of: .poolSubmit).filter { events[$0].int(EventField.argsString) != nil } : []
        let submitNotes = submits.prefix(Self.perRule).map { i -> Note in
            let e = events[i]
            return Note(eventIndex: i, text: Phrase.noteArgsStringSubmit.text(
                ["job": e.job ?? 0, "value": e.string(EventField.args) ?? "?", "function": e.string(EventField.function) ?? "?",
                 "n": e.int(EventField.argsString) ?? 0]), source: .rule, kind: .argsStringSubmit, premise: nil)
        }
        let steps = Self.merged(timeline.indices(of: .processArgsString, .threadArgsString), submits)
        return Array(submitNotes) + ArgsStringCall.all(at: steps, in: events).prefix(Self.perRule).compactMap { call in
            note(call.failStep, .argsStringCall, text(call), premise: .argsStringCall(call))
        }
    }
}

private extension GenericRules {
    /// Two ascending lists of event indices as one, in order.
    static func merged(_ a: [Int], _ b: [Int]) -> [Int] {
        guard !a.isEmpty else { return b }
        guard !b.isEmpty else { return a }
        return (a + b).sorted()
    }

    func text(_ call: ArgsStringCall) -> String {
        let a = events[call.argsStep], fail = events[call.failStep]
        switch a.known {
        case .poolSubmit?:
            return Phrase.noteArgsStringTask.text(
                ["job": a.job ?? 0, "error": fail.string(EventField.result) ?? "TypeError", "worker": fail.process,
                 "n": a.int(EventField.argsString) ?? 0, "value": a.string(EventField.args) ?? "?",
                 "method": a.string(EventField.method) ?? "apply_async", "at": Format.seconds(a.t),
                 "function": a.string(EventField.function) ?? "?"])
        case .threadArgsString?:
            let target = events[(call.argsStep + 1)...].first {
                $0.known == .threadStart && $0.pid == a.pid && $0.name == a.name
            }?.string(EventField.target)
            return Phrase.noteArgsStringThread.text(
                ["name": a.name ?? "?", "error": fail.string(EventField.error) ?? "TypeError", "n": a.int(EventField.count) ?? 0,
                 "value": a.string(EventField.value) ?? "?", "at": Format.seconds(a.t), "target": target ?? "?"])
        default:
            return Phrase.noteArgsStringProcess.text(
                ["name": a.name ?? "?", "error": typeErrorLine(of: fail) ?? "TypeError", "n": a.int(EventField.count) ?? 0,
                 "value": a.string(EventField.value) ?? "?", "at": Format.seconds(a.t)])
        }
    }

    /// The child's own last "TypeError: …" line on stderr (the one `ArgsStringCall` matched).
    func typeErrorLine(of end: TraceEvent) -> String? {
        events.last { $0.known == .print && $0.pid == end.pid && $0.stream == "stderr" && ($0.text ?? "").hasPrefix("TypeError: ") }?.text
    }
}
