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
        let advice: Phrase? = switch code {
        case ENOSPC: temporary ? .storageTmpdirFull : .storageDiskFull
        case EDQUOT: temporary ? .storageQuotaTmpdir : .storageQuota
        case EROFS, EACCES: temporary ? .storageTmpdirUnwritable : nil
        default: nil
        }
        return advice?.text(["error": text]) ?? text
    }
}
