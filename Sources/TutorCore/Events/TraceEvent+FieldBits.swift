/// Reading an event's fields where it lies (through a pointer into its array) and where they lie in their store,
/// without copying the event or a value out.
///
/// `e.function`, `e.ok` and their kind copy the field's `JSONValue` (an outlined copy and a reference count) and
/// are a call each, and a method called on `events[i]` or on `pointer.pointee` copies the whole event first: a
/// pass that asks a few of them of each of a million events (the step view's find, ruling out rows before it puts
/// them in words) spent most of its time copying. These read only the event's field slots.
public extension UnsafePointer where Pointee == TraceEvent {
    /// The bitwise OR of `table[b]` over every UTF-8 byte `b` of the string value of field `key`; 0 for a field that
    /// is absent or not a string. `table` holds 256 entries.
    func utf8Bits(of key: EventName, table: UnsafePointer<UInt64>) -> UInt64 {
        utf8Bits(of: key, EventName(rawValue: 0), EventName(rawValue: 0), table: table)
    }

    /// The same over the string values of fields `a` and `b`.
    func utf8Bits(of a: EventName, _ b: EventName, table: UnsafePointer<UInt64>) -> UInt64 {
        utf8Bits(of: a, b, EventName(rawValue: 0), table: table)
    }

    /// The same over the string values of fields `a`, `b` and `c` (`EventName.none`: no field), in one pass.
    func utf8Bits(of a: EventName, _ b: EventName, _ c: EventName, table: UnsafePointer<UInt64>) -> UInt64 {
        let (offset, count) = (Int(pointee.fieldOffset), Int(pointee.fieldCount))
        return pointee.fieldStore._withUnsafeGuaranteedRef { store in
            var bits: UInt64 = 0
            for slot in offset..<offset + count {
                let key = store.key(slot)
                if key == a || key == b || key == c { bits |= store.utf8Bits(slot, table: table) }
            }
            return bits
        }
    }

    /// What field `key` holds (`.absent` when the event has none).
    func shape(of key: EventName) -> FieldShape {
        let (offset, count) = (Int(pointee.fieldOffset), Int(pointee.fieldCount))
        return pointee.fieldStore._withUnsafeGuaranteedRef { store in
            store.slot(of: key, from: offset, count: count).map(store.shape) ?? .absent
        }
    }

    /// Whether field `key` is the string `text` (false when absent or not a string).
    func field(_ key: EventName, is text: String) -> Bool {
        let (offset, count) = (Int(pointee.fieldOffset), Int(pointee.fieldCount))
        return pointee.fieldStore._withUnsafeGuaranteedRef { store in
            store.slot(of: key, from: offset, count: count).map { store.isString(text, at: $0) } ?? false
        }
    }

    /// Field `key` as `TraceEvent.int(_:)` reads it (an integer, or an integral double).
    func intField(_ key: EventName) -> Int64? {
        let (offset, count) = (Int(pointee.fieldOffset), Int(pointee.fieldCount))
        return pointee.fieldStore._withUnsafeGuaranteedRef { store in
            store.slot(of: key, from: offset, count: count).flatMap(store.int)
        }
    }
}

public extension EventName {
    /// The bitwise OR of `table[b]` over every UTF-8 byte `b` of the name's text (0 for `none`).
    func utf8Bits(table: UnsafePointer<UInt64>) -> UInt64 {
        EventNames.shared.withText(of: self) { EventFieldStore.utf8Bits($0, table: table) }
    }
}
