extension Phrase {
    /// The English texts of gaps 36B (issue 11): a Queue item whose putter's end did not make sure its feeder wrote it,
    /// an idle worker of a closed pool, shared ctypes made with no lock, and the program's own _thread.interrupt_main().
    static let englishGaps36B: [Phrase: String] = [
        .panelQueueUnsureOne: "perhaps never written: {list}: put() only hands an item to the queue's feeder thread, a thread of the putting process, and that process ended in a way that does not make sure its feeder wrote the item to the pipe; the feeder may or may not have written it, and no get() since tells which",
        .panelQueueUnsure: "perhaps never written: {list}: put() only hands an item to the queue's feeder thread, a thread of the putting process, and each of these processes ended in a way that does not make sure its feeder wrote the item to the pipe; each feeder may or may not have written it, and no get() since tells which",
        .panelQueueLostCancelJoin: "with exit code {code} after cancel_join_thread(), so its exit did not wait for its feeder thread",
        .panelQueueLostDroppedAtExit: "with exit code {code}, its feeder having stopped at its exit on an item it could not pickle",
        .lastFinishedTaskClosedPool: "finished {task} at {t} (its result reached the parent at {back}) and has been idle since: {pool} is closed and none of its tasks waits to be taken, so its get() on the pool's task queue waits for the pool's signal to end (the None the pool sends each worker once every job of the pool has finished), not for a task",
        .lastStartedClosedPool: "started at {t} and has been idle since: {pool} is closed and none of its tasks waits to be taken, so its get() on the pool's task queue waits for the pool's signal to end (the None the pool sends each worker once every job of the pool has finished), not for a task",
        .summaryRawSharedOne: "shared ctypes object with no lock of its own: {list}. Made by RawArray() or RawValue() (or with lock=False, or by sharedctypes.copy()), its reads and writes take no lock unless the program takes one around them, and the tracer does not record them: this record cannot show who wrote what, nor whether two writes raced",
        .summaryRawShared: "shared ctypes objects with no lock of their own ({n}): {list}. Made by RawArray() or RawValue() (or with lock=False, or by sharedctypes.copy()), their reads and writes take no lock unless the program takes one around them, and the tracer does not record them: this record cannot show who wrote what, nor whether two writes raced",
        .summaryRawSharedItem: "{label} ({ctype})",
        .noteChildInterruptMainCall: "{child}'s run() {end}: Python's default SIGINT handler raised that KeyboardInterrupt in its main thread, wherever it was, after the program's own _thread.interrupt_main() call ({by}, at {at}): that call sends no signal; it marks SIGINT as arrived, and the main thread ran the handler at its next check (the program had not changed how {child} handles SIGINT).",
        .evInterruptMain: "_thread.interrupt_main({signal}): no signal is sent; {signal} is marked as arrived, and the main thread runs its handler at its next check",
        .evInterruptMainNothing: "_thread.interrupt_main({signal}): does nothing, since {signal} is not handled by Python here ({how}); it sends no signal either",
        .evInterruptMainUnknown: "_thread.interrupt_main({signal}): no signal is sent; {signal} is marked as arrived, and its handler was installed outside Python: what happens then is not known here",
    ]
}
