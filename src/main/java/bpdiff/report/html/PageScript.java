package bpdiff.report.html;

/**
 * The pages' only script, plain: highlighting and the epoch control.
 *
 * <p>It defines one function, {@code bpdiffPage()}, which wires whatever page content is in the document:
 * a written page calls it once at its end, and {@code bpdiff serve}'s page calls it each time it shows a
 * new result.
 *
 * <p>Pointing at (or clicking, to pin) an element with {@code data-target="w1"} highlights every connection
 * of that parameter and every neuron of that name in the picture; pointing at a connection highlights the
 * other connections of a shared parameter. When the page carries {@code #bpdiff-epochs} (one entry per
 * shown epoch: the text of each {@code data-v} key, each parameter's state and the neurons where the error
 * enters), the slider {@code #epoch} shows the epoch chosen.
 */
final class PageScript {

    static final String JS = """
            function bpdiffPage() {
              'use strict';
              function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
              function mark(name, on) {
                all('[data-parameter], [data-neuron]').forEach(function (el) {
                  if (el.getAttribute('data-parameter') === name || el.getAttribute('data-neuron') === name) {
                    el.classList.toggle('hl', on);
                  }
                });
              }
              all('[data-target]').forEach(function (el) {
                var names = el.getAttribute('data-target').split(' ');
                function set(on) { names.forEach(function (n) { mark(n, on); }); el.classList.toggle('hl', on); }
                el.addEventListener('mouseenter', function () { set(true); });
                el.addEventListener('mouseleave', function () { set(el.classList.contains('pinned')); });
                el.addEventListener('click', function () { el.classList.toggle('pinned'); set(el.classList.contains('pinned')); });
              });
              all('g.edge').forEach(function (el) {
                var name = el.getAttribute('data-parameter');
                el.addEventListener('mouseenter', function () { mark(name, true); });
                el.addEventListener('mouseleave', function () { mark(name, false); });
              });
              var data = document.getElementById('bpdiff-epochs');
              var slider = document.getElementById('epoch');
              if (!data || !slider) { return; }
              var epochs = JSON.parse(data.textContent);
              function show(k) {
                var e = epochs[k];
                all('[data-v]').forEach(function (el) {
                  var v = e.values[el.getAttribute('data-v')];
                  if (v !== undefined) { el.textContent = v; }
                });
                all('g.edge, tr[data-parameter]').forEach(function (el) {
                  var s = e.status[el.getAttribute('data-parameter')] || 'unchecked';
                  el.classList.remove('match', 'mismatch', 'unchecked');
                  el.classList.add(s);
                });
                all('g.neuron').forEach(function (el) {
                  el.classList.toggle('error-entry', e.errors.indexOf(el.getAttribute('data-neuron')) >= 0);
                });
                document.getElementById('epoch-label').textContent = e.label;
              }
              slider.addEventListener('input', function () { show(Number(slider.value)); });
              show(Number(slider.value));
            }
            """;

    private PageScript() {}
}
