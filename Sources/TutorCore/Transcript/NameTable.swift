import Foundation

/// One `String` per distinct short text read from a transcript, so that the million events of a long run
/// share the storage of their process, thread, kind and object names and of their field keys, and each
/// distinct text is checked as UTF-8 once instead of once per line.
///
/// Looked up straight from the line's bytes (no String is made for a name seen before). Bounded: at most
/// `capacity` names of at most `longest` bytes are kept, and a lookup probes a bounded number of slots,
/// so a hostile file of all-different names stays linear; a text the table does not take is simply
/// returned as a String of its own. The strings are the raw text: sanitizing stays with `TextSanitizer`.
final class NameTable {
    /// The longest text kept, in bytes.
    static let longest = 64
    /// The most names kept.
    static let capacity = 1 << 16
    private static let maxProbes = 32

    private struct Entry {
        var hash: Int
        var start: Int
        var count: Int
        var text: String
        var tag: UInt8
        /// The text's number in `EventNames`, looked up the first time it is read as an event's name.
        var event = EventName.none
        /// No byte of the text ends a plain string (a quote, a backslash, a control byte): only such an entry may be
        /// matched in a line without finding the string's end first (`hinted`).
        var plain = false
    }

    // Raw storage, not arrays: a class's arrays are checked for exclusive access at run time on every read
    // and write, and those checks were a tenth of reading a transcript (three lookups per line or more).
    /// The entry of each hash slot, -1 when empty.
    private let slots: UnsafeMutablePointer<Int32>
    private let slotCount = NameTable.capacity * 2
    /// `entryCount` entries; room for `capacity` (memory is touched only as entries are written).
    private let entries: UnsafeMutablePointer<Entry>
    private var entryCount = 0
    /// The bytes of every kept text, one after the other: room for the most the table keeps, reserved at once
    /// (4 MB of address space, touched only as texts are written) so that it never moves.
    private let arena: UnsafeMutablePointer<UInt8>
    private var arenaCount = 0
    private let tags: [String: UInt8]
    /// The entry last found for each hint (-1: none): most lookups end here, without hashing or probing the
    /// half-megabyte slot table.
    private let recent: UnsafeMutablePointer<Int32>
    static let hints = 64

    /// `tags` gives some names a small number (the transcript's fixed keys), returned beside the string.
    init(tags: [String: UInt8] = [:]) {
        self.tags = tags
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: -1, count: slotCount)
        entries = .allocate(capacity: Self.capacity)
        arena = .allocate(capacity: Self.capacity * Self.longest)
        recent = .allocate(capacity: Self.hints)
        recent.initialize(repeating: -1, count: Self.hints)
    }

    deinit {
        entries.deinitialize(count: entryCount)
        entries.deallocate()
        slots.deallocate()
        arena.deallocate()
        recent.deallocate()
    }

    /// The string for these bytes and its tag (0 when untagged), or nil when the bytes are not valid UTF-8
    /// (the caller reports that) or the text is too long to keep.
    func name(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> (text: String, tag: UInt8)? {
        switch find(bytes) {
        case let .kept(index): (entries[index].text, entries[index].tag)
        case let .unkept(text): text.map { ($0, tags[$0] ?? 0) }
        }
    }

    /// The text for these bytes and its number in `EventNames` (sanitized there once per distinct text),
    /// or nil when the bytes are not valid UTF-8 or the text is not kept here (the caller reads it the long way).
    /// - Parameter hint: a small number for where the text stands (a key's tag): the entry last found there is
    ///   tried first, since lines repeat their names in the same places.
    func eventName(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, hint: Int = -1) -> (text: String, name: EventName)? {
        guard case let .kept(index) = find(bytes, hint: hint) else { return nil }
        if entries[index].event == .none { entries[index].event = EventName(entries[index].text) }
        return (entries[index].text, entries[index].event)
    }

    /// A key's text, tag and number in `EventNames`, or nil as for `eventName`.
    /// - Parameter hint: as for `eventName` (a key's place in its line).
    func key(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, hint: Int = -1) -> (text: String, tag: UInt8, name: EventName)? {
        guard case let .kept(index) = find(bytes, hint: hint) else { return nil }
        if entries[index].event == .none { entries[index].event = EventName(entries[index].text) }
        return (entries[index].text, entries[index].tag, entries[index].event)
    }

    /// `key` without the text: the tag and number alone, so that no string is retained (the event line scanner's way).
    func keyNumber(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, hint: Int) -> (tag: UInt8, name: EventName)? {
        guard case let .kept(index) = find(bytes, hint: hint) else { return nil }
        if entries[index].event == .none { entries[index].event = EventName(entries[index].text) }
        return (entries[index].tag, entries[index].event)
    }

    /// `eventName` without the text.
    func eventNumber(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, hint: Int) -> EventName? {
        guard case let .kept(index) = find(bytes, hint: hint) else { return nil }
        if entries[index].event == .none { entries[index].event = EventName(entries[index].text) }
        return entries[index].event
    }

    /// The entry last found for `hint` (as `keyNumber` and `eventNumber` keep it), when the plain string that starts
    /// with the quote at `quote` in `line` is its text: the string's closing quote, the entry's tag and number; nil
    /// otherwise (the caller then finds the string's end and looks it up the usual way).
    ///
    /// The same answer as finding the end and looking the text up, for less: most lines repeat the last line's keys
    /// and names in the same places, and the bytes are compared once instead of being scanned for the end, hashed
    /// and compared. Only an entry whose text holds no byte that ends a plain string is tried, so the first such
    /// byte after the opening quote is the one just past the text, the closing quote checked here.
    @inline(__always)
    func hinted(_ line: UnsafeBufferPointer<UInt8>, quote: Int, hint: Int) -> (end: Int, tag: UInt8, name: EventName)? {
        guard hint >= 0, hint < Self.hints, let base = line.baseAddress else { return nil }
        let cached = Int(recent[hint])
        guard cached >= 0, entries[cached].plain else { return nil }
        let count = entries[cached].count
        let end = quote + 1 + count
        guard quote >= 0, end < line.count, base[quote] == UInt8(ascii: "\""), base[end] == UInt8(ascii: "\""),
              Self.sameBytes(arena + entries[cached].start, base + quote + 1, count) else { return nil }
        if entries[cached].event == .none { entries[cached].event = EventName(entries[cached].text) }
        return (end, entries[cached].tag, entries[cached].event)
    }

    /// The tag of a text read without the table (an escaped or long key).
    func tag(of text: String) -> UInt8 { tags[text] ?? 0 }
}

