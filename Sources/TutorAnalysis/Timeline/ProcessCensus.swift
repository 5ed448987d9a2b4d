import TutorCore

/// Every process that existed in a run, helpers included: the one count the summary and the checker use.
///
/// A process is counted when any event shows it: its own events, its parent's `process.spawn`/`process.reaped`,
/// a `subprocess.spawn` (a program it ran: traced only when it is Python and wrote something), a manager's
/// `server_pid`, or the trailer's silent processes (started, never reported).
public struct ProcessCensus: Sendable {
    public struct Member: Sendable, Equatable {
        public var pid: Int32
        public var name: String
        /// `main`, `child`, `manager`, `forkserver`, `resource_tracker`, `other`.
        public var role: String
        /// How it ended: the parent's view when there is one (it sees signals), else its own.
        public var exitCode: Int64?
        /// It never reported an event of its own (it failed or was killed before the tracer started in it).
        public var silent: Bool
        /// Its parent's pid, as it reported it (nil for a process that reported nothing of its own).
        public var ppid: Int32? = nil

        /// multiprocessing's own processes, started for the program rather than by it.
        public var isHelper: Bool { role == "forkserver" || role == "resource_tracker" || role == "manager" }
    }

    public var members: [Member]
    public var helpers: [Member] { members.filter(\.isHelper) }

    public init(_ timeline: Timeline) {
        var members: [Member] = []
        var index: [Int32: Int] = [:]
        func add(_ pid: Int32, name: String, role: String, silent: Bool) {
            guard pid > 0, index[pid] == nil else { return }
            index[pid] = members.count
            members.append(Member(pid: pid, name: name, role: role, exitCode: nil, silent: silent))
        }
        for life in timeline.processes { add(life.pid, name: life.name, role: life.role, silent: false) }
        // By index, the kind read through the array: only the few events of these kinds are copied out of it.
        for at in timeline.indices(of: .processSpawn, .processReaped, .managerCreate, .subprocessSpawn) {
            let e = timeline.events[at]
            switch e.known {
            case .processSpawn, .processReaped:
                if let child = e.int(EventField.childPid).map(Int32.init) {
                    add(child, name: e.name ?? "pid \(child)", role: "child", silent: true)
                }
            case .subprocessSpawn:
                if let child = e.int(EventField.childPid).map(Int32.init) {
                    let program = e.fields[EventField.argv]?.arrayValue?.first?.stringValue.map { String($0.split(separator: "/").last ?? "") }
                    add(child, name: program.map { $0.isEmpty ? "pid \(child)" : $0 } ?? "pid \(child)", role: "other", silent: true)
                }
            case .managerCreate:
                if let server = e.serverPid.map(Int32.init) { add(server, name: Phrase.nameManagerServer.text(), role: "manager", silent: true) }
            default:
                break
            }
        }
        for pid in timeline.trailer?.silentProcesses ?? [] { add(pid, name: "pid \(pid)", role: "other", silent: true) }
        // How each ended: the parent's reaped exit code wins, it sees what a process cannot say of itself.
        for life in timeline.processes {
            if let i = index[life.pid] { members[i].exitCode = life.exitCode; members[i].ppid = life.ppid }
        }
        // The first reap of a child only: a later one by another thread of the parent is not how it ended (round 33T:
        // a forkserver child's second poll() stores 255 over the real code).
        var reapedOnce = Set<Int32>()
        for at in timeline.indices(of: .processReaped) {
            let e = timeline.events[at]
            if let child = e.int(EventField.childPid).map(Int32.init), let i = index[child], let code = e.exitCode,
               reapedOnce.insert(child).inserted {
                members[i].exitCode = code
            }
        }
        // A subprocess ends seen by its parent's `subprocess.exit` (its returncode; negative for a signal, as exitcode).
        for at in timeline.indices(of: .subprocessExit) {
            let e = timeline.events[at]
            if let child = e.int(EventField.childPid).map(Int32.init), let i = index[child], members[i].exitCode == nil,
               let code = e.int(EventField.returncode) {
                members[i].exitCode = code
            }
        }
        self.members = members
    }
}
