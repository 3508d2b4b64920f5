package bpdiff.report.html;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * A layered drawing of a directed acyclic graph by Eclipse ELK's "layered" algorithm (Sugiyama's method:
 * layers by network simplex, crossings minimised layer by layer, Brandes–Köpf node placement, orthogonal edge
 * routes). Nodes are boxes of a given size; the result is each box's position and each edge's route as a
 * polyline, in one coordinate system whose origin is the drawing's top left corner.
 *
 * <p>ELK runs here as plain Java, without the Eclipse platform: its algorithm registers through the JDK's
 * service loader ({@code org.eclipse.elk.alg.layered}'s {@code ILayoutMetaDataProvider}).
 */
final class GraphLayout {

    /** The space between two boxes of one layer. */
    static final double NODE_SPACING = 18;
    /** The space between two layers. */
    static final double LAYER_SPACING = 34;
    /** The margin around the drawing. */
    static final double PADDING = 12;

    /** A box to place. */
    record Box(double width, double height) {}

    /** An edge from box {@code from} to box {@code to}, by their index. */
    record Edge(int from, int to) {}

    /** A placed box: its top left corner. */
    record Place(double x, double y) {}

    /**
     * @param places each box's place, in the order given
     * @param routes each edge's route, in the order given: x, y pairs from source to target
     * @param width the drawing's width
     */
    record Result(List<Place> places, List<double[]> routes, double width, double height) {}

    private GraphLayout() {}

    /**
     * Lays a graph out from top to bottom: every edge points down, from a layer to a later one.
     *
     * @param edges the edges; the graph must have no cycle (a program's forward pass has none)
     * @return where everything goes
     */
    static Result layOut(List<Box> boxes, List<Edge> edges) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 10.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(PADDING));
        // the same graph gives the same drawing on every run
        root.setProperty(LayeredOptions.RANDOM_SEED, 1);
        List<ElkNode> nodes = new ArrayList<>();
        for (Box b : boxes) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setDimensions(b.width(), b.height());
            nodes.add(node);
        }
        List<ElkEdge> elkEdges = new ArrayList<>();
        for (Edge e : edges) {
            elkEdges.add(ElkGraphUtil.createSimpleEdge(nodes.get(e.from()), nodes.get(e.to())));
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        List<Place> places = new ArrayList<>();
        for (ElkNode node : nodes) {
            places.add(new Place(node.getX(), node.getY()));
        }
        List<double[]> routes = new ArrayList<>();
        for (ElkEdge edge : elkEdges) {
            routes.add(route(edge));
        }
        return new Result(places, routes, root.getWidth(), root.getHeight());
    }

    /** An edge's route: its section's start, bend points and end (edges of a flat graph live in the root). */
    private static double[] route(ElkEdge edge) {
        if (edge.getSections().isEmpty()) {
            return new double[0];
        }
        ElkEdgeSection section = edge.getSections().get(0);
        List<ElkBendPoint> bends = section.getBendPoints();
        double[] points = new double[4 + 2 * bends.size()];
        points[0] = section.getStartX();
        points[1] = section.getStartY();
        for (int k = 0; k < bends.size(); k++) {
            points[2 + 2 * k] = bends.get(k).getX();
            points[3 + 2 * k] = bends.get(k).getY();
        }
        points[points.length - 2] = section.getEndX();
        points[points.length - 1] = section.getEndY();
        return points;
    }
}
