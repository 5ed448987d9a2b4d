import TutorCore
import TutorAnalysis

/// Renders a `MarkdownDocument` as terminal text: wrapped paragraphs and lists, styled headings,
/// highlighted code blocks. Rendering never fails; control characters in the source are neutralised.
public struct MarkdownRenderer: Sendable {
    /// Lines are never wider than this, even on wide terminals, to keep prose readable.
    static let maximumWidth = 100

    let capabilities: TerminalCapabilities
    let painter: Painter

    /// Creates a renderer for a terminal with `capabilities`.
    public init(capabilities: TerminalCapabilities) {
        self.capabilities = capabilities
        self.painter = Painter(capabilities: capabilities)
    }

    /// The rendered document: blocks separated by blank lines, ending in a newline (empty for an
    /// empty document).
    public func render(_ document: MarkdownDocument) -> String {
        let blocks = document.blocks.map(render).filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }
        return blocks.isEmpty ? "" : blocks.joined(separator: "\n\n") + "\n"
    }

    /// The column width used for wrapping.
    var width: Int {
        min(max(capabilities.width, 1), MarkdownRenderer.maximumWidth)
    }
}
