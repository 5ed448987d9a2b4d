#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Names a failed write the way a learner can act on it: a full disk is said to be full.
public enum StorageProblem {
    /// Whether `code` (an errno value) means the file system has no room left.
    public static func isOutOfSpace(_ code: Int32) -> Bool {
        code == ENOSPC || code == EDQUOT
    }

    /// `strerror`, with what to do about it for the errors a temporary folder runs into.
    public static func describe(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        switch code {
        case ENOSPC: return "\(text): the disk (or the TMPDIR file system) is full; free some space or set TMPDIR to a folder with room"
        case EDQUOT: return "\(text): your disk quota is used up; free some space or set TMPDIR to a folder with room"
        case EROFS: return "\(text): set TMPDIR to a folder you can write to"
        case EACCES: return "\(text): set TMPDIR to a folder you can write to"
        default: return text
        }
    }
}
