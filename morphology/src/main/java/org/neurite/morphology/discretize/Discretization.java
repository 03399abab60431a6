package org.neurite.morphology.discretize;

import java.util.Arrays;
import org.neurite.channels.io.BadInputException;
import org.neurite.channels.units.Units;
import org.neurite.morphology.tree.Location;
import org.neurite.morphology.tree.Morphology;

/**
 * A morphology cut into compartments, NEURON's way, as arrays (structure of arrays).
 *
 * <p>Each section is cut into pieces by its {@link CvPolicy}; each piece has a node in its middle
 * (NEURON's segment centre) that owns the piece's membrane. The axial conductance between two
 * neighbouring nodes is the inverse of the resistance from one node to the piece boundary plus from
 * there to the other node, each integrated exactly over the frusta between 3-D points
 * (∫ 4·Ra/(π d(s)²) ds with d linear in path length, as NEURON's {@code diam_from_list}). A section's
 * first node connects to the node of its parent at {@code parentX}. Where children hang from the
 * very end of a section (x = 1), or from the start (x = 0) of a root section, a <em>junction</em> node
 * of zero area sits at that point (NEURON's zero-area end nodes), so that a branch point is a star
 * of half-piece resistances exactly as in NEURON.
 *
 * <p>Compartments are numbered parents first ({@code parent[i] < i}, −1 for a root), which is what
 * the Hines solver needs. Units: area [µm²], capacitance [pF], axial conductance to the parent [nS].
 */
public final class Discretization {
    private final Morphology morphology;
    private final String policy;
    private final int n;
    private final int[] parent;
    private final double[] area; // [µm²]
    private final double[] capacitance; // [pF]
    private final double[] axialG; // [nS] to parent
    private final int[] section;
    private final double[] xLow;
    private final double[] xHigh;
    private final int[] firstNode; // per section: first centre node
    private final int[] nodeCount; // per section: number of centre nodes
    private final int[] endNode; // per section: junction at x = 1, or -1
    private final int[] startNode; // per section: junction at x = 0 (roots only), or -1
    private final double[][] bounds; // per section
    private final int[] extentStart; // [n + 1] into the extent arrays
    private final double[] extent; // x, y, z, r quadruples [µm]

    private Discretization(Morphology m, CvPolicy policy, CableProperties props) {
        this.morphology = m;
        this.policy = policy.describe();
        int ns = m.sectionCount();
        bounds = new double[ns][];
        boolean[] childAtEnd = new boolean[ns];
        boolean[] childAtStart = new boolean[ns];
        int total = 0;
        for (int s = 0; s < ns; s++) {
            checkRadii(m, s);
            double ra = props.raOhmCm(s);
            double cm = props.cmUFPerCm2(s, 0.5);
            if (!(ra > 0) || !(cm > 0)) {
                throw BadInputException.parameter("section " + m.name(s), "Ra and cm must be > 0, got " + ra + " Ω·cm, " + cm + " µF/cm²");
            }
            bounds[s] = policy.boundaries(m, s, ra, cm);
            total += bounds[s].length - 1;
            int p = m.parent(s);
            if (p >= 0) {
                if (m.parentX(s) >= 1.0) {
                    childAtEnd[p] = true;
                } else if (m.parentX(s) <= 0.0 && m.parent(p) < 0) {
                    childAtStart[p] = true;
                }
            }
        }
        for (int s = 0; s < ns; s++) {
            total += (childAtEnd[s] ? 1 : 0) + (childAtStart[s] ? 1 : 0);
        }
        n = total;
        parent = new int[n];
        area = new double[n];
        capacitance = new double[n];
        axialG = new double[n];
        section = new int[n];
        xLow = new double[n];
        xHigh = new double[n];
        firstNode = new int[ns];
        nodeCount = new int[ns];
        endNode = new int[ns];
        startNode = new int[ns];
        Arrays.fill(endNode, -1);
        Arrays.fill(startNode, -1);
        int next = 0;
        for (int s = 0; s < ns; s++) {
            double ra = props.raOhmCm(s);
            double len = m.length(s);
            double[] b = bounds[s];
            int k = b.length - 1;
            int attach;
            if (m.parent(s) < 0) {
                attach = -1;
                if (childAtStart[s]) {
                    attach = next;
                    startNode[s] = next;
                    junction(next++, -1, 0.0, s, 0.0);
                }
            } else {
                attach = nodeAt(m.parent(s), m.parentX(s));
            }
            firstNode[s] = next;
            nodeCount[s] = k;
            double rightPrev = 0; // resistance [MΩ] from the previous node to its right boundary
            for (int j = 0; j < k; j++) {
                double a = b[j] * len;
                double c = b[j + 1] * len;
                double mid = 0.5 * (a + c);
                double[] left = integrate(m, s, a, mid, ra);
                double[] right = integrate(m, s, mid, c, ra);
                int i = next++;
                section[i] = s;
                xLow[i] = b[j];
                xHigh[i] = b[j + 1];
                area[i] = left[0] + right[0];
                capacitance[i] = Units.capacitancePF(props.cmUFPerCm2(s, 0.5 * (b[j] + b[j + 1])), area[i]);
                double r = (j == 0 ? 0 : rightPrev) + left[1];
                parent[i] = j == 0 ? attach : i - 1;
                axialG[i] = parent[i] < 0 ? 0 : 1e3 / r; // 1/MΩ = 1000 nS
                rightPrev = right[1];
            }
            if (childAtEnd[s]) {
                endNode[s] = next;
                junction(next++, next - 2, 1e3 / rightPrev, s, 1.0);
            }
        }
        extentStart = new int[n + 1];
        int points = 0;
        for (int i = 0; i < n; i++) {
            extentStart[i] = points;
            points += xHigh[i] > xLow[i] ? piecePoints(m, section[i], xLow[i], xHigh[i]) : 0;
        }
        extentStart[n] = points;
        extent = new double[4 * points];
        for (int i = 0; i < n; i++) {
            if (xHigh[i] > xLow[i]) {
                fillExtent(m, section[i], xLow[i], xHigh[i], 4 * extentStart[i]);
            }
        }
    }

