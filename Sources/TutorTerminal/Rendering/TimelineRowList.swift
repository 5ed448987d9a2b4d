import TutorCore

/// The rows of a timeline as they will be printed, kept as they are built: every row, or for a long run
/// the first and the last ones and a count of the middle, so that a million-event run never holds a row
/// per event. The newest row stays open (a run of alike events grows it) until the next one comes.
struct TimelineRowList {
    /// The first rows, printed as they are.
    private(set) var head: [TimelineRow] = []
    /// The latest rows after the head, oldest at `ringStart`.
    private var ring: [TimelineRow] = []
    private var ringStart = 0
    /// The row still being built.
    var last: TimelineRow?
    /// The middle that is left out.
    private(set) var leftOut = LeftOutRows()
    /// Where each lane's newest placed row is (its index in `head`, or its slot in `ring`), so that a run of join
    /// polls can grow its row after other lanes' rows (a child printing between two polls). By lane (a lane is an
    /// index into the timeline's lanes), not a dictionary: it is written at every row placed, a million on a long run.
    private var placedRowOfLane: [Place] = []
    private let headCount: Int
    private let tailCount: Int

    /// Keeps every row when `maxRows` is nil, else the first three fifths and the last two fifths of `maxRows`.
    init(maxRows: Int?) {
        guard let maxRows else {
            headCount = .max
            tailCount = 0
            return
        }
        let limit = max(0, maxRows)
        // `limit * 3 / 5` without overflow (`--full` and tests use huge limits).
        headCount = limit / 5 * 3 + limit % 5 * 3 / 5
        tailCount = limit - headCount
    }

    /// Closes the open row and opens `row`.
    mutating func append(_ row: consuming TimelineRow) {
        // Swapped, not copied: a long run places a million rows, and a copy retained and released each one's
        // strings and note numbers twice.
        var previous: TimelineRow? = row
        swap(&previous, &last)
        if let previous { place(previous) }
    }

    /// The newest row of `lane` still kept (the open row or a placed one), or nil when that lane has none or its
    /// newest row was left out of a long timeline's middle.
    func newestRow(ofLane lane: Int) -> TimelineRow? {
        if let last, last.lane == lane { return last }
        guard let place = placed(lane) else { return nil }
        let row = place.inHead ? head[place.position] : ring[place.position]
        return row.lane == lane ? row : nil
    }

    /// Makes the newest row of `lane` hold one more event, the one at `eventIndex` (its last one now).
    mutating func growNewestRow(ofLane lane: Int, to eventIndex: Int) {
        if let last, last.lane == lane {
            self.last?.count += 1
            self.last?.lastEventIndex = eventIndex
            return
        }
        guard let place = placed(lane) else { return }
        if place.inHead {
            head[place.position].count += 1
            head[place.position].lastEventIndex = eventIndex
        } else if ring[place.position].lane == lane {
            ring[place.position].count += 1
            ring[place.position].lastEventIndex = eventIndex
        }
    }

    /// Every row kept, in order, and where the left-out middle goes (nil when nothing was left out).
    func finished() -> (rows: [TimelineRow], leftOut: LeftOutRows?, at: Int) {
        var list = self
        // With no room for a tail at all (a limit of 0), even the newest row is left out.
        if tailCount == 0, headCount != .max, let last { list.leave(last); list.last = nil }
        return list.ordered()
    }
}

private extension TimelineRowList {
    func ordered() -> (rows: [TimelineRow], leftOut: LeftOutRows?, at: Int) {
        var rows = head
        rows += ring[ringStart...]
        rows += ring[..<ringStart]
        if let last {
            // The open row is the newest: it follows the ring, or fills the head when the run is short.
            rows.append(last)
        }
        return (rows, leftOut.rows > 0 ? leftOut : nil, head.count)
    }
}

