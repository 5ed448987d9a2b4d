import TutorCore

extension HangExplainer {
    /// The puts a child's feeder still held when it began to exit, as the record shows them (gaps 33D): the child's latest
    /// `queue.feeder.wait` at exit on `queue` (at or before the moment) says how many items its buffer held (`left`),
    /// and a feeder writes its buffer in put order, so those are the child's last `left` puts on that queue. Nil when
    /// events were lost, no such wait is recorded, or the child's recorded puts are fewer than `left`.
    func heldInFeeder(pid: Int32, queue: String) -> (first: TraceEvent, left: Int, exitAt: Int64)? {
        guard timeline.lostEvents == 0 else { return nil }
        let events = timeline.events
        guard let wait = timeline.indices(of: .queueFeederWait).last(where: {
            $0 <= moment && events[$0].pid == pid && events[$0].object == queue && events[$0].bool(EventField.atExit) == true
        }), let left = events[wait].int(EventField.left), left >= 1, left <= 1 << 20 else { return nil }
        var puts: [Int] = []
        for i in timeline.indices(of: .queuePut) where i < wait && events[i].pid == pid && events[i].object == queue { puts.append(i) }
        guard puts.count >= Int(left) else { return nil }
        return (events[puts[puts.count - Int(left)]], Int(left), events[wait].t)
    }

    /// The join-hang note's words when the record shows the put still in the feeder; nil otherwise (round 13's words).
    func feederJoinHeldText(who: String, name: String, pid: Int32, queue: String) -> String? {
        guard let held = heldInFeeder(pid: pid, queue: queue), let item = held.first.item else { return nil }
        return (held.left == 1 ? Phrase.hangFeederJoinHeldOne : .hangFeederJoinHeldMany).text([
            "who": who, "name": name, "item": item, "queue": queue, "t": Format.seconds(held.first.t),
            "exit": Format.seconds(held.exitAt), "n": held.left])
    }
}
