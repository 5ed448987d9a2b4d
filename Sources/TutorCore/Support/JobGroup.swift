#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// mp-tutor's own process group as job control sees it (clean 34).
///
/// A group is orphaned when no member's parent is in another group of the same session: no shell is left that could
/// continue it after a stop. The kernel then discards the terminal's SIGTSTP, SIGTTIN and SIGTTOU to it (untraced, a
/// program's Ctrl-Z does nothing there: under `sh -c`, as a tmux pane's own command), and when a group with a stopped
/// member becomes orphaned it sends it SIGHUP and SIGCONT, but only if the stop was complete at that moment.
public enum JobGroup {
    /// True when mp-tutor's group is orphaned now, so a stop of mp-tutor's own would last for ever. With `/proc`
    /// every member of the group counts (`sh -c 'mp-tutor …'` from a shell: mp-tutor's parent `sh` is in the group,
    /// the shell outside it); without it a group whose other members cannot be seen is taken as a job (as before).
    ///
    /// Once true it stays true (no shell takes an orphaned group back), so it is read from `/proc` once: a background
    /// mp-tutor's retried `tcsetattr` queues thousands of SIGTTOUs, each asking this again.
    public static var isOrphaned: Bool {
        if lock.withLock({ knownOrphaned }) { return true }
        let group = getpgrp(), session = getsid(0)
        if anchors(pid: getpid(), group: group, session: session) { return false }
        guard let members = membersFromProc(group: group) else { return false }
        let orphaned = !members.contains { anchors(pid: $0, group: group, session: session) }
        if orphaned { lock.withLock { knownOrphaned = true } }
        return orphaned
    }

    private static let lock = ProcessLock()
    nonisolated(unsafe) private static var knownOrphaned = false

    /// `pid`'s parent is in another group of `session`: it is a job-control shell that can continue the group.
    private static func anchors(pid: pid_t, group: pid_t, session: pid_t) -> Bool {
        let parent = pid == getpid() ? getppid() : parentFromProc(of: pid)
        guard parent > 1 else { return false }
        let parentGroup = getpgid(parent), parentSession = getsid(parent)
        return parentGroup > 0 && parentGroup != group && parentSession == session
    }

    /// The live members of `group` (zombies do not count, as for the kernel), or nil without `/proc`.
    private static func membersFromProc(group: pid_t) -> [pid_t]? {
        guard let dir = opendir("/proc") else { return nil }
        defer { closedir(dir) }
        var members: [pid_t] = []
        while let item = readdir(dir) {
            let name = withUnsafePointer(to: &item.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard let pid = pid_t(name), pid != getpid(), let fields = statFields(of: pid), fields.count >= 3,
                  fields[0] != "Z", fields[0] != "X", pid_t(fields[2]) == group else { continue }
            members.append(pid)
        }
        return members
    }

    private static func parentFromProc(of pid: pid_t) -> pid_t {
        statFields(of: pid).flatMap { $0.count >= 2 ? pid_t($0[1]) : nil } ?? 0
    }

    /// `/proc/PID/stat` after the command's closing parenthesis: state, ppid, pgrp, session, …
    private static func statFields(of pid: pid_t) -> [Substring]? {
        let fd = open("/proc/\(pid)/stat", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 1024)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[0..<count], as: UTF8.self)
        guard let close = text.lastIndex(of: ")") else { return nil }
        return text[text.index(after: close)...].split(separator: " ")
    }
}
