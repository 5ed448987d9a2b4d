#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

extension RunSession {
    /// Reaps every finished child in the run's group (the main process and orphaned workers
    /// re-parented to us as subreaper) and any finished escaped member.
    ///
    /// `waitpid(-pgid)` rather than `waitpid(-1)`: mp-tutor's other children, if any, are not
    /// ours to reap (another part of the program may be waiting for them).
    func reap(nowNs: UInt64) throws {
        var status: Int32 = 0
        while true {
            let pid = waitpid(-pgid, &status, WNOHANG)
            if pid > 0 {
                if pid == child.pid { noteMainEnded(status, nowNs: nowNs) }
                continue
            }
            if pid < 0 && errno == EINTR { continue }
            break
        }
        if mainTermination == nil {
            // In case the main process moved itself to another group.
            var pid: Int32
            repeat { pid = waitpid(child.pid, &status, WNOHANG) } while pid < 0 && errno == EINTR
            if pid == child.pid {
                noteMainEnded(status, nowNs: nowNs)
            } else if pid < 0 {
                throw MPTutorError.runFailed(Phrase.errLostTrack.text(["pid": child.pid, "reason": Descriptors.errorText()]))
            }
        }
        for member in members where member.pgid != pgid && member.ppid == ownPid {
            _ = waitpid(member.pid, &status, WNOHANG)
        }
    }

    private func noteMainEnded(_ status: Int32, nowNs: UInt64) {
        mainTermination = Termination(waitStatus: status)
        endedAtNs = nowNs
        pump.relay?.close()  // what is typed from now on is the shell's again
        // Give the rest of the group `exitGrace` to finish on its own (workers flushing,
        // a pool shutting down), then stop it.
        plan.scheduleTermThenKill(atNs: nowNs + MonotonicClock.nanoseconds(request.exitGrace))
    }

    /// Refreshes `members` from `/proc`: every 250 ms while the main process runs, every turn
    /// after it ended (when leftovers must be found quickly).
    func scanMembersIfDue(nowNs: UInt64) {
        guard mainTermination != nil || nowNs - lastScanNs >= 250_000_000 else { return }
        lastScanNs = nowNs
        members = ProcessTable.entries().filter { entry in
            if entry.pid == child.pid && mainTermination != nil { return false }
            if entry.pgid == pgid { return true }
            return entry.ppid == ownPid && ProcessTable.environment(of: entry.pid).contains(marker)
        }
        RunSuspension.noteEscaped(members.filter { $0.pgid != pgid && !$0.isZombie }.map(\.pid))
        if mainTermination == nil {
            let alive = members.filter { !$0.isZombie }
            load.sample(pids: alive.map(\.pid), runnable: alive.filter { $0.state == UInt8(ascii: "R") }.count, nowNs: nowNs)
            if firstEvent != nil, firstEvent?.seenAtNs == nil {
                firstEvent?.look(nowNs: nowNs)
                if firstEvent?.seenAtNs != nil { waitAtFirstEventNs = load.waitNs }
            }
        }
    }

    /// Sends the signals the plan says are due; once SIGKILL went out, kills again anything of
    /// the run still found (a process re-parented to us after the first SIGKILL).
    func sendDueSignals(nowNs: UInt64) {
        var due = plan.takeDue(nowNs: nowNs)
        if due.isEmpty, plan.strongestSent == SIGKILL, !members.isEmpty { due = [SIGKILL] }
        for signal in due {
            if mainTermination != nil, signal == SIGTERM || signal == SIGKILL {
                for member in members where !member.isZombie { leftovers.insert(member.pid) }
            }
            // stamped before it is sent: whatever it makes a process do is recorded after this moment (gaps 34A)
            if signal == SIGINT, interruptSentNs == nil { interruptSentNs = MonotonicClock.nowNs() }
            send(signal)
        }
    }

    /// Signals the whole process group and every escaped member.
    func send(_ signal: Int32) {
        kill(-pgid, signal)
        for member in members where member.pgid != pgid { kill(member.pid, signal) }
        if signal != SIGKILL {
            // A stopped process would only act on the signal once continued.
            kill(-pgid, SIGCONT)
            for member in members where member.pgid != pgid { kill(member.pid, SIGCONT) }
        }
    }

    /// Whether any process (zombies included) is still in the run's group.
    func groupExists() -> Bool {
        kill(-pgid, 0) == 0 || errno == EPERM
    }

    /// The error path: SIGKILL everything of the run and reap it, for at most two seconds.
    func forceStop() {
        let limit = MonotonicClock.nowNs() + 2_000_000_000
        while MonotonicClock.nowNs() < limit {
            lastScanNs = 0
            scanMembersIfDue(nowNs: MonotonicClock.nowNs())
            send(SIGKILL)
            try? reap(nowNs: MonotonicClock.nowNs())
            if !groupExists() && !members.contains(where: { $0.pgid != pgid }) { return }
            usleep(5_000)
        }
    }
}

extension RunSession {
    /// When the watchdog fires (load 31): `limitNs` of the program's own time from the tracer's first event (from launch
    /// without an events folder), plus the waits for a core after it, plus the time the run was stopped with mp-tutor.
    /// Before the first event the start-up may take `stretchLimit` times the limit; after it the waits move the
    /// deadline by at most as much.
    func watchdogDeadline(limitNs: UInt64) -> UInt64 {
        let stopped = RunSuspension.stoppedNs
        let cap = UInt64(Double(limitNs) * MachineLoadMeter.stretchLimit)
        guard firstEvent != nil else { return child.startedAtNs + limitNs + load.extraNs(limitNs: limitNs) + stopped }
        guard let seen = firstEvent?.seenAtNs else { return child.startedAtNs + limitNs + cap + stopped }
        let waited = min(load.waitNs - min(load.waitNs, waitAtFirstEventNs), cap)
        return min(seen, child.startedAtNs + cap) + limitNs + waited + stopped
    }
}
