package bpdiff.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bpdiff.gradient.Precision;
import bpdiff.network.Networks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code check --junit-xml} for a formula list (docs/commands.md: one test case per checked formula and per derivative left
 * unchecked): a derivative left unchecked is a failing case named by the derivative.
 */
class JunitXmlFormatTest {

    @Test
    void aDerivativeLeftUncheckedIsAFailingCaseNamedByIt() throws Exception {
        // the corrected homework with d_w1 written dw1 (a helper) and d_w9 (a name of nothing) added
        String text = Files.readString(Path.of("examples/derivations/corrected.py"))
                .replace("    d_w1 = ", "    dw1 = ").replaceAll("(?m)^ *return .*\\n", "") + "d_w9 = d_w5\n";
        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                JunitXmlFormat.write(Checks.text(text, Networks.lecture(), Precision.FLOAT64, 1), 0)
                        .getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        List<String> failed = new ArrayList<>();
        NodeList cases = suite.getElementsByTagName("testcase");
        for (int k = 0; k < cases.getLength(); k++) {
            Element c = (Element) cases.item(k);
            NodeList failure = c.getElementsByTagName("failure");
            if (failure.getLength() > 0) {
                failed.add(c.getAttribute("name") + " " + ((Element) failure.item(0)).getAttribute("type"));
            }
        }
        assertEquals(List.of("not checked: d_w1 NotChecked", "not checked: d_w9 NotChecked"), failed);
        assertEquals("2", suite.getAttribute("failures"));
    }
}
