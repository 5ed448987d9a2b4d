extension Phrase {
    /// The English texts of gaps 37B (issue 11): a raised SystemExit the tracer learns only at exit, and who called a
    /// Pool's terminate() (a with-block, an ExitStack, unittest's cleanups).
    static let englishGaps37B: [Phrase: String] = [
        .evMainEndRaisedExitLearnt: "only now, at exit and after the atexit handlers had run, could the tracer tell that its main code had ended by a SystemExit that a raise statement made (not sys.exit() nor exit()), and that nothing caught it: Python exits with the code it carries",
        .evPoolTerminateWith: "leaving the with-block of {object} calls {object}.terminate() (the Pool's __exit__ calls it)",
        .evPoolTerminateStackWith: "leaving the ExitStack's with-block calls {object}.terminate() (the stack calls each exit it holds, the last entered first)",
        .evPoolTerminateStackClose: "ExitStack.close() calls {object}.terminate() (it calls each exit the stack holds, the last entered first)",
        .evPoolTerminateCleanup: "unittest's cleanups call {object}.terminate() (registered by TestCase.enterContext() or addCleanup())",
        .notePoolTerminatedWith: " (its Pool's terminate() sent it: the program left the Pool's with-block, whose __exit__ calls terminate())",
        .notePoolTerminatedStackWith: " (its Pool's terminate() sent it: an ExitStack leaving its with-block called it)",
        .notePoolTerminatedStackClose: " (its Pool's terminate() sent it: ExitStack.close() called it)",
        .notePoolTerminatedCleanup: " (its Pool's terminate() sent it: unittest's cleanups called it, registered by TestCase.enterContext() or addCleanup())",
        .noteInheritanceOnlyHint: "A {type} object cannot travel as an argument of a task of {pool}: multiprocessing pickles such an object only while it starts a process, so sending it on the pool's task queue raised this RuntimeError. A worker can be handed one as it starts: Pool(initializer=f, initargs=(obj,)), where f keeps it in a global that the task reads; or use a Manager's proxy instead (manager.Lock(), manager.Queue() …), which can travel in a task.",
    ]
}
