import TutorCore

extension NotePremise {
    /// Asks the state model again; true when the premise holds.
    public func holds(in replayer: StateReplayer) -> Bool {
        let timeline = replayer.timeline
        let events = timeline.events
        func valid(_ steps: Int...) -> Bool { steps.allSatisfy { events.indices.contains($0) } }
        switch self {
        case let .all(parts):
            return !parts.isEmpty && parts.allSatisfy { $0.holds(in: replayer) }
        case let .lessonWhen(text, step):
            guard valid(step), let selector = try? ClaimParser.parseSelector(text) else { return false }
            return EventFieldLookup(timeline).matches(selector, step)
        case let .taskWait(pool, from, to, split):
            return StateQueries.taskWait(pool: pool, from: from, to: to, in: replayer) == split
        case let .noWaitBetween(pid, thread, from, to):
            guard valid(from, to) else { return false }
            return !events[from...to].contains { $0.pid == pid && $0.thread == thread && WaitLedger.beginsAWait($0) }
        case let .lockHolders(lock, holders, from, to):
            // the waiter itself is never the cause of its own wait: a semaphore's units it took before, or a Lock that
            // another process releases for it, were what the state showed when "held by" named the waiter (round 5B)
            guard valid(from), !holders.contains(StateQueries.who(events[from])) else { return false }
            return !holders.isEmpty && StateQueries.holders(of: lock, from: from, to: to, in: replayer) == holders
        case let .signalSent(child, call, step):
            guard valid(step) else { return false }
            let calls = StateQueries.signalCalls(to: child, before: step, in: timeline)
            // a collected pool's finalizer sent it only where its own terminate() of the worker is recorded (round 13)
            if call == StateQueries.poolCollected { return calls.contains(call) && calls.contains("terminate()") }
            return calls.contains(call)
        case let .signalNumberSent(child, signum, step):
            guard valid(step) else { return false }
            return StateQueries.lastSignal(signum, to: child, before: step, in: events) != nil
        case let .noSignalCall(child, step):
            guard valid(step) else { return false }
            return StateQueries.signalCalls(to: child, before: step, in: timeline).isEmpty
        case .runTimedOut:
            return timeline.trailer?.run.timedOut == true
        case let .watchdogStopped(step):
            guard valid(step), let run = timeline.trailer?.run, run.timedOut else { return false }
            return events[step].t >= (run.watchdogStopNs ?? 0)
        case let .interrupted(step):
            guard valid(step), let run = timeline.trailer?.run else { return false }
            return run.interrupted && events[step].string(EventField.observedBy) == "mp-tutor"
        case let .callbackPlace(callbackStep, taskStartStep):
            guard valid(callbackStep), events[callbackStep].is(.poolCallback) else { return false }
            let callback = events[callbackStep]
            let state = replayer.state(after: callbackStep)
            guard !state.pools.contains(where: { $0.workers.contains { $0.name == callback.process } }) else { return false }
            guard let start = taskStartStep else { return true }
            return valid(start) && start < callbackStep && events[start].is(.taskStart)
                && events[start].job == callback.job && (events[start].int(EventField.index) ?? 0) == (callback.int(EventField.index) ?? 0)
        case let .lostUpdate(otherRead, otherWrite, read, write):
            return StateQueries.isLostUpdate(otherRead: otherRead, otherWrite: otherWrite, read: read, write: write, in: timeline)
        case let .sharedWriteFigures(slot, figures):
            return figures.writes > 0 && SharedWriteFigures.of(slot: slot, in: events) == figures
        case let .othersWritesBetween(read, write, count):
            return count > 0 && StateQueries.othersWrites(read: read, write: write, in: events) == count
        case let .viewWriteLocks(step, lock, held, others):
            guard valid(step) else { return false }
            return StateQueries.viewWriteLocks(at: step, in: replayer).map { $0.lock == lock && $0.held == held && $0.others == others } ?? false
        case let .proxyCopyMutated(step, later):
            return ProxyCopy(step: step, later: later).holds(in: events)
        case let .bufferedOutputLost(pid, step, prints):
            guard valid(step), let code = events[step].exitCode, code < 0,
                  (events[step].is(.processExit) ? events[step].pid : events[step].childPid) == pid else { return false }
            return StateQueries.bufferedPrints(pid: pid, before: step, in: events) == prints && prints > 0
        case let .viewLostUpdates(found):
            return ViewLostUpdates.figures(slot: found.slot, place: found.place, in: events) == found
        case let .segmentLeak(leak):
            return leak.holds(in: timeline)
        case let .trackerLeak(leak):
            return leak.holds(in: timeline)
        case let .managerServerSilent(step, pid, thread, server):
            guard valid(step) else { return false }
            return HangExplainer.silentServer(pid: pid, thread: thread, in: replayer.state(after: step), events: events)?.pid == server
        case let .proxyLostFigures(race, found):
            return race.holds(in: timeline.events) && ProxyLostUpdates.figures(slot: found.slot, in: events) == found
        case let .proxyLostUpdate(race):
            return race.holds(in: timeline.events)
        case let .proxyLostGroup(race, group, found):
            guard group.writes.count > 2, group.holds(around: race, in: events) else { return false }
            guard let found else { return true }
            return ProxyLostUpdates.figures(slot: found.slot, in: events) == found && group.lost <= found.lost
        case let .unreadableResult(broken, work):
            guard valid(broken), events[broken].is(.executorBroken), events[broken].string(EventField.unreadableResult) != nil else { return false }
            return work == nil || StateQueries.endedWithoutResult(executor: events[broken].object ?? "", before: broken, in: timeline) == work
        case let .waitAfterTerminate(wait, terminate):
            return StateQueries.terminatedBeforeWait(wait, in: events) == terminate
        case let .initializerBroke(broken, ends):
            return !ends.isEmpty && StateQueries.initializerFailures(before: broken, in: events) == ends
        case let .threadInitializerBroke(broken, end):
            return StateQueries.threadInitializerFailure(before: broken, in: events) == end
        case let .diedInside(broken, starts):
            guard valid(broken), events[broken].is(.executorBroken), !starts.isEmpty else { return false }
            return starts.allSatisfy { StateQueries.workerDiedInside(start: $0, before: broken, in: timeline) }
        case let .startWhileImportingMain(step):
            guard valid(step) else { return false }
            let e = events[step]
            let main = timeline.processes.first { $0.role == "main" }?.pid
            return e.is(.processError) && e.string(EventField.op) == "start" && e.pid != main
                && (e.string(EventField.error) ?? "").contains("bootstrapping phase")
        case let .blocked(step, pid, thread):
            guard valid(step) else { return false }
            return replayer.state(after: step).blocked.contains { $0.pid == pid && $0.thread == thread }
        case let .lockHeld(step, lock, holders):
            guard valid(step), !holders.isEmpty else { return false }
            let now = replayer.state(after: step).locks.first { $0.label == lock }?.holders.map(\.who) ?? []
            return now.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } } == holders
        case let .waitCycle(step, members):
            guard valid(step), members.count >= 2 else { return false }
            let state = replayer.state(after: step)
            return members.indices.allSatisfy { i in
                let next = members[(i + 1) % members.count]
                return state.blocked.contains { $0.who == members[i] && StateQueries.waitsFor($0, in: state).contains(next) }
            }
        case let .feederJoin(step, joiner, child, queue):
            guard valid(step) else { return false }
            let state = replayer.state(after: step)
            guard let name = state.processes.last(where: { $0.pid == child && $0.isAlive })?.name,
                  state.blocked.contains(where: { if case .join(child, _) = $0.target { $0.pid == joiner } else { false } }),
                  !state.blocked.contains(where: { $0.pid == child && !StateQueries.isFeederJoinAtExit($0) }) else { return false }
            return state.queues.first { $0.label == queue }?.items.contains { $0.putBy == name || $0.putBy.hasPrefix(name + "/") } ?? false
        case let .lockHeldAtFork(lock, holder, spawnStep, startStep):
            guard valid(spawnStep, startStep) else { return false }
            return StateQueries.heldAtFork(lock: lock, spawn: spawnStep, start: startStep, in: replayer) == holder
        case let .poolJobLeft(step, refused):
            return valid(step, refused) && refused <= step && StateQueries.poolJobLeft(refused: refused, step: step, in: events)
        case let .lockHeldByEnded(step, lock, holders):
            guard valid(step), !holders.isEmpty else { return false }
            let units = StateQueries.semaphoreUnits(of: lock, in: replayer.timeline.events)
            return StateQueries.endedHolders(of: lock, in: replayer.state(after: step), units: units) == holders
        case let .feederAtExit(step, pid, thread, queue):
            guard valid(step) else { return false }
            return StateQueries.feederStuckAtExit(pid: pid, thread: thread, queue: queue, in: replayer.state(after: step)) != nil
        case let .callbackEndedHandler(step, end):
            return valid(step, end) && end <= step && NotePremise.resultHandlerEnded(events[end])
        case let .unfinishedItems(step, queue, put, done):
            guard valid(step), let figures = StateQueries.unfinishedItems(of: queue, through: step, in: timeline,
                                                                          state: replayer.state(after: step)) else { return false }
            return figures.put == put && figures.done == done
        case let .starvedGet(step, pid, thread, queue):
            guard valid(step) else { return false }
            let state = replayer.state(after: step)
            guard state.blocked.contains(where: { $0.pid == pid && $0.thread == thread && $0.target == .queueGet(queue) }),
                  state.queues.first(where: { $0.label == queue })?.items.isEmpty ?? true else { return false }
            let others = state.processes.filter { $0.isAlive && $0.pid != pid && ($0.role == "main" || $0.role == "child") }
            return others.allSatisfy { other in state.blocked.contains { $0.pid == other.pid } }
                && StateQueries.silentChildren(through: step, in: events).isEmpty
        case let .partialItemOrphaned(step, pid, thread, queue, putters):
            guard valid(step), !putters.isEmpty else { return false }
            return StateQueries.orphanedPartialGet(pid: pid, thread: thread, queue: queue, step: step, in: replayer)?.map(\.name) == putters
        case let .lostResult(step, pid, thread, chunks):
            guard valid(step), !chunks.isEmpty else { return false }
            let state = replayer.state(after: step)
            guard state.blocked.contains(where: { call in
                guard call.pid == pid, call.thread == thread, case .result = call.target else { return false }
                return true
            }) else { return false }
            let lost = Set(PoolFigures.all(timeline).flatMap { $0.chunksLost.map(\.name) })
            return chunks.allSatisfy(lost.contains)
        case let .lostBeforeTimeout(step, chunks):
            guard valid(step), !chunks.isEmpty else { return false }
            let e = events[step]
            guard e.is(.poolGet), e.string(EventField.error) == "TimeoutError", let job = e.job, let pool = e.object else { return false }
            let lost = GenericRules.lostBefore(e, job: job, pool: pool, figures: PoolFigures.all(timeline), timeline: timeline)
            return Set(chunks).isSubset(of: Set(lost.map(\.name)))
        case let .initializerDeaths(step, pid, thread, pool, failed, replaced):
            guard valid(step) else { return false }
            let state = replayer.state(after: step)
            guard state.blocked.contains(where: { call in
                guard call.pid == pid, call.thread == thread, case .result = call.target else { return false }
                return true
            }), let found = state.pools.first(where: { $0.label == pool }).flatMap(StateQueries.initializerDeaths(of:)) else { return false }
            return found.failed == failed && found.replaced == replaced
        case let .executorWorkersEnded(step, executor, workers):
            guard valid(step), !workers.isEmpty else { return false }
            return StateQueries.executorWorkersEnded(executor, through: step, in: timeline, state: replayer.state(after: step)) == workers
        case let .cancelledByShutdown(step, executor, work):
            return valid(step) && StateQueries.cancelledByShutdown(executor, work: work, through: step, in: timeline)
        case let .resultHandlerDied(wait, callback):
            return StateQueries.resultHandlerDiedBeforeWait(wait, in: events) == callback
        case let .resultHandlerEnded(step, pool, owed):
            guard let end = StateQueries.resultHandlerEnd(exitAt: step, in: events) else { return false }
            return end.pool == pool && end.owed == owed
        case let .forkedFromExecutorThread(step, thread):
            return StateQueries.forkedFromExecutorThread(exitAt: step, in: events) == thread
        case let .inputEOFInChild(step):
            return StateQueries.inputEOFInChild(at: step, in: events)
        case let .semaphoreGoneAtUnpickle(step, parentEndStep):
            return StateQueries.semaphoreGoneAtUnpickle(at: step, in: events)?.parentEndStep == parentEndStep
        case let .notifyFoundNobody(step):
            return StateQueries.notifyFoundNobody(at: step, in: replayer)
        case let .readerClosed(broken, found):
            return StateQueries.closedReader(broken: broken, in: events) == found
        case let .boundMethodPickled(step):
            return StateQueries.boundMethodPickled(at: step, in: events) != nil
        case let .serialGets(step, found):
            return StateQueries.serialGets(at: step, in: events) == found
        case let .callbackKeptResultUnready(getStep, callbackEndStep):
            return StateQueries.callbackKeptResultUnready(getAt: getStep, in: events)?.callbackEnd == callbackEndStep
        case let .proxyCallAfterShutdown(step, shutdownStep, serverEndStep):
            return StateQueries.proxyCallAfterShutdown(at: step, in: events) == .init(shutdown: shutdownStep, serverEnd: serverEndStep)
        case let .childInSendAtJoin(step, sendStep):
            return StateQueries.childSendAtJoinTimeout(step, in: events) == sendStep
        case let .putOnModuleCopy(step, queue, copy):
            guard valid(step) else { return false }
            return StateQueries.putOnModuleCopy(of: queue, before: step + 1, in: events)?.copy == copy
        case let .pipeEndHeld(step, pid, pipe, end):
            guard valid(step) else { return false }
            return StateQueries.heldPipeEnd(pid: pid, pipe: pipe, end: end, at: step, in: replayer) != nil
        case let .barrierShort(step, barrier, waiting):
            guard valid(step) else { return false }
            return StateQueries.shortBarrier(barrier, at: step, in: replayer)?.waiting.count == waiting
        case let .childLeftRunning(exitStep, childPid):
            return StateQueries.childrenLeftRunning(exitAt: exitStep, in: events).contains(childPid)
        case let .childStoppedAtJoin(step, stopStep):
            return StateQueries.childStoppedAtJoinTimeout(step, in: events) == stopStep
        case let .childBlockedAtJoin(step, childPid, since):
            return StateQueries.childBlockedAtJoinTimeout(step, in: replayer).map { $0.pid == childPid && $0.since == since } ?? false
        case let .childForkedByOther(exitStep, childPid, osParentPid):
            return StateQueries.otherOsParent(of: childPid, exitAt: exitStep, in: events) == osParentPid
        case let .checkThenSet(race, count):
            return race.holds(in: events) && (count == 1 || CheckThenSet.all(in: events).count == count)
        case let .callbackHeldResult(hold, count):
            guard StateQueries.callbackHold(resultAt: hold.resultStep, in: events) == hold else { return false }
            return count == 1 || StateQueries.callbackHolds(in: events).count == count
        case let .putDropped(step, queue):
            return valid(step) && events[step].is(.queuePutDropped) && events[step].object == queue
        case let .noWaker(step, pid, thread, object):
            return StateQueries.noWaker(pid: pid, thread: thread, at: step, in: replayer)?.label == object
        case let .interruptedMainEnd(step, pid):
            guard valid(step) else { return false }
            return StateQueries.interruptedMainEnd(pid: pid, before: step, in: events) != nil
        case let .argsStringCall(call):
            return call.holds(in: events)
        case let .queueItemsLeft(queue, puts):
            return !puts.isEmpty && StateQueries.queueLeftovers(in: replayer).contains { $0.queue == queue && $0.puts == puts }
        case let .mainFileGone(step, prepStep):
            return StateQueries.mainFileGone(at: step, in: events)?.prepStep == prepStep
        case let .managerQueueItemsLeft(queue, puts, gets):
            return puts > gets && StateQueries.managerQueueLeftovers(in: replayer).contains { $0.queue == queue && $0.puts.count == puts && $0.gets == gets }
        case let .poolCallbackHeldResult(hold, count):
            guard StateQueries.poolCallbackHold(resultAt: hold.resultStep, in: timeline) == hold else { return false }
            return count == 1 || StateQueries.poolCallbackHolds(in: timeline).count == count
        case let .raisedBeforeAnyPut(step, queue, children):
            return valid(step) && !children.isEmpty && StateQueries.raisedBeforeAnyPut(queue: queue, through: step, in: events).map(\.name) == children
        case let .nonesTakenByOthers(step, queue, waiter, takers):
            return valid(step) && !takers.isEmpty
                && StateQueries.nonesTakenByOthers(queue: queue, waiter: waiter, through: step, in: events).map(\.taker) == takers
        case let .joinedChildRunning(step, joiner, thread, child, count):
            guard valid(step) else { return false }
            let state = replayer.state(after: step)
            return state.processes.contains { $0.pid == child && $0.isAlive } && !state.blocked.contains { $0.pid == child }
                && StateQueries.joinedChildRunning(joiner: joiner, thread: thread, child: child, through: step, in: events)?.events == count
        case let .proxyCallCut(step, sentStep, shutdownStep):
            return StateQueries.proxyCallAfterShutdown(at: step, in: events)?.shutdown == shutdownStep
                && StateQueries.proxyCallSentBefore(at: step, shutdown: shutdownStep, in: events) == sentStep
        case let .staleCheck(race, count):
            return race.holds(in: events) && (count == 1 || StaleCheck.all(in: events).count == count)
        case let .pollBlindToEOF(step, holders):
            return StateQueries.pollBlindToEOF(at: step, in: timeline).map { $0.holders + $0.unpickled } == holders
        case let .recvCopyInFlight(step, holders):
            return StateQueries.copiesInFlight(at: step, in: timeline) == holders
        case let .workersPerSubmit(step, executor, started, submits):
            return StateQueries.workersPerSubmit(executor: executor, through: step, in: events).map { $0.started == started && $0.submits == submits } == true
        case let .recursionLimitNotInherited(step, spawnStep):
            return StateQueries.recursionLimitNotInherited(at: step, in: events)?.spawnStep == spawnStep
        case let .recvEOFPeerEnded(step, endStep):
            return StateQueries.recvEOFPeerEnded(at: step, in: events)?.endStep == endStep
        case let .trackerUnregisteredTwice(found):
            return found.holds(in: timeline)
        case let .joinWithoutExitCode(found):
            return found.holds(in: timeline)
        case let .exitCodeOverwritten(found):
            return found.holds(in: timeline)
        case let .cutMidItem(step, pid, getStep):
            guard valid(step, getStep) else { return false }
            let state = replayer.state(after: step)
            return state.processes.contains { $0.pid == pid && $0.exitCode == -15 } && state.cutAtExit.terminated.contains(pid)
                && state.cutAtExit.taken[pid]?.step == getStep
        case let .tornSweep(object, reads, writes):
            return StateQueries.holdsTornSweep(.init(object: object, reads: reads, writes: writes), in: replayer)
        case let .childInterrupt(step, sender):
            return StateQueries.childInterrupt(at: step, in: events, run: timeline.trailer?.run)?.sender == sender
        }
    }
}
