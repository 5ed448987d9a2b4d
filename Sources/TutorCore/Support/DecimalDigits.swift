/// A whole number's decimal digits written straight into bytes, as `String(value)` writes them, without making
/// a string: the one digit writer of the rows and task names a long run makes by the million (`RowBytes`,
/// `TaskNameText`).
public enum DecimalDigits {
    /// How many bytes `value` takes in decimal, its minus sign included.
    @inlinable public static func count(_ value: Int64) -> Int {
        var digits = 0, rest = value.magnitude
        repeat {
            digits += 1
            rest /= 10
        } while rest > 0
        return value < 0 ? digits + 1 : digits
    }

    /// Writes `value` in decimal into `buffer` from `at` (the buffer has room for `count(value)` bytes there);
    /// the position after its last digit.
    @inlinable public static func write(_ value: Int64, into buffer: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        var n = at
        if value < 0 {
            buffer[n] = UInt8(ascii: "-")
            n += 1
        }
        var magnitude = value.magnitude, digits = 0, rest = magnitude
        repeat {
            digits += 1
            rest /= 10
        } while rest > 0
        var position = n + digits
        repeat {
            position -= 1
            buffer[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        return n + digits
    }
}
