import TutorCore

/// The metadata block at the top of a lesson: a small, strict subset of YAML.
///
/// Supported: `key: value`, quoted strings, `[a, b]` lists of scalars, and block lists whose items are
/// scalars or maps (`- key: value` with further keys indented below). Every value remembers its line,
/// so a mistake is reported as `lessons/x/x.md:12: ...`.
indirect enum FrontMatter: Sendable, Equatable {
    case scalar(String, line: Int)
    case list([FrontMatter], line: Int)
    case map([(key: String, value: FrontMatter)], line: Int)

    static func == (lhs: FrontMatter, rhs: FrontMatter) -> Bool {
        switch (lhs, rhs) {
        case let (.scalar(a, la), .scalar(b, lb)): a == b && la == lb
        case let (.list(a, la), .list(b, lb)): a == b && la == lb
        case let (.map(a, la), .map(b, lb)):
            la == lb && a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    /// The line the value starts on (1-based, in the lesson file).
    var line: Int {
        switch self {
        case let .scalar(_, line), let .list(_, line), let .map(_, line): line
        }
    }

    /// The text of a scalar.
    var text: String? { if case let .scalar(s, _) = self { s } else { nil } }

    /// The items of a list (a lone scalar counts as a list of one).
    var items: [FrontMatter]? {
        switch self {
        case let .list(items, _): items
        case .scalar: [self]
        case .map: nil
        }
    }

    /// A map member.
    subscript(key: String) -> FrontMatter? {
        if case let .map(members, _) = self { return members.first { $0.key == key }?.value }
        return nil
    }

    /// The keys of a map, in order.
    var keys: [String] { if case let .map(members, _) = self { members.map(\.key) } else { [] } }
}
