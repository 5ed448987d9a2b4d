import TutorCore

extension GenericRules {
    /// A process that ended while a child it started was still running (round 10B, r10b_orphan_grandchild: a child
    /// started a grandchild and left with os._exit(0); the grandchild printed and ended after it, and nothing said it
    /// had been left an orphan). Said at the parent's own `process.exit`, once per child, when the record shows the
    /// child doing something after it.
    func orphans() -> [Note] {
        var notes: [Note] = []
        for step in timeline.indices(of: .processExit) {
            guard notes.count < Self.perRule else { break }
            let parent = events[step]
            for child in StateQueries.childrenLeftRunning(exitAt: step, in: events) {
                guard notes.count < Self.perRule else { break }
                let name = events[..<step].last { $0.is(.processSpawn) && $0.pid == parent.pid && $0.childPid == child }?.string(EventField.name) ?? "pid \(child)"
                var text = Phrase.noteOrphanLeft.text(["parent": parent.process, "child": name])
                var premise = NotePremise.childLeftRunning(exitStep: step, childPid: child)
                // under forkserver the fork server forked the child, not the process that ended: its OS parent stays
                // (gaps 13B, r12_parent_watchdog); the child's own start row records that parent
                if let forker = StateQueries.otherOsParent(of: child, exitAt: step, in: events) {
                    let osParent = events.first { $0.is(.processStart) && $0.pid == forker }
                    text = Phrase.noteOrphanLeftOtherForker.text(["parent": parent.process, "child": name, "pid": forker,
                                                                    "forker": osParent?.process ?? "pid \(forker)"])
                    if osParent?.role == "forkserver" { text += Phrase.noteOrphanForkserver.text(["parent": parent.process]) }
                    premise = .all([premise, .childForkedByOther(exitStep: step, childPid: child, osParentPid: forker)])
                }
                if parent.string(EventField.via) == "os._exit" { text += Phrase.noteOrphanOsExit.text() }
                // the adopter (gaps 11A): mp-tutor, which ran the main process, when it was a child subreaper (the
                // header says so since gaps 12A; an older transcript does not, and nothing is said)
                if timeline.header.platform == "linux", timeline.header.runnerSubreaper == true, let runner = events.first(where: { $0.is(.processStart) && $0.string(EventField.role) == "main" })?.ppid, runner > 1 {
                    text += Phrase.noteOrphanAdopter.text(["pid": runner, "child": name])
                }
                if let made = note(step, .orphanLeft, text, premise: premise) { notes.append(made) }
            }
        }
        return notes
    }
}

extension StateQueries {
    /// The children the process whose own `process.exit` is at `exitStep` had started (its `process.spawn`) and that
    /// recorded something after that exit: they were still running when their parent ended.
    static func childrenLeftRunning(exitAt exitStep: Int, in events: [TraceEvent]) -> [Int32] {
        guard events.indices.contains(exitStep), events[exitStep].is(.processExit) else { return [] }
        let parent = events[exitStep].pid, at = events[exitStep].t
        var children: [Int32] = []
        for e in events[..<exitStep] where e.is(.processSpawn) && e.pid == parent {
            if let child = e.childPid, !children.contains(child) { children.append(child) }
        }
        let later = Set(events[(exitStep + 1)...].lazy.filter { $0.t > at }.map(\.pid))
        return children.filter(later.contains)
    }
}

extension StateQueries {
    /// The pid of `child`'s OS parent (the `ppid` of its own `process.start`) when that is another process of the run than
    /// the one whose `process.exit` is at `exitStep`, its multiprocessing parent: a forkserver child's is the fork server,
    /// which forked it. Only a parent the record started counts (mp-tutor, an adopter, is none), and, when the child's
    /// start comes after that exit, only a fork server (a later `ppid` may be whoever adopted the child; a fork server
    /// adopts nothing). Nil for fork and spawn children (gaps 13B).
    static func otherOsParent(of child: Int32, exitAt exitStep: Int, in events: [TraceEvent]) -> Int32? {
        guard events.indices.contains(exitStep), events[exitStep].is(.processExit),
              let at = events.firstIndex(where: { $0.is(.processStart) && $0.pid == child }),
              events[at].ppid != events[exitStep].pid,
              let forker = events.first(where: { $0.is(.processStart) && $0.pid == events[at].ppid }),
              at < exitStep || forker.role == "forkserver" else { return nil }
        return forker.pid
    }
}
