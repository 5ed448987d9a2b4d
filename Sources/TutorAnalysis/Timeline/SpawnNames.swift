import TutorCore

/// The name a child's parent gave it, for a child that failed before it could say its own.
///
/// A forkserver child that fails while unpickling its Process object (a Lock its parent already unlinked, a
/// missing `__main__` guard) writes its traceback before it knows its name: the tracer labels those lines with
/// whatever the fork server process was called (the script's file name). Its parent's `process.spawn` named that
/// pid; a process that recorded no `process.start` of its own is shown under that name.
enum SpawnNames {
    static func adopt(_ events: inout [TraceEvent]) {
        var named: [Int32: String] = [:]
        var started = Set<Int32>()
        // Tested in place: only the spawns and starts are copied out of the array.
        for i in events.indices(of: .processSpawn, .processStart) {
            let event = events[i]
            if event.is(.processSpawn), let pid = event.childPid, let name = event.name { named[pid] = name }
            if event.is(.processStart) { started.insert(event.pid) }
        }
        // Only the children that never started are renamed: usually none, and then no event is looked at.
        let unstarted = named.filter { !started.contains($0.key) }
        guard !unstarted.isEmpty else { return }
        for i in events.indices {
            if let name = unstarted[events[i].pid], events[i].process != name { events[i].process = name }
        }
    }
}
