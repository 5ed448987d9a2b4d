/// A JSON value, as read from and written to transcripts.
///
/// Objects keep their keys in the order they were read or built, so that what mp-tutor writes is
/// stable from run to run and diffs of transcripts stay readable.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}

/// An ordered JSON object.
public struct JSONObject: Sendable, Equatable {
    /// The members in order.
    public private(set) var members: [(key: String, value: JSONValue)]

    /// Creates an object from ordered members; a repeated key keeps its last value.
    public init(_ members: [(String, JSONValue)] = []) {
        self.members = []
        self.members.reserveCapacity(members.count)
        var seen = Set<String>()
        for (key, value) in members {
            if seen.insert(key).inserted { self.members.append((key, value)) } else { self[key] = value }
        }
    }

    /// The value for `key`, or nil.
    public subscript(key: String) -> JSONValue? {
        get { members.first { $0.key == key }?.value }
        set {
            if let index = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[index].value = newValue } else { members.remove(at: index) }
            } else if let newValue {
                members.append((key, newValue))
            }
        }
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members.count == rhs.members.count
            && zip(lhs.members, rhs.members).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}

public extension JSONValue {
    /// The string, if this is a string.
    var stringValue: String? { if case let .string(s) = self { s } else { nil } }
    /// The integer, if this is an integral number.
    var intValue: Int64? {
        switch self {
        case let .int(i): i
        case let .double(d) where d.rounded() == d && abs(d) < 9e15: Int64(d)
        default: nil
        }
    }
    /// The number as a Double, if this is a number.
    var doubleValue: Double? {
        switch self {
        case let .int(i): Double(i)
        case let .double(d): d
        default: nil
        }
    }
    /// The Bool, if this is a Bool.
    var boolValue: Bool? { if case let .bool(b) = self { b } else { nil } }
    /// The object, if this is an object.
    var objectValue: JSONObject? { if case let .object(o) = self { o } else { nil } }
    /// The array, if this is an array.
    var arrayValue: [JSONValue]? { if case let .array(a) = self { a } else { nil } }

    /// A short human form: strings without quotes, numbers as written.
    var displayText: String {
        switch self {
        case .null: "None"
        case let .bool(b): b ? "True" : "False"
        case let .int(i): String(i)
        case let .double(d): String(d)
        case let .string(s): s
        case .array, .object: serialized()
        }
    }
}
