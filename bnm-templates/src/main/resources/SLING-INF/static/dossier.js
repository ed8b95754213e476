/* BNM dossier form: focus on the first error, and autosave (the form works without this script). */
(function () {
  'use strict';
  var firstError = document.querySelector('[aria-invalid="true"], .field-error');
  if (firstError) {
    var target = firstError.matches('input, textarea') ? firstError
      : firstError.parentElement.querySelector('input, textarea');
    if (target) { target.focus(); }
  }
  var form = document.querySelector('form[data-autosave="on"]');
  if (!form || !window.fetch || !window.FormData) { return; }
  var status = document.querySelector('.autosave');
  var timer = null;
  var saving = false;
  var dirty = false;
  var submitter = null; // the button of a submit that waits for the autosave under way
  var submitting = false;

  function say(text) { if (status) { status.textContent = ' — ' + text; } }

  function save() {
    timer = null;
    if (submitting) { return; }
    if (saving) { dirty = true; return; }
    saving = true; dirty = false;
    say('enregistrement…');
    fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin',
      headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        return response.json().then(function (body) { return { status: response.status, body: body,
          etag: response.headers.get('ETag') }; });
      })
      .then(function (r) {
        if (r.status === 200) {
          form.querySelector('input[name=":etag"]').value = r.etag || r.body.etag;
          say('enregistré à ' + new Date().toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' }));
        } else if (r.status === 412 || r.status === 428) {
          // 428: the page was opened before the dossier's first save, which was made elsewhere
          say('le dossier a été modifié par ailleurs : cliquez sur « Enregistrer » pour comparer les versions.');
        } else if (r.status === 400) {
          say((r.body.errors || []).length + ' champ(s) à corriger : cliquez sur « Enregistrer » pour les voir.');
        } else {
          say('enregistrement automatique impossible pour le moment : utilisez « Enregistrer ».');
        }
      })
      .catch(function () { say('hors ligne : vos saisies restent dans la page, utilisez « Enregistrer ».'); })
      .then(function () {
        saving = false;
        if (submitter) { var button = submitter; submitter = null; form.requestSubmit(button); } else if (dirty) { schedule(); }
      });
  }

  function schedule() { clearTimeout(timer); timer = setTimeout(save, 3000); }

  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  form.addEventListener('focusout', function () { if (timer) { clearTimeout(timer); save(); } });
  // « Enregistrer » posts the whole page: never alongside an autosave (it would conflict with it), but after it,
  // with the version it saved
  form.addEventListener('submit', function (event) {
    clearTimeout(timer); timer = null;
    if (saving) {
      event.preventDefault();
      submitter = event.submitter || form.querySelector('button[type=submit]');
      return;
    }
    submitting = true;
  });
})();
