/*
 * OHT Pathway: a "Finished" tab on a process's page in Cockpit, listing its instances that have
 * ended (newest first), each with its reference, when it started and ended, and how it ended.
 * Cockpit's own pages show only running instances; its history views are not in the community
 * edition. The list comes in one call from GET /api/end-states (progress/EndStateController),
 * which reads the engine's history with the logged-in user's permissions and takes how each
 * referral ended (Completed, Declined, Ended early, Withdrawn) from the case's progress: the
 * engine only knows that the instance reached an end event. Loaded by scripts/config.js.
 */
import { moment as when } from './dates.js';

function text(value) {
  return document.createTextNode(value === null || value === undefined ? '' : String(value));
}

function cell(row, value, tag) {
  const element = document.createElement(tag || 'td');
  element.appendChild(text(value));
  row.appendChild(element);
}


export default {
  id: 'oht.finishedInstances',
  pluginPoint: 'cockpit.processDefinition.runtime.tab',
  priority: 5,
  properties: {
    label: 'Finished'
  },
  render: (node, { processDefinitionId }) => {
    node.innerHTML = '<p class="oht-finished-loading">Loading…</p>';
    const query = new URLSearchParams({ processDefinitionId: processDefinitionId });
    fetch('/api/end-states?' + query, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin'
    })
      .then((response) =>
        response.json().catch(() => ({})).then((body) => {
          if (!response.ok) {
            // The server's sentence says why (e.g. who may read how referrals ended).
            throw new Error(body.message || 'the server answered ' + response.status);
          }
          return body;
        })
      )
      .then((instances) => {
        node.innerHTML = '';
        if (!instances.length) {
          node.appendChild(text('No instance of this version has finished yet.'));
          return;
        }
        const table = document.createElement('table');
        table.className = 'cam-table oht-finished';
        const head = document.createElement('tr');
        ['Reference', 'Started', 'Ended', 'How it ended'].forEach((title) => cell(head, title, 'th'));
        table.appendChild(head);
        instances.forEach((instance) => {
          const row = document.createElement('tr');
          cell(row, instance.reference || instance.processInstanceId);
          cell(row, when(instance.startTime));
          cell(row, when(instance.endTime));
          cell(row, instance.endState || 'Ended');
          table.appendChild(row);
        });
        node.appendChild(table);
        if (instances.length === 200) {
          node.appendChild(text('The 200 that ended most recently are shown.'));
        }
      })
      .catch((error) => {
        node.innerHTML = '';
        node.appendChild(text('The finished instances could not be loaded: ' + error.message));
      });
  }
};
