/// A pool and one of its imap()/imap_unordered() jobs: the key of `Timeline.imapReraises` (gaps 33D).
public struct ImapReraiseKey: Hashable, Sendable {
    public var pool: String
    public var job: Int64

    public init(pool: String, job: Int64) {
        self.pool = pool
        self.job = job
    }
}
