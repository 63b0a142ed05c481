/*
 * OHT Pathway: dates and times in Cockpit in the one format of the pathway's forms and pages
 * ("3 Apr 2027" for a day, "3 Apr 2027, 14:05" for a moment), the dateFormat of scripts/config.js.
 * Cockpit fixes its own date formats when it starts (as 2027-04-03T14:05:00) and does not read
 * the configuration's; this sets them again, after Cockpit has, through the module Cockpit starts
 * last. moment(iso) writes a moment the same way in UK local time, for the pages of
 * oht/finished-referrals.js. Loaded by scripts/config.js (customScripts).
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', year: 'numeric', month: 'numeric', day: 'numeric',
  hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
});

export function moment(iso) {
  if (!iso) {
    return '';
  }
  const parts = {};
  LONDON.formatToParts(new Date(iso)).forEach((part) => { parts[part.type] = part.value; });
  return Number(parts.day) + ' ' + MONTHS[Number(parts.month) - 1] + ' ' + parts.year + ', '
    + parts.hour + ':' + parts.minute;
}

function applyConfiguredFormats(app, configuration) {
  const formats = (configuration && configuration.dateFormat) || {};
  const angular = window.angular;
  if (!angular || window.ohtDateFormats) {
    return;
  }
  window.ohtDateFormats = true;
  angular.module('cam.' + app + '.custom').config(['camDateFormatProvider', (provider) => {
    Object.keys(formats).forEach((name) => provider.setDateFormat(formats[name], name));
  }]);
}

const APP = window.location.pathname.indexOf('/app/admin/') >= 0 ? 'admin' : 'cockpit';
applyConfiguredFormats(APP, APP === 'admin' ? window.camAdminConf : window.camCockpitConf);
