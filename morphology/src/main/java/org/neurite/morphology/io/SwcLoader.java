package org.neurite.morphology.io;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neurite.channels.io.BadInputException;
import org.neurite.morphology.tree.Morphology;
import org.neurite.morphology.tree.SwcType;

/**
 * Turns {@link SwcRecords} into a {@link Morphology} of unbranched sections.
 *
 * <p>Errors (one {@link BadInputException} naming file:line): duplicate id, missing parent, a cycle
 * of parent links, negative radius, negative type, a soma sample whose parent is not a soma sample,
 * a soma that branches other than as NeuroMorpho's 3-point soma. Repairs (the load succeeds and
 * the warning is listed): several trees (each kept as its own tree), no soma, type 0, zero radius
 * (kept as written; the electrical discretisation refuses it), neurites attached to a side point of
 * a 3-point soma, zero-length sections (dropped; their children attach to the parent).
 *
 * <p>Somata: one sample (a sphere), NeuroMorpho's 3-point soma, a closed contour of ≥ 4 samples (a
 * sphere of the mean radius at the centroid, NeuroM's convention), or a chain of samples (frusta).
 *
 * <p>Sections: a section runs along samples while a sample has exactly one child of the same type;
 * a child section starts with a copy of its parent's branch point (NEURON's Import3d does the same).
 * Sections are numbered depth first, parents first; names follow NEURON ({@code soma[0]},
 * {@code axon[i]}, {@code dend[i]}, {@code apic[i]}, {@code type5[i]}), numbered per type in the
 * order of their first own sample in the file.
 */
public final class SwcLoader {
    private static final int MAX_LISTED = 5;

    private SwcLoader() {
    }

    /** Reads and loads a file. */
    public static SwcMorphology load(Path file, SwcConvention convention) {
        return load(SwcParser.parse(file), convention);
    }

    /** Loads parsed samples. */
    public static SwcMorphology load(SwcRecords rec, SwcConvention convention) {
        return new Build(rec, convention).run();
    }

    /** A section being assembled: points as x, y, z, r quadruples and ids. */
    private static final class Piece {
        final int parent; // index into the piece list, or -1
        final double xOnParent;
        final int tag;
        final int firstOwnSample; // file index, for naming
        final double[] xyzr;
        final long[] ids;
        final boolean borrowed;

        Piece(int parent, double xOnParent, int tag, int firstOwnSample, double[] xyzr, long[] ids, boolean borrowed) {
            this.parent = parent;
            this.xOnParent = xOnParent;
            this.tag = tag;
            this.firstOwnSample = firstOwnSample;
            this.xyzr = xyzr;
            this.ids = ids;
            this.borrowed = borrowed;
        }
    }

    /** Growable point list. */
    private static final class Points {
        double[] xyzr = new double[32];
        long[] ids = new long[8];
        int n;

        void add(double x, double y, double z, double r, long id) {
            if (4 * n + 4 > xyzr.length) {
                xyzr = Arrays.copyOf(xyzr, xyzr.length * 2);
                ids = Arrays.copyOf(ids, ids.length * 2);
            }
            xyzr[4 * n] = x;
            xyzr[4 * n + 1] = y;
            xyzr[4 * n + 2] = z;
            xyzr[4 * n + 3] = r;
            ids[n] = id;
            n++;
        }

        double length() {
            double len = 0;
            for (int j = 1; j < n; j++) {
                double dx = xyzr[4 * j] - xyzr[4 * j - 4];
                double dy = xyzr[4 * j + 1] - xyzr[4 * j - 3];
                double dz = xyzr[4 * j + 2] - xyzr[4 * j - 2];
                len += Math.sqrt(dx * dx + dy * dy + dz * dz);
            }
            return len;
        }
    }

    /** A pending neurite section: its first own sample and how it attaches. */
    private record Pending(int sample, int parentPiece, double xOnParent, int prefixSample, boolean prefixWithChildRadius) {
    }

    private static final class Build {
        final SwcRecords rec;
        final SwcConvention convention;
        final int n;
        final List<String> warnings = new ArrayList<>();
        final int[] parentIndex;
        final int[][] children;
        final List<Piece> pieces = new ArrayList<>();

        Build(SwcRecords rec, SwcConvention convention) {
            this.rec = rec;
            this.convention = convention;
            this.n = rec.size();
            this.parentIndex = new int[n];
            this.children = new int[n][];
        }

        BadInputException error(int i, String message) {
            return BadInputException.at(rec.file(), rec.line()[i], message);
        }

