import TutorCore

extension ProcessTable {
    /// One process as `/proc/PID/stat` describes it.
    struct Entry: Sendable, Equatable {
        var pid: Int32
        var ppid: Int32
        var pgid: Int32
        /// The one-letter state: R, S, D, Z (zombie), T, ...
        var state: UInt8

        var isZombie: Bool { state == UInt8(ascii: "Z") || state == UInt8(ascii: "X") }

        /// Parses `pid (comm) S ppid pgrp ...`. The command name may itself contain spaces and
        /// parentheses, so the fields are read after the LAST `)`.
        init?(pid: Int32, statLine: [UInt8]) {
            guard let close = statLine.lastIndex(of: UInt8(ascii: ")")) else { return nil }
            let fields = statLine[(close + 1)...].split(separator: UInt8(ascii: " "))
            guard fields.count >= 3, let state = fields[0].first,
                  let ppid = Int32(String(decoding: fields[1], as: UTF8.self)),
                  let pgid = Int32(String(decoding: fields[2], as: UTF8.self))
            else { return nil }
            self.pid = pid
            self.ppid = ppid
            self.pgid = pgid
            self.state = state
        }
    }
}