    private void junction(int i, int par, double g, int s, double x) {
        parent[i] = par;
        axialG[i] = par < 0 ? 0 : g;
        section[i] = s;
        xLow[i] = x;
        xHigh[i] = x;
    }

    private static void checkRadii(Morphology m, int s) {
        for (int j = 0; j < m.pointCount(s); j++) {
            if (!(m.radius(s, j) > 0)) {
                long id = m.pointId(s, j);
                throw BadInputException.parameter("morphology section " + m.name(s), "radius 0 at point " + j
                        + (id >= 0 ? " (sample/segment id " + id + ")" : "") + ": its axial resistance is infinite; fix the file");
            }
        }
    }

    /**
     * Membrane area [µm²] and axial resistance [MΩ] of section s between path positions a and b
     * [µm]: frusta between the 3-D points with radii interpolated linearly at a and b.
     */
    static double[] integrate(Morphology m, int s, double a, double b, double raOhmCm) {
        double area = 0;
        double res = 0;
        int np = m.pointCount(s);
        for (int j = 1; j < np; j++) {
            double s0 = m.arc(s, j - 1);
            double s1 = m.arc(s, j);
            if (s0 >= b) {
                break;
            }
            if (s1 <= s0 || s1 <= a) {
                continue;
            }
            double lo = Math.max(a, s0);
            double hi = Math.min(b, s1);
            double h = s1 - s0;
            double r0 = m.radius(s, j - 1);
            double r1 = m.radius(s, j);
            double ra = r0 + (r1 - r0) * (lo - s0) / h;
            double rb = r0 + (r1 - r0) * (hi - s0) / h;
            double dl = hi - lo;
            area += Morphology.frustumArea(dl, ra, rb);
            res += Units.frustumAxialResistanceMOhm(raOhmCm, dl, 2 * ra, 2 * rb);
        }
        return new double[] {area, res};
    }

    private static int piecePoints(Morphology m, int s, double x0, double x1) {
        double len = m.length(s);
        int count = 2;
        for (int j = 1; j < m.pointCount(s) - 1; j++) {
            double a = m.arc(s, j);
            if (a > x0 * len && a < x1 * len) {
                count++;
            }
        }
        return count;
    }

    private void fillExtent(Morphology m, int s, double x0, double x1, int off) {
        double len = m.length(s);
        off = put(m, s, x0, off);
        for (int j = 1; j < m.pointCount(s) - 1; j++) {
            double a = m.arc(s, j);
            if (a > x0 * len && a < x1 * len) {
                extent[off++] = m.x(s, j);
                extent[off++] = m.y(s, j);
                extent[off++] = m.z(s, j);
                extent[off++] = m.radius(s, j);
            }
        }
        put(m, s, x1, off);
    }

    private int put(Morphology m, int s, double x, int off) {
        double[] p = m.positionAt(s, x);
        extent[off] = p[0];
        extent[off + 1] = p[1];
        extent[off + 2] = p[2];
        extent[off + 3] = m.radiusAt(s, x);
        return off + 4;
    }

