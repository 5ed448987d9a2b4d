import Foundation

/// The message catalog: every sentence mp-tutor itself says to the learner, in English and in Chinese.
///
/// A case is a key; its texts are in the `Phrase+English*.swift` and `Phrase+Chinese*.swift` tables (one per
/// part of the interface); `PhraseTests` fails when a key lacks a text in either language. `{name}` placeholders are filled by
/// `text(_:)`; the English text may also use `{s}`, the plural ending of the number named `n`.
/// Lesson texts are not here: they come from the lesson's own file in each language.
public enum Phrase: String, CaseIterable, Sendable {
    // errors and warnings
    case errorPrefix, warningPrefix, seeHelp, langNeedsValue
    // lessons
    case lessonNotTranslated, lessonsHeading, listNotWritten, listFooter, listVariants
    case progressForgotten, progressFinished, progressNext
    // the run heading
    case replayOf, recordedLine, ranLine, runningLine, watchdogHint, recordedTo, factPython, factStartMethod, factCPUs
    // claims
    case claimsHeading, observedPrefix, claimCheckUnreadable
    case observedValue, observedNoValue, observedNoMatch, observedOrder, observedAllHold, observedSomeFail
    case observedSomeHold, observedNoneHold, observedNoEvents, observedExample
    case metricMaxConcurrentTasks, metricTasksSubmitted, metricTasksStarted, metricTasksDone, metricTaskWorkers
    case metricCallbacks, metricExitCode, metricLostEvents, metricDuration, metricProcesses, metricChildren, metricTimedOut
    case aggregateCount, aggregateDistinct, aggregateMax, aggregateMin, aggregateSum
    case yes, no, unknown, listSeparator, listComma, pickFirst, pickLast
    // the summary
    case summaryHeading, summaryPoolSpan, summaryPoolSpanOpen, summaryPoolSpanUnknown, summaryWorkerRow
    case summaryQueueSpread, summaryLock, summaryLockWaits, summaryQueue
    case summaryQueueBlocked, summaryQueueGaveUp, summaryWaitingHeading, summaryWaitingRow, summaryWaitingOther, summaryMoreProcesses
    case summaryProcesses, summaryEndingCount, summaryEndedBy, summaryExitCode
    case summaryRecord, summaryNoneLost, summaryNoEventLost, summaryUnrecordedOutput, summaryLost, summaryIncomplete, summaryWatchdog, summaryWatchdogLimit
    case summaryInterrupted, summaryLeftovers
    // timeline events
    case evChild, evStartedForkserver, evStartedTracker, evStartedMain, evStartedChild, evSpawn, evDaemonMark
    case evReaped, evJoin, evKilled, evPoolCreate, evSubmit, evChunks, evTaskRaised, evResult, evAnExceptionMark
    case evAnException, evCallback, evCallbackEnd, evObjectJoin, evCreated, evParenthesized, evComma, evMaxsize
    case evUnbounded, evValue, evPut, evGet, evWaitsFor, evAcquire, evRelease, evRunDirect, evRunReturned
    case evRunEndedCode, evCleaningUp, evJoinWait, evTerminate, evKill, evError, evGetRaised, evGetReturned
    case evQueueWaitPut, evQueueWaitGet, evQueueTimeout, evLockTimeout, evQueueEmpty, evQueueFull, evTaskDone
    case evUnfinished, evQueueJoinWait, evEventSet, evEventClear, evWhySet, evWhyNotified, evWhyTimedOut
    case evPassesSet, evWoke, evNotifyAll, evNotify, evBarrierCreate, evBarrierWait, evBarrierBroken, evBarrierLast
    case evBarrierPass, evBarrierTimedOut, evBarrierAbort, evQueueWaitInFlight, evQueueWaitInFlightEnded, evFeederWait, evFeederWaitAtExit, evFeederWaited, evPipeSend, evPipeRecvError, evPipeRecv, evPipeWait, evPipePoll, evDataReady, evNothing
    case evManagerCreate, evManagerRefused, evManagerConnected, evRefuses
    case evWrongAuthkey, evThreadStart, evInfraThread, evThreadExit, evSubprocess, evSubprocessExit, evLocalCreate
    case evLocalSet, evLocalMissing, evLocalGet, evLocalDel, evSharedRead, evSharedWrite, evSharedRaw
    case evSharedLocked, evLockLabel, evWithALock, evPassedByProgram, evWatchdog, evOSState, evAfter, evTimeout
    case evEnded, evEndedBy, evExited
    // the timeline
    case timelineTime, timelineLanes, laneMainProgram, laneChild, laneOther, laneThread, rowsLeftOut, rowsLeftOutKind, rowsLeftOutOthers, rowsLeftOutNotes, warnIncomplete
    case warnLost, warnSilent, helpersHidden
    // notes and explanations
    case waitAcquire, waitGet, waitPut, waitJoin, waitEvent, waitPipe, waitCondition, waitBarrier, waitQueueJoin
    case waitOther, hangSince, hangHoldsAnd, hangDeadlock, hangFeederJoin, hangStarvedGet, hangStarvedOthers
    case hangStarvedJoiner, hangStarvedAdvice, noteSubmitBurst
    case noteCallbackWhere, noteCallbackProcess, noteCallbackThread, notePeriod, noteLockWait, noteLockHeldByEnded
    case noteHeldBy, noteLostUpdate, noteSignalEnd, noteByWatchdog, noteByCtrlC
    case noteExitCode, noteExitOne, noteWatchdog, noteWatchdogAt, noteWatchdogWhy
    case lastRunningTask, lastPrinted
    case lastStarted
    // errors
    case errNeedsValue, errPositiveSeconds, errUnknownCommand, errUnexpectedArgument, errUnknownOption
    case hintDidYouMean, hintSeeCommandHelp, errColor, errWidth, errStartMethod, errSeed, errReplayNeedsTarget
    case hintForExample, errTraceNeedsScript, errCheckNeedsLesson, errUnknownLesson, hintSeeList, errSetSyntax
    case errNoParameter, hintNoParameters, hintItsParameters, errBadParameter, whyWholeNumber, whyNumber, whyMustBe
    case boundAtLeast, boundAtMost, boundAnd, errNoVariant, hintNoVariants, hintItsVariants, errNoRecordedRun
    case errNoLessonsFolder, errNoSuchScript
    // the step view
    case stepHeader, stepLinkCause, stepLinkEffect, stepMoreEffects, stepNoNote, stepNextNote, stepMoreLanes
    case stepMoreLines, stepLanesTitle, stepStateTitle, stepKeysTitle, stepScreenTitle, stepGoTo, stepGoToKeys
    case stepFind, stepFindKeys, stepFindAgain, stepMessageKeys, stepHintNext, stepHintBack, stepHintNotes
    case stepHintFind, stepHintGoTo, stepHintHelp, stepHintQuit, keyNext, keyPrevious, keyFirstLast, keyDigits
    case keyGoTo, keyNotes, keyFind, keyFindMeaning, keyHelp, keyFollow, keyStopRun, keyStopQuit, keyQuit
    case helpTopLine, helpNotes, helpLanes, helpState, stepEmptyLive, stepEmpty, msgLastLive, msgLast, msgFirst
    case msgNoNoteAfter, msgNoNoteBefore, msgNoStep, msgOnlyThisStep, msgWrapped, msgNoMention, panelPool
    case panelTasks, panelResults, panelQueue, panelLock, panelSemaphore, panelLocal, panelShared, panelProcesses
    case panelNothingYet, panelRuns, panelIdle, panelNoneWaiting, panelWaiting, panelArrived, panelCallbacksRun
    case panelCallbackRunning, panelNoWorker, panelUnbounded, panelEmpty, panelMore, panelPutBlocked, panelGetWaiting
    case panelFree, panelHeldBy, panelSince, panelLockWaiting, panelNothingSet, panelInitially, panelRaw, panelWrote
    case panelRead, activityRunning, activityExited, activityReaped, activityTask, activityIdle, activityQueue
    case activityLock, activityHolds, linkGotItem, linkGotLock, linkSubmitted, linkStarted, linkFinished
    case linkResultFor, linkStartedBy, linkExited
    // help
    case errNoHelp
    // check
    case checkNoClaims, checkTracerSilent, checkQuery, checkTotals, checkRunFacts, interrupted, tracerSilentWarning
    // live step view
    case liveWatchdog, liveInterrupted, liveExited, liveKilled, liveEnd, liveNotSupervised, liveStarting
    case liveEventsSoFar, liveStopping, liveFollowing, liveFollowHint, liveRunning
    case stepLoading, msgLastLoading, stepLeftWhileLoading, stepFinding, stepMakingNotes, stepPreparing
    // errors
    case errNoPython, errNoLessons
    // the summary
    case osUnavailable, osLegend
    // the scheduling simulator
    case simIdle, simNextArrival, simQuantumEnds, simLowestLevel, simMovesDown, simBoost, simPreempts, simStarts
    case simRunsAgain, simAtLevel, simTitleFCFS, simTitleSJF, simTitleRR, simTitleMLFQ, simRuleFCFS, simRuleSJF
    case simRuleRR, simRuleRRTie, simRuleMLFQLevels, simRuleMLFQNew, simRuleMLFQDown, simRuleMLFQBoost, simIntro
    case simJobs, simMeasures, simComparison, simWholeSchedule, simLowest, simClockFinal, simNothingNewKeeps
    case simNothingNew, simEvents, simRunning, simLevel, simReadyQueue, simFinished, simIdleCPU, simRunningLevel
    case simCPUTick, simQuantumTick, simFrontBack, simStepKeys, simNoTime
    // the scheduling simulator
    case simTableLong, simTableMedium, simTableShort, simCompareLong, simCompareShort
    // run
    case tracingLine, errNoLessonsFolderFor
    // notes
    case noteWatchdogProcess
    // notes and summary lines that rest on the state model (truth)
    case noteTaskWait, noteTaskStartup, noteTaskStartupWhy, noteTaskBusy, noteTaskHandoff, notePartsSeparator
    case noteUnitsHeldBy, noteUnitHolderAnd
    case noteHeldInTurn, noteHolderThen, noteCalledKill, noteCalledTerminate, notePoolTerminated, noteNoSignalCall
    case noteTaskAhead, noteTaskWaitPlain, noteBrokenLost, noteBrokenWhy, noteBrokenPlain
    case hangLostResult, hangLostPart, hangLockHeld, lastRunReturned, summarySilent, summarySilentMember
    case summaryExecutor, summaryExecutorMax, summaryExecutorRan, summaryExecutorBack, summaryExecutorRaised, summaryExecutorBroken, noteMainGuard, noteTaskReplacing
    case summaryHelpers, summaryUnfinishedWaits, summaryUnfinishedWait, summaryLockNeverEnded, summaryLockGaveUp, summaryLockBusy, evLockBusy, evLockBusyMany
    case summaryPoolWorkers, summaryPoolStartedInAll, summaryPoolNoSubmission, summaryPoolRanOf, summaryPoolRan
    case summaryUnitTask, summaryUnitTasks, summaryUnitChunk, summaryUnitChunks, summaryPoolItems, summaryPoolFinished
    case summaryPoolLost, summaryPoolTail, summaryPoolWorkerRow, summaryPoolLongest, summaryPoolEach, summaryPoolRaised
    // claims
    case observedFound
    // the HTML export's page, and the links only the exports draw
    case pageLanes, pageTime, pageSeconds, pageZoomIn, pageZoomOut, pageFit, pageShowHelpers, pageLargeType, pageDark, pageStep, pageOf, pageStateTitle
    case pageEventTitle, pageBecause, pageLeadsTo, pageNotesTitle, pageSummaryTitle, pageProvesTitle, pageHeld, pageFailed, pageObserved, pageNoClaims, pageLegend, pageLegendTask
    case pageLegendCallback, pageLegendHold, pageLegendWait, pageLegendOS, pageLegendArrow, pageQueueDepth, pageLinkDelivery, pageLinkHandOff, pageLinkTask, pageLinkSpawn, pageLinkReap, pageLinkWake
    case pageKeys, pageInView, pageLost, pageIncomplete, pageNothingYet, pageOpen, pageLessonTitle, pageRunTitle
    case linkWoken, linkReceived
    // a run's end, its record and a full TMPDIR
    case noteByInterruptSignal, summaryStoppedBySignal, noWatchdogHint, evNoNewline, evLineCut, recordedToStandardOutput
    case checkUnproved, observedNotProved, unprovedNoEvents, problemOutOfSpace, warnOutOfSpace, recordingProblemLine
    case errModuleNeedsName, errCannotReadScript, errScriptTooLong, hintTraceModule, errScriptIsFolder
    case errRecordOverwrites, hintRecordElsewhere, errRecordIsFolder, hintRecordFileName, errRecordWrite
    case errScratchCreate, errScratchPrepare, errTracerWrite, storageDiskFull, storageTmpdirFull, storageQuota
    case storageQuotaTmpdir, storageTmpdirUnwritable
    // the questions, the quiz and `present`
    case classQuestion, classAnswer, classQuestions, classYourAnswer, classTypeAnswer, classPickChoice
    case classRunShowed, classNoChoiceMatched, classNoAnswer, classRight, classWrong, classScore, classProves
    case classFooter, classPaused, classSpeed, classLive, classReplay, classFinished, classPage, classPlaying
    case classStoppedAtNote, classEvent, classShowAnswers, classColon, classFirstPage, classFirstEvent
    case classNoNoteAfter, classNoNoteBefore, classRunOverShowAnswers, classTheEnd, classNotesAreIn
    case classRunning, classStarting
    // rare errors: starting a program, its descriptors, the terminal, quiz and present
    case errNotExecutable, errNoExecutable, errNoExecutableOnPath, errNoDirectory, errNoInterpreter
    case errCannotRun, errPipe, errOpenStdin, errPassStdin, errMoveDescriptor, errTerminalSettings
    case errSingleKey, errNoQuestions, errPresentNeedsTerminal, hintPresentPipe
    // the progress file's errors; --set and simulate given wrongly
    case errProgressRemove, errProgressCannotKeep, errProgressUnreadable, errQuizSave, errSetWithReplay
    case hintLeaveOneOut, errSetWithAll, errSetWithRecordDir, hintRecordChangedRun, errPresentNeedsLesson
    case errSimulateNeedsWhat, errUnknownSimulation
    // concurrent.futures, and the rows and notes added with it
    case evJoinGaveUp, evCallTook, evImplicitJoin, evManagerRoundTrip, evManagerRoundTripWaited, evManagerRaised, evManagerRaisedError, evStartMethodRaised, evTracerMissing, evSomeEvents
    case evPatchPoint, evExecutorCreate, evFutureSubmit, evFutureStart, evFutureRaised, evFutureDone, evFutureResult
    case evFutureResultError, evFutureWait, evFutureWaitedRaised, evFutureWaited, evExecutorBroken, evExecutorShutdown
    case evPoolWaitFinish, evPoolWaitTask, evPoolWaited, evChunkItems, spanWaitsIn, spanStillBlocked
    case summaryTracerLacks, versionNotRecorded, versionUnverified
    case hangAWorker, hangExitCode
    // what the CPython documentation's examples showed (docs/truth-review.md, second round)
    case evPoolWaitedRaised, evPoolWaitedNotReady, evCallReturned, evCallRaised, evServerThreadExit, helperLaneMore
    case evConnectionWait, evConnectionWaited, evConnectionGaveUp, waitConnections
    case evListenerWait, evListenerAccept, evListenerFailed, waitListener
    case evConnectionClient, evConnectionAccepted, evConnectionUnpaired, pipeEnd, connectionListenerSide, connectionClientSide
    case evPipeCall, evSharedThroughView, evPipeWaitPoll
    // the fifth truth review, part A (docs/truth-review.md)
    case evFutureUnsent, evManagerNoAnswer, evManagerStartWaited, evExitedEscaped, noteExitEscaped, evFutureNeverSent, summaryExecutorNeverSent, invManagerBeforeServer, invResultBeforeStart, evFutureCallbackRaised, summaryExecutorChunkItems
    case evManagerShutdown, evManagerShutdownWith, evManagerShutdownAtExit
    // issue 11's known gaps: the exit-code-1 note says what the record shows
    case noteExitRaised, noteExitMessage, noteExitSysExit, noteExitForkUncaught, hangWorkCancelled, hangWorkCancelledMany
    // errors of simulate, export, present, running python3 and writing files
    case errJobsEmpty, errJobsTooMany, errJobsNameTwice, hintJobs, errJobsItem, jobEmptyItem, jobParts, jobNameEmpty
    case jobNamePrintable, jobNameWide, jobArrival, jobBurst, jobLimit, errAlgo, errMLFQQuanta, errTicks, errSpeed
    case errExportNeedsTarget, errExportNeedsFormat, errLessonsNeedsFolder, errNotAFolder, hintLessonsFolder, errExportWrite
    case exportHTML, exportPerfetto, exportCast, wroteHTML, wrotePerfetto, wroteCast, errNoRecordedRunLive, errScriptCopy
    case errPrepareRun, errDidNotEnd, errLostTrack, errWatchOutput, errPythonFlag, errPythonVariable, whyNoFileAtPath
    case whyNotOnPath, errNoVersion, errNoVersionInTime, errItSaid, replayEventsRead, lessonPressEnter, checkLessonUnreadable
    case transcriptsHold
    // errors in the files mp-tutor reads: transcripts, JSON, lessons, checks, progress
    case fileUnreadable, fileMissing, trEmpty, trBinary, trLineTooLong, trNotObject, trCutOff, trNotJSON, trAfterTrailer
    case trSeqOrder, trTimeOrder, trRepeatBudget, trNoHeader, trNoTrailer, trTrailerCount, trNotTranscript, trNoVersion
    case trNewerVersion, trNoField, trOutOfRange, trWholeNumber, trListOfWhole, trSeconds, jsonTrailing, jsonEndsBeforeValue
    case jsonUnexpectedChar, parseExpected, jsonTooDeep, jsonQuotedKey, jsonColon, jsonObjectOpen, jsonCommaBrace, jsonArrayOpen
    case jsonCommaBracket, jsonNotNumber, jsonNotUTF8, jsonControl, jsonStringOpen, jsonEscapeOpen, jsonUnknownEscape, jsonHex
    case lessonUnreadable, lessonNotUTF8, lessonNoFrontMatter, lessonFrontMatterOpen, lessonUnknownKey, lessonNeeds
    case lessonTimeout, lessonLang, lessonListItems, lessonItemKeys, lessonParamNeeds, lessonParamType, lessonParamBound
    case lessonAList, lessonParamMinMax, lessonParamDefault, lessonVariantId, lessonUnknownVariant, lessonClaimNeeds
    case lessonCheckUnreadable, lessonUnknownMetric, lessonTooManyQuestions, lessonQuestionKey, lessonQuestionNeeds
    case lessonAnswerUnreadable, lessonTooManyChoices, lessonNoteNeeds, lessonSelectorUnreadable, lessonIdMismatch
    case lessonIdBeforeUnit, fmTabs, fmIndent, fmKeyValue, fmTwice, fmTooDeep, fmListEnd, fmQuoteEnd, cpCheckEmpty, cpAfterCheck
    case cpQueryEmpty, cpAfterQuery, cpFixedValue, cpAfterSelector, cpNesting, cpOrder, cpFirstLast, cpComparison
    case cpFieldAfterComma, cpNeedsField, cpValue, cpKind, cpField, cpOperator, cpMixing, ctString, ctOperator, ctNumber, ctUnit
    case ctUnexpected, qNoValue, qUnreadable, progNotReadable, progCannotCreate, progCannotWrite, progCannotLock, progKeptAs
    case progCannotReplace
    // process roles and lane labels
    case roleMain, roleChild, roleForkserver, roleResourceTracker, roleManager, laneServes
    case theLock, spanCallback, spanForTask, noteTheProgram, nameManagerServer, keySpaceEnter, trFinite
    // the invariants of a recorded run, and check's answers
    case invManyExits, invExitDiffers, invMainExit, invCount, invMissing, invExtra, invTaskChunks, invSummaryChunks, invMoreStarted, invWorkerCounts
    case invWaitsBegan, invWaitsClosed, invWaitOrder, invLockWaits, invWatchdogNoWait, invNotePremise, invNoteNoPremise, invSeqFollows, invStampedBefore, invBeforeStart, checkNoAnswer, checkQueryLine
    // the figures check shows beside a failed claim's query
    case figNoMatch, figOrder, figNoEvents, figSomeNot, figAllDo, figSomeDo, figNoneDo, figEvent
    // waits on several work items and on a manager's answer; a lost update through a proxy
    case waitFeeder, evFeederWriting, evFeederWritingAndMore, hangFeederAtExit
    case waitInCall, waitManager, waitWorkItems, waitFutures, waitShutdown, waitShutdownUnknown, evExecutorWait
    case evExecutorWaited, evExecutorGaveUp, evExecutorGaveUpChain, evStillPending, evManagerWait, hangWorkRunning, hangWorkQueued
    case evExitAsked, evExitAskedParen, evRLockAgain, evRLockReleaseLevel
    case evQueueWaitPartial, evQueueWaitPartialEnded, hangPartialItem, hangPartialPutter, evClientRefused
    case evExitingSignal, evExitingOther, evExitingUnseen, noteLostUpdateManager, noteLostUpdateOverlap, noteLostUpdatesProved, hangPoolFinish, waitTaskOf, hangWaitsOnWork
    // run()'s end when the process was then ended otherwise; lesson checks of the invariants
    case evRunThenSignal, evRunThenOther, checkInvariantFailed, hangWorkRunningOf, hangWorkQueuedOf, hangTaskRunningOf
    // the third truth review: waits on futures of several executors, the main thread at interpreter exit
    case waitWorkItemsAnd, waitShutdownWorkers, waitThreadsAtExit, evThreadShutdownWait, evThreadShutdownWaited, evThreadShutdownRaised, hangExitJoin, evExitTerminate, noteExitTerminated, evResultNotSent, taskNextUnordered, waitNextUnorderedOf, evRunRaised
    // round 4, shared memory: the writes of one place in figures, writes through a view and the object's lock
    case noteOverwritesCount, noteOverwroteSeveral, noteLostUpdateChain, noteViewWriteHeld, noteViewWriteUnheld, noteViewWriteOthers
    // round 4's left list: cancel(), a Pool's initializer, a task_done() or release() that raised, the hangs they explain
    case evCancelByProgram, evCancelByMap, evCancelByShutdown, evCancelAgain, evCancelRunning, evCancelFinished, evCancelFalse
    case summaryExecutorCancelled, evPoolInit, evPoolInitDone, evPoolInitRaised, evTaskDoneRaised, evReleaseRaised
    case activityInitializer, hangInitFailed, hangInitNow, hangNoLiveWorker, evExecutorInit, evExecutorInitDone, evExecutorInitRaised
    case summaryPoolInitFailed, invExecutorCounts, invCancelledRan, panelInitializing, panelInitRaised
    // os.fork() by hand, its os.waitpid(); text found at os._exit; a Manager proxy's returned copy mutated
    // round 6A of the truth review: cancel() of a work item running or only in a ProcessPoolExecutor's call queue
    case evCancelRunningIn, evCancelRanIn, evCancelInCallQueue, evPoolCollected, evPoolTerminatedAtExit, notePoolCollected
    case activityIdleClosed, activityIdleTerminating
    case noteCallbackChunks, noteWorkerWithPid, noteUnreadableResult, noteUnreadableWhich, noteUnreadableSome, evExecutorBrokenOne
    case evOsFork, evOsWaitWait, evOsWaitReturned, evOsWaitReaped, evExitViaOsExit, evExitUncaught, evFoundAtExit, evOsKill, noteCalledOsKill, noteProxyCopy, noteProxyCopyLater, noteBufferedLost, noteViewLostUpdates
    // round 6's fork and signal gaps: a hand fork's own normal end, other signals and os.killpg(), what sys.exit() got
    case evExitKeyboardInterrupt, evExitEndOfScript, evExitSysExitArg, evExitSystemExitUnknown, evOsKillpg, evSignalProbe
    case evSignalStop, evSignalCont, noteCalledOsCall, noteExitForkSysExit, noteExitRunSystemExit, noteExitSystemExitUnknown
    case noteLockHeldAtFork, evFoundAfterEnd
    // round 6, issue 11's tracer gaps: shared_memory, a Queue's close() and join_thread(), start settings, connection.wait()'s objects
    case evShmCreate, evShmCreateList, evShmAttach, evShmClose, evShmUnlink, evShmUnlinkFailed, noteShmNotUnlinked, noteShmTrackerWarned
    case noteListLostUpdates, evQueueClose, evQueueCloseFeeder, evQueueCancelJoin, evQueueJoinThread, evQueueJoinThreadNone
    case evQueueJoinThreadRaised, evQueueClosedError, evSetExecutable, evSetPreload, waitPipeEnd, waitSentinel, waitSocket, waitFd
    case evConnectionWaitedNamed, evSemaphoreBusy, evSemaphoreBusyMany, evSubmitRaised, evSubmitBrokenAt, evManagerStartWait
    case evManagerStartFailed, evManagerStartFailedNoServer, waitManagerServer, evThreadLockBusy, evThreadLockBusyMany
    case summaryLockBusyThreading, summarySemaphoreBusyThreading
    // round 7A of the truth review: programs from tutorials and Q&A answers
    case noteExecutorInitializerBroke, noteInitWorkerEnded, evCallbackRaisedKeyError, evCallbackRaised, evPoolCallFailed
    case lockCopyLabel, noteWaitOnTerminatedPool, noteTaskHandoffLazy, evCancelByAsyncio

