/*
 * OHT Pathway: lets Tasklist complete Camunda Forms that have lists (goals, goal progress,
 * onward referrals, goal outcomes).
 *
 * Tasklist 7.24 treats a Camunda Form as invalid while the errors that form-js reports have any
 * key at all. form-js 1.8 keeps an empty list of errors for a field inside a dynamic list once it
 * has checked it ({"Field_topic": []}), so such a form could never be completed. Before Tasklist
 * hears of a change, this removes the entries that hold no error. Real errors are kept, and are
 * shown and refused as before. Loaded by scripts/config.js (customScripts).
 */
(function () {
  'use strict';

  function holdsNoError(value) {
    if (Array.isArray(value)) {
      return value.every(holdsNoError);
    }
    return value === undefined || value === null;
  }

  function dropEmptyEntries(errors) {
    Object.keys(errors || {}).forEach(function (key) {
      if (holdsNoError(errors[key])) {
        delete errors[key];
      }
    });
  }

  // The form's services, found through the components Preact rendered into the container.
  function servicesOf(element) {
    var seen = [];
    function walk(vnode, depth) {
      if (!vnode || depth > 60 || seen.indexOf(vnode) >= 0) {
        return null;
      }
      seen.push(vnode);
      var component = vnode.__c;
      if (component && component.props && component.props.value && component.props.value.getService) {
        return component.props.value;
      }
      var children = vnode.__k || [];
      for (var i = 0; i < children.length; i++) {
        var found = walk(children[i], depth + 1);
        if (found) {
          return found;
        }
      }
      return null;
    }
    return walk(element.__k, 0) || (element.parentElement && walk(element.parentElement.__k, 0));
  }

  function attach() {
    var containers = document.querySelectorAll('.fjs-container');
    for (var i = 0; i < containers.length; i++) {
      var container = containers[i];
      if (container.ohtErrorsAttached) {
        continue;
      }
      var services = servicesOf(container);
      if (!services) {
        continue;
      }
      container.ohtErrorsAttached = true;
      // Before Tasklist's own listener (priority 1000).
      services.getService('eventBus').on('changed', 2000, function (event) {
        dropEmptyEntries(event.errors);
      });
    }
  }

  new MutationObserver(attach).observe(document.documentElement, { childList: true, subtree: true });
})();
