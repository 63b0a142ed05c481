// The case view: reads /api/cases/{reference} and its actions, draws them, and posts notes and actions.
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const dates = window.OhtDates;
  const reference = decodeURIComponent(location.pathname.split('/').filter(Boolean)[1] || '');
  const api = '/api/cases/' + encodeURIComponent(reference);
  if (new URLSearchParams(location.search).get('embedded') === '1') document.body.classList.add('embedded');

  function node(tag, value, className) {
    const el = document.createElement(tag);
    if (value !== undefined && value !== null) el.textContent = String(value);
    if (className) el.className = className;
    return el;
  }

  function say(message) {
    $('message').textContent = message;
    $('message').hidden = !message;
  }

  // The webapp session's CSRF token, written into the page by the server (its cookie is only for /camunda).
  function csrf() {
    const meta = document.querySelector('meta[name="oht-csrf-token"]');
    return meta ? meta.getAttribute('content') : '';
  }

  function request(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (body) headers['Content-Type'] = 'application/json';
    if (method !== 'GET') headers['X-XSRF-TOKEN'] = csrf();
    return fetch(path, { method, credentials: 'same-origin', headers, body: body ? JSON.stringify(body) : undefined })
      .then((response) => response.json().catch(() => ({})).then((answer) => ({ status: response.status, answer })));
  }

  // Problems are worded "Label: what to fix"; each is shown at the field of that label.
  function showProblems(form, problemLine, answer) {
    form.querySelectorAll('.field').forEach((field) => {
      field.classList.remove('invalid');
      field.querySelectorAll('.error').forEach((e) => e.remove());
    });
    const problems = answer.problems || [];
    const unplaced = [];
    problems.forEach((problem) => {
      const field = Array.from(form.querySelectorAll('.field'))
        .find((f) => problem.startsWith(f.dataset.label + ':'));
      if (field) {
        field.classList.add('invalid');
        field.appendChild(node('p', problem.slice(field.dataset.label.length + 1).trim(), 'error'));
      } else {
        unplaced.push(problem);
      }
    });
    const line = problems.length ? unplaced.join(' ') : (answer.message || '');
    problemLine.textContent = line || (problems.length ? 'Please correct the fields marked.' : '');
    problemLine.hidden = !problemLine.textContent;
  }

  function summary(view) {
    const box = $('summary');
    box.innerHTML = '';
    const dl = document.createElement('dl');
    const next = (view.nextSteps || [])[0];
    const rows = [
      ['Reference', view.reference],
      ['Person', view.person ? view.person.name + ' (CRN ' + view.person.crn + ')' : 'Not shown to your role'],
      ['Stage', view.stage],
      ['Status', view.endState ? view.endState.replace('_', ' ').toLowerCase() + ' on ' + dates.day(view.endedOn)
        : view.onHold ? 'On hold' + (view.lookAgainOn ? ', look again on ' + dates.day(view.lookAgainOn) : '') : 'Open'],
      ['Next due', next ? next.task + (next.due ? ', due ' + dates.day(next.due) : '')
        + (view.onHold ? ' (paused while on hold)' : '') : 'Nothing open'],
      ['Priority', view.priority || '–'],
      ['Health Trainer', view.trainerName || view.trainer || 'Unallocated'],
      ['Practitioner', view.practitionerName || view.practitioner],
      ['Received', dates.day(view.receivedOn)],
      ['Sessions attended', view.sessionsAttended],
      ['Next appointment', view.nextAppointment ? view.nextAppointment.when + ', ' + view.nextAppointment.where
        : 'None booked']
    ];
    rows.forEach(([label, value]) => { dl.appendChild(node('dt', label)); dl.appendChild(node('dd', value)); });
    box.appendChild(dl);
    $('title').textContent = view.person ? view.person.name + ' · ' + view.reference : 'Case ' + view.reference;
    $('subtitle').textContent = view.stage + (next ? ' · next: ' + next.task : '');
    document.title = 'Case ' + view.reference + ' · OHT Pathway';
  }

  function timeline(view) {
    const list = $('timeline');
    list.innerHTML = '';
    view.timeline.slice().reverse().forEach((entry) => {
      const item = node('li', null, entry.audience);
      item.appendChild(node('div', dates.day(entry.on) + (entry.by ? ' · ' + entry.by : ''), 'when'));
      const title = node('strong', entry.title);
      item.appendChild(title);
      item.appendChild(node('span', entry.audience.replace('_', ' ').toLowerCase(), 'tag'));
      if (entry.detail) item.appendChild(node('p', entry.detail, 'detail'));
      list.appendChild(item);
    });
    if (!view.timeline.length) list.appendChild(node('li', 'Nothing recorded yet that your role sees.'));
  }

  function goals(view) {
    if (!view.goals) return;
    $('goals-card').hidden = false;
    $('entry-measures').textContent = view.entryMeasures ? 'At the assessment: ' + view.entryMeasures : '';
    const list = $('goals');
    list.innerHTML = '';
    const plan = view.plan;
    $('plan-version').textContent = !plan ? '' : 'Plan version ' + plan.version + ' ('
      + plan.versions.map((v) => 'version ' + v.version + ' ' + v.what + ' ' + dates.day(v.on) + ' by ' + v.by).join('; ') + ')'
      + (plan.versions.length > 1 ? '. Earlier versions are kept; the timeline says what each revision changed.' : '.');
    view.goals.forEach((goal) => {
      const item = node('li');
      item.value = goal.number;
      item.appendChild(node('strong', goal.topic + ': ' + goal.goal));
      item.appendChild(node('div', 'Steps: ' + goal.steps + (goal.targetDate ? ' · by ' + dates.day(goal.targetDate) : ''), 'note'));
      item.appendChild(node('div', 'Latest progress: ' + (goal.progress || 'none recorded yet')
        + (goal.progressNote ? ' (' + goal.progressNote + ')' : '')));
      list.appendChild(item);
    });
    if (!view.goals.length) list.appendChild(node('li', plan ? 'No open goals.' : 'No plan agreed yet.'));
    const closed = $('closed-goals');
    closed.innerHTML = '';
    (plan ? plan.closedGoals : []).forEach((goal) => {
      const item = node('li', goal.topic + ': ' + goal.goal + ' · closed ' + goal.closedOn + ' (' + goal.closedAs + ')');
      item.value = goal.number;
      closed.appendChild(item);
    });
    $('closed-goals-heading').hidden = !closed.children.length;
  }

  function milestones(view) {
    const table = $('milestones');
    table.innerHTML = '';
    const head = table.createTHead().insertRow();
    ['Milestone', 'On', 'By'].forEach((h) => head.appendChild(node('th', h)));
    const body = table.createTBody();
    view.milestones.forEach((m) => {
      const row = body.insertRow();
      [m.label, dates.day(m.on), m.by].forEach((v) => { row.insertCell().textContent = v; });
    });
  }

  function exitSummary(view) {
    if (!view.exitSummary) return;
    $('exit-summary-card').hidden = false;
    $('exit-summary').textContent = view.exitSummary.text;
    $('exit-summary-by').textContent = 'Written by ' + view.exitSummary.by + ' on ' + dates.moment(view.exitSummary.at);
  }

  function noteForm(view) {
    if (!view.mayAddNote) return;
    $('note-card').hidden = false;
    $('note-date').placeholder = dates.PLACEHOLDER;
    if (!$('note-date').value) $('note-date').value = dates.typed(dates.today());
    $('note-share-hint').textContent = view.mayShareNote
      ? 'The person agreed to share their progress with probation: a shared note shows on the practitioner\'s case view.'
      : 'The person did not agree to share their progress with probation: notes cannot be shared.';
    $('note-share').disabled = !view.mayShareNote;
  }

  $('note-form').addEventListener('submit', (event) => {
    event.preventDefault();
    $('note-done').hidden = true;
    const body = { kind: $('note-kind').value, notedOn: $('note-date').value, text: $('note-text').value,
      shareWithPractitioner: $('note-share').checked };
    request('POST', api + '/notes', body).then(({ status, answer }) => {
      if (status === 201) {
        showProblems($('note-form'), $('note-problem'), {});
        $('note-form').reset();
        $('note-done').textContent = answer.message;
        $('note-done').hidden = false;
        load();
      } else {
        showProblems($('note-form'), $('note-problem'), answer);
      }
    });
  });

  // Actions: drawn from what /actions says, whatever actions the server offers.
  const NOT_TAKEN = 'The action could not be taken and nothing was recorded: try again, or tell your coordinator'
    + ' if it happens again.';
  let current = null;

  function field(spec) {
    const wrap = node('div', null, 'field');
    wrap.dataset.label = spec.label;
    const id = 'action-field-' + spec.key;
    let input;
    if (spec.type === 'checkbox') {
      const label = node('label');
      input = document.createElement('input');
      input.type = 'checkbox';
      input.checked = spec.value === true;
      label.appendChild(input);
      label.appendChild(document.createTextNode(' ' + spec.label));
      wrap.appendChild(label);
    } else if (spec.type === 'checklist') {
      wrap.appendChild(node('label', spec.label));
      const chosen = Array.isArray(spec.value) ? spec.value : [];
      Object.entries(spec.options || {}).forEach(([value, text]) => {
        const label = node('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.value = value;
        box.checked = chosen.includes(value);
        box.dataset.checklist = spec.key;
        label.appendChild(box);
        label.appendChild(document.createTextNode(' ' + text));
        wrap.appendChild(label);
      });
    } else {
      const label = node('label', spec.label + (spec.required ? '' : ' (optional)'));
      label.htmlFor = id;
      wrap.appendChild(label);
      if (spec.type === 'select') {
        input = document.createElement('select');
        input.appendChild(node('option', 'Choose…')).value = '';
        Object.entries(spec.options || {}).forEach(([value, text]) => {
          const option = node('option', text);
          option.value = value;
          input.appendChild(option);
        });
      } else if (spec.type === 'textarea') {
        input = document.createElement('textarea');
        input.rows = 3;
      } else {
        input = document.createElement('input');
        input.type = 'text';
        if (spec.type === 'date') {
          input.placeholder = dates.PLACEHOLDER;
          input.inputMode = 'numeric';
          input.autocomplete = 'off';
        }
      }
      input.id = id;
      if (spec.value !== null && spec.value !== undefined) input.value = spec.type === 'date' ? dates.typed(spec.value) : spec.value;
      wrap.appendChild(input);
    }
    if (input) input.dataset.key = spec.key;
    if (spec.hint) wrap.appendChild(node('p', spec.hint, 'hint'));
    return wrap;
  }

  function values() {
    const body = {};
    current.fields.forEach((spec) => {
      if (spec.type === 'checklist') {
        body[spec.key] = Array.from(document.querySelectorAll('[data-checklist="' + spec.key + '"]'))
          .filter((b) => b.checked).map((b) => b.value);
      } else {
        const input = document.querySelector('#action-fields [data-key="' + spec.key + '"]');
        body[spec.key] = spec.type === 'checkbox' ? input.checked : input.value;
      }
    });
    return body;
  }

  function openAction(action) {
    current = action;
    $('action-done').hidden = true;
    $('action-title').textContent = action.label;
    const fields = $('action-fields');
    fields.innerHTML = '';
    action.fields.forEach((spec) => fields.appendChild(field(spec)));
    $('action-confirm').hidden = true;
    $('action-confirmed').checked = false;
    $('action-confirmation').textContent = action.confirmation;
    $('action-submit').textContent = 'Continue';
    showProblems($('action-form'), $('action-problem'), {});
    $('action-form').hidden = false;
  }

  $('action-form').addEventListener('submit', (event) => {
    event.preventDefault();
    if ($('action-confirm').hidden) {
      // The confirmation step: whose case this is, ticked before anything is sent.
      $('action-confirm').hidden = false;
      $('action-submit').textContent = current.label;
      return;
    }
    if (!$('action-confirmed').checked) {
      showProblems($('action-form'), $('action-problem'), { message: 'Tick the box to confirm.' });
      return;
    }
    const body = values();
    body.confirmed = true;
    $('action-submit').disabled = true;
    request('POST', api + '/actions/' + encodeURIComponent(current.id), body).then(({ status, answer }) => {
      if (status >= 200 && status < 300) {
        $('action-form').hidden = true;
        $('action-done').textContent = answer.message || 'Done.';
        $('action-done').hidden = false;
        load();
      } else {
        // What was entered stays; the problems show at their fields.
        showProblems($('action-form'), $('action-problem'), (answer.problems || []).length || answer.message
          ? answer : { message: NOT_TAKEN });
      }
    }).catch(() => showProblems($('action-form'), $('action-problem'), { message: NOT_TAKEN }))
      .finally(() => { $('action-submit').disabled = false; });
  });
  // Correcting a field clears what was said about it.
  ['input', 'change'].forEach((type) => $('action-fields').addEventListener(type, (event) => {
    const field = event.target.closest('.field');
    if (!field || !field.classList.contains('invalid')) return;
    field.classList.remove('invalid');
    field.querySelectorAll('.error').forEach((e) => e.remove());
    if (!$('action-form').querySelector('.field.invalid')) $('action-problem').hidden = true;
  }));
  $('action-cancel').addEventListener('click', () => { $('action-form').hidden = true; });

  function actions() {
    request('GET', api + '/actions').then(({ status, answer }) => {
      const box = $('actions');
      box.innerHTML = '';
      if (status !== 200 || !Array.isArray(answer) || !answer.length) {
        // The case may have just been closed by an action: its sentence stays until the page is left.
        $('actions-card').hidden = $('action-done').hidden;
        return;
      }
      answer.forEach((action) => {
        const button = node('button', action.label);
        button.type = 'button';
        button.addEventListener('click', () => openAction(action));
        box.appendChild(button);
      });
      $('actions-card').hidden = false;
    });
  }

  function load() {
    request('GET', api).then(({ status, answer }) => {
      if (status !== 200) {
        say(answer.message || 'The case could not be opened.');
        $('case').hidden = true;
        return;
      }
      say('');
      summary(answer);
      exitSummary(answer);
      timeline(answer);
      goals(answer);
      milestones(answer);
      noteForm(answer);
      $('case').hidden = false;
    }).catch(() => say('The case could not be opened: are you still logged in?'));
    actions();
  }

  load();
}());
