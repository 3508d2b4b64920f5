package bpdiff.check;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
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
 * One JUnit XML test suite in the Surefire report format, which CI systems read: test cases that pass, fail
 * ({@code <failure>}) or could not run ({@code <error>}), and the counts of each on the suite.
 */
public final class JunitSuite {

    private record Case(String name, String tag, String type, String message, String text) {}

    private final String name;
    private final List<Case> cases = new ArrayList<>();

    /**
     * @param source the checked file, which names the suite ({@code bpdiff.check.<file name>})
     */
    public JunitSuite(String source) {
        String file = java.nio.file.Path.of(source).getFileName() == null ? source
                : java.nio.file.Path.of(source).getFileName().toString();
        int dot = file.lastIndexOf('.');
        this.name = "bpdiff.check." + (dot > 0 ? file.substring(0, dot) : file).replaceAll("[^A-Za-z0-9_]", "_");
    }

    /**
     * @param testName the test case's name
     * @return this suite
     */
    public JunitSuite pass(String testName) {
        cases.add(new Case(testName, null, null, null, null));
        return this;
    }

    /**
     * @param testName the test case's name
     * @param type the failure's type, e.g. {@code WrongDerivative}
     * @param message one line
     * @param text the details
     * @return this suite
     */
    public JunitSuite failure(String testName, String type, String message, String text) {
        cases.add(new Case(testName, "failure", type, message, text));
        return this;
    }

    /**
     * @param testName the test case's name
     * @param type the error's type, e.g. {@code SyntaxError}
     * @param message one line, with {@code file:line:column}
     * @param text the details
     * @return this suite
     */
    public JunitSuite error(String testName, String type, String message, String text) {
        cases.add(new Case(testName, "error", type, message, text));
        return this;
    }

    /**
     * @param seconds how long the check took
     * @return the XML document
     */
    public String write(double seconds) {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element suite = doc.createElement("testsuite");
            doc.appendChild(suite);
            int failures = 0;
            int errors = 0;
            for (Case c : cases) {
                Element testcase = doc.createElement("testcase");
                testcase.setAttribute("name", c.name());
                testcase.setAttribute("classname", name);
                testcase.setAttribute("time", "0");
                if (c.tag() != null) {
                    Element problem = doc.createElement(c.tag());
                    problem.setAttribute("message", c.message());
                    problem.setAttribute("type", c.type());
                    problem.setTextContent(c.text());
                    testcase.appendChild(problem);
                    failures += c.tag().equals("failure") ? 1 : 0;
                    errors += c.tag().equals("error") ? 1 : 0;
                }
                suite.appendChild(testcase);
            }
            suite.setAttribute("name", name);
            suite.setAttribute("tests", Integer.toString(cases.size()));
            suite.setAttribute("failures", Integer.toString(failures));
            suite.setAttribute("errors", Integer.toString(errors));
            suite.setAttribute("skipped", "0");
            suite.setAttribute("time", String.format(Locale.ROOT, "%.3f", seconds));
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
    }
}
