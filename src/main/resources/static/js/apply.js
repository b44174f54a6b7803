// The application form: builds the intake API's JSON, posts it (with the CV as multipart), shows the API's
// problem details next to the fields, and keeps what was typed in this browser until the submission succeeds.
(function () {
  'use strict';
  var form = document.getElementById('application');
  if (!form) { return; }
  var draftKey = 'hireflow-draft-' + form.dataset.draft;
  var errors = document.getElementById('errors');
  var idempotencyKey = (window.crypto && crypto.randomUUID) ? crypto.randomUUID() : String(Date.now()) + Math.random();

  // what the candidate says for diversity reporting is sent, never kept in the browser's draft
  function fields() { return Array.prototype.slice.call(form.elements).filter(function (e) { return e.name && e.type !== 'file' && !e.closest('[data-not-kept]'); }); }

  function save() {
    var draft = {};
    fields().forEach(function (e) {
      if (e.type === 'checkbox') { draft[e.name] = e.checked; }
      else if (e.type === 'radio') { if (e.checked) { draft[e.name] = e.value; } }
      else if (e.multiple) { draft[e.name] = Array.prototype.map.call(e.selectedOptions, function (o) { return o.value; }); }
      else { draft[e.name] = e.value; }
    });
    try { localStorage.setItem(draftKey, JSON.stringify(draft)); } catch (ignored) { /* private mode */ }
  }

  function restore() {
    var draft;
    try { draft = JSON.parse(localStorage.getItem(draftKey) || 'null'); } catch (ignored) { draft = null; }
    if (!draft) { return; }
    fields().forEach(function (e) {
      if (!(e.name in draft)) { return; }
      if (e.type === 'checkbox') { e.checked = !!draft[e.name]; }
      else if (e.type === 'radio') { e.checked = draft[e.name] === e.value; }
      else if (e.multiple) { Array.prototype.forEach.call(e.options, function (o) { o.selected = draft[e.name].indexOf(o.value) >= 0; }); }
      else { e.value = draft[e.name]; }
    });
  }

  function body() {
    var v = function (name) { return form.elements[name].value.trim(); };
    var languages = [];
    if (+v('english') > 0) { languages.push({ language: 'en', level: +v('english') }); }
    if (+v('french') > 0) { languages.push({ language: 'fr', level: +v('french') }); }
    return {
      email: v('email'), givenName: v('givenName'), familyName: v('familyName'),
      dateOfBirth: v('dateOfBirth') || null,
      nationalities: Array.prototype.map.call(form.elements.nationalities.selectedOptions, function (o) { return o.value; }),
      appliedNationality: v('appliedNationality') || null,
      languages: languages,
      highestDegree: v('highestDegree') || null,
      yearsOfExperience: v('yearsOfExperience') === '' ? null : +v('yearsOfExperience'),
      correspondenceLanguage: (form.querySelector('input[name=correspondenceLanguage]:checked') || {}).value || null,
      declarations: {
        militaryServiceObligationsMet: form.elements.militaryServiceObligationsMet.checked,
        closelyRelatedToStaffMember: form.elements.closelyRelatedToStaffMember.checked
      },
      answers: Array.prototype.map.call(form.querySelectorAll('textarea[data-question]'), function (t) {
        return { questionCode: t.dataset.question, text: t.value };
      }),
      selfIdentification: v('gender') ? { gender: v('gender') } : null
    };
  }

  function fieldFor(path) {
    var m = /^answers\[(.+)\]$/.exec(path || '');
    if (m) { return document.getElementById('answer-' + m[1]); }
    var name = (path || '').split(/[.\[]/)[0];
    if (name === 'languages') { return form.elements.english; }
    if (name === 'declarations') { return form.elements.militaryServiceObligationsMet; }
    var element = form.elements.namedItem(name);
    return element && !(element instanceof RadioNodeList) ? element : null;
  }

  function showProblem(problem) {
    var list = errors.querySelector('ul');
    list.textContent = '';
    form.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
    var items = problem.errors || [{ field: problem.field, message: problem.detail || problem.title }];
    items.forEach(function (error) {
      var li = document.createElement('li');
      var field = fieldFor(error.field);
      var label = field && field.labels && field.labels[0] ? field.labels[0].textContent : (error.field || '');
      if (field) {
        field.setAttribute('aria-invalid', 'true');
        var a = document.createElement('a');
        a.href = '#' + field.id;
        a.textContent = label + ': ' + error.message;
        li.appendChild(a);
      } else {
        li.textContent = (label ? label + ': ' : '') + (error.message || problem.detail);
      }
      list.appendChild(li);
    });
    errors.hidden = false;
    errors.focus();
  }

  restore();
  form.addEventListener('input', save);
  form.addEventListener('change', save);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    save();
    var data = new FormData();
    data.append('application', new Blob([JSON.stringify(body())], { type: 'application/json' }));
    var cv = form.elements.cv.files[0];
    if (cv) { data.append('cv', cv); }
    var button = form.querySelector('button[type=submit]');
    button.disabled = true;
    fetch(form.dataset.api, { method: 'POST', body: data, headers: { 'Idempotency-Key': idempotencyKey, 'Accept': 'application/json' } })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (json) { return { ok: response.ok, json: json }; });
      })
      .then(function (result) {
        if (result.ok) {
          try { localStorage.removeItem(draftKey); } catch (ignored) { /* nothing kept */ }
          window.location.assign(form.dataset.done + '?reference=' + encodeURIComponent(result.json.reference));
        } else {
          showProblem(result.json);
        }
      })
      .catch(function () { showProblem({ detail: form.dataset.networkError }); })
      .finally(function () { button.disabled = false; });
  });
})();
