/// The tracer's compact lines (docs/tracer-protocol.md, "Compact lines"; tracer/mptutor_trace/compact_lines.py):
/// a hot event's line written with its numbers in hex, which costs the traced program less than decimal (issue 12),
/// put back here as the JSON line the tracer would otherwise have written, byte for byte.
///
/// `~`, the shape's letter, its numbers (as many as the shape's template uses) each as an optional `-` and 1 to 16
/// lowercase hex digits strictly between -2^63 and 2^63, each followed by `,`, then TAIL: the rest of the JSON line,
/// verbatim. The template is the JSON line with `#k` for number k in decimal and `@` for TAIL. A line is read alone
/// (no state from earlier lines), in one pass, its output at most the line's length plus the template's and 20 bytes
/// a number; anything not in this form (an unknown letter, a bad digit, a number too long or out of range, a missing
/// comma) is unreadable, as a line that is not JSON is.
public enum CompactLine {
    /// The first byte of every compact line (`~`): no JSON line starts with it.
    public static let marker = UInt8(ascii: "~")

    /// The shapes' templates by letter, as compact_lines.py's TEMPLATES (CompactLineTests checks that they agree).
    public static let templates: [UInt8: String] = [
        UInt8(ascii: "s"): ##"{"kind":"pipe.send","t":#0,"n":#1,"tid":@"#2","took_ns":#3}"##,
        UInt8(ascii: "S"): ##"{"kind":"pipe.send","t":#0,"n":#1,"tid":@,"took_ns":#2}"##,
        UInt8(ascii: "r"): ##"{"kind":"pipe.recv","t":#0,"n":#1,"tid":@"#2","waited_ns":#3}"##,
        UInt8(ascii: "R"): ##"{"kind":"pipe.recv","t":#0,"n":#1,"tid":@,"waited_ns":#2}"##,
        UInt8(ascii: "p"): ##"{"kind":"print","t":#0,"n":#1,"tid":@"##,
        // tracer 25: a Queue's put/get of an int item
        UInt8(ascii: "q"): ##"{"kind":"queue.put","t":#0,"n":#1,"tid":@"#2","waited_ns":#3,"depth":#4}"##,
        UInt8(ascii: "g"): ##"{"kind":"queue.get","t":#0,"n":#1,"tid":@"#2","waited_ns":#3,"depth":#4}"##,
        // tracer 25: a Pool's apply_async task of one int argument and an int result
        UInt8(ascii: "A"): ##"{"kind":"pool.submit","t":#0,"n":#1,"tid":@"(#2,)","chunks":1,"method":"apply_async"}"##,
        UInt8(ascii: "B"): ##"{"kind":"pool.task.start","t":#0,"n":#1,"tid":@"(#2,)","items":null,"call":true}"##,
        UInt8(ascii: "E"): ##"{"kind":"pool.task.end","t":#0,"n":#1,"tid":@,"ok":true,"result":"#2"}"##,
        UInt8(ascii: "D"): ##"{"kind":"pool.result","t":#0,"n":#1,"tid":@,"job":#2,"index":#3,"ok":true}"##,
        UInt8(ascii: "G"): ##"{"kind":"pool.get","t":#0,"n":#1,"tid":@,"job":#2,"ok":true,"waited_ns":#3,"error":null}"##,
        // tracer 28: a Queue get about to wait for an item put but not yet written by its putter's feeder thread
        UInt8(ascii: "w"): ##"{"kind":"queue.wait","t":#0,"n":#1,"tid":@,"op":"get","in_flight":true}"##,
        // tracer 29: a worker's start and end of a map's chunk of one int item with an int result
        UInt8(ascii: "C"): ##"{"kind":"pool.task.start","t":#0,"n":#1,"tid":@"(#2,)","items":1,"call":false}"##,
        UInt8(ascii: "F"): ##"{"kind":"pool.task.end","t":#0,"n":#1,"tid":@,"ok":true,"result":"[#2]"}"##,
    ]

    private enum Piece {
        case text([UInt8])
        case number(Int)
        case tail
    }

    private struct Shape {
        var numbers = 0
        var pieces: [Piece] = []
    }

    /// Each template cut into its pieces once.
    private static let shapes: [UInt8: Shape] = templates.mapValues(shape(of:))

    private static func shape(of template: String) -> Shape {
        var shape = Shape()
        var text: [UInt8] = []
        var bytes = Array(template.utf8)[...]
        while let byte = bytes.popFirst() {
            if byte == UInt8(ascii: "@") || byte == UInt8(ascii: "#") {
                if !text.isEmpty { shape.pieces.append(.text(text)) }
                text = []
                if byte == UInt8(ascii: "@") {
                    shape.pieces.append(.tail)
                } else if let digit = bytes.popFirst() {
                    let k = Int(digit) - Int(UInt8(ascii: "0"))
                    shape.pieces.append(.number(k))
                    shape.numbers = max(shape.numbers, k + 1)
                }
            } else {
                text.append(byte)
            }
        }
        if !text.isEmpty { shape.pieces.append(.text(text)) }
        return shape
    }

