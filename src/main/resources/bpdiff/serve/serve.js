// bpdiff serve's page: the form, the calls to the JSON API (check, compare, and diff of the program with a second
// one), and the result shown with the views of --format html (bpdiffPage() above wires their highlighting and epoch
// control).
(function () {
  'use strict';
  var OWN = '(own)';
  var examples = {};
  var networks = [];
  var downloads = [];
  // what each program goes by in a diff's report: an opened file's name or an example's, until the text is edited
  var names = { 'f-derivation': '', 'f-other': '' };

  function $(id) { return document.getElementById(id); }

  function getJson(path) {
    return fetch(path, { headers: { 'Accept': 'application/json' } }).then(function (r) { return r.json(); });
  }

  function option(select, value, text) {
    var o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    select.appendChild(o);
  }

  function describeNetwork() {
    var id = $('f-network').value;
    $('f-own').hidden = id !== OWN;
    var about = '';
    networks.forEach(function (n) {
      if (n.id === id) {
        about = 'layers ' + n.layers.join('-') + ', ' + n.parameters + ' parameters, ' + n.activation + ', '
          + n.loss + ', lr ' + n.learningRate + '. ' + n.description;
      }
    });
    $('f-network-about').textContent = id === OWN ? 'Paste a network document or open a file; it is sent to '
      + 'the server with the request, never saved.' : about;
  }

  // a program that cannot be checked has every problem found in it, as the command prints them
  function showError(message, excerpt, problems) {
    var more = (problems || []).slice(1).join('');
    $('f-error').hidden = false;
    $('f-error-message').textContent = message;
    $('f-error-excerpt').hidden = !excerpt && !more;
    $('f-error-excerpt').textContent = (excerpt || '') + more;
    $('f-result').hidden = true;
  }

  // the lecture is the default: left out, as bpdiff check leaves out --network, so that a program may be checked
  function networkField() {
    var id = $('f-network').value;
    if (id !== OWN) {
      return { value: id === 'lecture' ? undefined : id };
    }
    var text = $('f-network-json').value.trim();
    if (!text) {
      return { error: 'bpdiff: paste a network document or open a network file (network)' };
    }
    try {
      return { value: JSON.parse(text) };
    } catch (e) {
      return { error: 'bpdiff: the network is not valid JSON: ' + e.message + ' (network)' };
    }
  }

  function body(kind) {
    var network = networkField();
    if (network.error) {
      return network;
    }
    var b = { dtype: $('f-dtype').value, views: true };
    if (network.value !== undefined) { b.network = network.value; }
    var epochs = $('f-epochs').value.trim();
    if (epochs) { b.epochs = /^-?\d+$/.test(epochs) ? Number(epochs) : epochs; }
    var lr = $('f-lr').value.trim();
    if (lr) { b.lr = isNaN(Number(lr)) ? lr : Number(lr); }
    if ($('f-activation').value) { b.activation = $('f-activation').value; }
    if ($('f-loss').value) { b.loss = $('f-loss').value; }
    if (kind === 'check') {
      b.derivation = $('f-derivation').value;
    } else if (kind === 'diff') {
      b.a = $('f-derivation').value;
      b.b = $('f-other').value;
      var given = programNames();
      if (given.a) { b['a-name'] = given.a; }
      if (given.b) { b['b-name'] = given.b; }
      var map = $('f-map').value.trim();
      if (map) { b.map = map; }
    } else if ($('f-manual').value) {
      b.manual = $('f-manual').value;
    }
    return { value: b };
  }

  // the names sent with a diff: none where a program has none, and none at all where both would be the same
  function programNames() {
    var a = names['f-derivation'];
    var b = names['f-other'];
    return (a || 'A.py') === (b || 'B.py') ? {} : { a: a, b: b };
  }

  function describeNames() {
    var given = programNames();
    $('f-diff-names').textContent = 'The report names them ' + (given.a || 'A.py') + ' (A) and '
      + (given.b || 'B.py') + ' (B).';
  }

  function setProgram(id, text, name) {
    $(id).value = text;
    names[id] = name;
    describeNames();
  }

  function openFile(input, id) {
    var file = $(input).files[0];
    if (!file) { return; }
    var reader = new FileReader();
    reader.onload = function () { setProgram(id, reader.result, file.name); };
    reader.readAsText(file);
  }

  function download(id, name, text, type) {
    var link = $(id);
    link.hidden = text === undefined;
    if (text === undefined) {
      link.removeAttribute('href');
      return;
    }
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    downloads.push(url);
    link.href = url;
    link.setAttribute('download', name);
  }

  function showResult(kind, answer) {
    downloads.forEach(function (url) { URL.revokeObjectURL(url); });
    downloads = [];
    var views = answer.views || {};
    var doc = Object.assign({}, answer);
    delete doc.views;
    var summary = kind === 'check' ? doc.summary.split(';')[0] : kind === 'diff' ? doc.verdict.split('. ')[0]
      : doc.summary.verdict + (doc.summary.mismatched.length ? ' on ' + doc.summary.mismatched.join(', ') : '');
    $('f-result-summary').textContent = (answer.exitStatus === 0 ? '✓ ' : '✗ ') + kind + ': ' + summary
      + ' (exit status ' + answer.exitStatus + ')';
    $('f-result-summary').className = answer.exitStatus === 0 ? 'ok' : 'bad';
    download('f-download-json', 'bpdiff-' + kind + '.json', JSON.stringify(doc, null, 2) + '\n', 'application/json');
    download('f-download-markdown', 'bpdiff-' + kind + '.md', views.markdown, 'text/markdown');
    download('f-download-junit', 'bpdiff-' + kind + '.xml', views.junitXml, 'application/xml');
    $('f-view').innerHTML = views.html || '';
    $('f-error').hidden = true;
    $('f-result').hidden = false;
    $('f-result').dataset.kind = kind;
    bpdiffPage();
    bpdiffProgram();
  }

  function run(kind) {
    var b = body(kind);
    if (b.error) {
      showError(b.error);
      return;
    }
    var buttons = [$('f-check'), $('f-compare'), $('f-diff')];
    buttons.forEach(function (el) { el.disabled = true; });
    $('f-status').textContent = { check: 'Checking…', compare: 'Comparing…', diff: 'Running both programs…' }[kind];
    $('f-result').setAttribute('aria-busy', 'true');
    fetch('/api/' + kind, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(b.value)
    }).then(function (r) {
      return r.json().then(function (answer) { return { status: r.status, answer: answer }; });
    }).then(function (r) {
      if (r.status === 200) {
        showResult(kind, r.answer);
      } else {
        showError(r.answer.error, r.answer.excerpt, r.answer.problems);
      }
    }).catch(function () {
      showError('bpdiff: no answer from the server; is bpdiff serve still running? (' + location.host + ')');
    }).then(function () {
      // how many answers the page has shown: what a test waits for
      document.body.dataset.answers = String(Number(document.body.dataset.answers || 0) + 1);
      buttons.forEach(function (el) { el.disabled = false; });
      $('f-status').textContent = '';
      $('f-result').removeAttribute('aria-busy');
    });
  }

  $('f-form').addEventListener('submit', function (e) { e.preventDefault(); run('check'); });
  $('f-compare').addEventListener('click', function () { run('compare'); });
  $('f-diff').addEventListener('click', function () { run('diff'); });
  // Enter in the map field runs the diff it belongs to, not the form's Check
  $('f-map').addEventListener('keydown', function (e) {
    if (e.key === 'Enter') {
      e.preventDefault();
      run('diff');
    }
  });
  $('f-network').addEventListener('change', describeNetwork);
  // a program example goes by its file's name; a formula list is never diffed
  function example(id) {
    return function () {
      setProgram('f-derivation', examples[id] || '', id.indexOf('programs/') === 0 ? id.slice(9) + '.py' : '');
    };
  }
  $('f-example-program-published').addEventListener('click', example('programs/homework2-published'));
  $('f-example-program-corrected').addEventListener('click', example('programs/homework2-corrected'));
  $('f-example-published').addEventListener('click', example('formulas/published'));
  $('f-example-corrected').addEventListener('click', example('formulas/corrected'));
  $('f-example').addEventListener('change', function () {
    if ($('f-example').value) { example($('f-example').value)(); }
  });
  $('f-example-diff').addEventListener('click', function () {
    example('programs/homework2-published')();
    setProgram('f-other', examples['programs/homework3'] || '', 'homework3.py');
  });
  ['f-derivation', 'f-other'].forEach(function (id) {
    $(id).addEventListener('input', function () {
      names[id] = '';
      describeNames();
    });
  });
  $('f-derivation-file').addEventListener('change', function () { openFile('f-derivation-file', 'f-derivation'); });
  $('f-other-file').addEventListener('change', function () { openFile('f-other-file', 'f-other'); });
  describeNames();
  $('f-network-file').addEventListener('change', function () {
    var file = $('f-network-file').files[0];
    if (!file) { return; }
    var reader = new FileReader();
    reader.onload = function () { $('f-network-json').value = reader.result; };
    reader.readAsText(file);
  });

  getJson('/api/networks').then(function (answer) {
    networks = answer.networks;
    networks.forEach(function (n) { option($('f-network'), n.id, n.id + (n['default'] ? ' (the default)' : '')); });
    option($('f-network'), OWN, 'your own network (paste or open a file)…');
    describeNetwork();
  });
  getJson('/api/examples').then(function (answer) {
    [['programs', 'programs', 'f-example-programs'], ['derivations', 'formulas', 'f-example-formulas']]
      .forEach(function (group) {
        answer[group[0]].forEach(function (d) {
          examples[group[1] + '/' + d.id] = d.text;
          option($(group[2]), group[1] + '/' + d.id, d.id);
        });
      });
    document.body.dataset.ready = 'true';
  });
})();
