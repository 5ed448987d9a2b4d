/// `task 3` or `task 3.17`: a pool task's name, written digit by digit into one small string.
///
/// Every pool row of a long run (and the state model's and cause links' task keys) names its task: with string
/// interpolation of two `Int64`s that was about a thousand instructions a name, a fifth of putting a Pool.map
/// row in words for `/` find. The text is the same as `"task \(job).\(index)"` (`TaskNameTextTests`).
public enum TaskNameText {
    /// The name of chunk `index` of job `job` (`task J` for the first chunk, else `task J.I`).
    public static func of(job: Int64, index: Int64) -> String {
        // "task " + a sign and 19 digits, twice, and the dot: 46 bytes at most. Written on the stack, then made
        // a string: most names fit in 15 bytes, which a String holds without allocating.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
            var n = 0
            for byte in "task ".utf8 {
                buffer[n] = byte
                n += 1
            }
            n = DecimalDigits.write(job, into: buffer, at: n)
            if index != 0 {
                buffer[n] = UInt8(ascii: ".")
                n = DecimalDigits.write(index, into: buffer, at: n + 1)
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<n]), as: UTF8.self)
        }
    }
}
