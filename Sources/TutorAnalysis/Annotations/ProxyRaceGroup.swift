import TutorCore

/// Every process (thread) caught in one proxy race together (race 23): a `ProxyRace` proves two; a third that read the
/// same value and wrote without reading again, racing with each of them, was lost in the same window, and a note that
/// named only two said "one update was lost" where the record proves two.
///
/// Members pair up as `ProxyRace` proves pairs (every pair's race `holds`), so the server ran all their reads before
/// any of their writes: of their N writes, each made from the same old value, the last one the server ran replaced the
/// other N − 1 unseen. `members.count - 1` is a floor of what was lost there (a write of someone else's in the window
/// was wiped too), never more than the writes the values show lost.
public struct ProxyRaceGroup: Sendable, Equatable {
    /// Event indices of each member's read and its write, in the order of the writes.
    public var reads: [Int], writes: [Int]

    /// The updates the group proves lost: all but the one the server ran last.
    public var lost: Int { writes.count - 1 }

    /// The group around `race`: its two, then every other thread's write of the item (in record order) whose read just
    /// before saw the same value and which races with every member found so far.
    public static func around(_ race: ProxyRace, in events: [TraceEvent]) -> ProxyRaceGroup {
        var members = [(read: race.readA, write: race.writeA), (read: race.readB, write: race.writeB)]
        guard let anchor = ProxyRace.Access(events[race.writeB]), let old = ProxyRace.Access(events[race.readB])?.value else {
            return ProxyRaceGroup(members)
        }
        // the writes that could put the old value back, for `holds` (linear, as `ProxyRace.all` passes them)
        let restoring = events.indices.filter { i in
            events[i].is(.managerCall) && ProxyRace.Access(events[i]).map { !$0.isRead && $0.slot == anchor.slot && $0.value == old } == true
        }
        var lastRead: [String: Int] = [:]           // thread → its last access of the item, when a read
        for i in events.indices(of: .managerCall) {
            guard let access = ProxyRace.Access(events[i]), access.slot == anchor.slot else { continue }
            let me = "\(events[i].pid) \(events[i].thread)"
            if access.isRead {
                lastRead[me] = i
                continue
            }
            // only a read of the same value, and a write that overlaps the members' window, can join
            guard let read = lastRead.removeValue(forKey: me), ProxyRace.Access(events[read])?.value == old, access.value != old,
                  ProxyRace.start(events[read]) < members.map({ ProxyRace.end(events[$0.write]) }).max() ?? 0,
                  ProxyRace.end(events[i]) > members.map({ ProxyRace.start(events[$0.read]) }).min() ?? 0,
                  !members.contains(where: { $0.write == i || $0.read == read }),
                  !members.contains(where: { "\(events[$0.write].pid) \(events[$0.write].thread)" == me }) else { continue }
            let joins = members.allSatisfy {
                ProxyRace(readA: $0.read, readB: read, writeA: $0.write, writeB: i).holds(in: events, otherWrites: restoring)
            }
            if joins { members.append((read, i)) }
        }
        return ProxyRaceGroup(members)
    }

    private init(_ members: [(read: Int, write: Int)]) {
        let sorted = members.sorted { $0.write < $1.write }
        reads = sorted.map(\.read)
        writes = sorted.map(\.write)
    }

    /// True when the group is `around(race)` again and every pair of it races (the checker asks this).
    public func holds(around race: ProxyRace, in events: [TraceEvent]) -> Bool {
        guard race.holds(in: events), Self.around(race, in: events) == self else { return false }
        for a in writes.indices {
            for b in writes.indices where b > a {
                guard ProxyRace(readA: reads[a], readB: reads[b], writeA: writes[a], writeB: writes[b]).holds(in: events) else { return false }
            }
        }
        return true
    }

    /// True when the record shows the order of every write of the group: each ended before the next one began.
    public func ordered(in events: [TraceEvent]) -> Bool {
        let byTime = writes.sorted { ProxyRace.start(events[$0]) < ProxyRace.start(events[$1]) }
        return zip(byTime, byTime.dropFirst()).allSatisfy { ProxyRace.end(events[$0]) < ProxyRace.start(events[$1]) }
    }
}
