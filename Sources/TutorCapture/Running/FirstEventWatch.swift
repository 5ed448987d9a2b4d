#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Notices when the tracer wrote the run's first event (load 31): the watchdog counts the program's time from then, not
/// the interpreter's and the tracer's start-up, which a busy machine can stretch past a lesson's whole limit.
struct FirstEventWatch {
    let folder: String
    /// When a process of the run was first seen to have written an event (monotonic ns).
    private(set) var seenAtNs: UInt64?

    /// Looks once (from the supervisor's 250 ms scan) for a `.jsonl` file of events that is not empty.
    mutating func look(nowNs: UInt64) {
        guard seenAtNs == nil, let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        while let item = readdir(dir) {
            let name = withUnsafePointer(to: &item.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            guard name.hasSuffix(".jsonl") else { continue }
            var info = stat()
            if stat(folder + "/" + name, &info) == 0, info.st_size > 0 {
                seenAtNs = nowNs
                return
            }
        }
    }
}
