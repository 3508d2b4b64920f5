package bpdiff.serve;

import bpdiff.BadInputException;
import bpdiff.check.CheckReport;
import bpdiff.check.Derivation;
import bpdiff.check.DerivationChecker;
import bpdiff.check.DerivationParser;
import bpdiff.check.JsonFormat;
import bpdiff.check.JunitXmlFormat;
import bpdiff.check.MarkdownFormat;
import bpdiff.check.SourceExcerpt;
import bpdiff.diff.Tolerance;
import bpdiff.gradient.DjlAutograd;
import bpdiff.gradient.FiniteDifferences;
import bpdiff.gradient.GradientSource;
import bpdiff.gradient.Precision;
import bpdiff.network.NetworkSpec;
import bpdiff.report.html.CheckHtml;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /api/check}: what {@code bpdiff check FILE --format json} does, with the derivation's text from
 * the request instead of a file. This is the only class of the server that calls {@code bpdiff.check}; when
 * {@code check} takes whole homework programs, only this class changes.
 *
 * <p>The text is never written anywhere or taken for a path: it is parsed as the file {@value #SOURCE}
 * would be, so messages read {@code derivation.py:14:5}. Every engine and finite-difference call is
 * watched by the request's {@link Deadline}, and autograd takes turns with other requests ({@link WatchedSource}).
 */
public final class CheckService {

    /** The name the derivation goes by in messages and in the report. */
    public static final String SOURCE = "derivation.py";

    private static final Pattern POSITION = Pattern.compile("^" + Pattern.quote(SOURCE) + ":(\\d+):(\\d+)$");

    /**
     * Checks a derivation.
     *
     * @param request the request, with {@link ApiRequest#derivation()}
     * @param deadline the time limit
     * @return exit status 0 when every checked formula matches, 1 when some is wrong; check's JSON
     * @throws RequestException 400 for bad input (with the derivation's line under the message)
     * @throws TimeLimitException past the deadline
     */
    public Answer check(ApiRequest request, Deadline deadline) {
        try {
            return run(request, deadline);
        } catch (BadInputException e) {
            throw new RequestException(ErrorAnswer.badInput(e).withExcerpt(excerpt(e.where(), request.derivation())));
        }
    }

    private static Answer run(ApiRequest request, Deadline deadline) {
        NetworkSpec network = request.network();
        Precision precision = request.precision();
        Derivation derivation = DerivationParser.parse(request.derivation(), SOURCE);
        DerivationChecker.validate(derivation, network);
        int epochs = request.epochsOr(1);
        NetworkSpec firstSample = DerivationChecker.firstSample(network);
        long start = System.nanoTime();
        CheckReport report;
        try (DjlAutograd autograd = new DjlAutograd(firstSample, precision);
                DjlAutograd trainer = firstSample == network ? null : new DjlAutograd(network, precision, false)) {
            GradientSource watched = deadline.watchAutograd(autograd);
            report = new DerivationChecker(network, watched, deadline.watch(new FiniteDifferences(firstSample)),
                    trainer == null ? watched : deadline.watchAutograd(trainer),
                    Tolerance.forAutograd(precision), precision.id()).check(derivation, epochs);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, String> views = new LinkedHashMap<>();
        if (request.views()) {
            views.put("html", CheckHtml.fragment(report, network));
            views.put("markdown", MarkdownFormat.write(report));
            views.put("junitXml", JunitXmlFormat.write(report, seconds));
        }
        return new Answer(report.passed() ? Answer.SAME : Answer.DIFFERENT, JsonFormat.write(report), views);
    }

    /** The derivation's line and a caret, for an error at {@code derivation.py:line:column}. */
    private static String excerpt(String where, String text) {
        Matcher m = where == null || text == null ? null : POSITION.matcher(where);
        if (m == null || !m.matches()) {
            return "";
        }
        return SourceExcerpt.of(List.of(text.split("\r\n|\r|\n", -1)), Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)));
    }
}
