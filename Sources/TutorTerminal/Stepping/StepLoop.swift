#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import TutorCore

/// The interactive view: draws the current `StepScreen`, reads a key, updates the session, draws again.
/// Over the first page of a run still being read (`load`), it also looks for the whole run's model
/// every 100 ms and switches to it, on the same event, when it is there.
struct StepLoop {
    let model: StepModel
    var load: StepLoad?

    /// - Returns: 0 after q, 130 after Ctrl-C, 1 when the terminal cannot be driven or the run could not be
    ///   read whole (the caller reports `load`'s error).
    func run() -> Int32 {
        do { try RawTerminal.enter() } catch {
            Console.error(Phrase.errorPrefix.text(["message": (error as? MPTutorError)?.message ?? "\(error)"]) + "\n")
            return 1
        }
        defer { RawTerminal.restore() }
        let reader = KeyReader()
        var session = StepSession()
        var model = self.model
        var loading = load
        if loading == nil { model.startIndexing() }
        var drawn: [String] = []
        var drawnSize: TerminalSize?
        while true {
            if let pending = loading, let outcome = pending.outcome {
                guard case let .success(loaded) = outcome else { return 1 }
                // From the page to the whole run (with or without its notes yet), then to the whole run
                // with its notes: the same events, so the cursor stays where it is.
                if model.isFirstPage || !loaded.notesPending {
                    if model.isFirstPage { session.keepEvent(from: model, to: loaded.model) }
                    model = loaded.model
                    model.startIndexing()
                    if !loaded.notesPending { loading = nil }
                }
            }
            session.continueFind(in: model)
            session.continueArriving(in: model)
            // Re-read the size before every frame: a resize may have come between keys.
            let size = TerminalSize.of(fileDescriptor: 1) ?? TerminalSize(width: 80, height: 24)
            let status = loading.map { Self.loadingLine($0, model: model) }
                ?? LostByProcessWords(model.timeline).statusLine(painter: model.painter)
            let lines = StepScreen(model: model, session: session, size: size, statusLine: status).lines()
            if lines != drawn || size != drawnSize {
                Self.draw(lines, height: size.height, clearAll: size != drawnSize)
                drawn = lines
                drawnSize = size
            }
            // A find waiting for the index describes events itself between looks at the keys, so it looks again
            // almost at once; wake every 20 ms while the state shown is being made (drawn as soon as it is),
            // every 100 ms while the rest of the run is read.
            // (A find sent on the first page waits for the whole run: it is looked at when the run is looked for.)
            let waitMs: Int32 = session.finding != nil && !model.isFirstPage ? 2 : session.arriving != nil ? 20 : loading == nil ? -1 : 100
            switch reader.next(timeoutMs: waitMs) {
            case .closed: return 0
            case .resized, .timedOut: continue
            case let .keys(keys):
                for key in keys {
                    if key == .suspend { // Ctrl-Z: the shell gets its terminal back until `fg`, then a full redraw
                        RawTerminal.suspend()
                        drawnSize = nil
                        continue
                    }
                    switch session.handle(key, in: model) {
                    case .stay: continue
                    case .quit: return 0
                    case .interrupt: return 130
                    }
                }
            }
        }
    }

    /// The status row while the rest of the run is read.
    static func loadingLine(_ load: StepLoad, model: StepModel) -> String {
        let tenths = Int(max(0, load.seconds) * 10)
        let seconds = "\(tenths / 10).\(tenths % 10) s"
        let text = model.isFirstPage ? Phrase.stepLoading.text(["mb": String(format: "%.1f", load.megabytes), "seconds": seconds, "n": model.count])
            : Phrase.stepMakingNotes.text(["n": model.count, "seconds": seconds])
        return " " + model.painter.paint(text, .yellow)
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
