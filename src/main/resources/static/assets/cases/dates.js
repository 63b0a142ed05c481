// Dates on the case pages in the one format of the forms, Tasklist and Cockpit (form/ShownDates):
// "3 Apr 2027" for a day, "3 Apr 2027, 14:05" for a moment in UK time. Staff type dates
// day/month/year (03/04/2027 is 3 April 2027); the server reads them the same way.
window.OhtDates = (function () {
  'use strict';

  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const LONDON = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
  });
  const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

  function inLondon(value) {
    const parts = {};
    LONDON.formatToParts(new Date(value)).forEach((part) => { parts[part.type] = part.value; });
    return parts;
  }

  function pad(number) {
    return String(number).padStart(2, '0');
  }

  /** A day (2027-04-03, or the day of a moment in UK time) as 3 Apr 2027. */
  function day(value) {
    if (!value) return '';
    const plain = ISO_DAY.exec(String(value));
    if (plain) return Number(plain[3]) + ' ' + MONTHS[Number(plain[2]) - 1] + ' ' + plain[1];
    const p = inLondon(value);
    return Number(p.day) + ' ' + MONTHS[Number(p.month) - 1] + ' ' + p.year;
  }

  /** A moment as 3 Apr 2027, 14:05 in UK time. */
  function moment(value) {
    if (!value) return '';
    const p = inLondon(value);
    return day(value) + ', ' + p.hour + ':' + p.minute;
  }

  /** The day of a moment (or a day) in the UK, as 2027-04-03, for comparing. */
  function dayOf(value) {
    if (ISO_DAY.test(String(value))) return String(value);
    const p = inLondon(value);
    return p.year + '-' + pad(p.month) + '-' + pad(p.day);
  }

  function today() {
    return dayOf(Date.now());
  }

  /** A day as staff type it: 2027-04-03 as 03/04/2027. */
  function typed(value) {
    const plain = ISO_DAY.exec(String(value || ''));
    return plain ? plain[3] + '/' + plain[2] + '/' + plain[1] : (value || '');
  }

  return { day, moment, dayOf, today, typed, PLACEHOLDER: 'dd/mm/yyyy' };
}());
