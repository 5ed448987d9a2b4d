import Foundation

/// What every command needs from the outside world, gathered once so that tests can supply their own.
public struct CommandContext: Sendable {
    public var environment: [String: String]
    public var locator: ProjectLocator

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, locator: ProjectLocator = ProjectLocator()) {
        self.environment = environment
        self.locator = locator
    }

    /// The terminal as the display options and the environment say.
    public func capabilities(_ display: DisplayOptions) -> TerminalCapabilities {
        var caps = TerminalCapabilities.detect(colorChoice: display.color, ascii: display.ascii, environment: environment)
        if let width = display.width { caps.width = width }
        return caps
    }

    public func catalog() throws -> LessonCatalog {
        LessonCatalog(root: try locator.requireRoot())
    }

    public func python(_ explicit: String?) throws -> String {
        try PythonLocator(environment: environment).locate(explicit: explicit)
    }

    func timelineOptions(_ display: DisplayOptions) -> TimelineRenderer.Options {
        var options = TimelineRenderer.Options()
        options.hideInfrastructure = display.hideInfrastructure
        return options
    }
}
