/// A set of event kinds as 256 bits, one per case: `contains` is a shift and a mask.
///
/// The analysis's passes over every event ask "is this event of one of these kinds?" about a million times a
/// pass; comparing the event's kind with each kind asked for, one by one, was most of `indices(of:)`.
public struct EventKindSet: Sendable {
    @usableFromInline var low: UInt64 = 0, lowMiddle: UInt64 = 0, highMiddle: UInt64 = 0, high: UInt64 = 0

    /// The set of `kinds`.
    @inlinable public init(_ kinds: [EventKind]) {
        for kind in kinds { insert(kind) }
    }

    /// Adds `kind` to the set.
    @inlinable public mutating func insert(_ kind: EventKind) {
        let bit = UInt64(1) << UInt64(kind.position & 63)
        switch kind.position >> 6 {
        case 0: low |= bit
        case 1: lowMiddle |= bit
        case 2: highMiddle |= bit
        default: high |= bit
        }
    }

    /// Whether `kind` is in the set.
    @inlinable public func contains(_ kind: EventKind) -> Bool {
        let word: UInt64
        switch kind.position >> 6 {
        case 0: word = low
        case 1: word = lowMiddle
        case 2: word = highMiddle
        default: word = high
        }
        return word >> UInt64(kind.position & 63) & 1 != 0
    }
}

extension EventKind {
    /// The case's position in `allCases` (its declaration order): a case without payload is stored as that
    /// number, in one byte up to 256 cases (`EventKindSetTests` checks both; a 257th case fails there first).
    @inlinable var position: Int { Int(unsafeBitCast(self, to: UInt8.self)) }
}
