package bpdiff.check.program;

import bpdiff.check.Agreement;
import bpdiff.diff.Tolerance;
import bpdiff.program.SourceMap;
import bpdiff.program.run.Events;
import bpdiff.program.run.Trace;
import bpdiff.program.run.ValuePaths;
import bpdiff.program.syntax.Program;
import bpdiff.program.tape.Closure;
import bpdiff.program.tape.IntStack;
import bpdiff.program.tape.NodeSet;
import bpdiff.program.tape.Tape;
import bpdiff.program.tape.TapeAutograd;
import bpdiff.program.tape.TapeNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a program while it runs, so that time and memory do not grow with the number of updates beyond what the
 * report shows.
 *
 * <p>Events arrive in a window. When the program computes a loss at weights that an update in the window made,
 * the window up to that loss is a finished segment: its parameters, epochs and claims are found as for a whole
 * run ({@link Epochs}, {@link ClaimFinder}); claims made after the segment's last loss that belong to none of its
 * epochs (a program that updates before it computes the loss it updates from) are carried into the next window.
 * Finished epochs wait in a batch; a full batch, and the last one, is replayed with autograd, judged, diagnosed
 * and added to the report ({@link Assembly}); then the tape releases every node that the window does not need.
 *
 * <p>Finite differences referee the first epoch and the first {@link #REFEREED_FAILURES} epochs in which a claim
 * disagrees with autograd: the epochs a report shows. Every epoch is judged against autograd.
 */
final class EpochStream implements Events.Listener {

    /** Epochs judged together before the tape is released: one batched replay on the engine for each shape. */
    static final int BATCH = 256;
    /** Epochs with a disagreeing claim that finite differences referee. */
    static final int REFEREED_FAILURES = 3;

    private final CheckOptions options;
    private final TapeAutograd autograd;
    private final Tolerance tolerance;
    private final SourceMap lines;
    private final Findings findings;
    private final Parameters parameters = new Parameters();
    private final Readings readings;
    private final List<String> epochNotes = new ArrayList<>();
    private final List<Epoch> pending = new ArrayList<>();
    private List<Events.Loss> losses = new ArrayList<>();
    private List<Events.Update> updates = new ArrayList<>();
    private List<Events.Assignment> assignments = new ArrayList<>();
    private List<Events.Comparison> comparisons = new ArrayList<>();
    private Program program;
    private Tape tape;
    private Assembly assembly;
    private int refereedFailures;
    /** The tape position at the last event taken: a value made since is a temporary of the running pass. */
    private int lastEvent;
    /** What the latest loss of the window depends on, once asked. */
    private LossClosure lossClosure;
    /** The closure asked for last, which the next one may extend. */
    private LossClosure previousClosure;
    /** The claims that disagreed with autograd at some epoch already judged. */
    private final Set<Site> failedSites = new HashSet<>();

    /** Where a claim is made, and how: its identity over the epochs. */
    private record Site(Claim.Kind kind, String name, int line, int column) {}
    /** The claims computed from a part of their loss's samples, kept out of the check. */
    private final OtherSamples otherSamples = new OtherSamples();
    /** The constant steps of a numerical gradient check, kept out of the updates. */
    private final Perturbations perturbations = new Perturbations();
    /** Whether the program is still running. */
    private boolean running = true;
    /** Whether the losses are the named variables' or the tensors {@code backward()} was called on. */
    private final LossSource lossSource = new LossSource();
    /** Whether a loss or derivative stopped being finite: no later epoch is judged. */
    private boolean stopped;
    /** Steps that add ({@code W += s}) made before any loss: not steps while no loss is known to descend. */
    private final List<Events.Update> addedSteps = new ArrayList<>();
    /** For a program that computes no loss: a {@code --loss-expr} to try, or {@code null}. */
    private String lossSuggestion;
    /** The tape position after the last event of the last finished segment: what follows it is kept. */
    private int keepFrom;

    /**
     * @param options how to check
     * @param autograd the engine
     * @param tolerance when a claim agrees with autograd
     * @param lines where the program's lines stand in its file, for the sentences that name a line
     */
    EpochStream(CheckOptions options, TapeAutograd autograd, Tolerance tolerance, SourceMap lines) {
        this.options = options;
        this.autograd = autograd;
        this.tolerance = tolerance;
        this.lines = lines;
        this.findings = new Findings(lines);
        this.readings = new Readings(findings);
    }

    @Override
    public void started(Program started, Tape recording) {
        this.program = started;
        parameters.loopVariables(ValuePaths.loopVariables(started.body()));
        this.tape = recording;
        this.assembly = new Assembly(started, parameters, new ProgramDiagnoser(new Trace(started, recording, List.of(),
                List.of(), List.of()), parameters, tolerance, lines));
    }

    @Override
    public void loss(Events.Loss loss) {
        if (!lossSource.takes(loss)) {
            return;
        }
        // a value of more than one number under a loss's name is no loss (Epochs notes it): it ends no segment, as
        // Aflak's error = layer.backward_propagation(error, learning_rate) after a layer's step does not
        if (!updates.isEmpty() && loss.value().size() == 1 && atUpdatedWeights(loss)) {
            segment(false);
        }
        losses.add(loss);
        lastEvent = loss.order();
        lossClosure = null;
    }

    @Override
    public void assignment(Events.Assignment assignment) {
        assignments.add(assignment);
        lastEvent = assignment.order();
    }

    @Override
    public void comparison(Events.Comparison comparison) {
        comparisons.add(comparison);
    }

    @Override
    public void update(Events.Update update) {
        if (isTraining(update) && perturbations.admit(update, tape)) {
            updates.add(update);
            lastEvent = update.order();
        } else if (update.added() && losses.isEmpty() && !assembly.anyEpoch() && addedSteps.size() < 64) {
            addedSteps.add(update); // w += s before any loss: a step, if the program computes no loss at all
        }
    }

    /**
     * Whether a subtraction {@code x = x - v} is a step of gradient descent and not part of the forward or backward
     * pass ({@code scores -= np.max(scores, axis=1, keepdims=True)}, {@code dscores[range(N), y] -= 1}): the value it
     * starts from is a parameter's (a leaf, a value a step made, or one computed from constants only, as
     * {@code np.random.randn(2, 3) * 0.01} is), not one computed from the data or the parameters, and not a loss or a
     * claim; a step that adds ({@code w += v}) must start from a value the latest loss depends on.
     */
    private boolean isTraining(Events.Update u) {
        int old = u.oldNode();
        if (u.added() && !inLatestLoss(old) || isLossOrClaim(old)) {
            return false;
        }
        if (old < 0 || tape.isReleased(old) || parameters.nameOf(old) != null) {
            return true;
        }
        Set<Integer> made = new HashSet<>();
        updates.forEach(w -> made.add(w.newNode()));
        if (made.contains(old) || tape.node(old).isLeaf() || old < lastEvent) {
            return true;
        }
        return !Closure.reaches(tape, old, id -> {
            TapeNode node = tape.node(id);
            return id != old && (made.contains(id) || parameters.nameOf(id) != null
                    || node.isLeaf() && !node.constant() && node.value().size() > 1);
        });
    }

    /** The program's own assertion that ended it, or {@code null}. */
    private bpdiff.program.BadProgramException assertion;

    @Override
    public boolean assertionFailed(bpdiff.program.BadProgramException failure) {
        assertion = failure;
        return true;
    }

    @Override
    public void finished() {
        running = false;
        for (Events.Update u : perturbations.unresolved()) {
            findings.noDerivative(u.target(), u, program.text(u.subtracted().span()));
        }
        segment(true);
        flush();
    }

    /**
     * @return the report
     * @throws bpdiff.program.BadProgramException if the program computed no loss, or a {@code --params} name
     *     held no recorded number where it did
     */
    ProgramReport report() {
        if (!assembly.anyEpoch() && assertion != null) {
            throw assertion;
        }
        if (assertion != null) {
            findings.assertionFailed(assertion.problems().get(0));
        }
        if (!assembly.anyEpoch()) {
            throw Epochs.noLoss(program.source(), options.lossName(), epochNotes, lossSuggestion);
        }
        parameters.requireNamed(options.parameters(), program.source());
        findings.finish(parameters);
        epochNotes.forEach(findings::note);
        return assembly.report(findings, options.precision().id(), "PyTorch " + autograd.engineVersion());
    }

    /** Whether a value is a loss or a claim of the window: {@code loss += reg * r} adds to the loss, it steps nothing. */
    private boolean isLossOrClaim(int node) {
        if (node < 0) {
            return false;
        }
        for (Events.Loss l : losses) {
            if (l.node() == node) {
                return true;
            }
        }
        for (Events.Assignment a : assignments) {
            if (a.node() == node) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a value is one the latest loss of the window depends on at its weights (not through the steps that made
     * them): what {@code w += s} must start from to be a step of gradient descent and not an accumulation
     * ({@code epoch_loss += loss}, {@code d_w1 += g1}).
     */
    private boolean inLatestLoss(int node) {
        if (node < 0 || losses.isEmpty()) {
            return false;
        }
        if (lossClosure == null) {
            int loss = losses.get(losses.size() - 1).node();
            Set<Integer> made = new HashSet<>(parameters.nodes());
            updates.forEach(u -> made.add(u.newNode()));
            lossClosure = LossClosure.of(tape, loss, made, previousClosure);
            previousClosure = lossClosure;
        }
        return lossClosure.contains(node);
    }

    /** Whether the loss depends on a value an update of the window made: the weights have moved on. */
    private boolean atUpdatedWeights(Events.Loss loss) {
        Set<Integer> made = new HashSet<>();
        updates.forEach(u -> made.add(u.newNode()));
        return Ancestry.dependsOn(tape, loss.node(), made);
    }

    /** Finishes the window as a segment; what belongs to the next one stays in the window. */
    private void segment(boolean last) {
        losses.removeIf(l -> !lossSource.takes(l)); // a named loss taken before backward() decided against it
        Trace segment = new Trace(program, tape, losses, updates, assignments);
        parameters.add(updates);
        parameters.named(options.parameters(), losses);
        parameters.requiringGrad(losses, tape);
        parameters.linked(comparisons, tape);
        if (!assignments.isEmpty() && (updates.isEmpty() || parameters.anyNeverUpdated())) {
            // gradients claimed where nothing is updated, or beside a tensor never updated: perhaps a hand side beside
            // autograd's
            AutogradTwins.find(parameters, losses, assignments, tape, findings);
        }
        comparisons = new ArrayList<>();
        List<Epoch> epochs = Epochs.in(segment, parameters, epochNotes, lines, this::checkpoint);
        if (last && epochs.isEmpty() && !assembly.anyEpoch() && options.lossName() == null) {
            lossSuggestion = !updates.isEmpty() ? LossSuggestion.of(tape, updates, parameters.nodes())
                    : LossSuggestion.of(tape, addedSteps, addedSteps.stream().map(Events.Update::oldNode)
                            .collect(java.util.stream.Collectors.toSet()));
        }
        int lastLoss = losses.stream().mapToInt(Events.Loss::order).max().orElse(-1);
        ClaimFinder.Carried carried = ClaimFinder.find(segment, parameters, epochs, findings,
                last || lastLoss < 0 ? Integer.MAX_VALUE : lastLoss);
        keepFrom = Math.max(keepFrom, lastLoss);
        // an update found to step by an accumulation (momentum) at a later epoch claims nothing at the first ones either
        parameters.accumulated().keySet().forEach(name -> pending.forEach(e -> e.claims.removeIf(
                c -> c.kind() == Claim.Kind.UPDATE && name.equals(c.target()))));
        otherSamples.drop(tape, parameters.nodes(), epochs, findings, program.text());
        findings.segment(tape, parameters, epochs);
        for (Epoch e : epochs) {
            if (e.claims.isEmpty()) {
                assembly.fallback(e);
            } else {
                pending.add(e);
            }
        }
        losses = new ArrayList<>();
        updates = new ArrayList<>(carried.updates());
        assignments = new ArrayList<>(carried.assignments());
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    /**
     * The caller's checkpoint, once per epoch judged after the program ended; while it runs, the interpreter's own
     * clock bounds the judging too (it runs inside the program's statements) and says where the program was.
     */
    private void checkpoint() {
        if (!running) {
            options.checkpoint().run();
        }
    }

    /** Judges the waiting epochs and releases what the window does not need. */
    private void flush() {
        if (stopped) {
            pending.clear();
            release();
            return;
        }
        checkpoint();
        EpochTruth.replay(pending, autograd, this::checkpoint);
        boolean first = true;
        for (Epoch e : pending) {
            if (!first) {
                checkpoint();
            }
            first = false;
            e.number = assembly.epochs() + 1;
            String notFinite = notFinite(e);
            if (notFinite != null) {
                findings.notFinite(notFinite, e.number, e.loss.span());
                assembly.fallback(e);
                stopped = true;
                break;
            }
            Tolerance held = toleranceOf(e);
            readings.choose(e, held);
            boolean disagrees = disagrees(e, held);
            if (e.number == 1 || disagrees && firstFailureOfAClaim(e, held)) {
                EpochTruth.replay(e, autograd, this::checkpoint);
            }
            if (e.number == 1 || disagrees && refereedFailures++ < REFEREED_FAILURES) {
                EpochTruth.numeric(e, this::checkpoint);
            } else {
                EpochTruth.unrefereed(e);
            }
            assembly.add(e, withoutPartials(e, ProgramJudge.judge(tape, e, parameters.nodes(), held)));
        }
        pending.clear();
        release();
    }

    /**
     * What is not finite at an epoch: its loss, or a claim's value or its true derivative. No value from there on
     * is compared, as {@code compare} stops a side whose numbers stopped being finite.
     */
    private String notFinite(Epoch e) {
        if (!Double.isFinite(e.replay.loss()) || !finite(e.loss.value())) {
            return "the loss (" + e.loss.name() + ", " + lines.lineText(e.loss.span().line()) + ") is "
                    + python(Double.isFinite(e.replay.loss()) ? firstNonFinite(e.loss.value().data()) : e.replay.loss())
                    + (finite(e.loss.value()) ? "" : origin(e.loss.node()));
        }
        for (Claim c : e.claims) {
            var truth = e.replay.gradient().get(c.targetNode());
            if (!finite(c.value())) {
                return c.name() + " (" + lines.lineText(c.span().line()) + ") is " + python(firstNonFinite(c.value().data()))
                        + origin(c.valueNode());
            }
            if (truth != null && !finite(truth)) {
                return "∂" + e.loss.name() + "/∂" + c.target() + " is " + python(firstNonFinite(truth.data()));
            }
        }
        return null;
    }

    /**
     * Where a value that is not finite comes from, when an operation made it so from finite inputs: a division by
     * zero (numpy's scalars and arrays divide by 0 without an error), the log of 0 or of a negative number, an
     * overflow.
     *
     * @param node the value's node
     * @return {@code ", from … at line N"}, or {@code ""} when no such operation is found
     */
    private String origin(int node) {
        TapeNode first = Ancestry.firstNonFinite(tape, node);
        if (first == null || first.line() <= 0) {
            return "";
        }
        String what = switch (first.op()) {
            case DIV -> {
                String divisor = tape.nameOf(first.inputs()[1]);
                yield "a division by zero" + (divisor != null ? " (" + divisor + " is 0)" : "");
            }
            case LOG -> "the log of a number that is 0 or negative";
            case EXP -> "an overflow of exp";
            case POW -> "an overflow of a power";
            default -> first.op().symbol() + " of finite numbers";
        };
        return ", from " + what + " at " + lines.lineText(first.line());
    }

    /** How Python prints a number that is not finite. */
    private static String python(double v) {
        return Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
    }

    private static boolean finite(bpdiff.program.array.NdArray values) {
        for (int k = 0, n = values.size(); k < n; k++) {
            if (!Double.isFinite(values.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static double firstNonFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return v;
            }
        }
        return 0;
    }

    /**
     * The judgements of an epoch but those of partial terms: a wrong claim named after a parameter whose value the
     * parameter's update uses and adds to, while the update itself is right (CS231n's {@code dw} of the data loss,
     * to which {@code grads['W2'] = dW2 + reg * W2} adds the regularisation's gradient). It is noted, not failed.
     */
    private List<Judgement> withoutPartials(Epoch e, List<Judgement> judged) {
        List<Judgement> kept = new ArrayList<>();
        for (Judgement j : judged) {
            Claim c = j.claim();
            boolean partial = j.failed() && c.kind() == Claim.Kind.NAMED && c.valueNode() >= 0
                    && parameters.nameOf(c.targetNode()) != null && judged.stream().anyMatch(u -> !u.failed()
                    && u.claim().kind() == Claim.Kind.UPDATE && u.claim().targetNode() == c.targetNode()
                    && u.claim().valueNode() != c.valueNode()
                    && Ancestry.of(tape, u.claim().valueNode(), parameters.nodes()).contains(c.valueNode()));
            if (partial) {
                findings.note(c.name() + " (" + lines.lineText(c.span().line()) + ") is a part of the gradient of "
                        + c.target() + ": the update subtracts it with more added, and that is right");
            } else {
                kept.add(j);
            }
        }
        return kept;
    }

    /**
     * Whether a claim of the epoch disagrees with autograd for the first time: the epochs whose every gradient a report
     * may show or a diagnosis may read.
     */
    private boolean firstFailureOfAClaim(Epoch e, Tolerance tolerance) {
        boolean first = false;
        for (Claim c : e.claims) {
            var truth = e.replay.gradient().get(c.targetNode());
            if (truth == null || !Agreement.agrees(c.value(), c.scale() == 1 ? truth
                    : bpdiff.program.array.Elementwise.unary(truth, v -> v * c.scale()), tolerance)) {
                first |= failedSites.add(new Site(c.kind(), c.name(), c.span().line(), c.span().column()));
            }
        }
        return first;
    }

    /**
     * The tolerance an epoch is judged with: float32's when its loss has a smoothing ε ({@link Smoothing}), or when
     * its parameters are float32 and a claim is a float64 number computed from them ({@code out_o1.item()} of
     * {@code torch.Tensor} weights, which keeps float32's rounding), and the check is in float64 (said once in a
     * note); else the check's own.
     */
    private Tolerance toleranceOf(Epoch e) {
        if (tolerance != Tolerance.FLOAT64) {
            return tolerance;
        }
        if (fromFloat32(e)) {
            findings.note("the parameters are float32 (torch.Tensor's default), and a gradient is a Python float computed"
                    + " from them (.item()): it carries float32's rounding, so gradients are compared within float32's"
                    + " tolerance (relative 1e-4)");
            return Tolerance.FLOAT32;
        }
        int epsilon = Smoothing.epsilon(tape, e);
        if (epsilon < 0) {
            return tolerance;
        }
        var node = tape.node(epsilon);
        findings.note("the loss adds " + Shown.full(node.value().data(), new int[0]) + " inside a log, square root or division"
                + " (line " + node.line() + ") so that it never meets 0: a derivation that leaves it out differs by"
                + " about that much relatively, so gradients are compared within float32's tolerance (relative 1e-4)");
        return Tolerance.FLOAT32;
    }

    /** Whether every parameter of an epoch is float32 while a claim's value is a float64 number. */
    private boolean fromFloat32(Epoch e) {
        if (e.parameterNodes.isEmpty() || e.parameterNodes.stream().anyMatch(
                id -> tape.isReleased(id) || tape.node(id).value().dtype() != bpdiff.program.array.DType.FLOAT32)) {
            return false;
        }
        return e.claims.stream().anyMatch(c -> c.value().dtype() == bpdiff.program.array.DType.FLOAT64);
    }

    private boolean disagrees(Epoch e, Tolerance tolerance) {
        for (Claim c : e.claims) {
            var truth = e.replay.gradient().get(c.targetNode());
            if (truth == null || !Agreement.agrees(c.value(), c.scale() == 1 ? truth
                    : bpdiff.program.array.Elementwise.unary(truth, v -> v * c.scale()), tolerance)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Releases every node but those recorded after the last finished segment's last loss and those the window's
     * events reach, going back no further than the parameters' values (which become leaves).
     */
    private void release() {
        NodeSet keep = new NodeSet(tape);
        IntStack todo = new IntStack();
        for (int id = Math.max(keepFrom, tape.base()); id < tape.size(); id++) {
            visit(id, keep, todo);
        }
        for (Events.Loss l : losses) {
            visit(l.node(), keep, todo);
        }
        for (Events.Assignment a : assignments) {
            visit(a.node(), keep, todo);
        }
        for (Events.Update u : updates) {
            visit(u.oldNode(), keep, todo);
            visit(u.newNode(), keep, todo);
            visit(u.subtractedNode(), keep, todo);
            u.factors().forEach(f -> visit(f.node(), keep, todo));
        }
        Set<Integer> cut = parameters.nodes();
        Set<Integer> leaves = new HashSet<>();
        while (!todo.isEmpty()) {
            int id = todo.pop();
            if (cut.contains(id)) {
                leaves.add(id);
                continue;
            }
            for (int input : tape.node(id).inputs()) {
                visit(input, keep, todo);
            }
        }
        tape.release(keep, leaves);
        parameters.forgetReleased(tape);
    }

    private void visit(int id, NodeSet keep, IntStack todo) {
        if (id >= 0 && !tape.isReleased(id) && keep.add(id)) {
            todo.push(id);
        }
    }
}
