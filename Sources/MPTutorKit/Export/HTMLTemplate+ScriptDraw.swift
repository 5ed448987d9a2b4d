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
    function makeTick(i) {
      const r = sv('rect', { class: 'tick', 'data-event': i, width: 2 });
      r.appendChild(sv('title', {}, secs(E.t[i]) + '  ' + E.text[i]));
      r.addEventListener('click', () => setStep(i, false));
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
      g.addEventListener('click', () => setStep(n[1], true));
      return g;
    }
    /** Badges of one lane never cover each other: each goes right of the one before if they would touch. */
    function placeNote(g, n, lastX) {
      const lane = laneOf(n[1]), px = Math.max(x(E.t[n[1]]), (lastX.get(lane) ?? -1e9) + rowH * 0.55);
      lastX.set(lane, px);
      g.setAttribute('transform', 'translate(' + px.toFixed(1) + ',' + (anchorY(n[1]) - rowH * 0.02).toFixed(1) + ')');
      g.firstChild.setAttribute('r', rowH * 0.26);
    }

    /** Full mode: every element once. */
    function build() {
      D.spans.forEach((s, i) => { const r = makeSpan(s, i); (s[0] === 'osState' ? G.os : G.spans).appendChild(r); made.spans.push(r); });
      for (let i = 0; i < N; i++) { const r = makeTick(i); G.events.appendChild(r); made.events.push(r); }
      D.links.forEach((l, i) => { const p = makeLink(l, i); G.links.appendChild(p); made.links.push(p); });
      D.notes.forEach((n) => { const g = makeNote(n); G.notes.appendChild(g); made.notes.push(g); });
      D.counters.forEach((c, i) => {
        const g = sv('g', { class: 'counter', 'data-counter': i });
        g.appendChild(sv('path'));
        g.appendChild(sv('title', {}, UI.queueDepth + ' ' + c.label));
        G.counters.appendChild(g);
        made.counters.push(g);
      });
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
      for (let i = 0; i < N; i++) {
        const r = made.events[i];
        if (rowY[E.lane[i]] < 0) { r.setAttribute('display', 'none'); continue; }
        r.removeAttribute('display'); r.setAttribute('y', rowY[E.lane[i]] + 3); r.setAttribute('height', (rowH * 0.55).toFixed(1));
      }
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
        D.spans.forEach((s, i) => {
          const r = made.spans[i], x0 = x(s[2]);
          r.setAttribute('x', x0.toFixed(1)); r.setAttribute('width', Math.max(1, x(s[3]) - x0).toFixed(1));
        });
        for (let i = 0; i < N; i++) made.events[i].setAttribute('x', (x(E.t[i]) - 1).toFixed(1));
        D.links.forEach((l, i) => { if (!made.links[i].hasAttribute('display')) made.links[i].setAttribute('d', linkPath(l)); });
        const lastX = new Map();
        D.notes.forEach((n, k) => placeNote(made.notes[k], n, lastX));
        D.counters.forEach((c, i) => made.counters[i].firstChild.setAttribute('d', counterPath(c, -Infinity, Infinity)));
      }
      G.cursorLine.setAttribute('x1', x(E.t[step] || 0)); G.cursorLine.setAttribute('x2', x(E.t[step] || 0));
    }

    /** Large mode: only what is in view, at most one tick per pixel and lane. */
    function drawInView() {
      ['spans', 'os', 'events', 'links', 'notes', 'counters'].forEach((g) => clear(G[g]));
      let lo = 0, hi = N;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (E.t[mid] < view.t0) lo = mid + 1; else hi = mid; }
      const lastPx = new Map();
      for (let i = lo; i < N && E.t[i] <= view.t1; i++) {
        const lane = E.lane[i];
        if (rowY[lane] < 0) continue;
        const px = Math.round(x(E.t[i]));
        if (lastPx.get(lane) === px && i !== step) continue;
        lastPx.set(lane, px);
        const r = makeTick(i);
        r.setAttribute('x', px - 1); r.setAttribute('y', rowY[lane] + 3); r.setAttribute('height', (rowH * 0.55).toFixed(1));
        if (i === step) r.classList.add('current');
        G.events.appendChild(r);
      }
      const spanPx = new Map();
      D.spans.forEach((s, i) => {
        if (rowY[s[1]] < 0 || !visible(s[2], s[3])) return;
        const x0 = x(s[2]), w = x(s[3]) - x0, key = s[1] + s[0];
        if (w < 1 && spanPx.get(key) === Math.round(x0)) return;
        spanPx.set(key, Math.round(x0));
        const r = makeSpan(s, i), [y, h] = spanBox(s);
        r.setAttribute('x', x0.toFixed(1)); r.setAttribute('width', Math.max(1, w).toFixed(1));
        r.setAttribute('y', y.toFixed(1)); r.setAttribute('height', h.toFixed(1));
        (s[0] === 'osState' ? G.os : G.spans).appendChild(r);
      });
      let drawn = 0;
      for (let i = 0; i < D.links.length && drawn < 2000; i++) {
        const l = D.links[i];
        if (rowY[laneOf(l[0])] < 0 || rowY[laneOf(l[1])] < 0 || !visible(E.t[l[0]], E.t[l[1]])) continue;
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
