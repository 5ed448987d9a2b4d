public extension Phrase {
    /// A process's role (`resource_tracker`, `forkserver`, …) in words of the current language; an unknown role as recorded.
    static func role(_ role: String) -> String {
        let phrase: Phrase? = switch role {
        case "main": .roleMain
        case "child": .roleChild
        case "forkserver": .roleForkserver
        case "resource_tracker": .roleResourceTracker
        case "manager": .roleManager
        default: nil
        }
        return phrase?.text() ?? role.replacingOccurrences(of: "_", with: " ")
    }
}
