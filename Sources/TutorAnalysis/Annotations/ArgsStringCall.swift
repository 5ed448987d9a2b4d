import TutorCore

/// A target called with the characters (or bytes) of a string given as `args` that raised TypeError at that very call
/// (gaps 15B): a Process's `process.args.string` (its child's `run()` raised TypeError, and the child's traceback on
/// stderr ends in the `self._target(*self._args, **self._kwargs)` line of `run()` with "but N were given", N the
/// string's length), or a Thread's `thread.args.string` (the thread ended by TypeError "TARGET() takes … but N were
/// given", TARGET its recorded target). Argument binding raises in the caller's frame, so a traceback whose last
/// line is run()'s call of the target is the call itself, not something inside the target.
public struct ArgsStringCall: Sendable, Equatable {
    /// Event indices: the `process.args.string`/`thread.args.string` row, and the failure (`process.run.end` or
    /// `thread.exit`) the note stands at.
    public var argsStep: Int, failStep: Int

    /// Every such call in the run, in the order of their args rows.
    public static func all(in events: [TraceEvent]) -> [ArgsStringCall] {
        all(at: events.indices(of: .processArgsString, .threadArgsString, .poolSubmit), in: events)
    }

    /// The calls whose args rows are among `steps` (ascending), in their order: a caller that knows which
    /// submissions carry `args_string` gives only those (perf 35), and every other submission has no call anyway.
    public static func all(at steps: [Int], in events: [TraceEvent]) -> [ArgsStringCall] {
        steps.compactMap { i in failure(of: i, in: events).map { ArgsStringCall(argsStep: i, failStep: $0) } }
    }

    /// True when the record still shows this call (the premise's question, asked again).
    public func holds(in events: [TraceEvent]) -> Bool {
        events.indices.contains(argsStep) && Self.failure(of: argsStep, in: events) == failStep
    }

    /// The TypeError "takes … but N were given" the target's call raised, with N the string's length.
    public static func failure(of i: Int, in events: [TraceEvent]) -> Int? {
        let a = events[i]
        if a.known == .poolSubmit { return taskFailure(of: i, in: events) }
        guard let name = a.name, let count = a.int(EventField.count) else { return nil }
        let given = Self.given(count)
        let later = events.indices.dropFirst(i + 1)
        if a.known == .threadArgsString {
            guard let start = later.first(where: { events[$0].known == .threadStart && events[$0].pid == a.pid && events[$0].name == name }),
                  let target = events[start].string(EventField.target),
                  let exit = later.first(where: { events[$0].known == .threadExit && events[$0].pid == a.pid && events[$0].name == name && $0 > start }),
                  let error = events[exit].string(EventField.error), events[exit].string(EventField.raised) == "TypeError",
                  refusal(error, given: given, function: target)
            else { return nil }
            return exit
        }
        guard a.known == .processArgsString,
              let spawn = later.first(where: { events[$0].known == .processSpawn && events[$0].pid == a.pid && events[$0].name == name }),
              let child = events[spawn].childPid,
              let end = later.first(where: { events[$0].known == .processRunEnd && events[$0].pid == child }),
              events[end].string(EventField.raised) == "TypeError" else { return nil }
        // the child's stderr lines, in order: the last "File" frame's line, then (carets skipped) the TypeError
        let lines = later.filter { events[$0].known == .print && events[$0].pid == child && events[$0].stream == "stderr" }
            .compactMap { events[$0].text }.filter { !$0.trimmingCharacters(in: .whitespaces).allSatisfy { $0 == "^" || $0 == "~" } }
        guard let last = lines.lastIndex(where: { $0.hasPrefix("TypeError: ") && $0.contains("() takes ") && $0.hasSuffix(given) }),
              last >= 2, lines[last - 1].trimmingCharacters(in: .whitespaces) == "self._target(*self._args, **self._kwargs)",
              lines[last - 2].contains("multiprocessing/process.py\""), lines[last - 2].hasSuffix(", in run") else { return nil }
        return end
    }

    /// apply_async()'s `pool.submit` with `args_string`: the task's `pool.task.end`, in a process this one started,
    /// that failed with the refusal of that many arguments by the submitted function.
    private static func taskFailure(of i: Int, in events: [TraceEvent]) -> Int? {
        let a = events[i]
        guard let count = a.int(EventField.argsString), let job = a.job, let function = a.string(EventField.function) else { return nil }
        let children = Set(events.indices(of: .processSpawn).filter { events[$0].pid == a.pid }.compactMap { events[$0].childPid })
        let tail = given(count)
        for j in (i + 1)..<events.count {
            let e = events[j]
            guard e.known == .taskEnd, e.job == job, children.contains(e.pid) else { continue }
            return e.ok == false && refusal(e.string(EventField.result) ?? "", given: tail, function: function) ? j : nil
        }
        return nil
    }

    private static func given(_ count: Int64) -> String { count == 1 ? "but 1 was given" : "but \(count) were given" }

    /// "TypeError: F() takes … but N were given" with F the function (its last dotted part) and `given` its tail.
    private static func refusal(_ error: String, given: String, function: String) -> Bool {
        guard error.hasPrefix("TypeError: "), error.hasSuffix(given), error.contains("() takes "),
              let called = error.dropFirst(11).components(separatedBy: "() takes ").first else { return false }
        return called.split(separator: ".").last.map(String.init) == function.split(separator: ".").last.map(String.init)
    }
}
