// Files past the portal's limit are refused before they are sent: the field carries the limit (data-max-bytes)
// and the French message (data-too-large); the browser shows the message on the field and keeps the form.
(function () {
  'use strict';
  function check(input) {
    var max = Number(input.getAttribute('data-max-bytes'));
    var tooLarge = Array.prototype.some.call(input.files || [], function (file) { return file.size > max; });
    input.setCustomValidity(tooLarge ? input.getAttribute('data-too-large') : '');
    return !tooLarge;
  }
  document.querySelectorAll('input[type="file"][data-max-bytes]').forEach(function (input) {
    input.addEventListener('change', function () {
      if (!check(input)) {
        input.reportValidity();
      }
    });
    check(input);
  });
}());
