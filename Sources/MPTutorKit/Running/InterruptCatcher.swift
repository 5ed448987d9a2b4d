import Dispatch
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Catches Ctrl-C (SIGINT), SIGTERM and SIGHUP sent to mp-tutor while a run is supervised,
/// so that mp-tutor can stop the run's whole process group before it exits.
///
/// Each caught signal number is written as one byte to a pipe that the supervisor polls next
/// to the child's output, so it reacts at once without sharing state between threads.
final class InterruptCatcher: @unchecked Sendable {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// The end to `poll`; readable once a signal arrived.
    let readFD: Int32
    private var writeFD: Int32
    private var saved: [(signal: Int32, action: sigaction)] = []
    private var sources: [any DispatchSourceSignal] = []
    private let queue = DispatchQueue(label: "mp-tutor.interrupts")

    /// Starts catching; call `restore()` when the run is over.
    init() throws {
        let ends = try Descriptors.makePipe()
        readFD = ends.read
        writeFD = ends.write
        // Neither end may ever block: the handler must not stall, nor `takeSignals`.
        _ = fcntl(readFD, F_SETFL, fcntl(readFD, F_GETFL) | O_NONBLOCK)
        _ = fcntl(writeFD, F_SETFL, fcntl(writeFD, F_GETFL) | O_NONBLOCK)
        for signalNumber in Self.signals {
            var previous = sigaction()
            sigaction(signalNumber, nil, &previous)
            // A signal ignored when we started (nohup, a background job) stays ignored.
            if Self.isIgnored(previous) { continue }
            saved.append((signalNumber, previous))
            // Ignore first, then watch: a signal in between is lost instead of killing us.
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            let fd = writeFD
            source.setEventHandler {
                var byte = UInt8(truncatingIfNeeded: signalNumber)
                _ = write(fd, &byte, 1)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// The signals that arrived since the last call, oldest first.
    func takeSignals() -> [Int32] {
        var buffer = [UInt8](repeating: 0, count: 64)
        var result: [Int32] = []
        while true {
            let count = buffer.withUnsafeMutableBytes { read(readFD, $0.baseAddress, $0.count) }
            if count > 0 {
                result += buffer[0..<count].map { Int32($0) }
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return result
            }
        }
    }

    /// Stops catching and puts back the dispositions mp-tutor had before the run.
    func restore() {
        // Wait until every handler has finished before closing the pipe it writes to.
        queue.sync {
            for source in sources { source.cancel() }
        }
        queue.sync {}
        sources.removeAll()
        for (signalNumber, action) in saved {
            var action = action
            sigaction(signalNumber, &action, nil)
        }
        saved.removeAll()
        close(readFD)
        Descriptors.closeIfOpen(&writeFD)
    }

    private static func isIgnored(_ action: sigaction) -> Bool {
        #if canImport(Darwin)
        let handler = unsafeBitCast(action.__sigaction_u.__sa_handler, to: Int.self)
        #else
        let handler = unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self)
        #endif
        return handler == 1  // SIG_IGN
    }
}