/// What the left-out middle of a long timeline held.
struct LeftOutRows {
    var rows = 0
    var events = 0
    var notes = 0
    var eventsByKind: [String: Int] {
        Dictionary(uniqueKeysWithValues: eventsByKindName.map { ($0.key.text, $0.value) })
    }
    /// The same counts by the kind's number: a long run leaves out most of a million rows.
    var eventsByKindName: [EventName: Int] {
        Dictionary(kindCounts.map { ($0.name, $0.events) }) { a, b in a + b }
    }
    /// The counts as they are made: the few kinds in a short list, the newest found first, looked up without
    /// hashing (a dictionary hashed the kind at each of a million rows left out).
    private(set) var kindCounts: [(name: EventName, events: Int)] = []
    private var lastKind = 0

    mutating func count(_ events: Int, of kind: EventName) {
        if lastKind < kindCounts.count, kindCounts[lastKind].name == kind { return kindCounts[lastKind].events += events }
        if let found = kindCounts.firstIndex(where: { $0.name == kind }) {
            lastKind = found
            return kindCounts[found].events += events
        }
        lastKind = kindCounts.count
        kindCounts.append((kind, events))
    }
    /// The time of its first row and the index of its last event.
    var firstT: Int64?
    var lastEventIndex: Int?
}

private extension TimelineRowList {
    /// Where a lane's newest placed row is.
    struct Place {
        var inHead: Bool
        /// -1: the lane has no placed row.
        var position: Int
        static let none = Place(inHead: false, position: -1)
    }

    func placed(_ lane: Int) -> Place? {
        guard lane >= 0, lane < placedRowOfLane.count, placedRowOfLane[lane].position >= 0 else { return nil }
        return placedRowOfLane[lane]
    }

    mutating func setPlaced(_ lane: Int, _ place: Place) {
        guard lane >= 0 else { return }
        if lane >= placedRowOfLane.count {
            guard place.position >= 0 else { return }
            placedRowOfLane += repeatElement(.none, count: lane + 1 - placedRowOfLane.count)
        }
        placedRowOfLane[lane] = place
    }

    mutating func place(_ row: consuming TimelineRow) {
        let lane = row.lane
        if head.count < headCount {
            setPlaced(lane, Place(inHead: true, position: head.count))
            return head.append(row)
        }
        // The open row counts toward the tail: keep one place for it.
        guard tailCount > 1 else { return leave(row) }
        if ring.count < tailCount - 1 {
            setPlaced(lane, Place(inHead: false, position: ring.count))
            return ring.append(row)
        }
        // The old row is swapped out of its slot only after it is counted (`leave` reads the slot it was placed in).
        leave(lane: ring[ringStart].lane, eventIndex: ring[ringStart].eventIndex)
        var old = row
        swap(&old, &ring[ringStart])
        countLeftOut(old)
        setPlaced(lane, Place(inHead: false, position: ringStart))
        ringStart = (ringStart + 1) % ring.count
    }

    mutating func leave(_ row: borrowing TimelineRow) {
        leave(lane: row.lane, eventIndex: row.eventIndex)
        countLeftOut(row)
    }

    /// A lane whose newest row is left out has no row to grow: the row left out is the one placed (an old ring
    /// slot about to be reused) or newer than it (a row left out at once). Read field by field where they lie:
    /// a copy of the placed row retained and released all its strings.
    mutating func leave(lane: Int, eventIndex: Int) {
        if let place = placed(lane) {
            let placedLane = place.inHead ? head[place.position].lane : ring[place.position].lane
            let placedIndex = place.inHead ? head[place.position].eventIndex : ring[place.position].eventIndex
            if placedLane != lane || placedIndex <= eventIndex { setPlaced(lane, .none) }
        }
    }

    mutating func countLeftOut(_ row: borrowing TimelineRow) {
        leftOut.rows += 1
        leftOut.events += row.count
        leftOut.notes += row.noteNumbers.count
        leftOut.count(row.count, of: row.kindName)
        if leftOut.firstT == nil { leftOut.firstT = row.t }
        leftOut.lastEventIndex = row.lastEventIndex
    }
}