    case evPipeSendRaised, evPipeSendBrokenPipe, noteLostTaskTimeout, evExec, evExecFailed, evResultUnpicklable

    // gaps 7 (issue 11, the review rounds' left lists): done-callbacks, timeouts, one-way pipe misuse, transfer sizes
    // round 8 of the truth review: programs as books, courses and utilities write them
    case evManagerServe, factStartMethodChildren, noteTaskStartupWhyForkserver, summaryExecutorBackUnsent

    case evFutureCallbackRun, evFutureCallbackEnd, evProcessError, evProcessErrorUnnamed, noteBrokenPlainOne
    case evPipeSendError, evPipeBytesSent, evPipeBytesReceived, evQueueCloseSimple, evByteCount
    case evMapTimeoutLeft, evTimeoutRanOut, evManagerAsked, evExitLastThread, noteProxyLostFigures, evShmBufNotTraced, hangManagerServerSilent

    // gaps 8 (issue 11, what round 7 left)
    case evSignalAfterExit, summaryPoolResultUnsent, noteForkedExecutorThread
    case evPrintIntoPipe, evPrintIntoDevnull, evPrintIntoFile, noteWaitAfterResultHandlerDied

    // a signal a process sends itself (os.kill(os.getpid(), sig)): Phrase+EnglishSignals.swift
    case evSignalSelf, evSignalSelfKeyboardInterrupt, evSignalSelfIgnored, evSignalSelfDefault, evSignalSelfHandler
    case evSignalHandlerRuns, evSignalHandlerReturned, evSignalHandlerRaised
    // the note of a process a signal it sent itself ended
    case noteSignalledItself
    // a Pool's result-handler thread that an exception escaped
    case noteResultHandlerEnded, noteResultHandlerTask, noteResultHandlerOwed
    // imap's next() reached by the program iterating over the result
    case evIteratingCall
    // the newline that ends a line printed in parts
    case evPrintLineEnded
    // a Queue's empty(), qsize() or full()
    case evQueuePoll, evQueuePollEmptyPipe
    // a task imap made of an exception its input iterable raised (multiprocessing.pool._helper_reraises_exception)
    case evTaskReraisesInput
    // the thread a ProcessPoolExecutor starts to send work items and set each Future (concurrent.futures' own)
    case evExecutorManagerThread
    // the pitfalls of the multiprocessing docs' programming guidelines (truth review round 9B)
    case noteTaskWorkersEnding, noteJoinGaveUpChildBlocked, noteJoinGaveUpFullQueue, evQueuePutChanged, evQueuePutChangedAgo
    case evPipeSendTook, noteJoinGaveUpInSend, evReapedBy, evReapedZombie
    case evPoolTaskGetError, summaryPoolUnpicklable, evConditionError
    // a process's edges: os._exit() in a multiprocessing child, orphans, stopped children (Phrase+EnglishProcessEdges.swift)
    case noteExitOsExit, noteExitOsExitThread, noteExitOsExitIt
    case noteJoinGaveUpChildStopped, noteStoppedByItself, noteStoppedBy, noteStoppedTermPending
    case noteOrphanLeft, noteOrphanOsExit, evStartedOrphan, hangBarrierShort, hangBarrierOthers, hangBarrierNoOthers, hangStarvedModuleCopy
    case evSignalSentOther, evSignalSentUnknown, evSignalSentParent, evSignalSentSibling, evSignalSentRunProcess
    case evWhySetThenCleared, noteSemaphoreUnitsHeldByEnded, hangUnfinishedItems, hangItemsTaker, hangItemsTakerEnded
    case summarySemaphoreOverReleased, hangCallbackEndedJoin, countItemOne, countItems, countTimesOne, countTimes
    case evThreadJoinWait, evThreadJoined, evThreadJoinGaveUp, waitThreadJoin
    case noteChildStdinDevnull
    case summaryPoolUnreadErrors, summaryPoolUnreadError, evImapGiven, evImapUnread, evImapAllRead, summaryImapGiven, summaryImapUnread
    case workItemOfExecutor
    case evLoopSelectWait, waitLoopSelect
    case noteTaskLostAhead
    case evQueuePutChangedBeyondRepr
    case evPoolResultSent, evPoolResultSentSize
    case evTimerStart, evTimerFire, evTimerCancelWaiting, evTimerCancelDue, evTimerCancelFired, evTimerCancelDone
    case evAtexitSkipped, evAtexitSkippedLibrary, evAtexitSkippedLibraryOnly, evAtexitSkippedOsExit, evAtexitSkippedOsExitLibraryOnly
    case evMainEndUncaught, evMainEndInterrupt, evMainEndSysExit, noteExitMainUncaught, noteExitMainSysExit
    case evThreadEndsBySystemExit, evThreadEndsRaised
    case noteOrphanAdopter, evStartedOrphanByRunner, noteSemaphoreGone, noteExitSemaphoreGone
    case evSignalProbeCall, evSignalSentGroup, evSignalSentOwnGroup, evSignalProbeGroup, evSignalProbeExists, evSignalProbeNoProcess, evSignalProbeError
    case evManagerReferent
    case evFeederLockElsewhere, evFeederTakenItem
    case evExecutorWaitRaised
    case evPoolResultSentSmall
    case evPipeClose, evPipeDropped, hangPipeEndHeld
    case evNotifyNobody, noteNotifyLost
    case evTimerStartOwnRun, evTimerCancelOwnRun
    case evFutureRead, summaryFutureUnreadErrors, summaryFutureUnreadError
    case evJoinPolls, evThreadJoinPolls
    case noteReaderClosed, noteReaderClosedInterrupted, noteReaderClosedBy, noteReaderClosedEffect, evFutureNeverSentMessage, evFutureNeverSentArgument, summaryPoolCalls, summaryPoolCallsSeparator, noteProxyLockWait, noteBoundMethodCopied
    case evSharedWraps
    case noteCallbackKeptUnready, noteCallbackKeptUnreadyKeyError
    case noteProxyAfterShutdown
    case evMainEndSiteExit, evMainEndRaisedExit, evMainEndOsExit, evMainEndHook, noteExitMainSiteExit, noteExitMainRaisedExit, noteExitMainOsExit, noteExitMainHook, evSignalGroupMembers, evSignalGroupNoMembers, noteGroupSignal, hangPipeEndInherited, evAtexitSkippedMain, evAtexitSkippedMainLibraryOnly
    case evTracerPatchFailed
    case evPoolRefusedClosed, evPoolRefusedTerminated, evPoolRefusedEnded, evProcessClose, evProcessCloseAgain, evProcessClosedCall, evProcessCreateError, evProcessCreateErrorArgs, evProcessCreateErrorKwargs, evProcessCreateNumber, evThreadEndsRaisedHook, evThreadEndsBySystemExitHook, evEventPolledSet, evEventPolledCleared, evEventPolledToEnd, evEventPolledChanged, summaryPollsHeading, summaryPolledSet, summaryPolledCleared, summaryPolledToEnd, summaryPollsMore
    case noteBoundMethodCopiedPool, noteThreadOfProcess, noteOrphanLeftOtherForker, noteOrphanForkserver, evResultNotSentMessage, evResultNotSentArgument, evStartArgumentUnpicklable, evParentAlive, evParentAliveAfter
    case evAtexitCleared, evAtexitClearedLibrary, evAtexitClearedLibraryOnly
    case evSpawnNoTarget, noteNoTarget, noteNoTargetOthers, noteMapItemAsOneArgument
    case evFutureReadBroken, evSubmitRaisedQueued, evMainEndFutureExit, noteExitMainFutureExit, noteCalledTerminateFirst, noteCalledKillFirst, evShutdownWithError, evExecutorMaxTasks
    case factStartMethodsChosen, factStartMethodThen, noteErrorCallbackChunks, evErrorCallback, noteJoinableJoinEarly, noteJoinableJoinEarlyBy, noteErrorCallbackOthers, evConnectionNoAuthkey, noteNoTargetRunMisspelt
    case evThreadEndsRaisedHookNone, evThreadEndsRaisedHookNoneOwn, evThreadEndsBySystemExitHookNone, evThreadEndsBySystemExitHookNoneOwn, evProcessArgsString, evProcessArgsBytes, evQueuePutDropped, evResultNotSentChunkItem, evResultNotSentChunkInput, evFutureNeverSentChunkItem
    case evImapNeverRead, evImapLeftCollected, evImapLeftAtExit, evImapLeftNothing, evImapLeftReadAll, evImapLeftReadSome, summaryImapNeverRead, summaryImapReadAfter, summaryImapReadAfterSome, evSharedWriteTooLong, evSharedWriteFailed, evSharedWriteSlicePart, noteCheckThenSet, noteCheckThenSetMore, noteCallbackHold, noteCallbackHoldOne, noteCallbackHoldMore, noteBrokenWhyOne, helperLanesNamed, summaryExecutorQueuedFailed
    case noteSigintAtExit, noteSigintAtExitFrom, evWaitFirstException, evWaitFirstCompleted
    case hangNoWakerCondition, hangNoWakerEvent, hangNoWakerPut, hangNoWakerEnded, hangNoWakerNone, recordingNotStartedBeforeWatchdog, tracerSilentWarningWatchdog, hangNoWakerPipe, hangLockSelf, hangStarvedDropped
    case evThreadCreateHookNone, evThreadCreateSysHookNone, evThreadArgsString, evThreadArgsBytes, noteArgsStringProcess, noteArgsStringThread, noteArgsStringTask, noteArgsStringSubmit, noteCheckThenSetGet
    case noteQueueItemsLeft, noteQueueItemLeftBy, noteQueueItemsLeftMore, evWaitForHeldAfterTimeout, evWaitForHeld, evWaitForAtOnce, evWaitForFalse, evAttrSetBeforeInit, evAttrSetFailed, evAttrSet, evTimerBoundMethod, evPrepNoMain, noteMainFileGone, noteMainFileGoneEnded, noteProxyCopyStore, noteProxyCopyDelete, evRefusesNoAuthkeyClient, noteSimpleQueueItemsLeft
    case noteBoundMethodUnsentPool, noteJoinGaveUpQueueEmpty, noteJoinGaveUpQueueTaker
    case noteManagerQueueItemsLeft, noteManagerQueueItemsUntold
    case evFutureNeverSentChunkInput, noteCheckThenSetAttr, noteCheckThenSetAttrMissing, noteCallbackHoldPool, noteCallbackHoldPoolOne, evShareableListWriteType, evShareableListWritePacked
    case noteJoinGaveUpPuttersEnded, noteJoinGaveUpPutterExited, noteJoinGaveUpDeadlock, noteJoinGaveUpFeederUnread, noteCyclePart, noteCyclePartHolds
    case noteExitEscapedAfterRaise, evSubmitAfterShutdownAt, evMapTimeoutSpent
    case lastFinishedTask, lastSeenRow, lastSeenEvent, evBarrierOwnTimeout, evBarrierTimedOutOwn, hangSemaphoreUnitsKept, hangUnitKeptBy, hangStarvedRaised, hangRaisedChild, noteProxyCutByShutdown
    case evStartMethodForced, evStartMethodForcedSame
    case evPoolCallRaised, evPoolCallRaisedJob, evQueueEmptyInFlight, hangLockKeptByEnded, hangLockKeptBy, hangPoolJobLeft
    case evSpawnTarget, evSpawnTargetClosure, evSpawnTargetDefaults, evShareableListWritePosition, noteCheckThenSetGetNone
    case noteStaleCheck, noteStaleCheckWrite, noteStaleCheckJoin, noteStaleCheckRLock, noteStaleCheckOtherLock, noteStaleCheckMore, evSetWokeNoOne, evSetTimedOutWait, evWaitReasonFirstException, evWaitReasonFirstCompleted, evWaitReasonRaised, evWaitReasonDone, evCallbackRanAtOnce, noteEOFHidden, noteEOFHiddenMade, noteEOFHiddenForked, noteEOFHiddenHolders, evAsCompletedWaitEnded, noteExitSystemExitMessage
    case noteTaskWorkersDroppingProxies
    case evPrintFlushed, noteBufferedLostSinceFlush
    case noteNotifyLostWaitFor, hangItemsNeverGot, noteTerminatedInDeadlock
    case summaryNoneLostInWriting, summarySignalCut, summarySignalCutMember
    case evStartMethodFixed
    case evPoolJoinRunning, evQueuePutDroppedAtExit, hangLostResultTerminated
    case evTaskNotEntered, summaryPoolNotEntered, summaryPoolCallsRaised, evSignalIgnored, noteEOFHiddenUnpickled, evPipeUnpickled, evSpawnTargetObject
    case evEventPolledToEndUnseen, summaryPolledToEndUnseen
    case evBarrierReset, evBarrierWokenByReset, evSimplePutUnpicklable, evSimplePutRaised, evProcessNotParent, evSignalRaised, evSignalSetDefault, evSignalSetDefaultInt, evSignalSetIgnored, noteSignalledItselfRaised, noteStoppedByItselfRaised
    case summaryCutWaits, summaryCutWait, summaryLockCut, summaryLockCutItem, evReleaseNoOwner, noteResultLostPart, summaryPoolResultLost, noteLostUpdateTracingCost
    case summaryQueueGaveUpMore, summaryPoolWorkerRowOpen, evWaitForFirstWait, evWaitForWaitAgain, evWaitForTimeoutLeft, evPipeRecvFromSendBytes
    case evTrackerLaunched, evTrackerLaunchedNoCall, evForkserverLaunched, evForkserverLaunchedNoCall, evSharedWriteWrappedSigned, evSharedWriteWrappedUnsigned, evExecutorCreateRefused, evManagerMade, evManagerMadeNoPid, evConnectionReadyAtOnce
    case noteSemaphoreForeignRelease, evPipeWaitSend, hangNoWakerPipeSend
    case evErrorCallbackEnd, evPoolIterationEnded
    case evImportLockHeld, evSignalSentSubprocess, evFeederWrittenAtExit, evFeederWritten
    case noteSerialGets, summaryPoolIdleWorkers, summaryPoolIdleMore
    case evChildBootSpawn, evChildBootForkserver, evChildBootOther, evStartedAfterBoot, evRunTargetMadeGenerator, evRunTargetMadeCoroutine, evRunTargetMadeAsyncGenerator, evDaemonNoChildrenWhy
    case panelUnitsReleasedByOthers, evPoolCreateThreads, summaryPoolThreadWorkers, summaryExecutorCut, summaryExecutorCutItem
    case noteTimeoutAfterResultHandlerEnded, noteTimeoutResultUnread
    case evPollAtEOF, evBarrierResetNobody, evBarrierResetAfterAbort, evSpawnContextMethod
    case evWlockWait, evWlockWaited, waitWlock, hangWlockEnded, wlockEndedOne, wlockEndedCall, hangWlockUnknown
    case noteExitOneBelowPython, evSignalSentStarter
    case noteTerminateAssertion, noteTerminateAssertionExit, summaryPoolResultsNeverBack, noteTerminateHowEscaped, noteTerminateHowCallback, laneThreadPoolWorker
    case noteLostUpdateGroupOverlap, noteLostUpdateGroupOrdered, noteLostUpdateGroupWrote, noteLostUpdateGroupEachWrote
    case summarySignalFromRun, summarySignalFromOutside, summarySignalFromKernel
    case evPollTrueUnread, countPuts, countGets, countTimedPuts, countTimedGets, countMoreTimedPuts, countMoreTimedGets, summaryQueueRefused, panelChildStarting
    case evIterationWaitTask, evIterationWaited, evIterationWaitedRaised, evCallbackWhich, summaryExecutorRanBy, evIterationEnded
    case evImapGivenNoneSent, evImapGivenSomeSent, evImapNeverReadUnsent, evImapUnreadUnsent, evImapLeftNothingUnsent, evImapUnsentAmong, summaryImapNotSent, summaryImapNeverReadUnsent, summaryImapUnreadUnsent, noteJoinGaveUpFeederWlock, noteJoinGaveUpWlockHolder, activityFeederJoinAtExit, activityFeederJoin
    case evReapedEndedLate, evReapedSeenByJoin, evReapedSeenBySentinel, evReapedZombieSpawned, evQueueWaitGetReaderBusy, evPoolCreateMaxTasks, evRunMaxTasks, evPolledLastUnrecorded
    case evPollTrueOtherRecv, waitIterating, hangLostResultIterated, hangLostResultTerminatedIterated, evIterationThis
    case evThreadShutdownWaitChild, waitThreadsAfterRun, evCancelByShutdownThreads, evSpawnReplacesAtShutdown
    case evGetUnpickleFailed, evResultUnpicklableRaised
    case trReceivedSignalsList, trReceivedSignalsTooMany, trReceivedSignalEntry, trReceivedSignalName, trReceivedSignalRelation
    case summarySignalsFromMain, summarySignalsFromAdopted, summarySignalAt, summarySignalBetween, summarySignalRepeated, summarySignalsDropped
    case lastBootImporting, inImportOfMain, noteExitOneInImport
    case evSelectorWait, evSelectorWaited, evSelectorWaitedNamed, evSelectorGaveUp, evSelectorReadyAtOnce, evSharedCopy
    case evBarrierAction, evBarrierLastAction
    case summaryUnfinishedWaitIterated, summaryCutWaitIterated, evWlockWaitPut, evWlockWaitedPut, waitWlockPut
    case noteProxyRaceAgainPair, noteProxyRaceAgainOverlap, noteProxyRaceAgainGroup, noteProxyMoreRacesCounted
    case summaryQueueWlockPuts
    case noteEOFHiddenInFlight
    case evPoolInitThread, evPoolInitDoneThread, evPoolInitRaisedThread, waitConnectionSide, evConnectionWaitOne
    case noteLostUpdateOf, noteLostUpdateChainOf, evPolledAllBeforeChange
    case errEventsFolderUnreadable, errEventsFolderNoProcess, summaryTracerFramesPrinted
    case evLoopSelectWaitVia, waitLoopSelectVia, loopViaWrapped, loopViaBoth, evMapIteratorWait, evMapIteratorWaited, evMapIteratorWaitedRaised, evFutureReadByAsyncio, evAsyncioShutdownThread
    // round 26S: a lesson's demo, changed by a learner (Phrase+EnglishRound26S.swift)
    case evProcessErrorSameNameSelf, evProcessErrorSameNameOther
    case evPoolCloseOwedOne, evPoolCloseOwedMany
    // round 27F: executors inside bigger programs (Phrase+EnglishRound27F.swift)
    case noteBrokenWhyAloneOne, noteBrokenWhyAlone, waitShutdownThreads, noteBrokenWhyWorkers, noteBrokenWhyWorkersAlone
    case noteRecvCopyInFlight, evPollTrueOtherRecvInFlight
    case activityWaitsSince, activityWaitsRunEnded, activityThreadWaits, panelThreadsEnded, panelThreadWorkersListed
    case evRunStopped, evRunStoppedByCtrlZ, evRunContinued, activityStoppedSince, evSelectorWaitOne
    case noteJoinGaveUpLockKept
    // round 27S: more of a learner's changes to a lesson's demo (Phrase+EnglishRound27S.swift)
    case noteSemaphorePaidBack, noteEOFHiddenOwnInheritedCopy, noteEOFHiddenMakerClosed, panelUnitGivenBack
    case evResultPolled, evResultPolledToEnd, evResultPolledRaised, evResultPolledRaisedToEnd, evResultPolledNotReady, evResultPolledChanged
    case evWaitReasonBroken, evWaitReasonBrokenDied
    // round 28F: concurrent.futures in services and scripts (Phrase+EnglishRound28F.swift)
    case evWaitReasonCancelledOne, evWaitReasonCancelledMany, evWaitReasonCancelledIsOne, evWaitReasonCancelledAre
    // gaps 28B: lanes renamed, Listener, the resource tracker, queue close (Phrase+EnglishGaps28B.swift)
    case laneRenamed
    case summaryQueueClosedCalls
    case evListenerCreated, evListenerCreatedNoKey, evListenerClosed, evListenerClosedUnlinked
    // gaps 29B: the resource tracker's calls and its leak warning (Phrase+EnglishGaps29B.swift)
    case evTrackerRegister, evTrackerUnregister, noteTrackerLeak, noteTrackerLeakSemaphores, noteTrackerLeakSegments, noteTrackerLeakKilled, noteTrackerLeakCount, noteTrackerLeakItem, evLockUnpickled, evLockUnpickledUnmade, evExecutorShutdownCancelled, evExecutorShutdownCancelledNone
    // round 28: small real-world scripts (Phrase+EnglishRound28.swift)
    case noteJoinableJoinBeforePuts, panelJoinableUnfinished
    // round 29S: programs that fail, hang or are misused (Phrase+EnglishRound29S.swift)
    case noteEventNoSetter, noteEventNoSetterEnded, noteEventNoSetterMore, noteEventNoSetterSep, summaryPoolJoinRaised
    // round 29: shared state and synchronisation as scripts use them (Phrase+EnglishRound29.swift)
    case evBarrierReturned, evEventPolledSetAgo
    // round 30F: concurrent.futures as scripts use it (Phrase+EnglishRound30F.swift)
    case summaryUnrecordedOutputOrCut, noteInitRaisedNotEnded, noteInitRaisedNotEndedItem
    // round 30: data-processing scripts (Phrase+EnglishRound30.swift)
    case noteEndedBeforeRun, noteEndedBeforeRunPool, summaryPoolIdleNeverRan, panelChildBooted
    // round 31: numeric and scientific scripts (Phrase+EnglishRound31.swift)
    case evSignalBeforeOwnExit
    // round 31S: system-administration and service scripts (Phrase+EnglishRound31S.swift)
    case evPrintIntoPipeInherited, evPrintIntoFileInherited, noteTimedOutTaskRunning, noteTimedOutTaskQueued, noteTimedOutAfterFinished, noteTimedOutAfterWorkerEnded, noteTimedOutAfterRecordEnd, noteTimedOutAfterStarted
    // round 32: network and I/O-bound scripts (Phrase+EnglishRound32.swift)
    case noteRecvEOFPeerEnded, noteRecvEOFPeerExitCode
    // round 32H: programs that fail, crash, hang or leak, round five (Phrase+EnglishRound32H.swift)
    case evShmCloseUnlinked, evSignalOtherEnd, evImapReraiseChunk
    // gaps 28A: Pool's and concurrent.futures' leftovers (Phrase+EnglishGaps28A.swift)
    case summaryExecutorNotBack, summaryExecutorNotBackRaised, summaryExecutorNotBackReturned
    case evResultPolledOnce, evResultPolledOnceToEnd, evResultPolledRaisedOnce, evResultPolledRaisedOnceToEnd
    case noteFewerWorkers, noteFewerWorkersEach, noteFewerWorkersSome, evCancelByMapTried, noteFewerWorkersOne
    // gaps 28C: which process lost events (Phrase+EnglishGaps28C.swift)
    case trLostByProcessList, trLostByProcessEntry, warnLostProcess, warnLostProcessMalformed, warnLostFile
    case summaryLostBy, lostByItem, stepLostStatus, runStopSignalSent, evAfterStopped, summaryStoppedWaits, spanStopped
    // gaps 28D: lines written past print(), the feeder's item count (Phrase+EnglishGaps28D.swift)
    case summaryUnrecordedLinesHeading, summaryUnrecordedLinesLeftOut, summaryUnrecordedLinesLeftOutOne, trUnrecordedLines
    case evFeederItemsOne, evFeederItemsMany
    // gaps 29A: an executor's rows in the state panel (Phrase+EnglishGaps29A.swift)
    case panelExecutor, panelWorkItems, panelExecutorWorkers, panelExecutorWorkersUnrecorded, panelExecutorShuttingDown
    case panelExecutorShutDown, panelExecutorBroken, panelWorkSubmitted, panelWorkNotStarted, panelWorkNoneNotStarted
    case panelWorkRunning, panelWorkRunsIn, panelWorkEndedNotBack, panelWorkOutcomes, panelWorkFailedByBreak
    case laneLoggingListener, evLoggingListenerThread, evLoggingListenerSentinel, laneThreadNamedAtEnd
    // gaps 29D: a stop whose continue the record does not hold (Phrase+EnglishGaps29D.swift)
    case evRunStoppedOpen
    // gaps 29C: computed choices in lesson questions (Phrase+EnglishGaps29C.swift)
    case lessonChoiceUnreadable, choiceTooLong, choiceTooDeep, choiceUnexpected, choiceExpected, choiceEnds
    case choiceUnknownFunction, choiceArguments, choiceUnknownName, choiceTooManyNames, choiceDivideByZero, choiceOutOfRange
    case checkNoChoiceRight, choiceDivideByZeroAlways, choiceOutOfRangeAlways
    // gaps 29C: the zh screen's English (Phrase+EnglishGaps29C.swift)
    case panelQueueRow, panelTypedRow, panelSharedBy, malformedAt, malformedJSONUnreadable, malformedNotCompact
    case malformedUnknownShape, malformedBadNumber, malformedOutOfRange, malformedByte
    // gaps 29C: lost events on their process's lane
    case laneLost, laneLostOne
    // gaps 30B: lost events on every screen, the summary's unrecorded ends (Phrase+EnglishGaps30B.swift)
    case panelLost, panelLostOne, stepLaneLost
    case summaryEndsNotRecorded, summaryEndNotRecordedOne, summaryMemberEndNotRecorded
    // zh30: Chinese word order for pieces the code composed (Phrase+EnglishZh30.swift)
    case panelExecutorThreadWorkers, panelParenthesisedList, summaryLockNeverEndedItem
    // gaps 30A: the tracker note's owners (Phrase+EnglishGaps30A.swift)
    case noteTrackerLeakMore, noteTrackerLeakOwnerUnseen, noteTrackerLeakPartOf, noteTrackerLeakAt, noteTrackerLeakItemAgain, noteTrackerLeakOwned, noteTrackerLeakForkserverImport
    case panelExecutorInitializer, panelExecutorInitRaised, panelWorkRefused, panelWorkUnsent, panelWorkUnsentItem, panelWorkUnsentArgument
    case panelLockShared, summaryLockShared, panelWorkQueuedBySubmitError
    // gaps 30C: a traced queue's reader in a poll, select or wait (Phrase+EnglishGaps30C.swift)
    case waitQueueReader
    // gaps 31B: a ThreadPoolExecutor broken by a worker thread's initializer (Phrase+EnglishGaps31B.swift)
    case evThreadPoolBrokenBy, evThreadPoolBrokenHead, evThreadPoolBrokenNone, evThreadPoolBrokenOne, evThreadPoolBrokenMany
    case summaryThreadPoolBroken, noteThreadPoolInitializerBroke, noteThreadPoolBrokenPlain, panelProcessInitRaised, evWaitReasonBrokenThreads, evFutureReadBrokenThreads
    // gaps 31C: a Pool() that raised, lost events on each lane, the panel's lists (Phrase+EnglishGaps31C.swift)
    case panelListedMore, laneLostShared, laneLostSharedOne, stepLaneLostShared
    case evPoolCreateError, evPoolCreateErrorStartedOne, evPoolCreateErrorStarted, evPoolCreateErrorDaemon
    // load 31: the watchdog and claims on a busy machine (Phrase+EnglishLoad31.swift)
    case summaryWatchdogExtra, summaryWatchdogCutWaiting, noteWatchdogCutWaiting, claimNotJudgedBusy, checkBusyLabel, checkTotalsBusy
    case lessonClaimNeedsValue, trMachineLoad
    // gaps 31A: a thread renamed after its start (Phrase+EnglishGaps31A.swift)
    case evThreadRenamesItself, evThreadRenamesOther, laneThreadNamedLater, evMainThreadRenamed, evThreadRenamedWas, noteRecursionLimitNotInherited
    // gaps 32A: result(timeout) polls in one row, a singular never-ran worker, initializer failures past three (Phrase+EnglishGaps32A.swift)
    case evResultPolls, evResultPollsItemOne, evResultPollsItems, summaryPoolIdleNeverRanOne, panelExecutorInitRaisedMore
    case noteTimedOutJob, noteTimedOutJobMore, noteTimedOutJobDone, noteTimedOutJobRunning, noteTimedOutJobQueued, noteTimedOutJobStarted
    case noteTimedOutJobFinished, noteTimedOutJobWorkerEnded, noteTimedOutJobRecordEnd
    // gaps 32C: a failed Pool()'s clean-up, several renames, the lanes' marks (Phrase+EnglishGaps32C.swift)
    case notePoolCreateCleanup, laneRenamedSeveral, helpLaneLine
    // round 32P: the resource tracker's KeyError for a name unregistered twice (Phrase+EnglishRound32P.swift)
    case noteTrackerUnregisteredTwice, noteTrackerTwiceRegistered, noteTrackerTwiceNeverRegistered
    // round 33T: a join() that returned without the exit code, another thread joining the same child (Phrase+EnglishRound33T.swift)
    case noteJoinWithoutExitCode, noteExitCodeOverwritten
    // round 34F: a map_async job's error no get() could read, its other chunks never finished (Phrase+EnglishRound34F.swift)
    case summaryPoolNeverReady, summaryPoolNeverReadyJob, hangTakenTasksLost, hangTakenTaskPart, hangTakenTaskMore
    // gaps 32B: the atexit handlers' runs (Phrase+EnglishGaps32B.swift)
    case evAtexitRunProgram, evAtexitRunLibrary, evAtexitRunMultiprocessing, evAtexitRunAfterExitFunction, evAtexitRunTerminated
    // gaps 33D: the put a feeder still holds, a barrier's missing parties, signal ends past the budget, result() polls stepped (Phrase+EnglishGaps33D.swift)
    case hangFeederJoinHeldOne, hangFeederJoinHeldMany, evBarrierTimedOutFew, evBarrierAlreadyBroken
    case noteSignalEndSeveral, noteEndedBeforeRunSeveral, noteSignalEndNamesMore, evResultPollOfRun
    // gaps 35B: items lost with their putter, never-ready jobs no get() asked for, idle pool workers, the program's own Futures (Phrase+EnglishGaps35B.swift)
    case panelQueueLostOne, panelQueueLost, panelQueueLostItem, panelQueueLostOsExit, panelQueueLostBySignal, panelQueueLostExitCode,
         panelQueueLostEndedUnknown, summaryPoolNeverAsked, summaryPoolNeverReadyStillWaiting, lastFinishedTaskIdle, lastStartedIdle,
         panelOwnFutures, panelOwnFuturesMade, panelOwnFuturesPending, panelOwnFuturesNonePending, panelOwnFuturesSettled
    // gaps 34C: a joined child that went on running, in the watchdog's list (Phrase+EnglishGaps34C.swift)
    case lastPrintedJoinedRunning, lastRowJoinedRunning, lastEventJoinedRunning
    // gaps 34C: a process in its exit cleanup, in the step panel
    case activityExitCleanup
    // gaps 34C: what is left of as_completed()'s timeout, on its wait's row
    case evAsCompletedTimeoutLeft
    // round 33: the mistakes learners make after the first lesson (Phrase+EnglishRound33.swift)
    case hangStarvedNonesTaken, hangStarvedOneNoneTaken, hangNoneTakenBy, hangJoinedChildRunning, hangJoinedAtExit, hangJoinedAtExitNotDaemon
    // round 34: a map() given a generator lists it before any task exists (Phrase+EnglishRound34.swift)
    case noteMapListedGenerator, noteMapListedGeneratorReturned, noteMapListedGeneratorImap, noteJoinGaveUpChildStarting
    // gaps 33B: a join(timeout) whose child was in no recorded wait (Phrase+EnglishGaps33B.swift)
    case noteJoinGaveUpChildUnrecorded, noteJoinGaveUpChildNoEvent, noteJoinGaveUpChildThread, noteJoinGaveUpChildMainThread, noteJoinGaveUpChildNext, noteJoinGaveUpChildNoNext
    case summaryEndUnderUntraced
    // gaps 33C: shared memory's failed attaches, track=False, the panel after close()/unlink(), a direct unregister() (Phrase+EnglishGaps33C.swift)
    case evShmAttachFailed, evShmAttachFailedUnlinked, evShmNotTracked, panelShmClosed, panelShmUnlinked, noteTrackerLeakSegmentsDirect, noteTrackerUnregisterCall
    // gaps 33A: Futures the program makes itself (Phrase+EnglishGaps33A.swift)
    case evBareFutureCreate, evBareFutureCreateAs, evBareFutureClass, evBareFutureSetResult, evBareFutureSetException,
         evBareFutureSetRefused, evBareFutureWait, evBareFutureWaited, evBareFutureWaitedRaised, evBareFutureCancelled,
         evBareFutureCancelFalse, evBareFutureCallbackRun, evBareFutureCallbackEnd, evBareFutureCallbackRaised, evBareFutureRead,
         waitBareFuture, waitBareFutures, hangBareFutureUnset, summaryBareFutures
    // gaps 34B: the reason a worker could not pickle a task's value (Phrase+EnglishGaps34B.swift)
    case evResultUnpicklableReason, evBareFutureCallbackRanAtOnce
    // gaps 34A: a child's KeyboardInterrupt and which SIGINT raised it (Phrase+EnglishGaps34A.swift)
    case noteChildInterruptUncaught, noteChildInterruptHandled, noteChildInterruptSent, noteChildInterruptCtrlC
    // round 35S: programs that share state the ways the docs offer (Phrase+EnglishRound35S.swift)
    case hangLockSelfGuardsShared
    // round 35P: a queue's waits counted as calls when some gave up (Phrase+EnglishRound35P.swift)
    case summaryQueueWaitedCallsGaveUp, countPutCalls, countGetCalls
    // gaps 35A: a daemon cut by the exit with an item taken (Phrase+EnglishGaps35A.swift)
    case activityCutAtExit, activityCutAtExitItem, noteCutMidItem, noteCutMidItemNothingAfter, noteCutMidItemSomeAfter
    case summaryTimedWaitsHeading, summaryTimedWaits, summaryTimedWaitsTrue, summaryTimedWaitsNoTrue, summaryTimedWaitsOpen
    // fix 35: run() raised while handling another exception; Futures with no set in the record (Phrase+EnglishFix35.swift)
    case evRunRaisedWhileHandling, summaryBareFuturesUnrecorded, noteChildInterruptUnseen
    // round 36T: a manager shut down by an ExitStack or unittest's cleanups; a Pool wait's timeout on initializer deaths
    // (Phrase+EnglishRound36T.swift)
    case evManagerShutdownStackWith, evManagerShutdownStackClose, evManagerShutdownCleanup, noteTimeoutInitDeaths,
         panelWorkersAllEnded, panelWorkersEndedUnrecorded
    // gaps 36A: round 35S's, round 35P's and gaps 35A's leftovers (Phrase+EnglishGaps36A.swift)
    case noteTornSweep, noteTornSweepMoreWrites, panelSharedLock, panelSharedLockGiven
    // round 36L: a long timeline's left-out middle names its prints and process starts and ends (Phrase+EnglishRound36L.swift)
    case rowsLeftOutOthersEvents, countEventsLeftOut
    // gaps 36B: Queue items perhaps never written, a closed pool's idle worker, raw shared ctypes, interrupt_main() (Phrase+EnglishGaps36B.swift)
    case panelQueueUnsureOne, panelQueueUnsure, panelQueueLostCancelJoin, panelQueueLostDroppedAtExit
    case lastFinishedTaskClosedPool, lastStartedClosedPool, summaryRawSharedOne, summaryRawShared, summaryRawSharedItem
    case noteChildInterruptMainCall, evInterruptMain, evInterruptMainNothing, evInterruptMainUnknown
    // round 37G: the IndexError that ends a loop over a list proxy (Phrase+EnglishRound37G.swift)
    case evProxyIterationEnd, evProxyIterRangeOne, evProxyIterRange
    // round 37Z: the Chinese screen read against the English; a timed acquire() that gave up in a circle of waits
    // (Phrase+EnglishRound37Z.swift)
    case noteTimedAcquireDeadlock, panelLabelled
    // gaps 37A: a Value's own lock, a Manager's proxy calls, the processes the waiting ledger leaves out (Phrase+EnglishGaps37A.swift)
    case summaryLockAllByValue, summaryLockSomeByValue, summaryManagerCalls, summaryManagerObject, summaryManagerMethod
    case summaryManagerBlocking, summaryWaitingUnlistedNone, summaryWaitingUnlistedShort, evPutStartedFeeder
    // gaps 37B: a raised SystemExit learnt at exit; who called a Pool's terminate() (Phrase+EnglishGaps37B.swift)
    case evMainEndRaisedExitLearnt, evPoolTerminateWith, evPoolTerminateStackWith, evPoolTerminateStackClose, evPoolTerminateCleanup
    case notePoolTerminatedWith, notePoolTerminatedStackWith, notePoolTerminatedStackClose, notePoolTerminatedCleanup
    case noteInheritanceOnlyHint
    // gaps 38B: whose run() a Process subclass runs, a forkserver child's two parents, Condition and Manager-list panel
    // rows, traced timings (Phrase+EnglishGaps38B.swift)
    case evSpawnRunOwner, evStartedChildForkserver, evStartedAfterBootForkserver
    case panelCondition, panelConditionRow, panelConditionRowNoLock, panelConditionNoWaiter, panelConditionWaiting, panelConditionNotified
    case panelConditionLastNotify, panelConditionWaitingThen, panelManagerObject, panelManagerObjectRow, panelManagerLength
    case panelManagerLengthUnseen, panelManagerLastCalls, panelManagerCallRaised
    // round 38S: a pool whose workers all end before run() began (no __main__ guard) (Phrase+EnglishRound38S.swift)
    case hangBootDeaths, hangBootDeathsStart, noteTimeoutBootDeaths, panelWorkersNoneInRun
    // round 38C: map()'s iterator reaching a failed chunk; a worker replaced after max_tasks_per_child
    // (Phrase+EnglishRound38C.swift)
    case evMapIteratorReadRaised, evMapChunkLost, evSpawnReplacesAfterMaxTasks, evSpawnReplacementTookNone
    // gaps 38A: round 37Z's leftovers: a pool worker idle from its start, a task lost with its worker on the pool row, a
    // Barrier's summary line, a JoinableQueue's task_done() count, a queue row's count said, a queue wait in Chinese
    // (Phrase+EnglishGaps38A.swift)
    case activityIdleFirst, activityIdleWorkItem, panelPoolTaskLost, summaryBarrier, summaryBarrierPassed, summaryBarrierRaised
    case summaryBarrierTimedOut, summaryBarrierBrokenByTimeout, summaryBarrierAbort, summaryBarrierReset, summaryBarrierOpen
    case summaryQueueTaskDone, panelQueueCount, panelQueueBounded, activityQueueGet, activityQueuePut, countBarrierWaits
}
