/// The kind-specific fields of many events in two columns (key numbers in `EventNames`, values), so that an
/// event holds one reference and an offset instead of an array of its own: a million events make a few
/// dozen allocations instead of a million, and a member costs 28 bytes instead of 40 plus an array header.
///
/// Filled once, front to back, by whoever made the events (the transcript reader fills one store for many
/// events; an event built from a `JSONObject` gets a store of its own), and never changed after: a slot is
/// written before the event that points at it exists, and a store never moves its slots, so events that
/// share one can be read on any thread.
///
/// A store is never freed, so that events hold it without a reference count (`TraceEvent`): a run's stores
/// hold what its events hold anyway. What that keeps beyond its events is a store replaced by a rewrite of
/// an event's fields (`TraceEvent.fields`'s setter: the exit reconciler's and the labeller's few, a redaction's
/// copy of a run), at most the size of what was rewritten.
final class EventFieldStore: @unchecked Sendable {
    let capacity: Int
    private(set) var count = 0
    private let keys: UnsafeMutablePointer<EventName>
    private let values: UnsafeMutablePointer<JSONValue>

    /// The store of events without fields.
    static let empty = EventFieldStore(capacity: 0)

    init(capacity: Int) {
        self.capacity = capacity
        // Keys and values in one block, so that a full-sized store is one huge page (`EventFieldWriter.largest`).
        let slots = max(capacity, 1)
        let valuesOffset = Self.valuesOffset(slots)
        let block = HugePages.allocate(byteCount: valuesOffset + slots * MemoryLayout<JSONValue>.stride,
                                       alignment: max(MemoryLayout<EventName>.alignment, MemoryLayout<JSONValue>.alignment))
        keys = block.bindMemory(to: EventName.self, capacity: slots)
        values = (block + valuesOffset).bindMemory(to: JSONValue.self, capacity: slots)
        // The count that is never given back: events hold the store uncounted.
        _ = Unmanaged.passRetained(self)
    }

    /// Where the values begin in a store's block of `slots` slots: after the keys, aligned for a value.
    static func valuesOffset(_ slots: Int) -> Int {
        let align = MemoryLayout<JSONValue>.alignment
        return (slots * MemoryLayout<EventName>.stride + align - 1) / align * align
    }

    /// The most slots whose keys and values fit in one huge page.
    static let slotsInHugePage = HugePages.size / (MemoryLayout<EventName>.stride + MemoryLayout<JSONValue>.stride)

    /// A store holding exactly these members (keys and strings already in `line` form, keys unique).
    convenience init(_ object: JSONObject) {
        self.init(capacity: object.members.count)
        for member in object.members { append(EventName(member.key), member.value) }
    }

    func append(_ key: EventName, _ value: JSONValue) {
        precondition(count < capacity)
        (keys + count).initialize(to: key)
        (values + count).initialize(to: value)
        count += 1
    }

    /// Drops the members from slot `kept` on: only members no event points at yet (a line given up half-read).
    func truncate(to kept: Int) {
        guard kept < count else { return }
        (values + kept).deinitialize(count: count - kept)
        count = kept
    }

    @inline(__always) func key(_ slot: Int) -> EventName { keys[slot] }
    @inline(__always) func value(_ slot: Int) -> JSONValue { values[slot] }

    /// The slot of the member whose key is `key` among `count` slots from `start`, or nil.
    @inline(__always) func slot(of key: EventName, from start: Int, count: Int) -> Int? {
        var slot = start
        let end = start + count
        while slot < end {
            if keys[slot] == key { return slot }
            slot += 1
        }
        return nil
    }

    // Read in place, not copied out (`TraceEvent+FieldBits`).

    /// The OR of `table[b]` over slot `slot`'s string value's UTF-8 bytes; 0 when it is not a string.
    @inline(__always) func utf8Bits(_ slot: Int, table: UnsafePointer<UInt64>) -> UInt64 {
        guard case let .string(text) = values[slot] else { return 0 }
        return Self.utf8Bits(text, table: table)
    }

