/// What a field of an event holds, told without copying its value (`TraceEvent.shape(of:)`): enough to answer
/// "is it there", "is it false", "is it a number" as the typed accessors answer them (`ok != false`,
/// `timeoutSeconds == nil`, ...), for a pass that asks this of every event of a long run.
public enum FieldShape: UInt8, Sendable {
    /// No such field.
    case absent
    case null
    case falseValue
    case trueValue
    /// A number `JSONValue.intValue` reads (an integer, or an integral double of less than 9e15).
    case integer
    /// Any other number (`JSONValue.doubleValue` reads it, `intValue` does not).
    case fraction
    case string
    case array
    case object

    /// Whether `JSONValue.doubleValue` reads the value.
    public var isNumber: Bool { self == .integer || self == .fraction }
}
