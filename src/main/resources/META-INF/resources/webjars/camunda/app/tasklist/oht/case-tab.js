/*
 * OHT Pathway: a "Case" tab on every task, showing the case view of the task's referral
 * (/cases/{reference}?embedded=1, the one page that may be framed, and only by our own pages).
 * Which referral a task is comes from /api/tasks/{taskId}/case, which answers only someone who
 * may see the task; everything shown is then read, and decided, by the case view's own API.
 * Loaded by scripts/config.js (customScripts).
 */
function taskIdOf(data) {
  if (data && data.taskId) {
    return data.taskId;
  }
  const match = /[?&]task=([^&]+)/.exec(window.location.hash || '');
  return match ? decodeURIComponent(match[1]) : null;
}

function say(node, message) {
  node.innerHTML = '';
  const p = document.createElement('p');
  p.className = 'oht-case-message';
  p.textContent = message;
  node.appendChild(p);
}

export default {
  id: 'oht.caseTab',
  pluginPoint: 'tasklist.task.detail',
  priority: 50,
  properties: {
    label: 'Case'
  },
  render: (node, data) => {
    const taskId = taskIdOf(data);
    if (!taskId) {
      say(node, 'Choose a task to see its case.');
      return;
    }
    say(node, 'Loading the case…');
    fetch('/api/tasks/' + encodeURIComponent(taskId) + '/case', {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin'
    })
      .then((response) => response.json().then((body) => ({ ok: response.ok, body })))
      .then(({ ok, body }) => {
        if (!ok) {
          say(node, body.message || 'This task has no case you may open.');
          return;
        }
        node.innerHTML = '';
        const open = document.createElement('a');
        open.href = '/cases/' + encodeURIComponent(body.reference);
        open.target = '_blank';
        open.rel = 'noopener';
        open.textContent = 'Open case ' + body.reference + ' in its own page';
        open.className = 'oht-case-open';
        const frame = document.createElement('iframe');
        frame.src = '/cases/' + encodeURIComponent(body.reference) + '?embedded=1';
        frame.title = 'Case ' + body.reference;
        frame.className = 'oht-case-frame';
        node.appendChild(open);
        node.appendChild(frame);
      })
      .catch(() => say(node, 'The case could not be loaded.'));
  }
};