private extension NameTable {
    enum Found {
        /// The index of the entry.
        case kept(Int)
        /// Not kept (too long, or the table is full): the text, nil when not valid UTF-8.
        case unkept(String?)
    }

    func find(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, hint: Int = -1) -> Found {
        guard bytes.count <= Self.longest else { return .unkept(String(validating: bytes, as: UTF8.self)) }
        let raw = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes))
        let hinted = hint >= 0 && hint < Self.hints
        if hinted {
            let cached = Int(recent[hint])
            if cached >= 0, entries[cached].count == bytes.count, same(raw, at: entries[cached].start) { return .kept(cached) }
        }
        let found = lookUp(bytes, raw)
        if hinted, case let .kept(index) = found { recent[hint] = Int32(index) }
        return found
    }

    func lookUp(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ raw: UnsafeRawBufferPointer) -> Found {
        // FNV-1a: names are short, and a seeded hash buys nothing here (probes are bounded, so colliding
        // names only go unkept), while it was a tenth of reading a transcript.
        var fnv: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in raw { fnv = (fnv ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let hash = Int(truncatingIfNeeded: fnv ^ (fnv >> 29))
        let mask = slotCount - 1
        var slot = hash & mask
        for _ in 0..<Self.maxProbes {
            let index = Int(slots[slot])
            if index < 0 { return insert(bytes, hash: hash, slot: slot) }
            // Field by field: a copy of the entry would retain its string on every probe.
            if entries[index].hash == hash, entries[index].count == bytes.count, same(raw, at: entries[index].start) { return .kept(index) }
            slot = (slot + 1) & mask
        }
        return .unkept(String(validating: bytes, as: UTF8.self))
    }

    /// Whether `count` bytes at `a` and `b` are the same: eight at a time, then one by one (a name is a few words;
    /// a call of `memcmp` cost more than the compare).
    @inline(__always) static func sameBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var i = 0
        while i + 8 <= count {
            guard UnsafeRawPointer(a + i).loadUnaligned(as: UInt64.self) == UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self) else { return false }
            i += 8
        }
        while i < count {
            guard a[i] == b[i] else { return false }
            i += 1
        }
        return true
    }

    func same(_ raw: UnsafeRawBufferPointer, at start: Int) -> Bool {
        raw.count == 0 || memcmp(arena + start, raw.baseAddress!, raw.count) == 0
    }

    func insert(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, hash: Int, slot: Int) -> Found {
        guard let text = String(validating: bytes, as: UTF8.self) else { return .unkept(nil) }
        guard entryCount < Self.capacity else { return .unkept(text) }
        slots[slot] = Int32(entryCount)
        let plain = !bytes.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        (entries + entryCount).initialize(to: Entry(hash: hash, start: arenaCount, count: bytes.count, text: text, tag: tags[text] ?? 0, plain: plain))
        entryCount += 1
        if let base = bytes.base.baseAddress, !bytes.isEmpty { (arena + arenaCount).initialize(from: base + bytes.startIndex, count: bytes.count) }
        arenaCount += bytes.count
        return .kept(entryCount - 1)
    }
}
