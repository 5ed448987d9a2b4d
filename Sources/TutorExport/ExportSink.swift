import Foundation

/// A file an export is written into piece by piece; it remembers the first failure for the end.
final class ExportSink {
    private var file: UnsafeMutablePointer<FILE>?
    /// The errno of the first failed write or close, 0 if none.
    private(set) var failure: Int32 = 0

    init?(path: String) {
        guard let file = fopen(path, "wb") else { return nil }
        self.file = file
    }

    func write(_ bytes: [UInt8]) {
        guard let file, failure == 0, !bytes.isEmpty else { return }
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        if written != bytes.count { failure = errno == 0 ? EIO : errno }
    }

    /// Closes the file; false if any write or the close failed.
    func close() -> Bool {
        guard let file else { return failure == 0 }
        self.file = nil
        if fclose(file) != 0, failure == 0 { failure = errno == 0 ? EIO : errno }
        return failure == 0
    }

    deinit { if let file { fclose(file) } }
}
