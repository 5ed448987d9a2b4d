#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TutorCore

/// Makes mp-tutor a "child subreaper" (Linux), once per process.
///
/// When a multiprocessing parent dies, its workers are re-parented to the nearest subreaper
/// instead of init: they then stay visible as our children, so we can stop and reap them.
enum Subreaper {
    /// Whether the kernel accepted the request; `false` on other systems.
    static let isEnabled: Bool = {
        #if os(Linux)
        // prctl is variadic, so Swift does not import it. Calling it through a fixed
        // prototype is sound for integer arguments on the Linux ABIs (x86-64, arm64).
        typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
        guard let symbol = DynamicSymbols.lookup("prctl") else { return false }
        let prctl = unsafeBitCast(symbol, to: Prctl.self)
        let prSetChildSubreaper: Int32 = 36
        return prctl(prSetChildSubreaper, 1, 0, 0, 0) == 0
        #else
        return false
        #endif
    }()
}
