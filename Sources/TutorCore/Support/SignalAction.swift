#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Installs C signal handlers with sigaction(2), hiding where Linux and Darwin keep the handler field.
public enum SignalAction {
    /// Installs `handler` for `signalNumber`; returns the action it replaced, or nil when sigaction failed.
    @discardableResult
    public static func install(_ handler: @escaping @convention(c) (Int32) -> Void, for signalNumber: Int32,
                        flags: Int32 = SA_RESTART) -> sigaction? {
        var action = sigaction()
        #if canImport(Darwin)
        action.__sigaction_u.__sa_handler = handler
        #else
        action.__sigaction_handler.sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = flags
        var previous = sigaction()
        return sigaction(signalNumber, &action, &previous) == 0 ? previous : nil
    }
}
