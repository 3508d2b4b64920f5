package bpdiff.junit;

import java.io.StringWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * One JUnit XML test suite in Maven Surefire's report format, which CI systems read as a test report: a
 * {@code <testsuite>} with {@code tests}, {@code failures}, {@code errors}, {@code skipped} and {@code time}, and
 * one {@code <testcase>} per case, holding a {@code <failure>} or an {@code <error>} when it did not pass. Built with
 * the JDK's DOM, so every text is escaped as XML requires.
 */
public final class JunitXml {

    /** How a test case ended. */
    public enum Outcome {
        /** It holds. */
        PASSED,
        /** It was checked and does not hold: {@code <failure>}. */
        FAILED,
        /** It could not be checked (bad input, no engine): {@code <error>}. */
        ERROR
    }

    /**
     * One test case.
     *
     * @param className the group it belongs to, e.g. {@code bpdiff.compare.lecture}
     * @param name its name, e.g. {@code w1 [float64]}
     * @param outcome how it ended
     * @param type the failure's or error's type, e.g. {@code mismatch}; ignored when it passed
     * @param message one line saying what went wrong; ignored when it passed
     * @param details the longer text inside the element; ignored when it passed
     * @param properties {@code <property>} elements of the test case, name to values (pytest's
     *     {@code record_property} writes them there too); empty for none
     */
    public record TestCase(String className, String name, Outcome outcome, String type, String message,
            String details, Map<String, List<String>> properties) {

        /** Makes the map unmodifiable. */
        public TestCase {
            properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        }

        /**
         * A case without properties.
         *
         * @param className its group
         * @param name its name
         * @param outcome how it ended
         * @param type the failure's or error's type
         * @param message one line saying what went wrong
         * @param details the longer text
         */
        public TestCase(String className, String name, Outcome outcome, String type, String message,
                String details) {
            this(className, name, outcome, type, message, details, Map.of());
        }

        /**
         * A case that holds.
         *
         * @param className its group
         * @param name its name
         * @return the case
         */
        public static TestCase passed(String className, String name) {
            return new TestCase(className, name, Outcome.PASSED, null, null, null);
        }
    }

    private JunitXml() {}

    /**
     * Writes a suite.
     *
     * @param suiteName the suite's name
     * @param seconds how long the run took
     * @param cases its test cases, in order
     * @return the XML document
     */
    public static String write(String suiteName, double seconds, List<TestCase> cases) {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element suite = doc.createElement("testsuite");
            doc.appendChild(suite);
            suite.setAttribute("name", xml(suiteName));
            suite.setAttribute("tests", Integer.toString(cases.size()));
            suite.setAttribute("failures", Long.toString(count(cases, Outcome.FAILED)));
            suite.setAttribute("errors", Long.toString(count(cases, Outcome.ERROR)));
            suite.setAttribute("skipped", "0");
            suite.setAttribute("time", String.format(Locale.ROOT, "%.3f", seconds));
            for (TestCase c : cases) {
                Element testCase = doc.createElement("testcase");
                testCase.setAttribute("name", xml(c.name()));
                testCase.setAttribute("classname", xml(c.className()));
                testCase.setAttribute("time", "0");
                if (!c.properties().isEmpty()) {
                    Element properties = doc.createElement("properties");
                    c.properties().keySet().stream().sorted().forEach(name -> c.properties().get(name).forEach(v -> {
                        Element property = doc.createElement("property");
                        property.setAttribute("name", name);
                        property.setAttribute("value", xml(v));
                        properties.appendChild(property);
                    }));
                    testCase.appendChild(properties);
                }
                if (c.outcome() != Outcome.PASSED) {
                    Element problem = doc.createElement(c.outcome() == Outcome.FAILED ? "failure" : "error");
                    problem.setAttribute("type", xml(c.type()));
                    problem.setAttribute("message", xml(c.message()));
                    problem.setTextContent(xml(c.details()));
                    testCase.appendChild(problem);
                }
                suite.appendChild(testCase);
            }
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter text = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(text));
            return text + "\n";
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("the JDK's XML support failed", e);
        }
    }

    /**
     * A suite of one error: what CI gets when the command could not run (bad input, no engine).
     *
     * @param suiteName the suite's name
     * @param what what could not run, the test case's name
     * @param problem the one-line message the command printed
     * @return the XML document
     */
    public static String error(String suiteName, String what, String problem) {
        return write(suiteName, 0, List.of(new TestCase(suiteName, what, Outcome.ERROR, "bad-input", problem, problem)));
    }

    private static long count(List<TestCase> cases, Outcome outcome) {
        return cases.stream().filter(c -> c.outcome() == outcome).count();
    }

    /**
     * Text that XML 1.0 can hold: each character it cannot (a control character other than tab, newline and carriage
     * return, half of a surrogate pair, U+FFFE, U+FFFF), which a student's file or a message quoting it may contain,
     * becomes U+FFFD.
     */
    private static String xml(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            out.appendCodePoint(allowed ? c : 0xFFFD);
            i += Character.charCount(c);
        }
        return out.toString();
    }
}
