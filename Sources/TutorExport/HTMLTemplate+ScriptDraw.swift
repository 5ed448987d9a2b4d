import TutorCore
import TutorAnalysis
import TutorTerminal

extension HTMLTemplate {
    /// Bars, event ticks, arrows, note badges and queue depth. Up to `fullDrawLimit` events every element
    /// is made once and only moved when the view changes; above it only what is in view is drawn, one
    /// tick per pixel and lane.
    static let scriptDraw = #"""
    const made = { spans: [], events: [], links: [], notes: [], counters: [] };
    let step = 0;

    function laneOf(ev) { return E.lane[ev]; }
    function anchorY(ev) { return rowY[laneOf(ev)] + rowH * 0.3; }
    function spanBox(s) {
      const y = rowY[s[1]];
      if (s[0] === 'task' || s[0] === 'callback') return [y + 4, rowH * 0.42];
      if (s[0] === 'osState') return [y + rowH * 0.8, rowH * 0.13];
      return [y + rowH * 0.52, rowH * 0.22];
    }
    function linkPath(l) {
      const x1 = x(E.t[l[0]]), y1 = anchorY(l[0]), x2 = x(E.t[l[1]]), y2 = anchorY(l[1]);
      const dx = Math.max(12, Math.abs(x2 - x1) / 2);
      const bow = y1 === y2 ? -rowH * 0.45 : 0;
      return 'M' + x1.toFixed(1) + ',' + y1.toFixed(1) + ' C' + (x1 + dx).toFixed(1) + ',' + (y1 + bow).toFixed(1) + ' '
        + (x2 - dx).toFixed(1) + ',' + (y2 + bow).toFixed(1) + ' ' + x2.toFixed(1) + ',' + y2.toFixed(1);
    }
    function counterPath(c, fromT, toT) {
      const y0 = countersY + D.counters.indexOf(c) * counterH + counterH - 4;
      if (c.max === undefined) { c.max = 1; for (const p of c.points) c.max = Math.max(c.max, p[1]); }
      const scale = (counterH - 10) / c.max;
      let depth = 0, k = 0;
      while (k < c.points.length && c.points[k][0] < fromT) { depth = c.points[k][1]; k++; }
      let d = 'M' + x(Math.max(fromT, 0)).toFixed(1) + ',' + (y0 - depth * scale).toFixed(1);
      for (; k < c.points.length && c.points[k][0] <= toT; k++) {
        d += ' H' + x(c.points[k][0]).toFixed(1) + ' V' + (y0 - c.points[k][1] * scale).toFixed(1);
      }
      return d + ' H' + x(Math.min(toT, D.duration)).toFixed(1);
    }

    function makeSpan(s, i) {
      const r = sv('rect', { class: (s[0] === 'osState' ? 'os-' + s[5] : 'span-' + s[0]) + (s[4] ? ' span-open' : ''), 'data-span': i });
      r.appendChild(sv('title', {}, s[5] + ' · ' + secs(s[2]) + ' → ' + secs(s[3]) + (s[4] ? ' (' + UI.open + ')' : '')));
      return r;
    }
    /** A tick per event (clicks reach it through one listener on its group); above the full-draw limit
     * ticks carry no tooltip, to keep a frame cheap. */
    function makeTick(i) {
      const r = sv('line', { class: 'tick', 'data-event': i });
      if (!LARGE) r.appendChild(sv('title', {}, secs(E.t[i]) + '  ' + E.text[i]));
      return r;
    }
    function makeLink(l, i) {
      const p = sv('path', { class: 'link ' + l[2] + (laneOf(l[0]) === laneOf(l[1]) ? ' same-lane' : ''), 'data-link': i, 'marker-end': 'url(#arrow-' + l[2] + ')' });
      p.appendChild(sv('title', {}, (linkNames[l[2]] || l[2]) + ': ' + l[3]));
      return p;
    }
    function makeNote(n) {
      const g = sv('g', { class: 'note-badge', 'data-note': n[0], role: 'note' });
      g.appendChild(sv('circle', { r: rowH * 0.26 }));
      g.appendChild(sv('text', {}, String(n[0])));
      g.appendChild(sv('title', {}, n[0] + '. ' + n[2]));
      return g;
    }
    /** Badges of one lane never cover each other: each goes right of the one before if they would touch. */
    function placeNote(g, n, lastX) {
      const lane = laneOf(n[1]), px = Math.max(x(E.t[n[1]]), (lastX.get(lane) ?? -1e9) + rowH * 0.55);
      lastX.set(lane, px);
      g.setAttribute('transform', 'translate(' + px.toFixed(1) + ',' + (anchorY(n[1]) - rowH * 0.02).toFixed(1) + ')');
      g.firstChild.setAttribute('r', rowH * 0.26);
    }

