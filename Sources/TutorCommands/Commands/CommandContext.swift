import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore
import TutorCapture
import TutorAnalysis
import TutorTerminal

/// What every command needs from the outside world, gathered once so that tests can supply their own.
public struct CommandContext: Sendable {
    var environment: [String: String]
    var locator: ProjectLocator

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, locator: ProjectLocator = ProjectLocator()) {
        self.environment = environment
        self.locator = locator
    }

    /// The terminal as the display options and the environment say.
    ///
    /// Also sets the process-wide `AmbiguousWidth` reading: every command reaches its terminal
    /// through here, and every column count from then on must agree with the terminal's.
    func capabilities(_ display: DisplayOptions) -> TerminalCapabilities {
        AmbiguousWidth.isWide = display.ambiguousWide || AmbiguousWidth.isWide(in: environment)
        var caps = TerminalCapabilities.detect(colorChoice: display.color, ascii: display.ascii, environment: environment)
        if let width = display.width { caps.width = width }
        return caps
    }

    func catalog() throws -> LessonCatalog {
        let project = try locator.project()
        return try LessonCatalog(lessons: project.lessons, transcripts: project.transcripts)
    }

    func python(_ explicit: String?) throws -> String {
        try PythonLocator(environment: environment).locate(explicit: explicit)
    }

    func timelineOptions(_ display: DisplayOptions) -> TimelineRenderer.Options {
        var options = TimelineRenderer.Options()
        options.hideInfrastructure = display.hideInfrastructure
        options.full = display.full
        // A pipe or a file: nothing is cut, a long row wraps; `--width N` asks for an N-column screen's layout instead.
        options.wrapsRows = isatty(1) != 1 && display.width == nil
        return options
    }
}
