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
    mutating func append(_ row: TimelineRow) {
        if let last { place(last) }
        last = row
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
    var eventsByKindName: [EventName: Int] = [:]
    /// The time of its first row and the index of its last event.
    var firstT: Int64?
    var lastEventIndex: Int?
}

private extension TimelineRowList {
    mutating func place(_ row: TimelineRow) {
        if head.count < headCount { return head.append(row) }
        // The open row counts toward the tail: keep one place for it.
        guard tailCount > 1 else { return leave(row) }
        if ring.count < tailCount - 1 { return ring.append(row) }
        leave(ring[ringStart])
        ring[ringStart] = row
        ringStart = (ringStart + 1) % ring.count
    }

    mutating func leave(_ row: TimelineRow) {
        leftOut.rows += 1
        leftOut.events += row.count
        leftOut.notes += row.noteNumbers.count
        leftOut.eventsByKindName[row.kindName, default: 0] += row.count
        if leftOut.firstT == nil { leftOut.firstT = row.t }
        leftOut.lastEventIndex = row.lastEventIndex
    }
}
