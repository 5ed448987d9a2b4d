import TutorCore
import TutorAnalysis
import TutorTerminal

extension HTMLTemplate {
    /// The chart's geometry: rows per lane, the time axis, zoom and pan.
    static let scriptChart = #"""
    const chart = $('chart');
    const G = {};
    let showHelpers = false;
    let labelW = 230, rowH = 34, axisH = 26, counterH = 40, width = 1000;
    const view = { t0: 0, t1: D.duration };
    const rowY = new Array(D.lanes.length).fill(-1);
    let countersY = 0, height = 100;
    let pending = false;

    function setupChart() {
      const defs = sv('defs');
      for (const kind in linkNames) {
        const m = sv('marker', { id: 'arrow-' + kind, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
        m.appendChild(sv('path', { d: 'M0,0 L10,5 L0,10 z', style: 'fill:var(--' + (kind === 'task' ? 'task-link' : kind) + ')' }));
        defs.appendChild(m);
      }
      G.clip = sv('rect', { x: 0, y: 0, width: 10, height: 10 });
      const clip = sv('clipPath', { id: 'plot' });
      clip.appendChild(G.clip);
      defs.appendChild(clip);
      chart.appendChild(defs);
      ['lanes', 'axis', 'plot', 'os', 'spans', 'counters', 'events', 'links', 'notes', 'cursor'].forEach((name) => {
        G[name] = sv('g', name === 'lanes' ? { class: name } : { class: name, 'clip-path': 'url(#plot)' });
        chart.appendChild(G[name]);
      });
      // Full mode: bars, ticks and queue depth sit in one group in time units (µs); zoom and pan change
      // only its transform, with strokes that keep their width.
      G.scaled = sv('g', { class: 'scaled' });
      G.plot.appendChild(G.scaled);
      ['sOs', 'sSpans', 'sCounters', 'sEvents'].forEach((name) => { G[name] = sv('g'); G.scaled.appendChild(G[name]); });
      // One listener per group: ticks and badges made and dropped while zooming need none of their own.
      const onTick = (ev) => {
        const i = ev.target.getAttribute('data-event');
        if (i !== null) { setStep(Number(i), false); return; }
        const lane = ev.target.getAttribute('data-lane-ticks');
        if (lane !== null) setStep(nearestEvent(Number(lane), tAt(ev.clientX - chart.getBoundingClientRect().left)), false);
      };
      G.events.addEventListener('click', onTick);
      G.sEvents.addEventListener('click', onTick);
      G.notes.addEventListener('click', (ev) => {
        const g = ev.target.closest('[data-note]');
        if (g) setStep(D.notes[Number(g.getAttribute('data-note')) - 1][1], true);
      });
      G.cursorLine = sv('line', { class: 'cursor', y1: 0 });
      G.cursor.appendChild(G.cursorLine);
    }

    function measure() {
      const large = document.body.classList.contains('large');
      rowH = large ? 50 : 34;
      labelW = large ? 320 : 230;
      counterH = large ? 56 : 40;
      axisH = large ? 34 : 26;
      width = Math.max(400, $('chart-wrap').clientWidth || 1000);
      let y = axisH;
      D.lanes.forEach((lane, i) => {
        if (lane.helper && !showHelpers) { rowY[i] = -1; return; }
        rowY[i] = y;
        y += rowH;
      });
      countersY = y;
      height = y + D.counters.length * counterH + 6;
      chart.setAttribute('width', width);
      chart.setAttribute('height', height);
      chart.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
      G.cursorLine.setAttribute('y2', height);
      G.clip.setAttribute('x', labelW - 4);
      G.clip.setAttribute('width', width - labelW + 4);
      G.clip.setAttribute('height', height);
    }

    function x(t) { return labelW + (t - view.t0) / (view.t1 - view.t0) * (width - labelW - 12); }
    function tAt(px) { return view.t0 + (px - labelW) / (width - labelW - 12) * (view.t1 - view.t0); }
    /** The event of `lane` closest in time to `t` (large mode, where ticks are drawn as one path). */
    function nearestEvent(lane, t) {
      let lo = 0, hi = N;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (E.t[mid] < t) lo = mid + 1; else hi = mid; }
      let best = -1;
      for (let d = 0; d < N && best < 0; d++) {
        for (const i of [lo - d, lo + d]) if (i >= 0 && i < N && E.lane[i] === lane) { best = i; break; }
      }
      return best < 0 ? step : best;
    }
    function visible(t0, t1) { return t1 >= view.t0 && t0 <= view.t1; }

    /** Lane rows with their labels (HTML-safe: textContent), drawn once per layout. */
    function drawLanes() {
      clear(G.lanes);
      G.lanes.appendChild(sv('text', { x: 6, y: axisH - 8, class: 'axis-title' }, UI.time + ' (' + UI.seconds + ')'));
      D.lanes.forEach((lane, i) => {
        if (rowY[i] < 0) return;
        const g = sv('g', { class: 'lane' + (lane.helper ? ' helper' : ''), 'data-lane': i, 'aria-label': lane.label + (lane.lost ? ' ' + lane.lost : '') });
        g.appendChild(sv('rect', { class: 'row', x: 0, y: rowY[i], width: width, height: rowH }));
        g.appendChild(sv('text', { x: 6, y: rowY[i] + rowH / 2 + (lane.lost ? -2 : 4) }, lane.label));
        // A process's lost events under its name: the record says how many, not when, so no place on the time axis.
        if (lane.lost) {
          const t = sv('text', { x: 6, y: rowY[i] + rowH - 4, class: 'lane-lost', 'data-lane-lost': i }, lane.lostShort);
          t.appendChild(sv('title', {}, lane.lost));
          g.appendChild(t);
        }
        G.lanes.appendChild(g);
      });
      D.counters.forEach((c, i) => {
        const g = sv('g', { class: 'lane counter-lane', 'data-counter-lane': i });
        g.appendChild(sv('rect', { class: 'row', x: 0, y: countersY + i * counterH, width: width, height: counterH }));
        g.appendChild(sv('text', { x: 6, y: countersY + i * counterH + counterH / 2 + 4 }, UI.queueDepth + ' ' + c.label));
        G.lanes.appendChild(g);
      });
    }

    function drawAxis() {
      clear(G.axis);
      const span = view.t1 - view.t0;
      const raw = span / Math.max(2, (width - labelW) / 110);
      const p = Math.pow(10, Math.floor(Math.log10(raw)));
      const stepUs = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) || raw;
      const digits = Math.max(0, Math.min(6, -Math.floor(Math.log10(stepUs / 1e6))));
      for (let t = Math.ceil(view.t0 / stepUs) * stepUs; t <= view.t1; t += stepUs) {
        const px = x(t);
        G.axis.appendChild(sv('line', { x1: px, x2: px, y1: axisH - 4, y2: height }));
        G.axis.appendChild(sv('text', { x: px + 2, y: axisH - 8 }, (t / 1e6).toFixed(digits)));
      }
    }