    /**
     * Cuts a morphology into compartments.
     *
     * @param m the morphology
     * @param policy where compartment boundaries go
     * @param props axial resistivity and specific capacitance
     * @throws BadInputException if a section has a zero radius somewhere
     */
    public static Discretization of(Morphology m, CvPolicy policy, CableProperties props) {
        return new Discretization(m, policy, props);
    }

    /** The morphology discretised. */
    public Morphology morphology() {
        return morphology;
    }

    /** The policy used, described. */
    public String policy() {
        return policy;
    }

    /** Number of compartments (including zero-area junctions). */
    public int size() {
        return n;
    }

    /** A copy of the parent array (parent[i] &lt; i; −1 for roots). */
    public int[] parents() {
        return parent.clone();
    }

    /** Parent of compartment i, or −1. */
    public int parent(int i) {
        return parent[i];
    }

    /** Membrane area of compartment i [µm²] (0 for a junction). */
    public double area(int i) {
        return area[i];
    }

    /** A copy of the areas [µm²]. */
    public double[] areas() {
        return area.clone();
    }

    /** Capacitance of compartment i [pF]. */
    public double capacitance(int i) {
        return capacitance[i];
    }

    /** A copy of the capacitances [pF]. */
    public double[] capacitances() {
        return capacitance.clone();
    }

    /** Axial conductance between compartment i and its parent [nS] (0 for roots). */
    public double axialConductance(int i) {
        return axialG[i];
    }

    /** A copy of the axial conductances to the parents [nS]. */
    public double[] axialConductances() {
        return axialG.clone();
    }

    /** Section of compartment i. */
    public int section(int i) {
        return section[i];
    }

    /** Start of the piece of its section that compartment i covers (relative position). */
    public double xLow(int i) {
        return xLow[i];
    }

    /** End of the piece of its section that compartment i covers (relative position). */
    public double xHigh(int i) {
        return xHigh[i];
    }

    /** Whether compartment i is a zero-area junction node. */
    public boolean isJunction(int i) {
        return xHigh[i] == xLow[i];
    }

    /** The location of compartment i's node (the middle of its piece). */
    public Location location(int i) {
        return new Location(section[i], 0.5 * (xLow[i] + xHigh[i]));
    }

    /** Number of compartments (nodes with membrane) of section s — NEURON's nseg. */
    public int nseg(int s) {
        return nodeCount[s];
    }

    /** Index of the first membrane compartment of section s. */
    public int firstCompartment(int s) {
        return firstNode[s];
    }

    /** Relative boundaries of the compartments of section s (a copy). */
    public double[] boundaries(int s) {
        return bounds[s].clone();
    }

    /** Total nseg over all sections (junctions not counted). */
    public int totalNseg() {
        int t = 0;
        for (int c : nodeCount) {
            t += c;
        }
        return t;
    }

    /**
     * The compartment whose node represents a location, as NEURON's {@code sec(x)}: x = 0 is the
     * node the section hangs from (its parent's), x = 1 the end junction if there is one, else the
     * last piece; otherwise the piece that contains x.
     */
    public int compartmentAt(Location loc) {
        return nodeAt(loc.section(), loc.x());
    }

    private int nodeAt(int s, double x) {
        if (x <= 0) {
            if (morphology.parent(s) >= 0) {
                return nodeAt(morphology.parent(s), morphology.parentX(s));
            }
            return startNode[s] >= 0 ? startNode[s] : firstNode[s];
        }
        if (x >= 1) {
            return endNode[s] >= 0 ? endNode[s] : firstNode[s] + nodeCount[s] - 1;
        }
        double[] b = bounds[s];
        int j = Arrays.binarySearch(b, x);
        if (j < 0) {
            j = -j - 2;
        }
        j = Math.max(0, Math.min(nodeCount[s] - 1, j));
        return firstNode[s] + j;
    }

    /** Number of 3-D points describing the extent of compartment i (0 for a junction). */
    public int extentPointCount(int i) {
        return extentStart[i + 1] - extentStart[i];
    }

    /**
     * The polyline (x, y, z, radius quadruples [µm]) that compartment i covers: its start, the
     * section's interior points inside it, its end — what a viewer draws for it.
     */
    public double[] extent(int i) {
        return Arrays.copyOfRange(extent, 4 * extentStart[i], 4 * extentStart[i + 1]);
    }

    /** Start offsets (in points) of every compartment's extent, length size() + 1. */
    public int[] extentOffsets() {
        return extentStart.clone();
    }

    /** All extent points as x, y, z, r quadruples [µm]. */
    public double[] extentPoints() {
        return extent.clone();
    }
}
