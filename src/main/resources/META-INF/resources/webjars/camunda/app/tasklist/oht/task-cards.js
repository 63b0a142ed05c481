/*
 * OHT Pathway: every card in Tasklist's list says whose task it is, and how urgent.
 *
 * For the cards on screen, one call to GET /api/task-cards (at most 50 tasks) returns each task's
 * referral reference, the person's name where the logged-in user may open the task (the server's
 * CaseAuthority decides; nothing is decided here), and its priority as a word (Urgent, High,
 * Medium, Routine: worded by allocation/Priority on the server). The name is never a process
 * variable: a variable could be probed by anyone able to query tasks. Tasklist redraws its list
 * after every change (a claim, a completion), and the new cards are asked for again, so a name
 * appears once a task is claimed. Loaded by scripts/config.js (customScripts).
 */
(function () {
  'use strict';

  var MAX_PER_CALL = 50;
  var scheduled = null;

  function taskIdOf(card) {
    var link = card.querySelector('h4.task a');
    var match = link && /[?&]task=([^&]+)/.exec(link.getAttribute('href') || '');
    return match ? decodeURIComponent(match[1]) : null;
  }

  function priorityNumberOf(card) {
    var priority = card.querySelector('.priority');
    return priority ? priority.textContent.trim() : '';
  }

  // A card needs asking for when it is new, or when Tasklist has changed its priority since.
  function cardsToAsk() {
    var cards = document.querySelectorAll('ol.tasks-list > li.task');
    var wanted = [];
    for (var i = 0; i < cards.length; i++) {
      var card = cards[i];
      var id = taskIdOf(card);
      if (id && (card.ohtTaskId !== id || card.ohtPriorityNumber !== priorityNumberOf(card)) && !card.ohtAsking) {
        wanted.push({ card: card, id: id });
      }
    }
    return wanted;
  }

  function whoseLine(card) {
    var line = card.querySelector('.oht-whose');
    if (!line) {
      line = document.createElement('h6');
      line.className = 'oht-whose';
      card.querySelector('.names').appendChild(line);
    }
    return line;
  }

  function show(card, id, answer) {
    card.ohtAsking = false;
    card.ohtTaskId = id;
    card.ohtPriorityNumber = priorityNumberOf(card);
    var line = card.querySelector('.oht-whose');
    if (!answer) {
      if (line) {
        line.parentNode.removeChild(line);
      }
      return;
    }
    if (answer.reference) {
      // Text only: a name is never read as markup.
      whoseLine(card).textContent = answer.name ? answer.reference + ' · ' + answer.name : answer.reference;
    } else if (line) {
      line.parentNode.removeChild(line);
    }
    var priority = card.querySelector('.priority');
    if (priority && answer.priority) {
      // The number stays in the DOM for Tasklist to update; user-styles.css shows the word instead.
      priority.setAttribute('data-oht-priority', answer.priority);
      priority.setAttribute('aria-label', 'Priority: ' + answer.priority);
    }
  }

  function ask(batch) {
    var query = batch.map(function (entry) {
      entry.card.ohtAsking = true;
      return 'taskId=' + encodeURIComponent(entry.id);
    }).join('&');
    fetch('/api/task-cards?' + query, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('the server answered ' + response.status);
        }
        return response.json();
      })
      .then(function (answers) {
        var byId = {};
        answers.forEach(function (answer) {
          byId[answer.taskId] = answer;
        });
        batch.forEach(function (entry) {
          show(entry.card, entry.id, byId[entry.id]);
        });
      })
      .catch(function () {
        // The card keeps what Tasklist shows; it is asked for again when the list is redrawn.
        batch.forEach(function (entry) {
          entry.card.ohtAsking = false;
          entry.card.ohtTaskId = entry.id;
          entry.card.ohtPriorityNumber = priorityNumberOf(entry.card);
        });
      });
  }

  function update() {
    scheduled = null;
    var wanted = cardsToAsk();
    for (var i = 0; i < wanted.length; i += MAX_PER_CALL) {
      ask(wanted.slice(i, i + MAX_PER_CALL));
    }
  }

  // Tasklist draws the list in steps: ask once it has settled.
  new MutationObserver(function () {
    if (!scheduled) {
      scheduled = setTimeout(update, 150);
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
})();
