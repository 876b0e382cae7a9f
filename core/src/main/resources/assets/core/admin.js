// Warns before leaving a page whose editing form holds changes not yet saved. The form works without this script:
// it only keeps an editor from losing typed text by following a link, going back or closing the tab.
(function () {
  'use strict';
  var unsaved = false;
  function watched(target) {
    return target.form instanceof HTMLFormElement && target.form.hasAttribute('data-unsaved-warning');
  }
  // Fields may sit outside their form's element (the form attribute), so changes are followed on the document.
  ['input', 'change'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      if (watched(event.target)) {
        unsaved = true;
      }
    });
  });
  document.addEventListener('submit', function () {
    unsaved = false;
  });
  window.addEventListener('beforeunload', function (event) {
    if (unsaved) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
})();
