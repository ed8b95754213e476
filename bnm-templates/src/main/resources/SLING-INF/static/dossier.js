/* BNM dossier form: focus on the first error, fields shown after the answer they depend on, and autosave
   (the form works without this script). Texts come from the page (i18n dictionary), in data-msg-* attributes. */
(function () {
  'use strict';
  var firstError = document.querySelector('[aria-invalid="true"], .field-error');
  if (firstError) {
    var target = firstError.matches('input, textarea') ? firstError
      : firstError.parentElement.querySelector('input, textarea');
    if (target) { target.focus(); }
  }
  var form = document.querySelector('form.dossier-form');
  if (!form) { return; }

  /* Fields that matter only after an answer: hidden (and not sent) otherwise. */
  var dependents = form.querySelectorAll('[data-shown-when]');
  function chosen(name) {
    var values = [];
    form.querySelectorAll('input[name="' + CSS.escape(name) + '"]').forEach(function (input) {
      if (input.checked) { values.push(input.value); }
    });
    return values;
  }
  function applyConditions() {
    dependents.forEach(function (element) {
      var wanted = (element.getAttribute('data-shown-for') || '').split(' ');
      var shown = chosen(element.getAttribute('data-shown-when')).some(function (v) { return wanted.indexOf(v) >= 0; });
      element.hidden = !shown;
      element.querySelectorAll('input, textarea, select').forEach(function (input) {
        if (!input.hasAttribute('data-disabled-by-page')) { input.disabled = !shown; }
      });
      element.querySelectorAll('.condition').forEach(function (note) { note.hidden = true; });
    });
  }
  form.querySelectorAll('input:disabled, textarea:disabled').forEach(function (input) {
    input.setAttribute('data-disabled-by-page', '');
  });
  applyConditions();
  form.addEventListener('change', applyConditions);

  if (form.getAttribute('data-autosave') !== 'on' || !window.fetch || !window.FormData) { return; }
  var status = document.querySelector('.autosave');
  var timer = null;
  var saving = false;
  var dirty = false;
  var submitter = null; // the button of a submit that waits for the autosave under way
  var submitting = false;

  function msg(name, arg) {
    return (form.getAttribute('data-msg-' + name) || '').replace('{0}', arg === undefined ? '' : arg);
  }
  function say(text) { if (status) { status.textContent = ' — ' + text; } }

  /* The wrapper of the field at a JSON pointer, or of the nearest enclosing field shown on this page. */
  function wrapperOf(pointer) {
    for (var p = pointer; p; p = p.substring(0, p.lastIndexOf('/'))) {
      var wrapper = form.querySelector('[data-field="' + CSS.escape(p) + '"]');
      if (wrapper) { return wrapper; }
    }
    return null;
  }

  function clearMessages() {
    form.querySelectorAll('.field-error, .field-todo').forEach(function (node) { node.remove(); });
    form.querySelectorAll('.field--invalid').forEach(function (node) { node.classList.remove('field--invalid'); });
    form.querySelectorAll('[aria-invalid]').forEach(function (input) { input.removeAttribute('aria-invalid'); });
    form.querySelectorAll('[data-field] [aria-describedby]').forEach(function (input) {
      var kept = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
        return id && !/-(erreur|a-completer)$/.test(id);
      });
      if (kept.length) { input.setAttribute('aria-describedby', kept.join(' ')); } else { input.removeAttribute('aria-describedby'); }
    });
  }

  /* Puts a message beside its field: an error (a refused value) or what is still to complete. */
  function place(pointer, text, isError) {
    var wrapper = wrapperOf(pointer);
    if (!wrapper) { return; }
    var base = 'f' + wrapper.getAttribute('data-field').replace(/\//g, '-');
    var id = base + (isError ? '-erreur' : '-a-completer');
    var box = document.getElementById(id);
    if (!box) {
      box = document.createElement('div');
      box.id = id;
      box.className = isError ? 'field-error' : 'field-todo';
      var before = wrapper.tagName === 'FIELDSET' ? wrapper.querySelector(':scope > [data-field]') : null;
      wrapper.insertBefore(box, before);
    }
    var line = document.createElement('p');
    line.textContent = isError ? text : msg('todo', text);
    box.appendChild(line);
    if (isError && wrapper.classList.contains('field')) { wrapper.classList.add('field--invalid'); }
    var input = wrapper.querySelector(':scope input, :scope textarea, :scope fieldset.choices');
    if (input && input.closest('[data-field]') === wrapper) {
      if (isError && input.matches('input, textarea')) { input.setAttribute('aria-invalid', 'true'); }
      var ids = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      if (ids.indexOf(id) < 0) { ids.push(id); }
      input.setAttribute('aria-describedby', ids.join(' '));
    }
  }

  function show(completeness, errors) {
    clearMessages();
    Object.keys(completeness || {}).forEach(function (section) {
      (completeness[section].errors || []).forEach(function (e) { place(e.pointer, e.message, e.rule === 'schema'); });
    });
    (errors || []).forEach(function (e) { place(e.pointer, e.message, true); });
  }

  function save() {
    timer = null;
    if (submitting) { return; }
    if (saving) { dirty = true; return; }
    saving = true; dirty = false;
    say(msg('saving'));
    fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin',
      headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        return response.json().then(function (body) { return { status: response.status, body: body,
          etag: response.headers.get('ETag') }; });
      })
      .then(function (r) {
        var etag = form.querySelector('input[name=":etag"]');
        if (r.status === 200) {
          etag.value = r.etag || r.body.etag;
          show(r.body.completeness, []);
          var refused = (r.body.refused || []).filter(function (e) { return wrapperOf(e.pointer); }).length;
          var time = new Date().toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' });
          say(refused ? msg('refused', refused) : msg('saved', time));
        } else if (r.status === 412 || r.status === 428) {
          if (r.etag) { etag.value = r.etag; }
          show(null, r.body.errors);
          say(msg('conflict'));
        } else if (r.status === 400) {
          show(null, r.body.errors);
          say(msg('failed'));
        } else {
          say(msg('failed'));
        }
      })
      .catch(function () { say(msg('offline')); })
      .then(function () {
        saving = false;
        if (submitter) { var button = submitter; submitter = null; form.requestSubmit(button); } else if (dirty) { schedule(); }
      });
  }

  function schedule() { clearTimeout(timer); timer = setTimeout(save, 3000); }

  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  form.addEventListener('focusout', function () { if (timer) { clearTimeout(timer); save(); } });
  // the page is closing: send what is typed now (a beacon would lose the answer, a keepalive fetch keeps it)
  window.addEventListener('pagehide', function () {
    if (timer && !submitting) {
      clearTimeout(timer); timer = null;
      fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin', keepalive: true,
        headers: { 'Accept': 'application/json' } });
    }
  });
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
