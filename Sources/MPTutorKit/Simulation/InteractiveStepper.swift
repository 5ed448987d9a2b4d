#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation

/// The keys of `--step` on a terminal: Enter/Space (or n) next, b back, q (or Ctrl-D) quit, Ctrl-C interrupts.
///
/// Every screen is computed from the start: going back re-runs the (deterministic) simulation and draws the
/// earlier tick's screen, which is therefore exactly what was shown before.
struct InteractiveStepper {
    enum Outcome: Equatable { case finished, quit, signaled(Int32) }

    let renderer: StepRenderer
    let options: SimulationOptions

    /// (algorithm, snapshot) positions, in order.
    var positions: [(algorithm: Int, snapshot: Int)] {
        options.algorithms.enumerated().flatMap { index, algorithm in
            Scheduler.run(options.jobs, algorithm).snapshots.indices.map { (index, $0) }
        }
    }

    /// The screen at `position`, recomputed from the start of the simulation.
    func screen(at position: Int) -> String {
        let all = positions
        let (algorithm, snapshot) = all[position]
        let result = Scheduler.run(options.jobs, options.algorithms[algorithm])
        return renderer.screen(result.snapshots[snapshot], in: result, position: position, count: all.count)
    }

    func run(on terminal: SimulationTerminal) -> Outcome {
        let count = positions.count
        var position = 0
        terminal.enter()
        defer { terminal.leave() }
        while true {
            terminal.write("\u{1B}[H\u{1B}[2J" + screen(at: position))  // output processing stays on: \n still moves to the line start
            switch terminal.readKey() {
            case .byte(0x0A), .byte(0x0D), .byte(0x20), .byte(UInt8(ascii: "n")):
                if position + 1 == count { return .finished }
                position += 1
            case .byte(UInt8(ascii: "b")), .byte(UInt8(ascii: "p")):
                position = max(0, position - 1)
            case .byte(UInt8(ascii: "q")), .byte(UInt8(ascii: "Q")), .byte(0x04), .endOfInput:
                return .quit
            case .byte(0x03):
                return .signaled(SIGINT)
            case let .signal(signalNumber):
                return .signaled(signalNumber)
            case .byte:
                continue
            }
        }
    }
}

/// A terminal in non-canonical, no-echo mode on the alternate screen, restored by `leave()` on every way out:
/// a key, end of input, or SIGINT/SIGTERM/SIGHUP (caught with `InterruptCatcher`, then reported as a key).
final class SimulationTerminal {
    enum Key: Equatable {
        case byte(UInt8)
        case endOfInput
        case signal(Int32)
    }

    private var saved = termios()
    private var active = false
    private var catcher: InterruptCatcher?

    /// nil when stdin is not a terminal.
    init?() {
        guard isatty(0) == 1, tcgetattr(0, &saved) == 0 else { return nil }
    }

    func enter() {
        var raw = saved
        // No line buffering, no echo, and Ctrl-C arrives as a byte, so quitting always goes through `leave()`.
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        catcher = InterruptCatcher.install()
        active = true
        _ = tcsetattr(0, TCSANOW, &raw)
        write("\u{1B}[?1049h")
    }

    func leave() {
        guard active else { return }
        active = false
        write("\u{1B}[?1049l")
        _ = tcsetattr(0, TCSANOW, &saved)
        catcher?.restore()
        catcher = nil
    }

    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// The next key, or the signal that arrived while waiting for it.
    func readKey() -> Key {
        while true {
            var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0)]
            if let catcher { fds.append(pollfd(fd: catcher.readFD, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return .endOfInput
            }
            if let signal = catcher?.takeSignals().first { return .signal(signal) }
            guard fds[0].revents != 0 else { continue }
            var byte: UInt8 = 0
            let count = read(0, &byte, 1)
            if count == 1 { return .byte(byte) }
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            return .endOfInput
        }
    }

    deinit { leave() }
}
