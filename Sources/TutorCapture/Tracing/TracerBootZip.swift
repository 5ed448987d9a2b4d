/// `mptutor-boot.zip`: `sitecustomize.py` alone, uncompressed, the one entry mp-tutor puts on PYTHONPATH.
///
/// Every import an interpreter makes before `sitecustomize` runs looks in each PYTHONPATH entry first; a zip
/// answers "not here" from its table in memory, where the tracer's folder cost a stat and a dozen path joins
/// each time (about 1.2M instructions at each spawn child's start). `sitecustomize` imports the package from
/// the zip's folder; the run's first interpreter rewrites the zip with the compiled `sitecustomize`
/// (tracer/mptutor_trace/boot_zip.py).
enum TracerBootZip {
    /// The zip's name in the tracer's folder.
    static let name = "mptutor-boot.zip"

    /// The bytes of a zip holding `entries`, stored (no compression), dated 1980-01-01.
    static func bytes(_ entries: [(name: String, data: [UInt8])]) -> [UInt8] {
        var body: [UInt8] = [], central: [UInt8] = []
        for (name, data) in entries {
            let raw = Array(name.utf8)
            // flags, method, time, date, CRC-32, sizes, name length, extra length: the same in both headers
            var fields = le(0, 2) + le(0, 2) + le(0, 2) + le(0x21, 2) + le(UInt64(crc32(data)), 4)
            fields += le(UInt64(data.count), 4) + le(UInt64(data.count), 4) + le(UInt64(raw.count), 2) + le(0, 2)
            central += [0x50, 0x4B, 0x01, 0x02] + le(20, 2) + le(20, 2) + fields + le(0, 6) + le(0, 4)
                + le(UInt64(body.count), 4) + raw
            body += [0x50, 0x4B, 0x03, 0x04] + le(20, 2) + fields + raw + data
        }
        let end = [0x50, 0x4B, 0x05, 0x06] + le(0, 4) + le(UInt64(entries.count), 2) + le(UInt64(entries.count), 2)
            + le(UInt64(central.count), 4) + le(UInt64(body.count), 4) + le(0, 2)
        return body + central + end
    }

    /// zlib's CRC-32 (reflected, polynomial 0xEDB88320).
    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 {
                crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1
            }
        }
        return ~crc
    }
}

private extension TracerBootZip {
    /// `value` as `count` little-endian bytes.
    static func le(_ value: UInt64, _ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    }
}
