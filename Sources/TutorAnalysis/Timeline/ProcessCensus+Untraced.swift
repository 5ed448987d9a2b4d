import TutorCore

extension ProcessCensus {
    /// Each traced Python process that multiprocessing did not start (role `other`) whose end is not in the record and
    /// whose parent is a program the tracer does not run in (a subprocess that reported nothing of its own, `sh -c`'s
    /// shell): nothing traced waited for it, so no exit of it is recorded (round 31S's `python -c` under `sh`, gaps 33B).
    public var endsUnderUntracedParents: [(member: Member, parent: Member)] {
        members.compactMap { member in
            guard member.exitCode == nil, !member.silent, member.role == "other", let ppid = member.ppid,
                  let parent = members.first(where: { $0.pid == ppid }), parent.silent, parent.role == "other" else { return nil }
            return (member, parent)
        }
    }
}