        SwcMorphology run() {
            Map<Long, Integer> index = new HashMap<>(2 * n);
            for (int i = 0; i < n; i++) {
                Integer prev = index.putIfAbsent(rec.id()[i], i);
                if (prev != null) {
                    throw error(i, "duplicate sample id " + rec.id()[i] + " (first defined at line " + rec.line()[prev] + ")");
                }
                if (rec.radius()[i] < 0) {
                    throw error(i, "negative radius " + rec.radius()[i] + " of sample " + rec.id()[i]);
                }
                if (rec.type()[i] < 0) {
                    throw error(i, "negative type " + rec.type()[i] + " of sample " + rec.id()[i]);
                }
            }
            int[] childCount = new int[n];
            List<Integer> roots = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long p = rec.parent()[i];
                if (p < 0) {
                    parentIndex[i] = -1;
                    roots.add(i);
                    continue;
                }
                if (p == rec.id()[i]) {
                    throw error(i, "sample " + p + " is its own parent (a cycle)");
                }
                Integer pi = index.get(p);
                if (pi == null) {
                    throw error(i, "parent " + p + " of sample " + rec.id()[i] + " does not exist");
                }
                parentIndex[i] = pi;
                childCount[pi]++;
            }
            for (int i = 0; i < n; i++) {
                children[i] = new int[childCount[i]];
                childCount[i] = 0;
            }
            for (int i = 0; i < n; i++) {
                if (parentIndex[i] >= 0) {
                    children[parentIndex[i]][childCount[parentIndex[i]]++] = i;
                }
            }
            checkReachable(roots);
            checkSomaParents();
            listWarnings();

            List<Integer> somaRoots = new ArrayList<>();
            List<Integer> otherRoots = new ArrayList<>();
            for (int r : roots) {
                (rec.type()[r] == SwcType.SOMA ? somaRoots : otherRoots).add(r);
            }
            if (roots.size() > 1) {
                warnings.add(rec.file() + ": " + roots.size() + " disconnected trees (roots at lines "
                        + lines(roots) + "); each is kept as its own tree");
            }
            SomaStyle style = SomaStyle.NONE;
            if (somaRoots.isEmpty()) {
                warnings.add(rec.file() + ": no soma (no sample of type 1); the trees are loaded without one");
            }
            Deque<Pending> work = new ArrayDeque<>();
            for (int r : somaRoots) {
                style = buildSoma(r, work, somaRoots.size() > 1);
                drain(work);
            }
            for (int r : otherRoots) {
                work.push(new Pending(r, -1, 0.0, -1, false));
                drain(work);
            }
            Morphology m = assemble();
            Map<Integer, Integer> perType = new TreeMap<>();
            for (int t : rec.type()) {
                perType.merge(t, 1, Integer::sum);
            }
            return new SwcMorphology(rec.file(), rec, m, convention, style, perType, List.copyOf(warnings));
        }

