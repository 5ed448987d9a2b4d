import Foundation
import TutorCore

/// A transcript being written by `RunRecord.writeInBackground`: `wait()` blocks until the file is written
/// (or failed) and gives the failure, nil on success.
final class PendingRecord: @unchecked Sendable {
    let group = DispatchGroup()
    private let lock = NSLock()
    private var failure: MPTutorError?

    func finish(_ failure: MPTutorError?) {
        lock.withLock { self.failure = failure }
    }

    func wait() -> MPTutorError? {
        group.wait()
        return lock.withLock { failure }
    }
}
