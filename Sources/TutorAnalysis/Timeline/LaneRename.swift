/// A name the program gave a running process (`current_process().name = …`), and the step at which it did (gaps 28B).
public struct LaneRename: Sendable, Hashable {
    /// The index of the `process.attr.set` event.
    public var step: Int
    /// The whole new name.
    public var name: String

    public init(step: Int, name: String) {
        self.step = step
        self.name = name
    }
}
