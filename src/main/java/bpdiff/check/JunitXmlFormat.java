package bpdiff.check;

import java.io.StringWriter;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The check as JUnit XML in the Surefire report format, for CI systems: one {@code <testsuite>}, one
 * {@code <testcase>} per checked formula (helpers are not test cases).
 *
 * <p>A wrong formula is a {@code <failure type="WrongDerivative">}; one that cannot be computed is an
 * {@code <error type="EvaluationError">}. The suite's {@code tests}, {@code failures}, {@code errors} and
 * {@code skipped} count them.
 */
public final class JunitXmlFormat {

    private JunitXmlFormat() {}

    /**
     * Writes a report.
     *
     * @param report the check
     * @param seconds how long the check took, for the {@code time} attribute
     * @return the XML document
     */
    public static String write(CheckReport report, double seconds) {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            String suiteName = "bpdiff.check." + baseName(report.source());
            Element suite = doc.createElement("testsuite");
            doc.appendChild(suite);
            int tests = 0;
            int failures = 0;
            int errors = 0;
            for (FormulaResult r : report.results()) {
                if (!r.checked()) {
                    continue;
                }
                tests++;
                Element testcase = doc.createElement("testcase");
                testcase.setAttribute("name", "line " + r.assignment().line() + ": " + r.assignment().formula());
                testcase.setAttribute("classname", suiteName);
                testcase.setAttribute("time", "0");
                if (r.verdict() == FormulaVerdict.ERROR) {
                    errors++;
                    testcase.appendChild(problem(doc, "error", "EvaluationError", r.error(), r));
                } else if (r.verdict() == FormulaVerdict.WRONG) {
                    failures++;
                    String message = r.target().label() + ": student " + ValueText.of(r.value()) + ", autograd "
                            + ValueText.of(r.autograd());
                    testcase.appendChild(problem(doc, "failure", "WrongDerivative", message, r));
                }
                suite.appendChild(testcase);
            }
            suite.setAttribute("name", suiteName);
            suite.setAttribute("tests", Integer.toString(tests));
            suite.setAttribute("failures", Integer.toString(failures));
            suite.setAttribute("errors", Integer.toString(errors));
            suite.setAttribute("skipped", "0");
            suite.setAttribute("time", String.format(Locale.ROOT, "%.3f", seconds));
            return serialize(doc);
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
    }

    private static Element problem(Document doc, String tag, String type, String message, FormulaResult r) {
        Element element = doc.createElement(tag);
        element.setAttribute("message", message);
        element.setAttribute("type", type);
        element.setTextContent(String.join("\n", TextFormat.explanation(r)));
        return element;
    }

    private static String serialize(Document doc) throws TransformerException {
        Transformer transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(doc), new StreamResult(out));
        return out.toString();
    }

    private static String baseName(String source) {
        String name = java.nio.file.Path.of(source).getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base.replaceAll("[^A-Za-z0-9_]", "_");
    }
}
