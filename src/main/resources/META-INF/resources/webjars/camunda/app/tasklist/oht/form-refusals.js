/*
 * OHT Pathway: a form the server refuses says what to fix, in its own words, at the fields
 * concerned, inside the form rather than over it.
 *
 * Tasklist shows a refusal as a notice at the top of the page, prefixed with the engine's
 * "Cannot submit task form <task id>: " (or "Cannot instantiate process definition <id>: "),
 * where it can cover the form's buttons. The server words each problem "Label: what to fix"
 * (form/FormInput, form/FormRejectedException), joined by " | ". This takes Tasklist's notice of
 * a refused form, drops the prefix, and shows the problems in the form: a list at its top (each
 * a link to its field) and each problem under the field of that label; the list is brought into
 * view. A problem about a row of a list ("Goal 2, target date: ...") goes under that row's field.
 * A changed field loses what was said about it. Any other failure keeps Tasklist's notice,
 * without the prefix. Loaded by scripts/config.js (customScripts).
 */
(function () {
  'use strict';

  // A definition's id has colons of its own (OhtPathway:3:5e0c...): the prefix ends at the last.
  var PREFIX = /^(?:Cannot submit task form|Cannot instantiate process definition|Cannot complete task)\s+\S+:\s+/;
  var HEADING = /^Please correct the form(?: \(\d+ problems\))?:\s*/;
  var ROW = /^(.+?) (\d+), (.+)$/;

  function plain(message) {
    return String(message || '').replace(PREFIX, '');
  }

  function problemsIn(message) {
    var text = plain(message);
    if (!HEADING.test(text)) {
      return null;
    }
    return text.replace(HEADING, '').split(' | ').map(function (problem) {
      var colon = problem.indexOf(': ');
      return colon < 0 ? { label: null, text: problem, whole: problem }
        : { label: problem.slice(0, colon), text: problem.slice(colon + 2), whole: problem };
    });
  }

  // The form being sent: the start form's dialog if one is open, else the open task's form.
  function currentForm() {
    return document.querySelector('.modal .fjs-container') || document.querySelector('.task-details .fjs-container')
      || document.querySelector('.fjs-container');
  }

  function normal(label) {
    return String(label || '').replace(/\*/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  }

  function labelOf(field) {
    var label = field.querySelector('.fjs-form-field-label');
    return label ? normal(label.textContent) : '';
  }

  // A field directly in the form, or in the numbered row of a list, by its label.
  function fieldFor(form, label) {
    var wanted = normal(label);
    var fields = Array.prototype.slice.call(form.querySelectorAll('.fjs-form-field'));
    var outside = fields.filter(function (field) {
      return !field.closest('.fjs-repeat-row-container') && !field.classList.contains('fjs-form-field-dynamiclist')
        && !field.classList.contains('fjs-form-field-group') && labelOf(field) === wanted;
    });
    if (outside.length) {
      return outside[0];
    }
    var row = ROW.exec(label);
    if (!row) {
      return null;
    }
    var index = Number(row[2]) - 1;
    var inRow = normal(row[3]);
    var found = null;
    form.querySelectorAll('.fjs-form-field-dynamiclist').forEach(function (list) {
      var rows = list.querySelectorAll('.fjs-repeat-row-container');
      var match = rows[index] && Array.prototype.slice.call(rows[index].querySelectorAll('.fjs-form-field'))
        .filter(function (field) { return labelOf(field) === inRow; })[0];
      found = found || match || null;
    });
    return found;
  }

  function clear(form) {
    form.querySelectorAll('.oht-refusal-problem').forEach(function (shown) { shown.remove(); });
    form.querySelectorAll('.oht-refused').forEach(function (field) { field.classList.remove('oht-refused'); });
    var summary = form.parentNode && form.parentNode.querySelector('.oht-form-refusal');
    if (summary) {
      summary.remove();
    }
  }

  function show(form, problems) {
    clear(form);
    var summary = document.createElement('div');
    summary.className = 'oht-form-refusal alert alert-danger';
    summary.setAttribute('role', 'alert');
    summary.tabIndex = -1;
    var heading = document.createElement('strong');
    heading.textContent = 'The form was not sent. Please correct:';
    summary.appendChild(heading);
    var list = document.createElement('ul');
    problems.forEach(function (problem) {
      var item = document.createElement('li');
      var field = problem.label && fieldFor(form, problem.label);
      if (field) {
        field.classList.add('oht-refused');
        var at = document.createElement('div');
        at.className = 'fjs-form-field-error oht-refusal-problem';
        at.textContent = problem.text.charAt(0).toUpperCase() + problem.text.slice(1);
        field.appendChild(at);
        var link = document.createElement('a');
        link.href = '#';
        link.textContent = problem.whole;
        link.addEventListener('click', function (event) {
          event.preventDefault();
          field.scrollIntoView({ block: 'center' });
          var input = field.querySelector('input, textarea, select, [tabindex]');
          if (input) {
            input.focus();
          }
        });
        item.appendChild(link);
      } else {
        item.textContent = problem.whole;
      }
      list.appendChild(item);
    });
    summary.appendChild(list);
    // Beside the form, not in it: form-js owns what it has drawn.
    form.parentNode.insertBefore(summary, form);
    summary.scrollIntoView({ block: 'start' });
    summary.focus({ preventScroll: true });
  }

  // Correcting a field clears what was said about it.
  ['input', 'change'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var field = event.target.closest && event.target.closest('.oht-refused');
      if (field) {
        field.classList.remove('oht-refused');
        field.querySelectorAll('.oht-refusal-problem').forEach(function (shown) { shown.remove(); });
      }
    }, true);
  });

  // A form sent again starts afresh: what was said about the last attempt goes.
  var SUBMIT = /\/submit-form(\?|$)/;
  var open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    if (String(method).toUpperCase() === 'POST' && SUBMIT.test(String(url))) {
      var form = currentForm();
      if (form) {
        clear(form);
      }
    }
    return open.apply(this, arguments);
  };

  function install() {
    var angular = window.angular;
    var injector = angular && angular.element(document.body).injector();
    if (!injector || !injector.has('Notifications')) {
      return false;
    }
    var notifications = injector.get('Notifications');
    if (notifications.ohtRefusals) {
      return true;
    }
    notifications.ohtRefusals = true;
    var addError = notifications.addError;
    notifications.addError = function (notification) {
      if (notification && notification.message) {
        var problems = problemsIn(notification.message);
        var form = currentForm();
        if (problems && form) {
          show(form, problems);
          return undefined;
        }
        notification.message = plain(notification.message);
      }
      return addError.apply(this, arguments);
    };
    return true;
  }

  var installed = false;
  var observer = new MutationObserver(function () {
    installed = installed || install();
    if (installed) {
      observer.disconnect();
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
})();
