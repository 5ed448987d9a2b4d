import TutorCore

extension GenericRules {
    /// The resource tracker's leak warning, said at its row: which names were registered and never unregistered, by
    /// which process when (`TrackerLeak`), and, for semaphores, a registering process that a signal ended (its exit
    /// cleanup, which unregisters them, never ran).
    func trackerLeaks() -> [Note] {
        TrackerLeak.all(in: timeline).prefix(Self.perRule).compactMap { leak in
            let items = leak.entries.prefix(6).map { entry -> String in
                let e = events[entry.registered]
                return Phrase.noteTrackerLeakItem.text(["object": entry.object ?? "\(leak.rtype) \(entry.name)",
                                                        "process": e.process, "t": Format.seconds(e.t)])
            }
            var text = Phrase.noteTrackerLeak.text(["objects": items.joined(separator: Phrase.listComma.text())
                                                    + (leak.entries.count > 6 ? Phrase.listComma.text() + "…" : "")])
            if leak.rtype == "semaphore" {
                text += Phrase.noteTrackerLeakSemaphores.text()
                var said: Set<Int32> = []
                for entry in leak.entries {
                    let pid = events[entry.registered].pid
                    guard said.insert(pid).inserted, let life = timeline.process(pid: pid), let signal = life.signal,
                          let code = life.exitCode else { continue }
                    text += Phrase.noteTrackerLeakKilled.text(["process": events[entry.registered].process,
                                                               "signal": Format.signalName(signal), "code": code])
                }
            } else {
                text += Phrase.noteTrackerLeakSegments.text()
            }
            if let counted = leak.counted, counted != leak.entries.count {
                text += Phrase.noteTrackerLeakCount.text(["n": counted, "shown": leak.entries.count])
            }
            return note(leak.warning, .trackerLeak, text, premise: .trackerLeak(leak))
        }
    }
}
