import TutorCore

/// `--lessons DIR`: a lessons folder on disk instead of the lessons carried by the binary. Accepted
/// before the command and among any command's options; for `trace`, only before the script, since what
/// follows the script is the script's own.
enum LessonsOption {
    /// The folder given (the last one wins) and the arguments without the option.
    static func extract(_ arguments: [String]) throws -> (folder: String?, rest: [String]) {
        var folder: String?, rest: [String] = [], index = 0
        var command: String?
        while index < arguments.count {
            let arg = arguments[index]
            if arg == "--" || (command == "trace" && !arg.hasPrefix("-")) {
                rest += arguments[index...]     // the script and its arguments: theirs
                break
            }
            if arg == "--lessons" {
                guard index + 1 < arguments.count, !arguments[index + 1].hasPrefix("--") else {
                    throw MPTutorError.usage(Phrase.errLessonsNeedsFolder.text(), hint: Phrase.hintForExample.text(["example": "mp-tutor --lessons ~/my-lessons list"]))
                }
                folder = arguments[index + 1]
                index += 2
                continue
            }
            if command == nil, !arg.hasPrefix("-") { command = arg }
            rest.append(arg)
            index += 1
        }
        return (folder, rest)
    }
}