    /// Writes the JSON line of the compact `line` (without its newline) into `out`, emptied first.
    /// - Returns: false when `line` is not a well-formed compact line (`out` then holds nothing to use).
    public static func expand(_ line: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
        out.removeAll(keepingCapacity: true)
        guard case .success(let (shape, values, at)) = scan(line) else { return false }
        let tail = UnsafeBufferPointer(rebasing: line[at...])
        out.reserveCapacity(line.count + 128)
        for piece in shape.pieces {
            switch piece {
            case .text(let text): out.append(contentsOf: text)
            case .number(let k): out.append(contentsOf: String(values[k]).utf8)
            case .tail: out.append(contentsOf: tail)
            }
        }
        return true
    }

    /// Why `line` is not a well-formed compact line, in words for a diagnostic (ASCII only: nothing of the line's own
    /// bytes but a shape letter that is an ASCII letter); nil when it is one.
    public static func problem(_ line: UnsafeBufferPointer<UInt8>) -> String? {
        switch scan(line) {
        case .success: return nil
        case .failure(let problem): return problem.description
        }
    }

    /// What is wrong with a compact line.
    public enum Problem: Error, CustomStringConvertible, Equatable {
        case notCompact
        case unknownShape(UInt8)
        case badNumber(shape: UInt8, index: Int)
        case outOfRange(shape: UInt8, index: Int)

        public var description: String {
            switch self {
            case .notCompact: return "not a compact line (no `~` and shape letter)"
            case .unknownShape(let byte): return "unknown compact shape \(Problem.named(byte))"
            case .badNumber(let shape, let index):
                return "compact shape \(Problem.named(shape)): number \(index) is not 1 to 16 lowercase hex digits and a comma"
            case .outOfRange(let shape, let index):
                return "compact shape \(Problem.named(shape)): number \(index) is out of the signed 64-bit range"
            }
        }

        private static func named(_ byte: UInt8) -> String {
            let letter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            return letter ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x" + String(byte, radix: 16)
        }
    }

    /// The line's shape, its numbers and where TAIL starts; or what is wrong. One pass, bounded by the shape's numbers.
    private static func scan(_ line: UnsafeBufferPointer<UInt8>) -> Result<(Shape, [Int64], Int), Problem> {
        guard line.count >= 2, line[0] == marker else { return .failure(.notCompact) }
        guard let shape = shapes[line[1]] else { return .failure(.unknownShape(line[1])) }
        var values = [Int64](repeating: 0, count: shape.numbers)
        var at = 2
        for k in 0..<shape.numbers {
            switch number(in: line, from: at) {
            case .success(let (value, next)):
                values[k] = value
                at = next
            case .failure(let outOfRange):
                return .failure(outOfRange.flag ? .outOfRange(shape: line[1], index: k) : .badNumber(shape: line[1], index: k))
            }
        }
        return .success((shape, values, at))
    }

    /// The JSON line of a compact line given as bytes; nil when it is not well formed.
    public static func expanded(_ line: ArraySlice<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        let ok = line.withUnsafeBufferPointer { expand($0, into: &out) }
        return ok ? out : nil
    }

    /// Why a number was refused: `flag` true when its digits were well formed but its value out of range.
    private struct NumberRefused: Error { var flag: Bool }

    /// One number at `start`: `-`?, 1 to 16 lowercase hex digits, then `,`. Returns its value and the index past
    /// the comma.
    private static func number(in line: UnsafeBufferPointer<UInt8>, from start: Int) -> Result<(Int64, Int), NumberRefused> {
        var i = start
        let negative = i < line.count && line[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        var magnitude: UInt64 = 0
        var digits = 0
        while i < line.count, line[i] != UInt8(ascii: ",") {
            let byte = line[i]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            default: return .failure(NumberRefused(flag: false))
            }
            digits += 1
            guard digits <= 16 else { return .failure(NumberRefused(flag: false)) }
            magnitude = magnitude << 4 | UInt64(digit)
            i += 1
        }
        // the comma must be there, and the magnitude below 2^63 either way
        guard digits > 0, i < line.count else { return .failure(NumberRefused(flag: false)) }
        guard magnitude <= UInt64(Int64.max) else { return .failure(NumberRefused(flag: true)) }
        let value = Int64(magnitude)
        return .success((negative ? -value : value, i + 1))
    }
}