    let linkTimer = 0;
    function placeLinks() {
      D.links.forEach((l, i) => { if (!made.links[i].hasAttribute('display')) made.links[i].setAttribute('d', linkPath(l)); });
      G.links.removeAttribute('display');
    }
    /** Queue depth in time units, for the scaled group. */
    function counterData(c) {
      const y0 = countersY + D.counters.indexOf(c) * counterH + counterH - 4;
      if (c.max === undefined) { c.max = 1; for (const p of c.points) c.max = Math.max(c.max, p[1]); }
      const scale = (counterH - 10) / c.max;
      let d = 'M0,' + y0;
      for (const p of c.points) d += ' H' + p[0] + ' V' + (y0 - p[1] * scale).toFixed(1);
      return d + ' H' + D.duration;
    }

    /** Full mode: every element once. */
    function build() {
      D.spans.forEach((s, i) => {
        const r = makeSpan(s, i);
        r.setAttribute('x', s[2]); r.setAttribute('width', Math.max(s[3] - s[2], 1e-3));
        (s[0] === 'osState' ? G.sOs : G.sSpans).appendChild(r);
        made.spans.push(r);
      });
      // Ticks: one path per lane (thousands of stroked lines cost too much to paint), and one element for the
      // current step's event.
      made.ticks = D.lanes.map((lane, i) => { const p = sv('path', { class: 'tick-path', 'data-lane-ticks': i }); G.sEvents.appendChild(p); return p; });
      made.current = makeTick(0);
      made.current.classList.add('current');
      G.sEvents.appendChild(made.current);
      D.links.forEach((l, i) => { const p = makeLink(l, i); G.links.appendChild(p); made.links.push(p); });
      D.notes.forEach((n) => { const g = makeNote(n); G.notes.appendChild(g); made.notes.push(g); });
      D.counters.forEach((c, i) => {
        const g = sv('g', { class: 'counter', 'data-counter': i });
        g.appendChild(sv('path'));
        g.appendChild(sv('title', {}, UI.queueDepth + ' ' + c.label));
        G.sCounters.appendChild(g);
        made.counters.push(g);
      });
    }

    /** Full mode: the current step's tick, in time units. */
    function placeCurrent() {
      const r = made.current, y = rowY[E.lane[step]];
      if (!r || N === 0) return;
      r.setAttribute('data-event', step);
      if (y < 0) { r.setAttribute('display', 'none'); return; }
      r.removeAttribute('display');
      r.setAttribute('x1', E.t[step]); r.setAttribute('x2', E.t[step]);
      r.setAttribute('y1', y + 1); r.setAttribute('y2', (y + 5 + rowH * 0.55).toFixed(1));
      r.firstChild.textContent = secs(E.t[step]) + '  ' + E.text[step];
    }

    /** Full mode: lay every element out again after the lanes moved (helpers, large type, resize). */
    function relayout() {
      if (LARGE) return;
      D.spans.forEach((s, i) => {
        const r = made.spans[i];
        if (rowY[s[1]] < 0) { r.setAttribute('display', 'none'); return; }
        const [y, h] = spanBox(s);
        r.removeAttribute('display'); r.setAttribute('y', y.toFixed(1)); r.setAttribute('height', h.toFixed(1));
      });
      const paths = D.lanes.map(() => []);
      for (let i = 0; i < N; i++) {
        const y = rowY[E.lane[i]];
        if (y >= 0) paths[E.lane[i]].push('M' + E.t[i] + ',' + (y + 3) + 'v' + (rowH * 0.55).toFixed(1));
      }
      made.ticks.forEach((p, lane) => { if (paths[lane].length) p.setAttribute('d', paths[lane].join('')); else p.removeAttribute('d'); });
      placeCurrent();
      D.counters.forEach((c, i) => made.counters[i].firstChild.setAttribute('d', counterData(c)));
      D.links.forEach((l, i) => {
        if (rowY[laneOf(l[0])] < 0 || rowY[laneOf(l[1])] < 0) made.links[i].setAttribute('display', 'none');
        else made.links[i].removeAttribute('display');
      });
      D.notes.forEach((n, k) => {
        if (rowY[laneOf(n[1])] < 0) made.notes[k].setAttribute('display', 'none'); else made.notes[k].removeAttribute('display');
      });
    }

    /** Moves (full mode) or redraws (large mode) everything for the current view. */
    function update() {
      if (LARGE) drawInView();
      else {
        const k = (width - labelW - 12) / (view.t1 - view.t0);
        G.scaled.setAttribute('transform', 'translate(' + (labelW - view.t0 * k) + ',0) scale(' + k + ',1)');
        const lastX = new Map();
        D.notes.forEach((n, i) => placeNote(made.notes[i], n, lastX));
        // Many arrows are laid out once the view stops moving, not on every frame of a zoom.
        clearTimeout(linkTimer);
        if (D.links.length <= 1500) placeLinks();
        else { G.links.setAttribute('display', 'none'); linkTimer = setTimeout(placeLinks, 150); }
      }
      G.cursorLine.setAttribute('x1', x(E.t[step] || 0)); G.cursorLine.setAttribute('x2', x(E.t[step] || 0));
    }

