/// A find's needle (lower-cased UTF-8) as bits, for telling which of its bytes a row's values may hold without
/// putting the row in words: bit `i` stands for the needle's byte `i` (the first 64). A value holds that byte when
/// it has it in either case; a value byte that is not printable ASCII (beyond ASCII it may lower-case to anything;
/// a newline is shown as ↵, a control character in a print by a visible form) may hold any byte.
///
/// A row is ruled out when some byte of the needle is in none of its kind's fixed words (`RowAlphabet`) and in none
/// of its values: checking every such byte, not only the first, rules out `square(3)`'s submit for `/exit` by its `x`
/// though its `e` is in `square`.
///
/// A class holding its table where it never moves: the filters read a row's values in place through it
/// (`TraceEvent.utf8Bits(of:table:)`), with no array to retain at each of a million rows.
final class NeedleMask: @unchecked Sendable {
    let needle: [UInt8]
    /// For each byte of a value, the needle's bytes it may be (256 entries, never changed after init).
    let table: UnsafeMutablePointer<UInt64>

    init(_ needle: [UInt8]) {
        self.needle = needle
        table = .allocate(capacity: 256)
        table.initialize(repeating: 0, count: 256)
        for value in 0..<256 where UInt8(value) &- 0x20 >= 0x5F { table[value] = .max }
        for (i, byte) in needle.prefix(64).enumerated() {
            table[Int(byte)] |= 1 << UInt64(i)
            // The value's upper case of a lower-case letter of the needle (the row is searched lower-cased).
            if byte &- 0x61 < 26 { table[Int(byte - 0x20)] |= 1 << UInt64(i) }
        }
    }

    deinit { table.deallocate() }

    /// The needle's bytes `value` may hold, as bits (none for no value).
    func bits(_ value: String?) -> UInt64 {
        guard let value else { return 0 }
        var bits: UInt64 = 0
        for b in value.utf8 { bits |= table[Int(b)] }
        return bits
    }

    /// Whether a row whose fixed words lack the needle's bytes `absent` (bits; 0: it may hold every byte) and whose
    /// values hold `held` certainly does not hold the needle: some byte of `absent` is held by no value.
    @inline(__always) static func rulesOut(_ absent: UInt64, held: UInt64) -> Bool {
        absent != 0 && held & absent != absent
    }
}
