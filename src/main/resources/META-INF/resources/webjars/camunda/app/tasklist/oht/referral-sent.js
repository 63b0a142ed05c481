/*
 * OHT Pathway: after a referral is sent from its start form, Tasklist names its reference
 * ("Referral OHT-2026-000123 sent"), which the practitioner quotes from then on (withdrawing it,
 * raising a concern). Tasklist's own "The process has been started" says nothing of which.
 *
 * The reference is the new instance's business key, which the engine returns in answer to the
 * start form's submission (POST .../process-definition/{id}/submit-form). This listens for that
 * answer and adds a message through Tasklist's own notifications. Loaded by scripts/config.js.
 */
(function () {
  'use strict';

  // The pathway's process key (process/PathwayModel.PROCESS_PATHWAY): the other start forms
  // (withdrawal, safeguarding concern) name a referral that already has its reference.
  var PATHWAY = 'OhtPathway';
  var START_FORM = /\/process-definition\/(key\/)?[^/]+\/submit-form(\?|$)/;

  function notify(reference) {
    var message = 'Referral ' + reference + ' sent';
    var angular = window.angular;
    var injector = angular && angular.element(document.body).injector();
    if (injector && injector.has('Notifications')) {
      injector.get('Notifications').addMessage({
        status: message,
        message: 'Quote ' + reference + ' when you ask about it, withdraw it or raise a concern.',
        duration: 30000,
        scope: injector.get('$rootScope')
      });
      injector.get('$rootScope').$applyAsync();
    }
  }

  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.ohtStartForm = String(method).toUpperCase() === 'POST' && START_FORM.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.ohtStartForm) {
      this.addEventListener('load', function () {
        if (this.status !== 200) {
          return;
        }
        try {
          var instance = JSON.parse(this.responseText);
          if (instance.businessKey && String(instance.definitionId || '').split(':')[0] === PATHWAY) {
            // After Tasklist's own "The process has been started", which it adds once the form closes.
            setTimeout(function () { notify(instance.businessKey); }, 600);
          }
        } catch (ignored) {
          // Not the engine's answer: Tasklist reports it as it does any other.
        }
      });
    }
    return send.apply(this, arguments);
  };
})();
