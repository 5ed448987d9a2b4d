#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

/// The interactive view: draws the current `StepScreen`, reads a key, updates the session, draws again.
struct StepLoop {
    let model: StepModel

    /// - Returns: 0 after q, 130 after Ctrl-C, 1 when the terminal cannot be driven.
    func run() -> Int32 {
        do { try RawTerminal.enter() } catch {
            Console.error(Phrase.errorPrefix.text(["message": (error as? MPTutorError)?.message ?? "\(error)"]) + "\n")
            return 1
        }
        defer { RawTerminal.restore() }
        let reader = KeyReader()
        var session = StepSession()
        var drawn: [String] = []
        var drawnSize: TerminalSize?
        while true {
            // Re-read the size before every frame: a resize may have come between keys.
            let size = TerminalSize.of(fileDescriptor: 1) ?? TerminalSize(width: 80, height: 24)
            let lines = StepScreen(model: model, session: session, size: size).lines()
            if lines != drawn || size != drawnSize {
                Self.draw(lines, height: size.height, clearAll: size != drawnSize)
                drawn = lines
                drawnSize = size
            }
            switch reader.next() {
            case .closed: return 0
            case .resized, .timedOut: continue
            case let .keys(keys):
                for key in keys {
                    switch session.handle(key, in: model) {
                    case .stay: continue
                    case .quit: return 0
                    case .interrupt: return 130
                    }
                }
            }
        }
    }

    /// Writes each line at its row, clearing the row first (clearing after writing would erase the last
    /// column of a full-width line), then clears what is below.
    static func draw(_ lines: [String], height: Int, clearAll: Bool) {
        var frame = clearAll ? "\u{1B}[2J" : ""
        for (row, line) in lines.enumerated() {
            frame += "\u{1B}[\(row + 1);1H\u{1B}[2K" + line
        }
        frame += "\u{1B}[0m"
        // Below a screen that does not fill the terminal, nothing of the previous frame may remain.
        if lines.count < height { frame += "\u{1B}[\(lines.count + 1);1H\u{1B}[J" }
        Console.out(frame)
    }
}
