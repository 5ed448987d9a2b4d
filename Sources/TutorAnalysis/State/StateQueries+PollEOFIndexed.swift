import TutorCore

extension StateQueries {
    /// `pollBlindToEOF(at:in:)` answered from `copies`, made once for the run (perf 27Q: each poll with a timeout that
    /// found nothing had scanned the run up to it five times, and once from the Pipe's creation to the end).
    public static func pollBlindToEOF(at step: Int, in timeline: Timeline, using copies: PipeCopyIndex)
        -> (other: String, maker: String?, holders: [String], unpickled: [String], inFlight: [String], makerClosedT: Int64?)? {
        let events = timeline.events
        guard copies.covers(events.count) else { return pollBlindToEOF(at: step, in: timeline) }
        guard copies.anyClose, events.indices.contains(step), events[step].is(.pipePoll), events[step].bool(EventField.ready) == false,
              (events[step].fields[EventField.timeout]?.doubleValue ?? 0) > 0,
              let pipe = events[step].object, let end = events[step].end, end == "A" || end == "B" else { return nil }
        let pid = events[step].pid, other = end == "A" ? "B" : "A", key = PipeCopyIndex.key(pipe, other)
        guard let create = copies.created[pipe], create < step else { return nil }
        let maker = events[create].pid
        var visited = 1
        defer { QueryVisits.shared.add(visited) }
        let closes = copies.closes[key] ?? [:]
        if maker != pid {
            let spawns = copies.spawnsOf[pid] ?? []
            var s = spawns.lowerBound(create)
            while s < spawns.count, spawns[s] < step, events[spawns[s]].pid != maker { s += 1; visited += 1 }
            guard s < spawns.count, spawns[s] < step, Self.forked(events[spawns[s]]),
                  !(closes[maker]?.any(in: create..<spawns[s]) ?? false) else { return nil }
        }
        guard !(closes[pid]?.any(in: create..<step) ?? false) else { return nil }
        // the copies the maker's fork children inherited: forked before the maker closed its own copy
        let makerCloses = closes[maker] ?? []
        let k = makerCloses.lowerBound(create)
        let makerClose = k < makerCloses.count && makerCloses[k] < step ? makerCloses[k] : step
        var children: [Int32] = []
        let spawns = copies.spawnsBy[maker] ?? []
        var s = spawns.lowerBound(create)
        while s < spawns.count, spawns[s] < makerClose {
            visited += 1
            if Self.forked(events[spawns[s]]), let child = events[spawns[s]].childPid, child != pid { children.append(child) }
            s += 1
        }
        // the processes that rebuilt their own copy, in the order of their first rebuild after the Pipe was made
        var firsts: [(at: Int, pid: Int32)] = []
        for (holder, r) in copies.rebuilt[key] ?? [:] where holder != pid {
            visited += 1
            let first = r.steps.lowerBound(create)
            if first < r.steps.count, r.steps[first] < step { firsts.append((r.steps[first], holder)) }
        }
        let copiesHeld = firsts.sorted { $0.at < $1.at }.map(\.pid).filter { !children.contains($0) }
        let inFlight = Self.inFlight(pipe, other, maker: maker, poller: pid, from: create, at: step, in: events, using: copies, endedToo: false)
        guard maker != pid || !(children + copiesHeld).isEmpty || !inFlight.isEmpty else { return nil }
        let endedBefore = { (child: Int32) in (copies.exitsOf[child]?.first).map { $0 < step } ?? false }
        let sent = (copies.firstSend[key] ?? [:]).contains { $0.key != pid && $0.value < step }
        var holders: [String] = [], unpickled: [String] = []
        if !(children + copiesHeld).isEmpty, inFlight.isEmpty, !sent, (children + copiesHeld).allSatisfy(endedBefore) {
            let name = { (child: Int32) -> String? in
                let exits = copies.exitsOf[child] ?? []
                let k = exits.lowerBound(step)
                return k > 0 ? events[exits[k - 1]].process : nil
            }
            holders = children.compactMap(name)
            unpickled = copiesHeld.compactMap(name)
        }
        // round 27S: when the poller was forked, the maker's own close of the other end after the fork, if any
        let makerClosedT = maker == pid || makerClose == step ? nil : events[makerClose].t
        return (other, maker == pid ? nil : events[create].process, holders, unpickled, inFlight.map(\.name), makerClosedT)
    }
}