    /** Large mode: items bucketed by time (an item sits in every bucket its time range touches), so a
     * frame visits only the buckets in view. Returns a function giving the items overlapping [t0, t1]. */
    function timeIndex(count, range) {
      const B = 512, buckets = Array.from({ length: B }, () => []);
      const at = (t) => Math.max(0, Math.min(B - 1, Math.floor(t / D.duration * B)));
      for (let i = 0; i < count; i++) {
        const [a, b] = range(i);
        for (let k = at(a); k <= at(b); k++) buckets[k].push(i);
      }
      const stamp = new Uint32Array(count);
      let frame = 0;
      return (t0, t1) => {
        frame++;
        const found = [];
        for (let k = at(t0); k <= at(t1); k++) {
          for (const i of buckets[k]) {
            if (stamp[i] === frame) continue;
            stamp[i] = frame;
            const [a, b] = range(i);
            if (b >= t0 && a <= t1) found.push(i);
          }
        }
        return found.sort((x, y) => x - y);
      };
    }
    let spansInView = null, linksInView = null;

    /** Large mode: only what is in view, as one path per lane for the ticks and one per lane and kind for
     * the bars (at most one tick per 3 pixels), so a frame costs a few hundred elements whatever the run. */
    function drawInView() {
      ['spans', 'os', 'events', 'links', 'notes', 'counters'].forEach((g) => clear(G[g]));
      let lo = 0, hi = N;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (E.t[mid] < view.t0) lo = mid + 1; else hi = mid; }
      const lastPx = new Map(), tickPaths = new Map();
      for (let i = lo; i < N && E.t[i] <= view.t1; i++) {
        const lane = E.lane[i];
        if (rowY[lane] < 0) continue;
        const px = Math.round(x(E.t[i]));
        if (lastPx.has(lane) && px - lastPx.get(lane) < 3) continue;
        lastPx.set(lane, px);
        tickPaths.set(lane, (tickPaths.get(lane) || '') + 'M' + px + ',' + (rowY[lane] + 3) + 'v' + (rowH * 0.55).toFixed(1));
      }
      tickPaths.forEach((d, lane) => G.events.appendChild(sv('path', { class: 'tick-path', 'data-lane-ticks': lane, d: d })));
      if (N > 0 && rowY[E.lane[step]] >= 0 && visible(E.t[step], E.t[step])) {
        const r = makeTick(step);
        r.setAttribute('x1', x(E.t[step])); r.setAttribute('x2', x(E.t[step]));
        r.setAttribute('y1', rowY[E.lane[step]] + 3); r.setAttribute('y2', (rowY[E.lane[step]] + 3 + rowH * 0.55).toFixed(1));
        r.classList.add('current');
        G.events.appendChild(r);
      }
      if (!spansInView) {
        spansInView = timeIndex(D.spans.length, (i) => [D.spans[i][2], D.spans[i][3]]);
        linksInView = timeIndex(D.links.length, (i) => [E.t[D.links[i][0]], E.t[D.links[i][1]]]);
      }
      const spanPx = new Map(), spanPaths = new Map();
      for (const k of spansInView(view.t0, view.t1)) {
        const s = D.spans[k];
        if (rowY[s[1]] < 0) continue;
        const x0 = Math.max(labelW - 4, x(s[2])), w = Math.max(1, Math.min(width, x(s[3])) - x0), key = s[1] + ' ' + s[0] + ' ' + (s[0] === 'osState' ? s[5] : '');
        if (w < 2 && spanPx.has(key) && x0 - spanPx.get(key) < 2) continue;
        spanPx.set(key, x0);
        const [y, h] = spanBox(s);
        spanPaths.set(key, (spanPaths.get(key) || '') + 'M' + x0.toFixed(1) + ',' + y.toFixed(1) + 'h' + w.toFixed(1) + 'v' + h.toFixed(1) + 'h' + (-w).toFixed(1) + 'z');
      }
      spanPaths.forEach((d, key) => {
        const [, kind, state] = key.split(' ');
        (kind === 'osState' ? G.os : G.spans).appendChild(sv('path', { class: kind === 'osState' ? 'os-' + state : 'span-' + kind, d: d }));
      });
      let drawn = 0;
      for (const i of linksInView(view.t0, view.t1)) {
        if (drawn >= 600) break;
        const l = D.links[i];
        if (rowY[laneOf(l[0])] < 0 || rowY[laneOf(l[1])] < 0) continue;
        const p = makeLink(l, i);
        p.setAttribute('d', linkPath(l));
        if (l[0] === step || l[1] === step) p.classList.add('current');
        G.links.appendChild(p);
        drawn++;
      }
      const lastX = new Map();
      D.notes.forEach((n) => {
        if (rowY[laneOf(n[1])] < 0 || !visible(E.t[n[1]], E.t[n[1]])) return;
        const g = makeNote(n); placeNote(g, n, lastX); G.notes.appendChild(g);
      });
      D.counters.forEach((c, i) => {
        const g = sv('g', { class: 'counter', 'data-counter': i });
        g.appendChild(sv('path', { d: counterPath(c, view.t0, view.t1) }));
        G.counters.appendChild(g);
      });
    }

    """#
}
