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
                    throw MPTutorError.usage("--speed takes events per second, from 0.5 to 128, found '\(text)'")
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
        guard let id else { throw MPTutorError.usage("present needs a lesson id", hint: "e.g. 'mp-tutor present pool-async'.") }
        if options.replay, !options.lesson.settings.isEmpty {
            throw MPTutorError.usage("--set changes a live run; --replay plays the recorded one", hint: "leave out one of them.")
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
