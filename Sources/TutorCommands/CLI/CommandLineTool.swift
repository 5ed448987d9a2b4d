import Foundation
import TutorCore
import TutorCapture

/// Entry point used by the `mp-tutor` executable: reads the command line and runs the command.
public enum CommandLineTool {
    /// Runs mp-tutor with the given arguments (without the program name) and returns the exit status.
    public static func main(arguments: [String], context: CommandContext = CommandContext()) -> Int32 {
        do {
            // Chosen before anything else, so that every message, errors included (a bad --lessons too), is in the
            // learner's language. --lessons never takes a value that starts with "--", so it cannot hide a --lang.
            Language.current = try Language.choose(flag: ArgumentReader.languageFlag(in: arguments), environment: context.environment)
            let (lessons, rest) = try LessonsOption.extract(arguments)
            var context = context
            if let lessons { context.locator.lessonsFolder = lessons }
            let status = try run(try ArgumentReader.read(rest), context: context)
            // After Ctrl-C, end the way an interrupted program does, so a calling shell stops too.
            if status == 130 { Supervisor.exitAfterInterrupt() }
            if let stop = Supervisor.receivedStopSignal, status == 128 + stop { Supervisor.exitBySignal(stop) }
            return status
        } catch let error as MPTutorError {
            report(error)
            return error.exitStatus
        } catch {
            report(.other("\(error)"))
            return 1
        }
    }

    static func run(_ command: Command, context: CommandContext) throws -> Int32 {
        switch command {
        case let .help(topic):
            Console.out(try HelpText.text(for: topic))
            return 0
        case .version:
            Console.out("mp-tutor \(MPTutorVersion.current)\n")
            return 0
        case let .progress(reset):
            return try ProgressCommand(context: context, reset: reset).execute()
        case let .list(display):
            return try ListCommand(context: context, display: display).execute()
        case let .lesson(id, options):
            return try LessonCommand(context: context, id: id, options: options).run()
        case let .present(id, options):
            return try PresentCommand(context: context, id: id, options: options).run()
        case let .quiz(id, options):
            return try QuizCommand(context: context, id: id, options: options).run()
        case let .replay(target, variant, display):
            return try ReplayCommand(context: context, target: target, variant: variant, display: display).run()
        case let .export(target, variant, display):
            return try ReplayCommand(context: context, target: target, variant: variant, display: display, exportOnly: true).run()
        case let .trace(script, arguments, run, display, record):
            return try TraceCommand(context: context, script: script, arguments: arguments, run: run, display: display,
                                    record: record).execute()
        case let .check(ids, all, variant, settings, run, recordDirectory):
            return try CheckCommand(context: context, ids: ids, all: all, variant: variant, settings: settings, run: run,
                                    recordDirectory: recordDirectory).execute()
        case let .simulate(options):
            return try SimulateCommand(context: context, options: options).execute()
        }
    }

    static func report(_ error: MPTutorError) {
        // Messages quote paths, lesson text and file contents: outside text, shown through the one sanitizer.
        var text = Phrase.errorPrefix.text(["message": TextSanitizer.neutralize(error.message, keepColors: false)]) + "\n"
        if let hint = error.hint { text += TextSanitizer.neutralize(hint, keepColors: false) + "\n" }
        if case .usage = error, error.hint == nil { text += Phrase.seeHelp.text() + "\n" }
        Console.error(text)
    }
}
