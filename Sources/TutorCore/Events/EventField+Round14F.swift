extension EventField {
    /// executor.wait of concurrent.futures.wait(): its return_when when not ALL_COMPLETED (`FIRST_COMPLETED`,
    /// `FIRST_EXCEPTION`; round 14F; absent: it waits for all of them).
    public static let returnWhen = "return_when"
}
