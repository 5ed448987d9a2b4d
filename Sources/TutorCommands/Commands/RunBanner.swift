import TutorCore
import TutorTerminal

/// The line that opens a live run (`▶ running demo.py …  (watchdog 30.000 s · Ctrl-C …)`), fitted to the screen's
/// width: the hint stays beside the command when both fit, and otherwise goes on a line of its own, so that the
/// terminal does not break the hint itself (at 80 columns it broke the Chinese one between 看 and 门狗). The
/// command is never broken: it stays whole, to be read and copied as it was run.
enum RunBanner {
    /// The banner, ending in a newline: one line when it fits in `width` columns, else the command and the hint.
    static func text(headline: String, hint: String, painter: Painter, width: Int) -> String {
        let head = painter.symbol("▶", ascii: ">") + " " + headline
        let fits = (head + "  " + hint).displayWidth <= width
        return painter.paint(head, .bold) + (fits ? "" : "\n") + painter.paint("  " + hint, .dim) + "\n"
    }
}
