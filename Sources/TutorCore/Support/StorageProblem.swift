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

    /// `strerror`, with what to do about it; `temporary`: the file is in mp-tutor's temporary folder
    /// (TMPDIR), which the learner can move.
    public static func describe(_ code: Int32, temporary: Bool = true) -> String {
        let text = String(cString: strerror(code))
        let elsewhere = temporary ? " or set TMPDIR to a folder with room" : ""
        switch code {
        case ENOSPC: return "\(text): the disk \(temporary ? "holding TMPDIR " : "")is full; free some space\(elsewhere)"
        case EDQUOT: return "\(text): your disk quota is used up; free some space\(elsewhere)"
        case EROFS, EACCES: return temporary ? "\(text): set TMPDIR to a folder you can write to" : text
        default: return text
        }
    }
}
