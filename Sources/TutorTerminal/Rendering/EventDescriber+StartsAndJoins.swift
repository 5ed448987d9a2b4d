import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// A process's first row: the main process, a helper, or a child (with who started it, when the OS had already
    /// given it another parent).
    func startedRow(_ e: TraceEvent) -> String {
        switch e.role {
        case "forkserver": return Phrase.evStartedForkserver.text(["pid": e.pid])
        case "resource_tracker": return Phrase.evStartedTracker.text(["pid": e.pid])
        case "main": return Phrase.evStartedMain.text(["pid": e.pid])
        default:
            // started by a process that had ended before this one began: the OS had already given it another
            // parent (round 10B, r10b_orphan_grandchild under spawn), so its ppid is not the process that started it.
            // (A forkserver's child has the fork server as its parent, a process of the run: not this, even when the
            // starter has ended; the adopter is outside the run: mp-tutor, a subreaper, or pid 1.)
            if let starter = e.int(EventField.parentPid), starter > 0, starter != Int64(e.ppid), timeline.process(pid: e.ppid) == nil,
               let starterPid = Int32(exactly: starter), let ended = timeline.process(pid: starterPid)?.endT, ended <= e.t {
                let row = Phrase.evStartedOrphan.text(["process": e.process, "pid": e.pid, "starter": starter, "ppid": e.ppid])
                // the adopter is the process that started the run's main process: mp-tutor (gaps 11A)
                let runner = timeline.events.first { $0.is(.processStart) && $0.string(EventField.role) == "main" }?.ppid
                // (only when the header says mp-tutor was a child subreaper: without it the orphan went to pid 1 or the
                // session's subreaper, and an older transcript does not say; gaps 12A)
                return runner == e.ppid && timeline.header.runnerSubreaper == true ? row + Phrase.evStartedOrphanByRunner.text() : row
            }
            if let row = forkserverChildStartedRow(e) { return row }     // its two parents (gaps 38B)
            if let boot = bootBefore(e) {     // its rows since the boot row were its import of the main module (gaps 21B)
                return Phrase.evStartedAfterBoot.text(["process": e.process, "pid": e.pid, "ppid": e.ppid,
                                                       "main": boot.string(EventField.main) ?? "?"])
            }
            return Phrase.evStartedChild.text(["process": e.process, "pid": e.pid, "ppid": e.ppid])
        }
    }

    /// A threading.Thread join()'s rows (gaps 10A): the wait, and how it ended (joined, or gave up at its timeout).
    func threadJoinRow(_ e: TraceEvent) -> String {
        switch e.known {
        case .threadJoinWait:
            return Phrase.evThreadJoinWait.text(["name": e.name ?? "?", "timeout": timeout(e)])
        case .threadJoin where e.bool(EventField.timedOut) == true:
            return Phrase.evThreadJoinGaveUp.text(["name": e.name ?? "?", "timeout": e[EventField.timeout]?.displayText ?? "?", "waited": waited(e)])
        default:
            return Phrase.evThreadJoined.text(["name": e.name ?? "?", "waited": waited(e)])
        }
    }
}
