import TutorCore

extension EventSelector: CustomStringConvertible {
    /// As written in a claim: `print where text ~ "=====>"`.
    var description: String {
        guard let condition else { return kind }
        return "\(kind) where \(condition)"
    }
}

extension EventCondition: CustomStringConvertible {
    var description: String {
        tests.map { "\($0.field) \($0.op.rawValue) \($0.value)" }.joined(separator: isDisjunction ? " or " : " and ")
    }
}

extension ClaimOperand: CustomStringConvertible {
    var description: String {
        switch self {
        case let .number(n): n.rounded() == n && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        case let .text(s): !s.isEmpty && s.allSatisfy { $0.isLetter || $0.isNumber || "_-.#".contains($0) } ? s : "\"\(s)\""
        case let .metric(name): name
        case let .aggregate(function, selector, field): "\(function)(\(selector)\(field.map { ", " + $0 } ?? ""))"
        }
    }
}
