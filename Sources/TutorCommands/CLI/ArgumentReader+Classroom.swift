import TutorCore

/// The classroom commands: `present` and `quiz`.
extension ArgumentReader {
    mutating func readPresent() throws -> Command {
        var options = PresentOptions()
        var id: String?
        while let arg = next() {
            if try readDisplay(arg, into: &options.lesson.display) || readRun(arg, into: &options.lesson.run) { continue }
            switch arg {
            case "-h", "--help": return .help(topic: "present")
            case "--variant": options.lesson.variant = try value(for: arg)
            case "--set": options.lesson.settings.append(try value(for: arg))
            case "--record": options.lesson.record = try value(for: arg)
            case "--replay": options.replay = true
            case "--speed":
                let text = try value(for: arg)
                guard let speed = Double(text), (0.5...128).contains(speed) else {
                    throw MPTutorError.usage(Phrase.errSpeed.text(["value": text]))
                }
                options.speed = speed
            default:
                guard !arg.hasPrefix("-"), id == nil else {
                    throw unknown(arg, command: "present", options: ["--replay", "--speed", "--variant", "--set", "--record"]
                        + Self.runOptions + Self.displayOptions)
                }
                id = arg
            }
        }
        guard let id else { throw MPTutorError.usage(Phrase.errPresentNeedsLesson.text(), hint: Phrase.hintForExample.text(["example": "mp-tutor present pool-async"])) }
        if options.replay, !options.lesson.settings.isEmpty {
            throw MPTutorError.usage(Phrase.errSetWithReplay.text(), hint: Phrase.hintLeaveOneOut.text())
        }
        return .present(id: id, options)
    }

    mutating func readQuiz() throws -> Command {
        var options = LessonRunOptions()
        var id: String?
        while let arg = next() {
            if try readDisplay(arg, into: &options.display) || readRun(arg, into: &options.run) { continue }
            switch arg {
            case "-h", "--help": return .help(topic: "quiz")
            case "--variant": options.variant = try value(for: arg)
            case "--set": options.settings.append(try value(for: arg))
            default:
                guard !arg.hasPrefix("-"), id == nil else {
                    throw unknown(arg, command: "quiz", options: ["--variant", "--set"] + Self.runOptions + Self.displayOptions)
                }
                id = arg
            }
        }
        return .quiz(id: id, options)
    }
}
