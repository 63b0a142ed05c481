/*
 * OHT Pathway: dates in Camunda Forms as UK staff write them, day/month/year (03/04/2027 is
 * 3 April 2027), with the date picker's weeks starting on Monday.
 *
 * form-js 1.8 (Tasklist 7.24) builds each date field's flatpickr with a format taken from the
 * browser's language (new Intl.DateTimeFormat("default")): month/day/year in a browser set to
 * American English, so "03/04" became the 4th of March without a word. Each picker is set, as
 * soon as form-js has made it (input._flatpickr), to read and write d/m/Y, to start weeks on
 * Monday and to say dd/mm/yyyy in the empty field. The value form-js submits is unchanged: an ISO
 * date (2027-04-03), which the server's form handlers read. A typed date that is not a real one
 * (31/02/2027, "next week") is not silently turned into another: the field says what to type.
 *
 * Tasklist's start-form dialog closes on Escape; Escape in a start form only closes its date
 * picker, so a half-filled referral is never lost (the dialog's Close button still closes it).
 * Loaded by scripts/config.js (customScripts).
 */
(function () {
  'use strict';

  var FORMAT = 'd/m/Y';
  var PLACEHOLDER = 'dd/mm/yyyy';
  var HINT = 'Type the date as day/month/year, for example 03/04/2027, or pick it from the calendar.';
  var TYPED = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/;

  function configure(input) {
    var picker = input._flatpickr;
    if (!picker || picker.ohtUkDates) {
      return;
    }
    picker.ohtUkDates = true;
    picker.set({ dateFormat: FORMAT, ariaDateFormat: 'j F Y', locale: { firstDayOfWeek: 1 } });
    input.placeholder = PLACEHOLDER;
    input.setAttribute('aria-description', HINT);
  }

  function configureAll() {
    var inputs = document.querySelectorAll('.fjs-container .fjs-datepicker input');
    for (var i = 0; i < inputs.length; i++) {
      configure(inputs[i]);
    }
  }

  // What the field says about a typed date, under the field (form-js keeps its own errors apart).
  function say(input, message) {
    var field = input.closest('.fjs-form-field') || input.parentElement;
    var shown = field.querySelector('.oht-date-problem');
    if (!message) {
      if (shown) {
        shown.remove();
      }
      input.removeAttribute('aria-invalid');
      return;
    }
    if (!shown) {
      shown = document.createElement('div');
      shown.className = 'fjs-form-field-error oht-date-problem';
      shown.setAttribute('role', 'alert');
      field.appendChild(shown);
    }
    shown.textContent = message;
    input.setAttribute('aria-invalid', 'true');
  }

  // What was typed, unless it is empty or a real day written day/month/year: the sentence to say.
  function problemWith(text) {
    if (!String(text || '').trim()) {
      return null;
    }
    var parts = TYPED.exec(text);
    if (!parts) {
      return HINT;
    }
    var day = Number(parts[1]);
    var month = Number(parts[2]);
    var date = new Date(Date.UTC(Number(parts[3]), month - 1, day));
    return date.getUTCDate() === day && date.getUTCMonth() === month - 1 ? null
      : 'There is no such date: ' + text.trim() + '. ' + HINT;
  }

  function typedInto(event) {
    var input = event.target;
    return input && input.closest && input.closest('.fjs-datepicker') && input.ohtTyped !== undefined
      && input.ohtTyped !== null ? input : null;
  }

  // Before the picker reads what was typed (on Enter, and when the field is left), which would
  // turn 31/02 into 3 March: a date that is not real, or not a date, is cleared and the field
  // says what to type.
  function check(event) {
    var input = typedInto(event);
    if (!input || (event.type === 'keydown' && event.key !== 'Enter')) {
      return;
    }
    var calendar = input._flatpickr && input._flatpickr.calendarContainer;
    if (event.type === 'blur' && event.relatedTarget && calendar && calendar.contains(event.relatedTarget)) {
      return;
    }
    var problem = problemWith(input.value);
    input.ohtTyped = null;
    if (problem) {
      input.value = '';
    }
    say(input, problem);
  }

  document.addEventListener('input', function (event) {
    var input = event.target;
    if (input.closest && input.closest('.fjs-datepicker')) {
      configure(input);
      input.ohtTyped = input.value;
    }
  }, true);

  document.addEventListener('focusin', function (event) {
    if (event.target.closest && event.target.closest('.fjs-datepicker')) {
      configure(event.target);
    }
  }, true);

  // A day picked from the calendar replaces what was said about the typing.
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input.closest && input.closest('.fjs-datepicker') && input.value && !problemWith(input.value)) {
      say(input, null);
    }
  }, true);

  window.addEventListener('keydown', check, true);
  window.addEventListener('blur', check, true);

  // Before the dialog's own listener on the document, which leaves a key already handled alone.
  window.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' && event.key !== 'Esc') {
      return;
    }
    var form = document.querySelector('.modal .fjs-container');
    if (!form) {
      return;
    }
    event.preventDefault();
    var inputs = form.querySelectorAll('.fjs-datepicker input');
    for (var i = 0; i < inputs.length; i++) {
      if (inputs[i]._flatpickr && inputs[i]._flatpickr.isOpen) {
        inputs[i]._flatpickr.close();
      }
    }
  }, true);

  // Tasklist's own date pickers (a task's due and follow-up dates): weeks start on Monday too.
  function tasklistPickers() {
    var injector = window.angular && window.angular.element(document.body).injector();
    if (!injector) {
      return false;
    }
    if (injector.has('uibDatepickerConfig')) {
      injector.get('uibDatepickerConfig').startingDay = 1;
    }
    return true;
  }

  var pickersSet = false;
  new MutationObserver(function () {
    configureAll();
    pickersSet = pickersSet || tasklistPickers();
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
