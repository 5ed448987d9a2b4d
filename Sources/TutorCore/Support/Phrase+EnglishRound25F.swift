extension Phrase {
    /// The English texts of round 25F (issue 11): concurrent.futures in the wild, asyncio included. An event
    /// loop's select() while work items the program wrapped with asyncio.wrap_future() are pending; the waits in
    /// Executor.map()'s result iterator, which are not map() itself.
    static let englishRound25F: [Phrase: String] = [
        .evLoopSelectWaitVia: "the event loop has nothing ready to run: its thread waits in select(); not done yet: {what} ({how}). This is the loop's wait, not one coroutine's: every coroutine of the loop is suspended until select() returns, and one that awaits a work item resumes once that item is done, or sooner if that await is cancelled (wait_for()'s timeout, a task's cancel()): the work item itself runs on",
        .waitLoopSelectVia: "the event loop's next ready callback, with nothing ready to run (every coroutine of the loop is suspended; not done yet: {what}, {how})",
        .loopViaWrapped: "wrapped with asyncio.wrap_future()",
        .loopViaBoth: "sent with run_in_executor() or wrapped with asyncio.wrap_future()",
        .evMapIteratorWait: "waits in next() of map()'s result iterator, for work item {work}",
        .evMapIteratorWaited: "next() of map()'s result iterator returned work item {work}'s result{waited}",
        .evMapIteratorWaitedRaised: "next() of map()'s result iterator raised {error} for work item {work}{waited}",
        .evFutureReadByAsyncio: "asyncio, not the program, reads work item {work}'s exception: its _copy_future_state(), which the done-callback of run_in_executor() or wrap_future() scheduled on the event loop, calls exception() and sets that exception on the asyncio future the program awaits, so the await raises it",
        .evAsyncioShutdownThread: " (asyncio's own: loop.shutdown_default_executor(), which asyncio.run() calls at its end, runs shutdown(wait=True) of the loop's default ThreadPoolExecutor in this thread, so the event loop is not blocked while it waits)",
    ]
}
