import TutorCore

/// The resource tracker's warning at shutdown ("There appear to be N leaked semaphore objects"), with what the record
/// shows it was told: each name of that type registered (`tracker.register`) in a process of the program and never
/// unregistered after (`tracker.unregister`), in the order registered, with the object the program made under that
/// name when the record has its creation (a semaphore's key is "n" + its name; a segment's `shm.create` names it).
public struct TrackerLeak: Sendable, Equatable {
    /// One registration never taken back.
    public struct Entry: Sendable, Equatable {
        /// The name as registered (`/mp-…`, `/psm_…`).
        public var name: String
        /// The `tracker.register` row.
        public var registered: Int
        /// The program's object under that name (`Lock#1`), nil for one of multiprocessing's own (a Queue's lock).
        public var object: String?
        /// Later `tracker.register` rows of the same name before any unregister (a segment attached again).
        public var again: [Int] = []
        /// The constructors it was made in, innermost first (`made_in`; empty in older records).
        public var madeIn: [String] = []
        /// The object whose constructor made it, when the record has that object's create row (`JoinableQueue#1`).
        public var owner: String?
    }

    /// `semaphore` or `shared_memory`.
    public var rtype: String
    /// The tracker's stderr row that warns of this type's leak.
    public var warning: Int
    /// The count the warning states, when it can be read.
    public var counted: Int?
    public var entries: [Entry]

    static let rtypes = ["semaphore", "shared_memory"]

    /// One per warning row of the tracker whose type has registrations never taken back in the record.
    public static func all(in timeline: Timeline) -> [TrackerLeak] {
        let events = timeline.events
        // by name: the tracker keeps one entry per name; every register since the last unregister is kept
        var open: [String: (rtype: String, index: Int, again: [Int])] = [:]
        for i in timeline.indices(of: .trackerRegister, .trackerUnregister) {
            let e = events[i]
            guard let name = e.name, let rtype = e.string(EventField.rtype), rtypes.contains(rtype) else { continue }
            if e.is(.trackerRegister) {
                if open[name] == nil { open[name] = (rtype, i, []) } else if open[name]!.again.count < 8 { open[name]!.again.append(i) }
            } else {
                open[name] = nil
            }
        }
        guard !open.isEmpty else { return [] }
        var leaks: [TrackerLeak] = []
        for rtype in rtypes {
            guard let (warning, counted) = warningRow(rtype, in: timeline) else { continue }
            let entries = open.filter { $0.value.rtype == rtype }.sorted { $0.value.index < $1.value.index }
                .map { name, value -> Entry in
                    let madeIn = madeIn(events[value.index])
                    let object = object(named: name, rtype, in: events)
                    return Entry(name: name, registered: value.index, object: object, again: value.again, madeIn: madeIn,
                                 owner: object == nil ? owner(madeIn, of: value.index, in: events) : nil)
                }
            if !entries.isEmpty { leaks.append(TrackerLeak(rtype: rtype, warning: warning, counted: counted, entries: entries)) }
        }
        return leaks
    }

    /// Whether the record still shows this (the checker asks again).
    public func holds(in timeline: Timeline) -> Bool {
        Self.all(in: timeline).contains(self)
    }

    /// The first stderr row of the resource tracker that warns of leaked objects of `rtype`, and the number it states.
    static func warningRow(_ rtype: String, in timeline: Timeline) -> (Int, Int?)? {
        let marker = " leaked \(rtype) objects"
        for i in timeline.indices(of: .print) {
            let e = timeline.events[i]
            guard e.string(EventField.stream) == "stderr", let text = e.text, text.contains(marker),
                  timeline.process(pid: e.pid)?.role == "resource_tracker" else { continue }
            let before = text.components(separatedBy: marker)[0].split(separator: " ").last.flatMap { Int($0) }
            return (i, before.flatMap { (0...1_000_000).contains($0) ? $0 : nil })
        }
        return nil
    }

    /// The program's object made under this name: the first create whose key or segment name is it.
    static func object(named name: String, _ rtype: String, in events: [TraceEvent]) -> String? {
        if rtype == "semaphore" {
            let key = "n" + name
            return events.first { $0.string(EventField.key) == key && $0.object != nil }?.object
        }
        let segment = name.hasPrefix("/") ? String(name.dropFirst()) : name
        return events.first { ($0.is(.shmCreate) || $0.is(.shmAttach)) && $0.name == segment }?.object
    }
}
