// The caseload page: reads /api/cases for the chosen list or search and draws the rows.
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);
  let page = Number(params.get('page') || 0);

  function text(tag, value, className) {
    const node = document.createElement(tag);
    node.textContent = value === null || value === undefined ? '' : String(value);
    if (className) node.className = className;
    return node;
  }

  const dates = window.OhtDates;

  function say(message) {
    $('message').textContent = message;
    $('message').hidden = !message;
  }

  function address(changes) {
    const next = new URLSearchParams(params);
    Object.keys(changes).forEach((key) => {
      if (changes[key] === null || changes[key] === '') next.delete(key); else next.set(key, changes[key]);
    });
    return '/cases' + (next.toString() ? '?' + next.toString() : '');
  }

  function draw(answer) {
    const tabs = $('tabs');
    tabs.innerHTML = '';
    answer.lists.forEach((list) => {
      const tab = text('a', list.label);
      tab.href = address({ list: list.id, q: null, page: null });
      if (!answer.q && answer.list === list.id) tab.setAttribute('aria-current', 'page');
      tabs.appendChild(tab);
    });
    const body = $('cases').tBodies[0];
    body.innerHTML = '';
    const today = dates.today();
    answer.rows.forEach((row) => {
      const tr = body.insertRow();
      const link = text('a', row.reference);
      link.href = '/cases/' + encodeURIComponent(row.reference);
      tr.insertCell().appendChild(link);
      tr.insertCell().textContent = row.name ? row.name + (row.crn ? ' (' + row.crn + ')' : '') : '–';
      tr.insertCell().textContent = row.stage;
      tr.insertCell().textContent = row.priority || '';
      tr.insertCell().textContent = row.trainerName || row.trainer || 'Unallocated';
      tr.insertCell().textContent = row.practitionerName || row.practitioner || '';
      tr.insertCell().textContent = row.nextStep || '';
      const due = tr.insertCell();
      due.textContent = dates.day(row.nextDue);
      if (row.nextDue && dates.dayOf(row.nextDue) < today) due.className = 'overdue';
      tr.insertCell().textContent = row.endState ? row.endState.replace('_', ' ').toLowerCase() + ' ' + dates.day(row.endedOn)
        : row.onHold ? 'On hold' + (row.lookAgainOn ? ' until ' + dates.day(row.lookAgainOn) : '') : 'Open';
    });
    $('cases').hidden = answer.rows.length === 0;
    if (answer.rows.length === 0) {
      say(answer.q ? 'No case you may open matches "' + answer.q + '".' : 'There are no cases in this list.');
    } else {
      say('');
    }
    $('previous').hidden = page === 0;
    $('next').hidden = !answer.more;
  }

  function load() {
    const query = new URLSearchParams();
    ['list', 'q'].forEach((key) => { if (params.get(key)) query.set(key, params.get(key)); });
    query.set('page', page);
    $('q').value = params.get('q') || '';
    fetch('/api/cases?' + query.toString(), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => response.json().then((body) => ({ ok: response.ok, body })))
      .then(({ ok, body }) => {
        if (!ok) {
          say(body.message || 'The caseload could not be read.');
          (body.lists || []).length && draw(Object.assign({ rows: [] }, body));
          return;
        }
        draw(body);
      })
      .catch(() => say('The caseload could not be read: are you still logged in?'));
  }

  $('search').addEventListener('submit', (event) => {
    event.preventDefault();
    location.href = address({ q: $('q').value.trim(), page: null });
  });
  $('clear').addEventListener('click', () => { location.href = address({ q: null, page: null }); });
  $('previous').addEventListener('click', () => { location.href = address({ page: Math.max(page - 1, 0) }); });
  $('next').addEventListener('click', () => { location.href = address({ page: page + 1 }); });
  load();
}());
