/// Reads numbers the way a learner writes them and Python's `int()`/`float()` read them back.
///
/// Swift's `Double("…")` also takes `inf`, `nan` and hexadecimal floats (`0x1p-2`), which a demo's
/// `argparse` would refuse or a watchdog could not use; these readers take only plain decimal
/// numbers that are finite: `42`, `-3`, `0.25`, `.5`, `2.`, `1e3`, `+7`.
public enum DecimalNumber {
    /// A finite decimal number, or nil.
    public static func double(_ text: String) -> Double? {
        guard isDecimal(text, allowFraction: true), let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// A whole number in Int64's range, or nil.
    public static func int(_ text: String) -> Int64? {
        guard isDecimal(text, allowFraction: false) else { return nil }
        return Int64(text)
    }

    /// `[+-]digits[.digits][e[+-]digits]` (with `.5` and `2.` allowed), or `[+-]digits` for whole numbers.
    static func isDecimal(_ text: String, allowFraction: Bool) -> Bool {
        var bytes = Substring(text).utf8[...]
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let whole = bytes.prefix { isDigit($0) }.count
        bytes = bytes.dropFirst(whole)
        guard allowFraction else { return whole > 0 && bytes.isEmpty }
        var fraction = 0
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            fraction = bytes.prefix { isDigit($0) }.count
            bytes = bytes.dropFirst(fraction)
        }
        guard whole + fraction > 0 else { return false }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            let exponent = bytes.prefix { isDigit($0) }.count
            guard exponent > 0 else { return false }
            bytes = bytes.dropFirst(exponent)
        }
        return bytes.isEmpty
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
