/*
 * The review page: plain browser JavaScript, no build. Every string from a
 * scraped page reaches the DOM through textContent or an input's value,
 * never innerHTML. Keys: a accept, x reject, Space skip, u undo.
 */
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const state = { claimTtlMs: 600000, lastActivity: Date.now(), csrf: '', reviewer: '', penaltyTypes: [], codeKinds: [], view: null, skipped: [], dirty: false, busy: false };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'className') node.className = v;
      else if (k === 'text') node.textContent = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return node;
  }

  let toastTimer = 0;
  function toast(message, isError) {
    const t = $('toast');
    t.textContent = message;
    t.className = 'show' + (isError ? ' error' : '');
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => (t.className = ''), isError ? 5000 : 1800);
  }

  async function api(method, url, body) {
    const init = { method, headers: { accept: 'application/json' }, credentials: 'same-origin' };
    if (method !== 'GET') {
      init.headers['content-type'] = 'application/json';
      init.headers['x-csrf-token'] = state.csrf;
      init.body = JSON.stringify(body || {});
    }
    const res = await fetch(url, init);
    const data = await res.json().catch(() => ({}));
    if (!res.ok) {
      const err = new Error((data.error && data.error.message) || res.statusText);
      err.status = res.status;
      err.code = data.error && data.error.code;
      throw err;
    }
    return data;
  }

  // ---- filters and queue ----

  function filterValues() {
    const out = {};
    for (const [k, v] of new FormData($('filters')).entries()) if (v !== '') out[k] = String(v);
    return out;
  }

  function fillSelect(select, values) {
    const current = select.value;
    while (select.options.length > 1) select.remove(1);
    for (const v of values) select.append(el('option', { value: v, text: v.replace(/_/g, ' ') }));
    select.value = values.includes(current) ? current : '';
  }

  async function refreshQueue() {
    const params = new URLSearchParams(filterValues());
    const data = await api('GET', '/api/queue?' + params.toString());
    const f = $('filters');
    fillSelect(f.elements.sourceId, data.facets.sources);
    fillSelect(f.elements.country, data.facets.countries);
    fillSelect(f.elements.penaltyType, data.facets.penaltyTypes);
    $('queue-total').textContent = data.total + ' pending';
    const list = $('queue-list');
    list.replaceChildren();
    for (const r of data.records) {
      const current = state.view && state.view.stored.record.id === r.id;
      const meta = [r.date || 'no date', 'conf ' + r.confidence.toFixed(2), r.penalties.join(', ').replace(/_/g, ' '), r.country].filter(Boolean).join(' · ');
      list.append(
        el('li', { className: (current ? 'current' : '') + (r.claimedByOther ? ' held' : ''), 'data-id': r.id, title: r.claimedByOther ? 'another analyst has this record' : null, onclick: () => openRecord(r.id) },
          el('div', { className: 'q-name', text: r.person }),
          el('div', { className: 'q-meta', text: meta }),
        ),
      );
    }
  }

  // ---- the record view ----

  function renderParagraph(p) {
    const cuts = new Set([0, p.text.length]);
    for (const m of p.marks) (cuts.add(m.start), cuts.add(m.end));
    const points = [...cuts].filter((c) => c >= 0 && c <= p.text.length).sort((a, b) => a - b);
    const para = el('p');
    for (let i = 0; i + 1 < points.length; i++) {
      const [s, e] = [points[i], points[i + 1]];
      const piece = p.text.slice(s, e);
      const kinds = [...new Set(p.marks.filter((m) => m.start <= s && m.end >= e).map((m) => m.kind))];
      para.append(kinds.length ? el('span', { className: kinds.map((k) => 'm-' + k).join(' '), text: piece }) : document.createTextNode(piece));
    }
    return para;
  }

  function parseDuration(iso) {
    const out = { Y: '', M: '', W: '', D: '', H: '' };
    const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?)?$/.exec(iso || '');
    if (m) [out.Y, out.M, out.W, out.D, out.H] = [m[1] || '', m[2] || '', m[3] || '', m[4] || '', m[5] || ''];
    return out;
  }

  function buildDuration(parts) {
    const n = (v) => (v && Number(v) > 0 ? String(Number(v)) : '');
    const date = (n(parts.Y) && n(parts.Y) + 'Y') + (n(parts.M) && n(parts.M) + 'M') + (n(parts.W) && n(parts.W) + 'W') + (n(parts.D) && n(parts.D) + 'D');
    const time = n(parts.H) ? 'T' + n(parts.H) + 'H' : '';
    return date || time ? 'P' + date + time : null;
  }

  function selectOf(name, values, current) {
    const s = el('select', { name });
    for (const v of values) s.append(el('option', { value: v, text: v.replace(/_/g, ' ') }));
    s.value = current;
    return s;
  }

  function chargeRow(c) {
    const row = el('div', { className: 'row charge' },
      el('label', {}, 'Article', el('input', { name: 'article', className: 'art', value: c.article })),
      el('label', {}, 'Part', el('input', { name: 'part', className: 'num', value: c.part || '' })),
      el('label', {}, 'Code', selectOf('code', state.codeKinds, c.code)),
      el('label', {}, 'Label', el('input', { name: 'label', value: c.label || '' })),
      el('button', { type: 'button', text: '×', title: 'remove charge', onclick: () => (row.remove(), markDirty()) }),
    );
    return row;
  }

  function penaltyRow(p) {
    const d = parseDuration(p.duration);
    const num = (name, label, value) => el('label', {}, label, el('input', { name, className: 'num', type: 'number', min: '0', value }));
    const row = el('div', { className: 'row penalty' },
      el('label', {}, 'Type', selectOf('type', state.penaltyTypes, p.type)),
      num('years', 'Years', d.Y), num('months', 'Months', d.M), num('weeks', 'Weeks', d.W), num('days', 'Days', d.D), num('hours', 'Hours', d.H),
      el('label', {}, 'Amount', el('input', { name: 'amount', className: 'art', type: 'number', min: '0', step: 'any', value: p.amount === null ? '' : String(p.amount) })),
      el('label', {}, 'Currency', el('input', { name: 'currency', className: 'num', maxlength: '3', value: p.currency || '' })),
      el('label', {}, 'Inferred', el('input', { name: 'inferred', type: 'checkbox', checked: p.inferred })),
      el('button', { type: 'button', text: '×', title: 'remove penalty', onclick: () => (row.remove(), markDirty()) }),
    );
    return row;
  }

  function markDirty() {
    state.dirty = true;
  }

  function showRecord(view) {
    state.view = view;
    state.dirty = false;
    hideReject();
    $('empty').hidden = !!view;
    $('record').hidden = !view;
    if (!view) return;
    const s = view.stored;
    const r = s.record;
    $('rec-person').textContent = r.person.name;
    const role = $('rec-role');
    role.hidden = !view.role;
    role.textContent = view.role ? view.role.replace(/_/g, ' ') : '';
    const status = $('rec-status');
    status.textContent = s.status;
    status.className = 'status ' + s.status;
    $('rec-confidence').textContent = 'confidence ' + r.confidence.toFixed(2) + (s.reason ? ' · reason: ' + s.reason : '');
    const link = $('rec-source');
    link.textContent = view.source.title || view.source.url || 'unknown source';
    if (view.source.safeUrl) link.setAttribute('href', view.source.safeUrl);
    else link.removeAttribute('href');
    $('rec-source-meta').textContent = [view.source.published && 'published ' + view.source.published, view.source.url && view.source.title ? view.source.url : null].filter(Boolean).join(' · ');
    $('evidence').replaceChildren(...view.paragraphs.map(renderParagraph));
    renderPersonRecords(view);
    const f = $('edit');
    f.elements.name.value = r.person.name;
    f.elements.descriptor.value = r.person.descriptor || '';
    f.elements.court.value = r.court || '';
    f.elements.date.value = r.date || '';
    $('charges').replaceChildren(...r.charges.map(chargeRow));
    $('penalties').replaceChildren(...r.penalties.map(penaltyRow));
    for (const li of $('queue-list').children) li.classList.toggle('current', li.getAttribute('data-id') === r.id);
  }

  // The same person in other articles: a short timeline under the evidence.
  function renderPersonRecords(view) {
    const p = view.person;
    const box = $('person-records');
    box.hidden = !p || p.records.length < 2;
    if (box.hidden) return;
    $('person-records-title').textContent = p.name + ' in ' + p.records.length + ' records' + (p.names.length > 1 ? ' (also written ' + p.names.filter((n) => n !== p.name).join(', ') + ')' : '');
    $('person-records-rows').replaceChildren(
      ...p.records.map((r) =>
        el('tr', { className: r.id === view.stored.record.id ? 'this' : '' },
          el('td', { text: r.date || 'no date' }),
          el('td', { text: r.status }),
          el('td', { text: r.court || '' }),
          el('td', { text: r.penalties.map((x) => [x.type.replace(/_/g, ' '), x.duration, x.amount !== null ? x.amount + ' ' + (x.currency || '') : null].filter(Boolean).join(' ')).join('; ') }),
        ),
      ),
    );
  }

  const nullIfBlank = (v) => (String(v).trim() === '' ? null : String(v).trim());

  function editedRecord() {
    const base = state.view.stored.record;
    const f = $('edit');
    const charges = [...$('charges').querySelectorAll('.charge')].map((row) => ({
      article: row.querySelector('[name=article]').value.trim(),
      part: nullIfBlank(row.querySelector('[name=part]').value),
      code: row.querySelector('[name=code]').value,
      label: nullIfBlank(row.querySelector('[name=label]').value),
    })).filter((c) => c.article);
    const penalties = [...$('penalties').querySelectorAll('.penalty')].map((row) => {
      const v = (n) => row.querySelector('[name=' + n + ']').value;
      const amount = nullIfBlank(v('amount'));
      return {
        type: v('type'),
        duration: buildDuration({ Y: v('years'), M: v('months'), W: v('weeks'), D: v('days'), H: v('hours') }),
        amount: amount === null ? null : Number(amount),
        currency: nullIfBlank(v('currency')) && v('currency').trim().toUpperCase(),
        inferred: row.querySelector('[name=inferred]').checked,
      };
    });
    return Object.assign({}, base, {
      person: { name: f.elements.name.value.trim() || base.person.name, descriptor: nullIfBlank(f.elements.descriptor.value) },
      court: nullIfBlank(f.elements.court.value),
      date: nullIfBlank(f.elements.date.value),
      charges,
      penalties,
    });
  }

  async function guarded(work) {
    if (state.busy) return;
    state.busy = true;
    try {
      await work();
    } catch (err) {
      toast(err.message || String(err), true);
      if (err.code === 'claim-held') await next();
    } finally {
      state.busy = false;
    }
  }

  async function next() {
    const data = await api('POST', '/api/next', { exclude: state.skipped, filter: filterValues() });
    if (!data.view && state.skipped.length) {
      // Only skipped records are left: offer them again.
      state.skipped = [];
      const again = await api('POST', '/api/next', { exclude: [], filter: filterValues() });
      showRecord(again.view);
    } else {
      showRecord(data.view);
    }
    refreshQueue().catch((err) => toast(err.message, true));
  }

  function decide(action, reason) {
    return guarded(async () => {
      if (!state.view) return;
      const id = state.view.stored.record.id;
      const body = { action, reason: reason || null };
      if (state.dirty) body.record = editedRecord();
      await api('POST', '/api/records/' + encodeURIComponent(id) + '/decision', body);
      toast((action === 'accept' ? 'Accepted ' : 'Rejected ') + state.view.stored.record.person.name);
      await next();
    });
  }

  function skip() {
    return guarded(async () => {
      if (!state.view) return;
      state.skipped.push(state.view.stored.record.id);
      await next();
    });
  }

  function undo() {
    return guarded(async () => {
      const data = await api('POST', '/api/undo', {});
      if (!data.view) return toast('Nothing to undo');
      state.skipped = state.skipped.filter((id) => id !== data.view.stored.record.id);
      showRecord(data.view);
      toast('Undone: ' + data.view.stored.record.person.name + ' is ' + data.view.stored.status + ' again');
      refreshQueue().catch(() => undefined);
    });
  }

  function save() {
    return guarded(async () => {
      if (!state.view) return;
      const data = await api('POST', '/api/records/' + encodeURIComponent(state.view.stored.record.id) + '/edit', { record: editedRecord() });
      showRecord(data.view);
      toast('Saved');
    });
  }

  function openRecord(id) {
    return guarded(async () => {
      const data = await api('POST', '/api/records/' + encodeURIComponent(id) + '/claim', {});
      showRecord(data.view);
      refreshQueue().catch(() => undefined);
    });
  }

  function showReject() {
    if (!state.view) return;
    $('reject-box').hidden = false;
    $('reject-reason').value = '';
    $('reject-reason').focus();
  }

  function hideReject() {
    $('reject-box').hidden = true;
  }

  // ---- people ----

  async function refreshPeople() {
    const [{ proposals }, { persons }] = await Promise.all([api('GET', '/api/merge-proposals'), api('GET', '/api/persons?' + new URLSearchParams({ name: $('person-search').value }))]);
    const badge = $('proposal-count');
    badge.hidden = proposals.length === 0;
    badge.textContent = String(proposals.length);
    $('proposals').replaceChildren(
      ...proposals.map((p) =>
        el('li', {},
          el('strong', { text: p.nameA }), ' (' + p.recordsA + ') and ', el('strong', { text: p.nameB }), ' (' + p.recordsB + ') ',
          el('button', { type: 'button', text: 'Same person', onclick: () => decideMerge(p, true) }),
          ' ',
          el('button', { type: 'button', text: 'Different people', onclick: () => decideMerge(p, false) }),
        ),
      ),
    );
    if (!proposals.length) $('proposals').append(el('li', { className: 'muted', text: 'No proposals.' }));
    $('people').replaceChildren(
      ...persons.map((p) => el('li', { onclick: () => showTimeline(p) }, el('strong', { text: p.name }), ' · ' + p.records.length + ' record(s)' + (p.names.length > 1 ? ' · also ' + p.names.slice(1).join(', ') : ''))),
    );
  }

  function decideMerge(p, merge) {
    return guarded(async () => {
      await api('POST', '/api/merges', { a: p.a, b: p.b, merge });
      toast(merge ? 'Merged' : 'Kept apart');
      await refreshPeople();
    });
  }

  function showTimeline(p) {
    const rows = p.records.map((r) =>
      el('tr', {},
        el('td', { text: r.date || '—' }),
        el('td', { text: r.status }),
        el('td', { text: r.court || '' }),
        el('td', { text: r.penalties.map((x) => [x.type.replace(/_/g, ' '), x.duration, x.amount !== null ? x.amount + ' ' + (x.currency || '') : null].filter(Boolean).join(' ')).join('; ') }),
        el('td', {}, el('button', { type: 'button', text: 'open', onclick: () => (switchTab('review'), openRecord(r.id)) })),
      ),
    );
    $('timeline').replaceChildren(el('h3', { text: p.name + ': timeline' }), el('table', {}, el('tr', {}, ...['date', 'status', 'court', 'penalties', ''].map((h) => el('th', { text: h }))), ...rows));
  }

  function switchTab(name) {
    $('tab-review').classList.toggle('active', name === 'review');
    $('tab-people').classList.toggle('active', name === 'people');
    $('review-pane').hidden = name !== 'review';
    $('queue-pane').hidden = name !== 'review';
    $('people-pane').hidden = name !== 'people';
    if (name === 'people') refreshPeople().catch((err) => toast(err.message, true));
  }

  // ---- wiring ----

  function onKey(e) {
    const target = e.target;
    const typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
    if (target && target.id === 'reject-reason') {
      if (e.key === 'Enter') (e.preventDefault(), decide('reject', target.value));
      else if (e.key === 'Escape') (e.preventDefault(), hideReject());
      return;
    }
    if (typing) {
      if (e.key === 'Escape') target.blur();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || !$('people-pane').hidden) return;
    // Undo also works on the empty queue, right after the last decision.
    if (e.key === 'u') return (e.preventDefault(), undo());
    if ($('record').hidden) return;
    if (e.key === 'a') (e.preventDefault(), decide('accept'));
    else if (e.key === 'x') (e.preventDefault(), showReject());
    else if (e.key === ' ') (e.preventDefault(), skip());
  }

  async function start() {
    const session = await api('GET', '/api/session');
    Object.assign(state, { csrf: session.csrf, reviewer: session.reviewer, penaltyTypes: session.penaltyTypes, codeKinds: session.codeKinds, claimTtlMs: session.claimTtlMs });
    // Keep the claim while the analyst is working on a record; an analyst who walks away lets it expire.
    for (const ev of ['keydown', 'mousemove', 'input', 'click']) document.addEventListener(ev, () => (state.lastActivity = Date.now()), { passive: true });
    const renewEveryMs = Math.max(5000, Math.floor(state.claimTtlMs / 3));
    setInterval(() => {
      const v = state.view;
      if (!v || v.stored.status !== 'pending' || Date.now() - state.lastActivity > renewEveryMs) return;
      api('POST', '/api/records/' + encodeURIComponent(v.stored.record.id) + '/claim', {}).catch(() => undefined);
    }, renewEveryMs);
    $('who').textContent = 'signed in as ' + session.reviewer;
    document.addEventListener('keydown', onKey);
    $('edit').addEventListener('input', markDirty);
    $('edit').addEventListener('change', markDirty);
    $('edit').addEventListener('submit', (e) => e.preventDefault());
    $('filters').addEventListener('change', () => guarded(() => next()));
    $('filters').addEventListener('submit', (e) => e.preventDefault());
    // A clicked button keeps focus; drop it so Space means "skip", not "click again".
    for (const b of document.querySelectorAll('.actions button')) b.addEventListener('click', () => b.blur());
    $('btn-accept').addEventListener('click', () => decide('accept'));
    $('btn-reject').addEventListener('click', showReject);
    $('btn-skip').addEventListener('click', skip);
    $('btn-undo').addEventListener('click', undo);
    $('btn-undo-empty').addEventListener('click', undo);
    $('btn-save').addEventListener('click', save);
    $('reject-confirm').addEventListener('click', () => decide('reject', $('reject-reason').value));
    $('reject-cancel').addEventListener('click', hideReject);
    $('add-charge').addEventListener('click', () => ($('charges').append(chargeRow({ article: '', part: null, code: 'unknown', label: null })), markDirty()));
    $('add-penalty').addEventListener('click', () => ($('penalties').append(penaltyRow({ type: 'imprisonment', duration: null, amount: null, currency: null, inferred: false })), markDirty()));
    $('tab-review').addEventListener('click', () => switchTab('review'));
    $('tab-people').addEventListener('click', () => switchTab('people'));
    $('person-search').addEventListener('input', () => refreshPeople().catch(() => undefined));
    await guarded(() => next());
    api('GET', '/api/merge-proposals').then(({ proposals }) => {
      $('proposal-count').hidden = proposals.length === 0;
      $('proposal-count').textContent = String(proposals.length);
    }, () => undefined);
    document.body.setAttribute('data-ready', '1');
  }

  start().catch((err) => toast('Could not start: ' + err.message, true));
})();
