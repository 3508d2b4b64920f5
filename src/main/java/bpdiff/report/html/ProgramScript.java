package bpdiff.report.html;

/**
 * The program page's script, plain: linking lines and graph, and the claims' verdicts per epoch. It defines one
 * function, {@code bpdiffProgram()}, which wires the program content in the document: a written page calls it once
 * (after {@code bpdiffPage()}), and {@code bpdiff serve}'s page each time it shows a program's result.
 *
 * <p>Pointing at (or clicking, to pin) a line of the program highlights the graph nodes it claims the derivative
 * of ({@code data-nodes}), or else the operations the line computed ({@code data-line}), with the edges out of
 * them; pointing at a node highlights its line. When the epoch slider {@code #epoch} moves, each claim
 * ({@code data-q}) is marked wrong or right at that epoch; {@link PageScript} changes the numbers.
 */
final class ProgramScript {

    static final String JS = """
            function bpdiffProgram() {
              'use strict';
              function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
              function nodesOf(li) {
                var ids = li.getAttribute('data-nodes');
                if (ids) { return ids.split(' '); }
                var line = li.getAttribute('data-line');
                return all('g.gnode[data-line="' + line + '"]').map(function (g) { return g.getAttribute('data-node'); });
              }
              function mark(ids, on) {
                ids.forEach(function (id) {
                  all('g.gnode[data-node="' + id + '"], g.gedge[data-from="' + id + '"]').forEach(function (el) {
                    el.classList.toggle('hl', on);
                  });
                });
              }
              all('ol.program > li').forEach(function (li) {
                var ids = nodesOf(li);
                if (ids.length === 0) { return; }
                li.classList.add('linked');
                function set(on) { mark(ids, on); li.classList.toggle('hl', on); }
                li.addEventListener('mouseenter', function () { set(true); });
                li.addEventListener('mouseleave', function () { set(li.classList.contains('pinned')); });
                li.addEventListener('click', function () {
                  li.classList.toggle('pinned');
                  set(li.classList.contains('pinned'));
                });
              });
              all('g.gnode').forEach(function (g) {
                var li = document.getElementById('line-' + g.getAttribute('data-line'));
                if (!li) { return; }
                g.addEventListener('mouseenter', function () { li.classList.add('hl'); });
                g.addEventListener('mouseleave', function () { li.classList.toggle('hl', li.classList.contains('pinned')); });
                g.addEventListener('click', function () { li.scrollIntoView({block: 'nearest'}); });
              });
              var data = document.getElementById('bpdiff-epochs');
              var slider = document.getElementById('epoch');
              if (!data || !slider) { return; }
              var epochs = JSON.parse(data.textContent);
              function show(k) {
                var wrong = epochs[k].wrong;
                all('[data-q]').forEach(function (el) {
                  var bad = wrong.indexOf(Number(el.getAttribute('data-q'))) >= 0;
                  el.classList.toggle('wrong', bad);
                  el.classList.toggle('right', !bad);
                });
              }
              slider.addEventListener('input', function () { show(Number(slider.value)); });
              show(Number(slider.value));
            }
            """;

    private ProgramScript() {}
}