        private String lines(List<Integer> samples) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < samples.size() && k < MAX_LISTED; k++) {
                if (k > 0) {
                    sb.append(", ");
                }
                sb.append(rec.line()[samples.get(k)]);
            }
            if (samples.size() > MAX_LISTED) {
                sb.append(", … (").append(samples.size()).append(" in all)");
            }
            return sb.toString();
        }

        private void checkReachable(List<Integer> roots) {
            boolean[] seen = new boolean[n];
            Deque<Integer> stack = new ArrayDeque<>(roots);
            int count = 0;
            while (!stack.isEmpty()) {
                int i = stack.pop();
                seen[i] = true;
                count++;
                for (int c : children[i]) {
                    stack.push(c);
                }
            }
            if (count < n) {
                for (int i = 0; i < n; i++) {
                    if (!seen[i]) {
                        throw error(i, "sample " + rec.id()[i] + " is part of a cycle of parent links (it never reaches a root)");
                    }
                }
            }
        }

        private void checkSomaParents() {
            for (int i = 0; i < n; i++) {
                int p = parentIndex[i];
                if (rec.type()[i] == SwcType.SOMA && p >= 0 && rec.type()[p] != SwcType.SOMA) {
                    throw error(i, "soma sample " + rec.id()[i] + " has a non-soma parent " + rec.id()[p]);
                }
            }
        }

        private void listWarnings() {
            List<Integer> zero = new ArrayList<>();
            List<Integer> undefined = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (rec.radius()[i] == 0) {
                    zero.add(i);
                }
                if (rec.type()[i] == SwcType.UNDEFINED) {
                    undefined.add(i);
                }
            }
            if (!zero.isEmpty()) {
                warnings.add(rec.file() + ": " + zero.size() + " sample(s) with radius 0 (lines " + lines(zero)
                        + "); kept as written (lengths and areas are fine; a cable simulation refuses them)");
            }
            if (!undefined.isEmpty()) {
                warnings.add(rec.file() + ": " + undefined.size() + " sample(s) of type 0, undefined (lines " + lines(undefined) + ")");
            }
        }

        /** Builds the soma section of the soma component rooted at r; queues its neurites. */
        private SomaStyle buildSoma(int r, Deque<Pending> work, boolean several) {
            List<Integer> soma = new ArrayList<>();
            Deque<Integer> stack = new ArrayDeque<>();
            stack.push(r);
            while (!stack.isEmpty()) {
                int i = stack.pop();
                soma.add(i);
                for (int c : children[i]) {
                    if (rec.type()[c] == SwcType.SOMA) {
                        stack.push(c);
                    }
                }
            }
            Points pts = new Points();
            int[] order; // soma samples in section order
            SomaStyle style;
            double[] xs = rec.x();
            double[] ys = rec.y();
            double[] zs = rec.z();
            double[] rs = rec.radius();
            if (soma.size() == 1) {
                style = SomaStyle.SINGLE_POINT;
                double rad = rs[r];
                if (rad == 0) {
                    throw error(r, "single-point soma with radius 0");
                }
                pts.add(xs[r] - rad, ys[r], zs[r], rad, -1);
                pts.add(xs[r], ys[r], zs[r], rad, rec.id()[r]);
                pts.add(xs[r] + rad, ys[r], zs[r], rad, -1);
                order = new int[] {r};
            } else if (isThreePoint(r, soma)) {
                style = SomaStyle.THREE_POINT;
                int a = somaChildren(r).get(0);
                int b = somaChildren(r).get(1);
                if (convention == SwcConvention.NEURON) {
                    // NEURON: a cylinder of length and diameter 2r along x, r = the centre's radius
                    double rad = rs[r];
                    pts.add(xs[r] - rad, ys[r], zs[r], rad, rec.id()[a]);
                    pts.add(xs[r], ys[r], zs[r], rad, rec.id()[r]);
                    pts.add(xs[r] + rad, ys[r], zs[r], rad, rec.id()[b]);
                } else {
                    pts.add(xs[a], ys[a], zs[a], rs[a], rec.id()[a]);
                    pts.add(xs[r], ys[r], zs[r], rs[r], rec.id()[r]);
                    pts.add(xs[b], ys[b], zs[b], rs[b], rec.id()[b]);
                }
                order = new int[] {a, r, b};
            } else if (isContour(r, soma)) {
                style = SomaStyle.CONTOUR;
                order = chain(r, soma.size());
                double cx = 0;
                double cy = 0;
                double cz = 0;
                for (int i : order) {
                    cx += xs[i];
                    cy += ys[i];
                    cz += zs[i];
                }
                cx /= order.length;
                cy /= order.length;
                cz /= order.length;
                double rad = 0;
                for (int i : order) {
                    rad += Math.sqrt(sq(xs[i] - cx) + sq(ys[i] - cy) + sq(zs[i] - cz));
                }
                rad /= order.length;
                pts.add(cx - rad, cy, cz, rad, -1);
                pts.add(cx, cy, cz, rad, rec.id()[r]);
                pts.add(cx + rad, cy, cz, rad, -1);
                warnings.add(rec.where(r) + ": soma contour of " + order.length + " samples taken as a sphere of radius "
                        + String.format(java.util.Locale.ROOT, "%.4f", rad) + " um at its centroid (NeuroM's convention)");
                List<Pending> neurites = new ArrayList<>();
                int piece = pieces.size();
                pieces.add(new Piece(-1, 0.0, SwcType.SOMA, r, Arrays.copyOf(pts.xyzr, 4 * pts.n), Arrays.copyOf(pts.ids, pts.n), false));
                for (int s : order) {
                    for (int c : children[s]) {
                        if (rec.type()[c] != SwcType.SOMA) {
                            neurites.add(new Pending(c, piece, 0.5, -1, false));
                        }
                    }
                }
                neurites.sort((p, q) -> Integer.compare(q.sample(), p.sample()));
                for (Pending p : neurites) {
                    work.push(p);
                }
                return several ? SomaStyle.MULTIPLE : style;
            } else {
                style = SomaStyle.CHAIN;
                order = new int[soma.size()];
                int cur = r;
                for (int k = 0; k < order.length; k++) {
                    order[k] = cur;
                    List<Integer> sc = somaChildren(cur);
                    if (sc.size() > 1) {
                        throw error(sc.get(1), "the soma branches at sample " + rec.id()[cur]
                                + ": only a single point, NeuroMorpho's 3-point soma or a chain of soma samples is understood");
                    }
                    if (!sc.isEmpty()) {
                        cur = sc.get(0);
                    }
                }
                for (int i : order) {
                    pts.add(xs[i], ys[i], zs[i], rs[i], rec.id()[i]);
                }
            }
            double len = pts.length();
            if (!(len > 0)) {
                throw error(r, "the soma samples all lie at one point; its size is undefined");
            }
            int piece = pieces.size();
            pieces.add(new Piece(-1, 0.0, SwcType.SOMA, r, Arrays.copyOf(pts.xyzr, 4 * pts.n), Arrays.copyOf(pts.ids, pts.n), false));
            // arc position of each soma sample along the section
            double[] arcOf = new double[order.length];
            int offset = style == SomaStyle.SINGLE_POINT ? 1 : 0;
            double acc = 0;
            for (int j = 1; j < pts.n; j++) {
                double dx = pts.xyzr[4 * j] - pts.xyzr[4 * j - 4];
                double dy = pts.xyzr[4 * j + 1] - pts.xyzr[4 * j - 3];
                double dz = pts.xyzr[4 * j + 2] - pts.xyzr[4 * j - 2];
                acc += Math.sqrt(dx * dx + dy * dy + dz * dz);
                if (j - offset >= 0 && j - offset < order.length) {
                    arcOf[j - offset] = acc;
                }
            }
            if (offset == 0) {
                arcOf[0] = 0;
            }
            List<Pending> neurites = new ArrayList<>();
            for (int k = 0; k < order.length; k++) {
                int s = order[k];
                for (int c : children[s]) {
                    if (rec.type()[c] == SwcType.SOMA) {
                        continue;
                    }
                    if (style == SomaStyle.THREE_POINT && s != r) {
                        warnings.add(rec.where(c) + ": neurite attached to a side point of the 3-point soma (not its centre)");
                    }
                    double x = convention == SwcConvention.NEURON ? 0.5 : arcOf[k] / len;
                    boolean fromSomaSample = convention == SwcConvention.STRICT && style == SomaStyle.CHAIN;
                    neurites.add(new Pending(c, piece, x, fromSomaSample ? s : -1, fromSomaSample));
                }
            }
            neurites.sort((p, q) -> Integer.compare(q.sample(), p.sample())); // pushed in reverse: popped in file order
            for (Pending p : neurites) {
                work.push(p);
            }
            return several ? SomaStyle.MULTIPLE : style;
        }

        /** The soma samples from r following single soma children (null if the soma branches). */
        private int[] chain(int r, int n) {
            int[] out = new int[n];
            int cur = r;
            for (int k = 0; k < n; k++) {
                out[k] = cur;
                List<Integer> sc = somaChildren(cur);
                if (sc.size() > 1) {
                    return null;
                }
                if (!sc.isEmpty()) {
                    cur = sc.get(0);
                }
            }
            return out;
        }

        /** A closed outline: an unbranched chain of ≥ 4 soma samples whose last point returns to the first. */
        private boolean isContour(int r, List<Integer> soma) {
            if (soma.size() < 4) {
                return false;
            }
            int[] c = chain(r, soma.size());
            if (c == null) {
                return false;
            }
            double perimeter = 0;
            for (int k = 1; k < c.length; k++) {
                perimeter += Math.sqrt(sq(rec.x()[c[k]] - rec.x()[c[k - 1]]) + sq(rec.y()[c[k]] - rec.y()[c[k - 1]])
                        + sq(rec.z()[c[k]] - rec.z()[c[k - 1]]));
            }
            int a = c[0];
            int b = c[c.length - 1];
            double gap = Math.sqrt(sq(rec.x()[a] - rec.x()[b]) + sq(rec.y()[a] - rec.y()[b]) + sq(rec.z()[a] - rec.z()[b]));
            return perimeter > 0 && gap <= 1.5 * perimeter / (c.length - 1);
        }

        private List<Integer> somaChildren(int i) {
            List<Integer> out = new ArrayList<>();
            for (int c : children[i]) {
                if (rec.type()[c] == SwcType.SOMA) {
                    out.add(c);
                }
            }
            return out;
        }

        /** NeuroMorpho's pattern: centre with two soma leaves at centre ± r along one axis, equal radii. */
        private boolean isThreePoint(int r, List<Integer> soma) {
            if (soma.size() != 3) {
                return false;
            }
            List<Integer> sc = somaChildren(r);
            if (sc.size() != 2 || somaChildren(sc.get(0)).size() + somaChildren(sc.get(1)).size() != 0) {
                return false;
            }
            double rad = rec.radius()[r];
            if (!(rad > 0)) {
                return false;
            }
            double tol = 1e-2 * rad;
            for (int c : sc) {
                if (Math.abs(rec.radius()[c] - rad) > tol) {
                    return false;
                }
                double d = Math.sqrt(sq(rec.x()[c] - rec.x()[r]) + sq(rec.y()[c] - rec.y()[r]) + sq(rec.z()[c] - rec.z()[r]));
                if (Math.abs(d - rad) > tol) {
                    return false;
                }
            }
            int a = sc.get(0);
            int b = sc.get(1);
            // opposite sides of the centre
            double mx = 0.5 * (rec.x()[a] + rec.x()[b]) - rec.x()[r];
            double my = 0.5 * (rec.y()[a] + rec.y()[b]) - rec.y()[r];
            double mz = 0.5 * (rec.z()[a] + rec.z()[b]) - rec.z()[r];
            return Math.sqrt(mx * mx + my * my + mz * mz) <= tol;
        }

        private static double sq(double v) {
            return v * v;
        }

        /** Builds neurite sections depth first until the queue is empty. */
        private void drain(Deque<Pending> work) {
            while (!work.isEmpty()) {
                Pending p = work.pop();
                Points pts = new Points();
                boolean borrowed = false;
                int start = p.sample();
                if (p.prefixSample() >= 0) {
                    int q = p.prefixSample();
                    double rad = p.prefixWithChildRadius() ? rec.radius()[start] : rec.radius()[q];
                    pts.add(rec.x()[q], rec.y()[q], rec.z()[q], rad, rec.id()[q]);
                    borrowed = true;
                }
                int cur = start;
                int tag = rec.type()[start];
                while (true) {
                    pts.add(rec.x()[cur], rec.y()[cur], rec.z()[cur], rec.radius()[cur], rec.id()[cur]);
                    int[] ch = children[cur];
                    if (ch.length == 1 && rec.type()[ch[0]] == tag) {
                        cur = ch[0];
                    } else {
                        break;
                    }
                }
                int parentPiece;
                double childX;
                int prefixForChildren = cur;
                if (pts.n < 2 || !(pts.length() > 0)) {
                    warnings.add(rec.where(start) + ": section of zero length (sample " + rec.id()[start]
                            + ") dropped; its children attach to its parent");
                    parentPiece = p.parentPiece();
                    childX = p.xOnParent();
                    if (parentPiece < 0 && children[cur].length > 0) {
                        // a lone root sample: the children become roots starting at it
                        prefixForChildren = cur;
                    }
                } else {
                    parentPiece = pieces.size();
                    pieces.add(new Piece(p.parentPiece(), p.xOnParent(), tag, start, Arrays.copyOf(pts.xyzr, 4 * pts.n),
                            Arrays.copyOf(pts.ids, pts.n), borrowed));
                    childX = 1.0;
                }
                int[] ch = children[cur];
                for (int k = ch.length - 1; k >= 0; k--) {
                    work.push(new Pending(ch[k], parentPiece, childX, prefixForChildren, false));
                }
            }
        }

        private Morphology assemble() {
            // NEURON-style names: per type, in the order of each section's first own sample
            int m = pieces.size();
            Integer[] byFirst = new Integer[m];
            for (int k = 0; k < m; k++) {
                byFirst[k] = k;
            }
            Arrays.sort(byFirst, (a, b) -> Integer.compare(pieces.get(a).firstOwnSample, pieces.get(b).firstOwnSample));
            String[] names = new String[m];
            Map<Integer, Integer> counter = new HashMap<>();
            for (int k : byFirst) {
                int t = pieces.get(k).tag;
                int c = counter.getOrDefault(t, 0);
                counter.put(t, c + 1);
                names[k] = SwcType.sectionPrefix(t) + "[" + c + "]";
            }
            Morphology.Builder b = Morphology.builder();
            for (int k = 0; k < m; k++) {
                Piece p = pieces.get(k);
                b.addSection(p.parent, p.parent < 0 ? 0.0 : p.xOnParent, p.tag, names[k], p.xyzr, p.ids, p.borrowed);
            }
            return b.build();
        }
    }
}
