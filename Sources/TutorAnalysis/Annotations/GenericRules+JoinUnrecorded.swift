import TutorCore

extension GenericRules {
    /// A `join(timeout)` that gave up while the state model shows the child in no recorded wait (not blocked, not inside
    /// a send(), not stopped: those have `joinTimeoutCauses`' notes) says what the record knows of the child: its last
    /// event before the give-up, in its row's words, and that what it did after that is not recorded; then its next
    /// event, if it wrote one (r31s_log_tailer_event: the follower was in `time.sleep(5)`, which the tracer does not
    /// record and this note does not guess). No cause is stated: the child's doing is exactly what the record lacks.
    func joinTimeoutsUnrecorded() -> [Note] {
        var notes: [Note] = []
        // each candidate reads the record back from its join: a bounded number of them, a program polling
        // join(timeout) in a loop would be quadratic otherwise (at most `perRule` notes are written)
        var candidates = 0
        for index in timeline.indices(of: .processJoin) where events[index].bool(EventField.timedOut) == true {
            guard notes.count < Self.perRule, candidates < Self.perRule * 8 else { break }
            guard let child = events[index].childPid,
                  StateQueries.childBlockedAtJoinTimeout(index, in: replayer) == nil,
                  StateQueries.childSendAtJoinTimeout(index, in: events) == nil,
                  StateQueries.childStoppedAtJoinTimeout(index, in: events) == nil else { continue }
            candidates += 1
            let name = events[index].name ?? "pid \(child)"
            // the main thread's, whose code the process runs (a feeder thread's put may come later); another's only
            // when the main thread wrote none
            guard let any = events[..<index].lastIndex(where: { $0.pid == child }) else {
                notes += [note(index, .joinGaveUpChildUnrecorded, Phrase.noteJoinGaveUpChildNoEvent.text(["name": name]),
                               premise: nil)].compactMap { $0 }
                continue
            }
            // an exit already begun is an end the join did not see yet, not a child that was doing something
            if events[..<index].contains(where: { $0.pid == child && $0.is(.processExit) }) { continue }
            let last = events[..<index].lastIndex { $0.pid == child && $0.isMainThread } ?? any
            let lastEvent = events[last]
            var text = Phrase.noteJoinGaveUpChildUnrecorded.text([
                "name": name, "t": Format.seconds(lastEvent.t), "row": quoted(last),
                "thread": lastEvent.isMainThread ? Phrase.noteJoinGaveUpChildMainThread.text()
                    : Phrase.noteJoinGaveUpChildThread.text(["thread": lastEvent.thread]),
            ])
            // round 34 (r34_join_timeout_big_results, spawn): a child whose last event is its start-up had not begun
            // run(); the record shows that much (its boot, no start before the give-up), as the signal-end notes say it
            if lastEvent.isMainThread, let boot = StateQueries.bootWithoutStart(pid: child, before: index, in: timeline) {
                text += Phrase.noteJoinGaveUpChildStarting.text(["t": Format.seconds(boot.t), "main": boot.string(EventField.main) ?? "?"])
            }
            if let next = events[(index + 1)...].firstIndex(where: { $0.pid == child && $0.thread == lastEvent.thread }) {
                text += Phrase.noteJoinGaveUpChildNext.text(["t": Format.seconds(events[next].t), "row": quoted(next)])
            } else {
                text += Phrase.noteJoinGaveUpChildNoNext.text()
            }
            if let made = note(index, .joinGaveUpChildUnrecorded, text, premise: nil) { notes.append(made) }
        }
        return notes
    }
}

private extension GenericRules {
    /// An event in its timeline row's words, clipped; its kind in words where no describer is at hand.
    func quoted(_ index: Int) -> String {
        guard let row = rowWords?(index), !row.isEmpty else { return Phrase.eventKind(events[index].kind) }
        return Self.clipped(row)
    }
}
