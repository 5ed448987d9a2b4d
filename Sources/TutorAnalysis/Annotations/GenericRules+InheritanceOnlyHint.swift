import Foundation
import TutorCore

extension GenericRules {
    /// Gaps 37B (gaps 35A's item 3): a Pool task's argument that multiprocessing refuses to pickle outside a process's
    /// start ("RuntimeError: Lock objects should only be shared between processes through inheritance", its
    /// `context.assert_spawning`). The row says the task never reached a worker; nothing said how a worker does get such
    /// an object. A plain hint (no cause beyond the row's own error), once per pool, at its first such result.
    func inheritanceOnlyHints() -> [Note] {
        var notes: [Note] = []
        var told = Set<String>()
        for index in timeline.indices(of: .poolResult) where notes.count < Self.perRule {
            let e = events[index]
            guard e.ok == false, e.string(EventField.error) == "RuntimeError", let pool = e.object, !told.contains(pool),
                  let type = Self.inheritanceOnlyType(e.string(EventField.message)) else { continue }
            let text = Phrase.noteInheritanceOnlyHint.text(["type": type, "pool": pool])
            if let made = note(index, .inheritanceOnlyHint, text, premise: nil) {
                notes.append(made)
                told.insert(pool)
            }
        }
        return notes
    }

    /// "Lock" of "RuntimeError: Lock objects should only be shared between processes through inheritance" (the type
    /// name multiprocessing put in its message: Lock, Queue, Synchronized …); nil for any other message.
    static func inheritanceOnlyType(_ message: String?) -> String? {
        guard let message, let end = message.range(of: " objects should only be shared between processes through inheritance") else { return nil }
        let head = message[..<end.lowerBound]
        let type = head.split(separator: " ").last.map(String.init) ?? ""
        guard !type.isEmpty, type.count <= 40, type.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        return type
    }
}