    @inline(__always) static func utf8Bits(_ text: String, table: UnsafePointer<UInt64>) -> UInt64 {
        // The bytes where they lie (not `withUTF8` on a copy: the copy cost a reference count and an outlined copy
        // of the value per field, 433 instructions per row against 292 in the find's callgrind).
        var bits: UInt64 = 0
        let read: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes { bits |= table[Int(byte)] }
            return true
        }
        if read == nil {
            for byte in text.utf8 { bits |= table[Int(byte)] }
        }
        return bits
    }

    @inline(__always) func shape(_ slot: Int) -> FieldShape {
        switch values[slot] {
        case .null: .null
        case let .bool(value): value ? .trueValue : .falseValue
        case .int: .integer
        case let .double(d): JSONValue.double(d).intValue == nil ? .fraction : .integer
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }

    @inline(__always) func isString(_ text: String, at slot: Int) -> Bool {
        if case let .string(value) = values[slot] { value == text } else { false }
    }

    @inline(__always) func int(_ slot: Int) -> Int64? {
        switch values[slot] {
        case let .int(value): value
        case let .double(d): JSONValue.double(d).intValue
        default: nil
        }
    }

    /// The slot of the member named `key` among `count` slots from `start`, or nil.
    @inline(__always) func slot(of key: String, from start: Int, count: Int) -> Int? {
        // Lengths first, each key's text read where it lies: most keys differ from the one asked for in length, and a
        // comparison of two different strings cost tens of instructions a key (notes rules ask for a field by its text
        // at each `pool.submit` of a long run: 41M instructions of a 100k replay's main thread).
        let length = key.utf8.count
        var slot = start
        let end = start + count
        while slot < end {
            if EventNames.shared.withText(of: keys[slot], { $0.utf8.count == length && $0 == key }) { return slot }
            slot += 1
        }
        return nil
    }
}

/// Fills stores for the events of one transcript: one store for many events, a new one (twice as large, up to
/// a bound) when the current one is full.
struct EventFieldWriter {
    private var store = EventFieldStore.empty
    private var nextCapacity = 1 << 10
    /// As many slots as fill one huge page (about 75,000): a long transcript's stores are each one 2 MB page.
    private static let largest = EventFieldStore.slotsInHugePage

    /// Makes room for `count` members, lets `fill` append exactly that many, and says where they are.
    mutating func store(count: Int, _ fill: (EventFieldStore) -> Void) -> (store: EventFieldStore, offset: UInt32, count: UInt32) {
        guard count > 0 else { return (EventFieldStore.empty, 0, 0) }
        if store.count + count > store.capacity {
            store = EventFieldStore(capacity: max(count, nextCapacity))
            nextCapacity = min(nextCapacity * 2, Self.largest)
        }
        let offset = store.count
        fill(store)
        precondition(store.count == offset + count)
        return (store, UInt32(offset), UInt32(count))
    }

    /// A store with room for `count` more members, for a caller that appends them one by one and truncates
    /// what it gives up (the members of one event stay in one store).
    mutating func room(for count: Int) -> EventFieldStore {
        if store.count + count > store.capacity {
            store = EventFieldStore(capacity: max(count, nextCapacity))
            nextCapacity = min(nextCapacity * 2, Self.largest)
        }
        return store
    }

    /// Stores `members` (keys numbered, values in `line` form, keys unique) and says where.
    mutating func store(_ members: [(key: EventName, value: JSONValue)]) -> (store: EventFieldStore, offset: UInt32, count: UInt32) {
        guard !members.isEmpty else { return (EventFieldStore.empty, 0, 0) }
        if store.count + members.count > store.capacity {
            store = EventFieldStore(capacity: max(members.count, nextCapacity))
            nextCapacity = min(nextCapacity * 2, Self.largest)
        }
        let offset = store.count
        for member in members { store.append(member.key, member.value) }
        return (store, UInt32(offset), UInt32(members.count))
    }
}
