extension Phrase {
    /// The English texts of issue 11's tracer gaps closed in round 6: SharedMemory and ShareableList, a Queue's close()
    /// and join_thread(), a put() after close(), the start settings, the objects connection.wait() named, a threading
    /// semaphore's failed non-blocking tries.
    static let englishGaps6: [Phrase: String] = [
        .evShmCreate: "{object} created: shared memory segment {name}, {size} bytes",
        .evShmCreateList: "{object} created: ShareableList {value} in shared memory segment {name} ({size} bytes)",
        .evShmAttach: "attached to {object} by name (segment {name}, {size} bytes)",
        .evShmClose: "{object}.close(): this process no longer maps the segment (the segment stays)",
        .evShmUnlink: "{object}.unlink(): the segment's name {name} is removed; its memory is freed once every process has closed it",
        .evShmUnlinkFailed: "{object}.unlink() raised {error}",
        .noteShmNotUnlinked: "No process unlinked {object} (segment {name}): the record has no successful unlink() of it, so nothing the program did removed the segment.",
        .noteShmTrackerWarned: " At shutdown the resource tracker warned that shared_memory objects had leaked (its stderr rows); it then unlinks the segments still registered with it, which the tracer does not record.",
        .noteListLostUpdates: "{writers} read-modify-wrote {place} without a lock (a ShareableList takes none): each of the {writes} writes stored the value its writer had just read {step}. Had every update landed, {place} would have gone from {initial} to {full}; {reader} read {final} after every writer had ended: it holds {landed} of the {writes} updates, and {lost} were lost: writes replaced updates their writers had not read (two writers read the same value, or a read came while another process was rewriting the item, whose bytes struct.pack_into clears first). Hold one Lock around each read and write.",
        .evQueueClose: "{object}.close(): this process can no longer put or get on it",
        .evQueueCloseFeeder: "{object}.close(): this process can no longer put or get on it; its feeder thread writes what was put, then ends",
        .evQueueCancelJoin: "{object}.cancel_join_thread(): this process will not wait at exit for its feeder thread (what it has not yet written to the pipe is lost then)",
        .evQueueJoinThread: "{object}.join_thread() returned{waited}: its feeder thread has ended",
        .evQueueJoinThreadNone: "{object}.join_thread() returned{waited}: there was no feeder thread to join (nothing was put)",
        .evQueueJoinThreadRaised: "{object}.join_thread() raised {error}",
        .evQueueClosedError: "{op}() on {object} raised ValueError: the queue was closed",
        .evSetExecutable: "set_executable({value}): the spawn and forkserver start methods start new processes with this interpreter (fork starts none)",
        .evSetPreload: "set_forkserver_preload({value}): the forkserver imports these modules when it starts (the forkserver start method only)",
        .waitPipeEnd: "{object} end {end}",
        .waitSentinel: "{name}'s sentinel",
        .waitSocket: "a socket",
        .waitFd: "a file descriptor",
        .evConnectionWaitedNamed: "connection.wait() returned{waited}: ready: {what}",
        .evSemaphoreBusy: "acquire(blocking=False) on {object} failed: no unit was free",
        .evSemaphoreBusyMany: "{n} more acquire(blocking=False) calls on {object} failed: no unit was free",
        .evSubmitRaised: "submit({func}) on {object} raised {error}: no work item was made",
        .evSubmitBrokenAt: " (the executor broke at {time})",
        .evManagerStartWait: "{type}.start() waits for its server process to start and send its address",
        .evManagerStartFailed: "{type}.start() raised {error}{waited}: its server process (pid {pid}) never sent its address",
        .evManagerStartFailedNoServer: "{type}.start() raised {error}{waited}: no server process was started",
        .waitManagerServer: "{type}'s server process to send its address",
    ]
}
