extension Phrase {
    /// English texts for an asyncio event loop's thread blocked in select() while work items sent with
    /// loop.run_in_executor() are pending.
    static let englishEventLoop: [Phrase: String] = [
        .evLoopSelectWait: "the event loop has nothing ready to run: its thread waits in select(); not done yet: {what} (sent with run_in_executor()). This is the loop's wait, not one coroutine's: every coroutine of the loop is suspended until select() returns, and one that awaits a work item resumes once that item is done, or sooner if that await is cancelled (wait_for()'s timeout, a task's cancel()): the work item itself runs on",
        .waitLoopSelect: "the event loop's next ready callback, with nothing ready to run (every coroutine of the loop is suspended; not done yet: {what}, sent with run_in_executor())",
    ]
}
