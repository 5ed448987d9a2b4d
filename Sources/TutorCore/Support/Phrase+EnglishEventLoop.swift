extension Phrase {
    /// English texts for an asyncio event loop's thread blocked in select() while work items sent with
    /// loop.run_in_executor() are pending.
    static let englishEventLoop: [Phrase: String] = [
        .evLoopSelectWait: "the event loop has nothing ready to run: its thread waits in select(); not done yet: {what} (sent with run_in_executor(); a coroutine that awaits one resumes only when it is done)",
    ]
}
