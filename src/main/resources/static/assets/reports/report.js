// The service report page: reads /api/reports/service for the chosen period and draws it.
(function () {
  'use strict';

  const COLOURS = ['#0b6e99', '#2e7d32', '#b26a00', '#7b1fa2', '#c62828', '#00838f', '#5d4037', '#546e7a'];
  const charts = {};

  const $ = (id) => document.getElementById(id);
  const iso = (date) => date.toISOString().slice(0, 10);
  const pct = (value) => (value === null || value === undefined ? '–' : value.toFixed(1) + '%');
  const num = (value) => (value === null || value === undefined ? '–' : String(value));

  function presetPeriod(name) {
    const today = new Date();
    const utc = (y, m, d) => new Date(Date.UTC(y, m, d));
    const y = today.getFullYear();
    const m = today.getMonth();
    const end = utc(y, m, today.getDate());
    switch (name) {
      case 'month': return [utc(y, m, 1), end];
      case 'quarter': return [utc(y, m - 2, 1), end];
      case 'financial': return [m >= 3 ? utc(y, 3, 1) : utc(y - 1, 3, 1), end];
      default: return [utc(y - 1, m, today.getDate() + 1), end];
    }
  }

  function query() {
    return 'from=' + encodeURIComponent($('from').value) + '&to=' + encodeURIComponent($('to').value);
  }

  function table(id, head, rows, numeric) {
    const el = $(id);
    el.innerHTML = '';
    const thead = el.createTHead().insertRow();
    head.forEach((text, i) => {
      const th = document.createElement('th');
      th.textContent = text;
      if (numeric(i)) th.className = 'n';
      thead.appendChild(th);
    });
    const body = el.createTBody();
    rows.forEach((row) => {
      const tr = body.insertRow();
      if (row.group) tr.className = 'group';
      (row.cells || row).forEach((text, i) => {
        const td = tr.insertCell();
        td.textContent = text;
        if (numeric(i)) td.className = 'n';
      });
    });
  }

  function tiles(id, items) {
    const el = $(id);
    el.innerHTML = '';
    items.forEach(([label, value, detail]) => {
      const tile = document.createElement('div');
      tile.className = 'tile';
      tile.innerHTML = '<div class="value"></div><div class="label"></div><div class="detail"></div>';
      tile.querySelector('.value').textContent = value;
      tile.querySelector('.label').textContent = label;
      tile.querySelector('.detail').textContent = detail || '';
      el.appendChild(tile);
    });
  }

  function chart(id, config) {
    if (charts[id]) charts[id].destroy();
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options);
    charts[id] = new Chart($(id), config);
  }

  function bar(id, labels, datasets, options) {
    chart(id, {
      type: 'bar',
      data: { labels, datasets: datasets.map((d, i) => Object.assign({ backgroundColor: COLOURS[i % COLOURS.length] }, d)) },
      options: options || {},
    });
  }

  function draw(report) {
    const funnel = report.funnel;
    const exited = funnel[funnel.length - 1];
    const outcomes = report.outcomes;
    tiles('headline', [
      ['Referrals received', num(report.referralsReceived), report.from + ' to ' + report.to],
      ['Eligible', pct(funnel[1].percentOfReceived), funnel[1].count + ' referrals'],
      ['Attended a session', pct(funnel[6].percentOfReceived), funnel[6].count + ' referrals'],
      ['Exit recorded', pct(exited.percentOfReceived), exited.count + ' referrals'],
      ['Goal achievement', pct(outcomes.goals.achievementScore), outcomes.goals.goalsRated + ' goals rated'],
      ['Wellbeing change (SWEMWBS)', outcomes.wellbeing.meanChange === null ? '–'
        : (outcomes.wellbeing.meanChange > 0 ? '+' : '') + outcomes.wellbeing.meanChange,
        outcomes.wellbeing.pairs + ' pairs; ' + pct(outcomes.wellbeing.percentOfExitsPaired) + ' of exits'],
    ]);

    bar('funnel-chart', funnel.map((s) => s.label), [{ label: 'Referrals', data: funnel.map((s) => s.count) }],
      { indexAxis: 'y', plugins: { legend: { display: false } } });
    table('funnel-table', ['Step', 'Referrals', '% of received', '% of previous step'],
      funnel.map((s) => [s.label, num(s.count), pct(s.percentOfReceived), pct(s.percentOfPreviousStep)]), (i) => i > 0);
    table('not-eligible-table', ['Reason', 'Referrals'],
      report.notEligibleReasons.length ? report.notEligibleReasons.map((r) => [r.label, num(r.count)]) : [['None', '0']],
      (i) => i > 0);

    const timed = report.timeliness.filter((t) => t.targetWorkingDays !== null);
    bar('timeliness-chart', timed.map((t) => t.label), [{ label: '% within target', data: timed.map((t) => t.percentWithinTarget) }],
      { scales: { y: { min: 0, max: 100 } }, plugins: { legend: { display: false } } });
    table('timeliness-table', ['Step', 'From', 'Target (working days)', 'Reached', 'Within target', '% within target', 'Median working days'],
      report.timeliness.map((t) => [t.label, t.from, num(t.targetWorkingDays), num(t.reached), num(t.withinTarget),
        pct(t.percentWithinTarget), num(t.medianWorkingDays)]), (i) => i > 1);

    const a = report.activity;
    tiles('activity-tiles', [
      ['Sessions expected', num(a.sessionsExpected), 'planned, plus any added at reviews'],
      ['Sessions recorded', num(a.sessionsRecorded)],
      ['Attended', num(a.sessionsAttended), a.sessionsAttendedLate + ' of them late'],
      ['Did not attend', num(a.sessionsMissed), 'rate ' + pct(a.didNotAttendRate)],
      ['Did not happen or rescheduled', num(a.sessionsNotHeld)],
    ]);
    bar('onward-chart', a.onwardReferrals.map((o) => o.label), [
      { label: 'Made', data: a.onwardReferrals.map((o) => o.made) },
      { label: 'Confirmed attended', data: a.onwardReferrals.map((o) => o.confirmedAttended) },
    ]);
    table('onward-table', ['Service', 'Made', 'Followed up', 'Confirmed attended', '% confirmed'],
      a.onwardReferrals.map((o) => [o.label, num(o.made), num(o.followedUp), num(o.confirmedAttended), pct(o.percentConfirmedAttended)]),
      (i) => i > 0);

    const states = outcomes.endStates.concat([{ label: 'Still open', count: outcomes.stillOpen }]);
    chart('end-state-chart', {
      type: 'doughnut',
      data: { labels: states.map((s) => s.label), datasets: [{ data: states.map((s) => s.count), backgroundColor: COLOURS }] },
    });
    bar('exit-reason-chart', outcomes.exitReasons.map((g) => g.label), [{ label: 'Exits', data: outcomes.exitReasons.map((g) => g.count) }],
      { plugins: { legend: { display: false } } });
    const reasonRows = [];
    outcomes.exitReasons.forEach((g) => {
      reasonRows.push({ group: true, cells: [g.label, num(g.count)] });
      g.reasons.forEach((r) => reasonRows.push([r.label, num(r.count)]));
    });
    table('exit-reason-table', ['Exit reason', 'Exits'], reasonRows, (i) => i > 0);
    const w = outcomes.wellbeing;
    tiles('outcome-tiles', [
      ['Goal achievement score', pct(outcomes.goals.achievementScore),
        outcomes.goals.achieved + ' achieved, ' + outcomes.goals.partlyAchieved + ' partly, ' + outcomes.goals.notAchieved + ' not'],
      ['SWEMWBS at assessment → exit', w.pairs ? w.meanAtAssessment + ' → ' + w.meanAtExit : '–',
        w.pairs + ' of ' + w.exits + ' exits have both (' + pct(w.percentOfExitsPaired) + ')'],
      ['Newly registered with a GP', num(outcomes.gpRegistration.newlyRegistered),
        'of ' + outcomes.gpRegistration.notRegisteredAtAssessment + ' not registered at assessment (' + pct(outcomes.gpRegistration.percentNewlyRegistered) + ')'],
      ['Newly registered with a dentist', num(outcomes.dentistRegistration.newlyRegistered),
        'of ' + outcomes.dentistRegistration.notRegisteredAtAssessment + ' (' + pct(outcomes.dentistRegistration.percentNewlyRegistered) + ')'],
      ['Stopped smoking', num(outcomes.smoking.stopped),
        'of ' + outcomes.smoking.smokersAtAssessment + ' smokers at assessment (' + pct(outcomes.smoking.percentStopped) + ')'],
    ]);

    const steps = funnel.map((s) => s.label);
    const groupChart = (id, groups) => bar(id, steps.slice(1), groups.map((g) => ({
      label: g.label, data: g.funnel.slice(1).map((s) => s.percentOfReceived),
    })), { scales: { y: { min: 0, max: 100, title: { display: true, text: '% of received' } } } });
    groupChart('age-chart', report.equity.byAgeBand);
    groupChart('sex-chart', report.equity.bySex);
    const equityRows = [];
    [['Age band', report.equity.byAgeBand], ['Sex', report.equity.bySex]].forEach(([title, groups]) => {
      equityRows.push({ group: true, cells: [title, '', '', '', '', '', '', ''] });
      groups.forEach((g) => equityRows.push([g.label, num(g.referralsReceived), num(g.funnel[6].count), num(g.funnel[7].count),
        num(g.endStates[0].count), pct(g.goals.achievementScore), num(g.wellbeing.meanChange), num(g.wellbeing.pairs)]));
    });
    table('equity-table', ['Group', 'Received', 'Attended a session', 'Exited', 'Completed', 'Goal score',
      'SWEMWBS change', 'SWEMWBS pairs'], equityRows, (i) => i > 0);

    const c = report.completeness;
    bar('completeness-chart', c.map((m) => m.label), [{ label: '% recorded', data: c.map((m) => m.percent) }],
      { indexAxis: 'y', scales: { x: { min: 0, max: 100 } }, plugins: { legend: { display: false } } });
    table('completeness-table', ['Measure', 'Recorded', 'Expected', '%'],
      c.map((m) => [m.label, num(m.recorded), num(m.expected), pct(m.percent)]), (i) => i > 0);
  }

  function show(text) {
    $('message').textContent = text;
    $('message').hidden = !text;
  }

  async function load() {
    const q = query();
    $('export-performance').href = '/api/reports/performance.csv?' + q;
    $('export-events').href = '/api/reports/event-log.csv?' + q;
    $('export-xes').href = '/api/reports/event-log.xes?' + q;
    $('json-link').href = '/api/reports/service?' + q;
    history.replaceState(null, '', '?' + q);
    show('');
    const response = await fetch('/api/reports/service?' + q, { credentials: 'same-origin' });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      $('report').hidden = true;
      show(body.message || 'The report could not be read (' + response.status + ').');
      return;
    }
    $('report').hidden = false;
    draw(body);
    if (body.referralsReceived === 0) show('No referrals were received in this period.');
  }

  document.addEventListener('DOMContentLoaded', () => {
    const params = new URLSearchParams(location.search);
    const [from, to] = presetPeriod('year');
    $('from').value = params.get('from') || iso(from);
    $('to').value = params.get('to') || iso(to);
    $('period').addEventListener('submit', (event) => { event.preventDefault(); load(); });
    document.querySelectorAll('[data-preset]').forEach((button) => button.addEventListener('click', () => {
      const [f, t] = presetPeriod(button.dataset.preset);
      $('from').value = iso(f);
      $('to').value = iso(t);
      load();
    }));
    load();
  });
}());
