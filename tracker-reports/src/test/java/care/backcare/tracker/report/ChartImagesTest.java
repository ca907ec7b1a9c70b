package care.backcare.tracker.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChartImagesTest {

    private final ChartImages images = new ChartImages();

    @ParameterizedTest
    @EnumSource(ChartImages.Chart.class)
    void every_chart_is_a_standalone_svg_without_scripts(ChartImages.Chart chart) {
        String svg = images.svg(SampleReports.twelveWeeks(), chart, 640, 280);
        assertThat(svg).startsWith("<?xml").contains("<svg").contains("</svg>")
                .doesNotContain("<script").doesNotContain("<image");
    }

    /** An img tag shows nothing of a document that is not well-formed XML, and crops one without a viewBox. */
    @ParameterizedTest
    @EnumSource(ChartImages.Chart.class)
    void every_chart_is_well_formed_and_scales_with_its_image(ChartImages.Chart chart) throws Exception {
        Document svg = parse(images.svg(SampleReports.twelveWeeks(), chart, 360, 300));

        assertThat(svg.getDocumentElement().getAttribute("viewBox")).isEqualTo("0.0 0.0 360.0 300.0");
        NodeList texts = svg.getElementsByTagName("text");
        assertThat(texts.getLength()).isPositive();
        assertThat(((Element) texts.item(0)).getAttribute("style"))
                .contains("font-family: \"Liberation Sans\", Arial, Helvetica, sans-serif");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_progress_chart_labels_the_same_weeks_as_the_report() {
        String svg = images.svg(SampleReports.twelveWeeks(), ChartImages.Chart.PROGRESS, 640, 280);
        assertThat(svg).contains(">W36<").contains(">W47<").contains("Adherence").contains("Mean pain");
    }

    @Test
    void sizes_are_bounded() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> images.svg(SampleReports.twelveWeeks(), ChartImages.Chart.PROGRESS, 50_000, 280));
    }
}
