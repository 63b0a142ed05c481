/*
 * OHT Pathway: dates and times in Admin in the one format of the pathway's forms and pages
 * ("3 Apr 2027" for a day, "3 Apr 2027, 14:05" for a moment), the dateFormat of scripts/config.js,
 * which Admin does not read itself: this sets it through the module Admin starts last.
 * Loaded by scripts/config.js (customScripts).
 */
const formats = (window.camAdminConf && window.camAdminConf.dateFormat) || {};
if (window.angular && !window.ohtDateFormats) {
  window.ohtDateFormats = true;
  window.angular.module('cam.admin.custom').config(['camDateFormatProvider', (provider) => {
    Object.keys(formats).forEach((name) => provider.setDateFormat(formats[name], name));
  }]);
}
