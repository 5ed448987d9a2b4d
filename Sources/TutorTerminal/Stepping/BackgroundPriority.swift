#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
import Foundation
#endif

/// The step view's background work that no key waits for (a long run's notes, made after the view already shows
/// the whole run) runs at a lower priority than the view and its search index: a `/` find sent then describes
/// events on the view's thread while the index thread comes forwards, and on two cores three busy threads gave
/// each two thirds of a core (the find on a million futures events took 0.145 s instead of under 0.1 s). The notes
/// still get any core the view and the index leave idle.
enum BackgroundPriority {
    /// How much lower than the view's (Linux: nice steps).
    static let niceSteps: Int32 = 10

    /// Lowers the calling thread's priority (only its own: not the process's); false when the system refused.
    @discardableResult
    static func lowerCurrentThread() -> Bool {
        #if os(Linux)
        // setpriority(PRIO_PROCESS, tid) sets one thread's nice on Linux; the thread's id is read from /proc
        // (gettid() is not in Swift's Glibc module, and syscall() is variadic).
        guard let tid = currentThreadID() else { return false }
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        errno = 0
        let now = getpriority(which, id_t(tid))
        guard errno == 0 else { return false }
        return setpriority(which, id_t(tid), min(19, now + niceSteps)) == 0
        #elseif canImport(Darwin)
        Thread.current.qualityOfService = .utility
        return true
        #else
        return false
        #endif
    }

    #if os(Linux)
    /// The calling thread's kernel id, from /proc/thread-self ("<pid>/task/<tid>").
    static func currentThreadID() -> Int32? {
        var buffer = [CChar](repeating: 0, count: 64)
        let count = readlink("/proc/thread-self", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return text.split(separator: "/").last.flatMap { Int32($0) }
    }

    /// The calling thread's nice value.
    static func currentNice() -> Int32? {
        guard let tid = currentThreadID() else { return nil }
        errno = 0
        let nice = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), id_t(tid))
        return errno == 0 ? nice : nil
    }
    #endif
}