    function zoom(factor, centerT) {
      const c = centerT === undefined ? (view.t0 + view.t1) / 2 : centerT;
      const span = Math.min(D.duration * 1.05, Math.max(2, (view.t1 - view.t0) * factor));
      const frac = (c - view.t0) / (view.t1 - view.t0);
      view.t0 = c - frac * span;
      view.t1 = view.t0 + span;
      redraw();
    }
    function pan(dt) { view.t0 += dt; view.t1 += dt; redraw(); }
    function fit() { view.t0 = -D.duration * 0.01; view.t1 = D.duration * 1.01; redraw(); }

    function setupZoomPan() {
      $('zoom-in').addEventListener('click', () => zoom(0.5));
      $('zoom-out').addEventListener('click', () => zoom(2));
      $('fit').addEventListener('click', fit);
      chart.addEventListener('wheel', (ev) => {
        ev.preventDefault();
        const r = chart.getBoundingClientRect();
        if (ev.shiftKey) pan((ev.deltaY + ev.deltaX) / width * (view.t1 - view.t0));
        else zoom(ev.deltaY > 0 ? 1.25 : 0.8, tAt(ev.clientX - r.left));
      }, { passive: false });
      let drag = null;
      chart.addEventListener('pointerdown', (ev) => { drag = { x: ev.clientX, t0: view.t0, t1: view.t1 }; chart.setPointerCapture(ev.pointerId); });
      chart.addEventListener('pointermove', (ev) => {
        if (!drag) return;
        const dt = (drag.x - ev.clientX) / (width - labelW - 12) * (drag.t1 - drag.t0);
        view.t0 = drag.t0 + dt; view.t1 = drag.t1 + dt;
        redraw();
      });
      chart.addEventListener('pointerup', () => { drag = null; });
      window.addEventListener('resize', () => layout());
    }

    /** Redraws at most once per frame, however many zoom or pan events arrive. */
    function redraw() {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => { pending = false; drawAxis(); update(); });
    }

    function layout() {
      measure();
      drawLanes();
      drawAxis();
      relayout();
      update();
    }

    """#
}
