import TutorCore

extension GenericRules {
    /// A join() that returned without the child's exit code because another thread was joining the same child
    /// (`JoinWithoutExitCode`), said at its row (round 33T, r33t_async_join_processes: "stuck: exit code None").
    func joinsWithoutExitCode() -> [Note] {
        JoinWithoutExitCode.all(in: timeline).prefix(Self.perRule).compactMap { found in
            let join = events[found.join], wait = events[found.otherWait], reaped = events[found.reaped]
            let code = reaped.int(EventField.exitCode).map(String.init) ?? "?"
            let text = Phrase.noteJoinWithoutExitCode.text([
                "child": join.name ?? "the child", "thread": wait.thread, "since": Format.seconds(wait.t),
                "code": code, "t": Format.seconds(reaped.t)])
            return note(found.join, .joinWithoutExitCode, text, premise: .joinWithoutExitCode(found))
        }
    }
}

extension GenericRules {
    /// A forkserver child's status read a second time by another thread, which stored 255 over the real code
    /// (`ExitCodeOverwritten`), said at the second `process.reaped` row instead of "exited with code 255".
    func exitCodesOverwritten() -> [Note] {
        ExitCodeOverwritten.all(in: timeline).prefix(Self.perRule).compactMap { found in
            let first = events[found.first], second = events[found.second]
            let text = Phrase.noteExitCodeOverwritten.text([
                "child": second.name ?? "the child", "thread": first.thread, "t": Format.seconds(first.t),
                "real": first.exitCode ?? 0, "code": second.exitCode ?? 255])
            return note(found.second, .exitCodeOverwritten, text, premise: .exitCodeOverwritten(found))
        }
    }
}
