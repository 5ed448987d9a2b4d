import Foundation
import TutorCore

/// `--redact`: before a transcript is written, the recording user's home folder becomes `~` and their
/// user name `<user>` in every text of it: what the program printed, error messages, names, the command.
///
/// Paths mp-tutor reports itself are already portable (`PortablePaths`); this is for everything else,
/// such as a program that prints `os.getcwd()` or `getpass.getuser()`. The user name is replaced only
/// where it is not part of a longer name (no letter, digit, `_`, `-` or `.` right before or after it),
/// so a user called `ann` keeps `annual` and `ann.txt` but loses `ann` in `/srv/ann/data`.
struct TranscriptRedaction: Sendable, Equatable {
    var home: String?
    var user: String?

    init(home: String?, user: String?) {
        self.home = home.flatMap { $0.count > 1 ? String($0.reversed().drop { $0 == "/" }.reversed()) : nil }
        self.user = user.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The home folder and user name of whoever runs mp-tutor.
    static func current(environment: [String: String]) -> TranscriptRedaction {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let user = environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LOGNAME"] ?? NSUserName()
        return TranscriptRedaction(home: home, user: user)
    }

    /// The transcript with the home folder and user name replaced in every string.
    func apply(to transcript: Transcript) -> Transcript {
        var out = transcript
        out.header.command = transcript.header.command.map(text)
        out.trailer?.run.unrecordedStdoutLines.rewrite(text)
        out.trailer?.run.unrecordedStderrLines.rewrite(text)
        out.events = transcript.events.map { event in
            var e = event
            e.process = text(event.process)
            e.thread = text(event.thread)
            e.object = event.object.map(text)
            e.fields = JSONObject(event.fields.members.map { ($0.key, value($0.value)) })
            return e
        }
        return out
    }

    /// One text with the home folder and user name replaced.
    func text(_ text: String) -> String {
        var out = text
        if let home, out.contains(home) { out = Self.replacing(home, in: out, with: "~") }
        if let user, out.contains(user) { out = Self.replacing(user, in: out, with: "<user>") }
        return out
    }

    func value(_ value: JSONValue) -> JSONValue {
        switch value {
        case let .string(s): .string(text(s))
        case let .array(items): .array(items.map(self.value))
        case let .object(object): .object(JSONObject(object.members.map { ($0.key, self.value($0.value)) }))
        default: value
        }
    }
}

private extension TranscriptRedaction {
    /// Occurrences of `word` in `text` that are not part of a longer name.
    static func replacing(_ word: String, in text: String, with replacement: String) -> String {
        let characters = Array(text), target = Array(word)
        var out = "", index = 0
        while index < characters.count {
            if characters[index] == target[0], index + target.count <= characters.count,
               Array(characters[index..<index + target.count]) == target,
               !isNamePart(index > 0 ? characters[index - 1] : nil, whenBefore: true, word: target),
               !isNamePart(index + target.count < characters.count ? characters[index + target.count] : nil,
                           whenBefore: false, word: target) {
                out += replacement
                index += target.count
            } else {
                out.append(characters[index])
                index += 1
            }
        }
        return out
    }

    /// A character that would make the match part of a longer name. A path's `/` never does.
    static func isNamePart(_ c: Character?, whenBefore: Bool, word: [Character]) -> Bool {
        guard let c else { return false }
        // a path (the home folder) starts with "/": what comes before it never matters
        if whenBefore, word.first == "/" { return false }
        if !whenBefore, word.last == "/" { return false }
        return c.isLetter || c.isNumber || c == "_" || c == "-" || c == "."
    }
}
