package org.neurite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurite.channels.testing.ValidationData;

/**
 * The error contract of {@code ../shared/CLI.md}, error path by error path, through the real
 * command: exit 2 for bad usage, 65 for bad input data, 1 for anything else; stderr exactly ONE
 * line starting {@code neurite: } that names the file:line or the parameter; no stack trace
 * unless {@code --debug}; and nothing written (no partial or temporary file) in the output folder.
 * Most cases run in this JVM through {@link Main#execute}; {@link #theProcessExitCodesAre0_2_65_1}
 * runs the JVM entry point ({@code System.exit}) as a separate process.
 * <p>
 * In a case's arguments and expected texts: {@code $R/} is the folder of the fixture files
 * ({@code src/test/resources/contract/}), {@code $T/} a temporary folder with generated inputs
 * (variants of the fixtures, and a results.h5 and cell.h5 written by the commands themselves),
 * {@code $O/} the output folder that must be left as it was, {@code $M/} the repository's
 * {@code morphologies/}. ({@code meanfield run/compare} and {@code replay} are covered by their
 * own tests.)
 */
class CliContractTest {
    @TempDir
    static Path tmp;

    private static Path res;
    private static Path out;

    record Result(int code, String out, String err) {
    }

    /**
     * One error path.
     *
     * @param args the command line, words separated by single spaces (placeholders allowed)
     * @param code the exit code
     * @param mentions texts the single stderr line must contain
     */
    record Case(String args, int code, List<String> mentions) {
        @Override
        public String toString() {
            return "neurite " + args + " -> " + code;
        }
    }

    private static Case c(int code, String args, String... mentions) {
        return new Case(args, code, List.of(mentions));
    }

    static Result run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(args, new PrintWriter(o, true), new PrintWriter(e, true));
        return new Result(code, o.toString(), e.toString());
    }

    private static String resolve(String s) {
        return s.replace("$R/", res + "/").replace("$T/", tmp + "/").replace("$O/", out + "/")
                .replace("$M/", ValidationData.repositoryRoot().resolve("morphologies") + "/");
    }

    private static String[] words(String args) {
        return args.isEmpty() ? new String[0] : Stream.of(args.split(" ")).map(CliContractTest::resolve).toArray(String[]::new);
    }

    @BeforeAll
    static void fixtures() throws IOException, URISyntaxException {
        res = Path.of(CliContractTest.class.getResource("/contract/network.json").toURI()).getParent();
        out = tmp.resolve("out");
        Files.createDirectories(out.resolve("folder"));
        Files.writeString(out.resolve("kept.txt"), "a file of the user's, which must stay as it is");
        Files.writeString(tmp.resolve("plain.txt"), "a plain file where a folder would be needed");

        String net = Files.readString(res.resolve("network.json"));
        variant(net, "network-unknown-key.json", "\"seed\": 1,", "\"seed\": 1, \"sede\": 2,");
        variant(net, "network-unknown-model.json", "\"model\": \"iaf_cond_exp\",\n     \"params\": {\"E_L\": -60.0, \"V_th\": -50.0, \"V_reset\": -60.0, \"C_m\": 200.0, \"I_e\": 200.0}},\n    {\"name\": \"inh\"",
                "\"model\": \"iaf_nope\",\n     \"params\": {}},\n    {\"name\": \"inh\"");
        variant(net, "network-negative-cm.json", "\"C_m\": 200.0, \"I_e\": 200.0}},\n    {\"name\": \"inh\"",
                "\"C_m\": -200.0, \"I_e\": 200.0}},\n    {\"name\": \"inh\"");
        variant(net, "network-unknown-parameter.json", "\"E_L\": -60.0, \"V_th\": -50.0, \"V_reset\": -60.0, \"C_m\": 200.0, \"I_e\": 200.0}},\n    {\"name\": \"inh\"",
                "\"E_L\": -60.0, \"Vth\": -50.0, \"V_reset\": -60.0, \"C_m\": 200.0, \"I_e\": 200.0}},\n    {\"name\": \"inh\"");
        variant(net, "network-unknown-rule.json", "fixed_indegree", "fixed_nope");
        variant(net, "network-negative-size.json", "\"size\": 40", "\"size\": -40");
        variant(net, "network-unknown-receptor.json", "\"weight\": 6.0", "\"weight\": 6.0, \"receptor\": \"GABA_X\"");
        variant(net, "network-array.json", net, "[1, 2]\n");
        String recorded = "{\"type\": \"spike_recorder\", \"name\": \"spikes\", \"target\": [\"exc\", \"inh\"]}";
        variant(net, "network-weight-recorder-static.json", recorded,
                recorded + ",\n    {\"type\": \"weight_recorder\", \"name\": \"wr\", \"pathway\": \"exc->inh\"}");
        variant(net.replace("\"weight\": 6.0}", "\"weight\": 6.0, \"synapse_model\": \"stdp_synapse\"}"),
                "network-weight-recorder-rank.json", recorded,
                recorded + ",\n    {\"type\": \"weight_recorder\", \"name\": \"wr\", \"pathway\": \"exc->inh\", \"targets\": [3, 10]}");

        String tf = Files.readString(res.resolve("tf-cell.json"));
        variant(tf, "tf-unknown-model.json", "\"AdExp\"", "\"AdEx_nope\"");
        variant(tf, "tf-negative-gl.json", "\"Gl\": 10", "\"Gl\": -10");
        variant(tf, "tf-unknown-parameter.json", "\"Gl\": 10", "\"Gll\": 10");
        variant(tf, "tf-negative-rate.json", "\"inh\": [0, 5]", "\"inh\": [0, -5]");
        variant(tf, "tf-unknown-key.json", "\"seeds\": 1,", "\"seeds\": 1, \"repeats\": 2,");

        Path ball = ValidationData.repositoryRoot().resolve("morphologies/ball_and_stick.swc");
        String cell = "{\"morphology\": \"" + ball.toString().replace("\\", "/") + "\",\n"
                + " \"passive\": [{\"region\": \"all\", \"Ra\": 150, \"g_pas\": 5e-5, \"e_pas\": -70}],\n"
                + " \"current_clamps\": [{\"location\": \"soma\", \"amp_nA\": 0.1, \"delay_ms\": 1, \"dur_ms\": 3}],\n"
                + " \"probes\": [{\"name\": \"soma\", \"location\": \"soma\"}],\n"
                + " \"dt\": 0.025, \"tstop\": 5, \"v_init\": -70, \"record_all_every_ms\": 1}\n";
        variant(cell, "cell.json", cell, cell);
        variant(cell, "cell-unknown-key.json", "\"tstop\": 5,", "\"tstop\": 5, \"tsop\": 3,");
        variant(cell, "cell-negative-dt.json", "\"dt\": 0.025", "\"dt\": -0.025");
        variant(cell, "cell-unknown-solver.json", "\"v_init\": -70,", "\"v_init\": -70, \"solver\": \"rk4\",");
        variant(cell, "cell-unknown-region.json", "\"region\": \"all\"", "\"region\": \"nowhere\"");
        variant(cell, "cell-unknown-point.json", "\"location\": \"soma\"}]", "\"location\": {\"swc_id\": 999}}]");
        variant(cell, "cell-no-morphology.json", ball.toString().replace("\\", "/"), "none.swc");
        variant(cell, "cell-bad-morphology.json", ball.toString().replace("\\", "/"),
                res.resolve("swc-bad-number.swc").toString().replace("\\", "/"));
        variant(cell, "cell-celsius.json", "\"v_init\": -70,", "\"v_init\": -70, \"celsius\": -300,");
        variant(cell, "cell-swc-with-cell-id.json", "\"v_init\": -70,", "\"v_init\": -70, \"cell\": \"pyr\",");
        variant(cell, "cell-record-step.json", "\"record_all_every_ms\": 1", "\"record_all_every_ms\": 0.03");

        // inputs written by the commands themselves: a network's results.h5 and a cell.h5
        Result r = run("network", "run", res.resolve("network.json").toString(), "--out", tmp.resolve("results.h5").toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());
        r = run("cell", "run", tmp.resolve("cell.json").toString(), "--out", tmp.resolve("cell.h5").toString(), "--no-progress");
        assertEquals(0, r.code(), r.err());

        // inputs that cases give as their own output too (copies, so that a broken check cannot spoil other cases)
        Path same = Files.createDirectories(tmp.resolve("same"));
        Files.copy(ball, same.resolve("ball.swc"));
        Files.copy(res.resolve("network.json"), same.resolve("network.json"));
        Files.copy(res.resolve("tf-cell.json"), same.resolve("tf-cell.json"));
        Files.copy(tmp.resolve("cell.json"), same.resolve("cell.json"));
        Files.copy(tmp.resolve("results.h5"), same.resolve("results.h5"));
    }

    private static void variant(String text, String name, String from, String to) throws IOException {
        assertTrue(text.contains(from), name + ": the fixture no longer contains " + from);
        Files.writeString(tmp.resolve(name), text.replace(from, to));
    }

    static Stream<Case> cases() {
        List<Case> all = new ArrayList<>();
        // ---- bad usage: exit 2, one line naming the option or argument
        all.addAll(List.of(
                c(2, "", "a subcommand is required (plugins, bench, validate, ", "see 'neurite --help'"),
                c(2, "nope", "'nope'", "see 'neurite --help'"),
                c(2, "plugin", "'plugin'", "did you mean plugins"), // picocli may name other close commands too (replay)
                c(2, "plugins --bogus", "Unknown option: '--bogus'", "see 'neurite plugins --help'"),
                c(2, "plugins extra", "'extra'"),
                c(2, "network", "a subcommand is required (run, info)"),
                c(2, "network rn", "'rn'"),
                c(2, "network run", "Missing required parameter: 'CONFIG'", "see 'neurite network run --help'"),
                c(2, "network run $R/network.json extra.json", "'extra.json'"),
                c(2, "network run $R/network.json --seed abc", "'--seed'", "'abc' is not a long"),
                c(2, "network run $R/network.json --tstop", "'--tstop'"),
                c(2, "network run $R/network.json --threads two", "'--threads'"),
                c(2, "network info", "'CONFIG'"),
                c(2, "morphology", "a subcommand is required (info, convert, rall-tree)"),
                c(2, "morphology info", "'FILE'"),
                c(2, "morphology convert $M/ball_and_stick.swc", "'--out=OUT'"),
                c(2, "cell", "a subcommand is required (run)"),
                c(2, "cell run", "'SPEC.json'"),
                c(2, "meanfield", "a subcommand is required"),
                c(2, "meanfield characterize $R/tf-cell.json", "'--out=tf.h5'"),
                c(2, "meanfield characterize $R/tf-cell.json --out $O/tf.h5 --threads x", "'--threads'"),
                c(2, "meanfield fit $T/results.h5", "'--out=fit.json'"),
                c(2, "meanfield fit $T/results.h5 --out $O/fit.json --max-iterations abc", "'--max-iterations'"),
                c(2, "render $M/ball_and_stick.swc", "give either --out FILE or --frames DIR", "see 'neurite render --help'"),
                c(2, "render $M/ball_and_stick.swc --out $O/a.png --frames $O/frames", "give either --out FILE or --frames DIR"),
                c(2, "render $M/ball_and_stick.swc --out $O/a.png --every 1", "--every, --from, --to and --at go with --frames"),
                c(2, "render $M/ball_and_stick.swc --frames $O/frames --time 1", "--time goes with --out"),
                c(2, "render $M/ball_and_stick.swc --frames $O/frames --at 1 --every 1", "--at replaces --every"),
                c(2, "render $M/ball_and_stick.swc --frames $O/frames --at 1,x", "'--at'", "'x' is not a double"),
                c(2, "render $M/ball_and_stick.swc --out $O/a.png --width wide", "'--width'"),
                c(2, "view", "'INPUT'"),
                c(2, "demo --bogus", "'--bogus'"),
                c(2, "demo --threads", "'--threads'"),
                c(2, "validate --refs", "'--refs'"),
                c(2, "bench coba extra", "'extra'"),
                c(2, "bench coba --repeat many", "'--repeat'")));

        // ---- network run / info: exit 65, file:line or the parameter
        all.addAll(List.of(
                c(65, "network run $T/none.json --out $O/r.h5", "$T/none.json: file not found"),
                c(65, "network run $O/folder --out $O/r.h5", "$O/folder: is a folder, not a file"),
                c(65, "network run $T/results.h5 --out $O/r.h5", "$T/results.h5: not a text file (not valid UTF-8)"),
                c(65, "network run $R/network-syntax.json --out $O/r.h5", "$R/network-syntax.json:5: invalid JSON: expected ',' or '}'"),
                c(65, "network run $T/network-array.json --out $O/r.h5", "$T/network-array.json:1: a network file must be a JSON object"),
                c(65, "network run $T/network-unknown-key.json --out $O/r.h5", "$T/network-unknown-key.json:6: sede: unknown key \"sede\""),
                c(65, "network run $T/network-unknown-model.json --out $O/r.h5", "$T/network-unknown-model.json:8: groups[0].model: unknown model \"iaf_nope\"", "iaf_cond_exp"),
                c(65, "network run $T/network-negative-cm.json --out $O/r.h5", "$T/network-negative-cm.json:9: groups[0].params.C_m: must be > 0 [pF], got -200.0"),
                c(65, "network run $T/network-unknown-parameter.json --out $O/r.h5", "$T/network-unknown-parameter.json:9: groups[0].params.Vth: unknown parameter \"Vth\""),
                c(65, "network run $T/network-unknown-rule.json --out $O/r.h5", "$T/network-unknown-rule.json:14: connections[0].rule.rule: unknown name \"fixed_nope\""),
                c(65, "network run $T/network-negative-size.json --out $O/r.h5", "$T/network-negative-size.json:8: groups[0].size: must be >= 0, got -40"),
                c(65, "network run $T/network-unknown-receptor.json --out $O/r.h5", "$T/network-unknown-receptor.json:14: connections[0].receptor: receptor \"GABA_X\""),
                c(65, "network run $R/ntwk-bad-probability.params.json --out $O/r.h5", "$R/ntwk-bad-probability.params.json:11: p_RecInh_RecInh: a connection probability must be in [0, 1], got 1.5"),
                c(65, "network run $T/network-weight-recorder-static.json --out $O/r.h5", "$T/network-weight-recorder-static.json:18: "
                        + "devices[1].pathway: the weight_recorder records plastic synapses", "\"exc->inh\" has static synapses"),
                c(65, "network run $T/network-weight-recorder-rank.json --out $O/r.h5", "$T/network-weight-recorder-rank.json:18: "
                        + "devices[1].targets: rank 10 is outside group inh (0..9)"),
                c(65, "network run $R/network.json --out $O/r.h5 --dt -1", "parameter --dt: must be > 0"),
                c(65, "network run $R/network.json --out $O/r.h5 --dt NaN", "parameter --dt:", "NaN"),
                c(65, "network run $R/network.json --out $O/r.h5 --tstop NaN", "parameter --tstop:", "NaN"),
                c(65, "network run $R/network.json --out $O/r.h5 --tstop Infinity", "parameter --tstop: must be >= 0 and finite"),
                c(65, "network run $R/network.json --out $O/r.h5 --threads 0", "parameter --threads: must be >= 1, got 0"),
                c(65, "network run $R/network.json --out $O/folder", "parameter --out: $O/folder is a folder"),
                c(65, "network run $R/network.json --out $T/plain.txt/r.h5", "parameter --out: cannot create $T/plain.txt/r.h5: ", "plain.txt is a file, not a folder"),
                c(65, "network run $T/same/network.json --out $T/same/network.json", "parameter --out: $T/same/network.json is also the input"),
                c(65, "network info $T/none.json", "$T/none.json: file not found"),
                c(65, "network info $R/network-syntax.json", "$R/network-syntax.json:5: invalid JSON"),
                c(65, "network info $T/network-unknown-model.json", "$T/network-unknown-model.json:8: groups[0].model")));

        // ---- morphology info / convert
        all.addAll(List.of(
                c(65, "morphology info $T/none.swc", "$T/none.swc: file not found"),
                c(65, "morphology info $O/folder", "$O/folder: is a folder, not a file"),
                c(65, "morphology info $R/swc-bad-number.swc", "$R/swc-bad-number.swc:3: y must be a number, found \"x\""),
                c(65, "morphology info $R/swc-few-columns.swc", "$R/swc-few-columns.swc:2: expected 7 columns"),
                c(65, "morphology info $R/swc-missing-parent.swc", "$R/swc-missing-parent.swc:3: parent 9 of sample 3 does not exist"),
                c(65, "morphology info $R/swc-negative-radius.swc", "$R/swc-negative-radius.swc:2: negative radius"),
                c(65, "morphology info $R/swc-no-samples.swc", "$R/swc-no-samples.swc: no samples"),
                c(65, "morphology info $R/nml-unclosed.nml", "$R/nml-unclosed.nml:5: not a readable NeuroML document", "</segment>"),
                c(65, "morphology info $R/nml-bad-number.nml", "$R/nml-bad-number.nml:5: not a readable NeuroML document: not a number: abc"),
                c(65, "morphology info $R/nml-missing-diameter.nml", "$R/nml-missing-diameter.nml:6: not a readable NeuroML document: <distal> needs the attribute diameter"),
                c(65, "morphology info $R/nml-unknown-parent.nml", "$R/nml-unknown-parent.nml:8: segment 1: parent segment 7 does not exist"),
                c(65, "morphology info $R/nml-nonuniform-unknown-variable.nml", "$R/nml-nonuniform-unknown-variable.nml:16: "
                        + "channelDensityNonUniform leak_soma value: unknown variable \"x\" in \"1 + 0.1 * x\""),
                c(65, "morphology info $R/nml-unknown-parent.nml --cell zz", "$R/nml-unknown-parent.nml: no <cell id=\"zz\"> (cells found: [c])"),
                c(65, "morphology info $M/ball_and_stick.swc --cell pyr", "parameter --cell: picks a cell of a NeuroML file"),
                c(65, "morphology info $M/ball_and_stick.swc --convention arbor", "parameter --convention: must be neuron or strict, got \"arbor\""),
                c(65, "morphology convert $M/ball_and_stick.swc --out $O/x.txt", "parameter --out: must end in .nml or .swc"),
                c(65, "morphology convert $T/same/ball.swc --out $T/same/ball.swc", "parameter --out: $T/same/ball.swc is also the input"),
                c(65, "morphology convert $M/ball_and_stick.swc --out $T/plain.txt/x.nml", "parameter --out: cannot create", "is a file, not a folder"),
                c(65, "morphology convert $M/ball_and_stick.swc --out $O/x.nml --convention nope", "parameter --convention"),
                c(65, "morphology convert $R/swc-bad-number.swc --out $O/x.nml", "$R/swc-bad-number.swc:3: y must be a number"),
                c(2, "morphology rall-tree", "'--out=FILE'"),
                c(2, "morphology rall-tree --out $O/t.swc --generations many", "--generations"),
                c(65, "morphology rall-tree --out $O/t.txt", "parameter --out: must end in .nml or .swc"),
                c(65, "morphology rall-tree --out $O/t.swc --generations 0", "parameter --generations: must be between 1 and 12"),
                c(65, "morphology rall-tree --out $O/t.swc --generations 13", "parameter --generations: must be between 1 and 12"),
                c(65, "morphology rall-tree --out $O/t.swc --ratio 1.5", "parameter --ratio: must be in (0, 1]"),
                c(65, "morphology rall-tree --out $O/t.swc --soma-diameter -1", "parameter --soma-diameter: must be a positive number"),
                c(65, "morphology rall-tree --out $O/t.swc --branch-length NaN", "parameter --branch-length"),
                c(65, "morphology rall-tree --out $O/t.nml --name 1x", "parameter --name")));

        // ---- cell run
        all.addAll(List.of(
                c(65, "cell run $T/none.json --out $O/c.h5", "$T/none.json: file not found"),
                c(65, "cell run $R/network-syntax.json --out $O/c.h5", "$R/network-syntax.json:5: invalid JSON"),
                c(65, "cell run $T/cell-unknown-key.json --out $O/c.h5", "$T/cell-unknown-key.json:5: tsop: unknown key \"tsop\""),
                c(65, "cell run $T/cell-negative-dt.json --out $O/c.h5", "$T/cell-negative-dt.json:5: dt: must be > 0, got -0.025"),
                c(65, "cell run $T/cell-unknown-solver.json --out $O/c.h5", "$T/cell-unknown-solver.json:5: solver: must be backward_euler or crank_nicolson, got \"rk4\""),
                c(65, "cell run $T/cell-unknown-region.json --out $O/c.h5", "$T/cell-unknown-region.json:2: passive[0].region: unknown region \"nowhere\""),
                c(65, "cell run $T/cell-unknown-point.json --out $O/c.h5", "$T/cell-unknown-point.json:4: probes[0].location.swc_id: no sample/segment with id 999"),
                c(65, "cell run $T/cell-no-morphology.json --out $O/c.h5", "$T/cell-no-morphology.json:1: morphology: morphology file none.swc not found"),
                c(65, "cell run $T/cell-bad-morphology.json --out $O/c.h5", "swc-bad-number.swc:3: y must be a number"),
                c(65, "cell run $T/cell-celsius.json --out $O/c.h5", "$T/cell-celsius.json:5: celsius: must be above absolute zero"),
                c(65, "cell run $T/cell-swc-with-cell-id.json --out $O/c.h5", "$T/cell-swc-with-cell-id.json:5: cell: picks a cell of a NeuroML file"),
                c(65, "cell run $T/cell-record-step.json --out $O/c.h5", "$T/cell-record-step.json:5: record_all_every_ms: must be a positive multiple of dt"),
                c(65, "cell run $T/cell.json --out $O/folder", "parameter --out: $O/folder is a folder"),
                c(65, "cell run $T/cell.json --out $O/c.h5 --csv $O/c.h5", "parameter --csv: $O/c.h5 is also the --out file"),
                c(65, "cell run $T/cell.json --out $O/c.h5 --csv $T/plain.txt/p.csv", "parameter --csv: cannot create", "is a file, not a folder"),
                c(65, "cell run $T/same/cell.json --out $T/same/cell.json", "parameter --out: $T/same/cell.json is also the input")));

        // ---- meanfield characterize / fit
        all.addAll(List.of(
                c(65, "meanfield characterize $T/none.json --out $O/tf.h5", "$T/none.json: file not found"),
                c(65, "meanfield characterize $R/network-syntax.json --out $O/tf.h5", "$R/network-syntax.json:5: invalid JSON"),
                c(65, "meanfield characterize $T/tf-unknown-model.json --out $O/tf.h5", "$T/tf-unknown-model.json:2: model: unknown name \"AdEx_nope\""),
                c(65, "meanfield characterize $T/tf-negative-gl.json --out $O/tf.h5", "$T/tf-negative-gl.json:3: parameters.Gl: must be > 0 [nS], got -10.0"),
                c(65, "meanfield characterize $T/tf-unknown-parameter.json --out $O/tf.h5", "$T/tf-unknown-parameter.json:3: parameters.Gll: unknown parameter \"Gll\""),
                c(65, "meanfield characterize $T/tf-negative-rate.json --out $O/tf.h5", "$T/tf-negative-rate.json:8: grid.inh: rates must be >= 0 [Hz], found -5.0"),
                c(65, "meanfield characterize $T/tf-unknown-key.json --out $O/tf.h5", "$T/tf-unknown-key.json:9: repeats: unknown key \"repeats\""),
                c(65, "meanfield characterize $R/tf-cell.json --out $O/tf.h5 --threads 0", "parameter --threads: must be >= 1, got 0"),
                c(65, "meanfield characterize $R/tf-cell.json --out $O/folder", "parameter --out: $O/folder is a folder"),
                c(65, "meanfield characterize $T/same/tf-cell.json --out $T/same/tf-cell.json", "parameter --out: $T/same/tf-cell.json is also the input"),
                c(65, "meanfield fit $T/none.h5 --out $O/fit.json", "$T/none.h5: file not found"),
                c(65, "meanfield fit $O/folder --out $O/fit.json", "$O/folder: is a folder, not a file"),
                c(65, "meanfield fit $R/network.json --out $O/fit.json", "$R/network.json: not a readable HDF5 file"),
                c(65, "meanfield fit $T/results.h5 --out $O/fit.json", "$T/results.h5: not a neurite transfer-function data file"),
                c(65, "meanfield fit $T/cell.h5 --out $O/fit.json", "$T/cell.h5: not a neurite transfer-function data file"),
                c(65, "meanfield fit $T/results.h5 --out $O/fit.json --template zerlaut", "parameter --template: unknown template \"zerlaut\""),
                c(65, "meanfield fit $T/results.h5 --out $O/fit.json --fluctuations nope", "parameter --fluctuations: unknown fluctuation form \"nope\""),
                c(65, "meanfield fit $T/results.h5 --out $O/fit.json --max-iterations 0", "parameter --max-iterations: must be >= 1, got 0"),
                c(65, "meanfield fit $T/data.csv --out $O/fit.json", "parameter --params: a CSV input needs its JCNS 2018 parameter description"),
                c(65, "meanfield fit $T/results.h5 --out $O/folder", "parameter --out: $O/folder is a folder"),
                c(65, "meanfield fit $T/same/results.h5 --out $T/same/results.h5", "parameter --out: $T/same/results.h5 is also the input")));

        // ---- render / view (all checked before a display is needed)
        all.addAll(List.of(
                c(65, "render $T/none.swc --out $O/a.png", "$T/none.swc: file not found"),
                c(65, "render $O/folder --out $O/a.png", "$O/folder: is a folder, not a file"),
                c(65, "render $R/swc-bad-number.swc --out $O/a.png", "$R/swc-bad-number.swc:3: y must be a number"),
                c(65, "render $R/nml-missing-diameter.nml --out $O/a.png", "$R/nml-missing-diameter.nml:6:"),
                c(65, "render $T/results.h5 --out $O/a.png", "$T/results.h5: not a neurite cell file"),
                c(65, "render $M/ball_and_stick.swc --out $O/a.png --colormap jet", "parameter --colormap: unknown colour map \"jet\" (known: viridis, coolwarm, grey)"),
                c(65, "render $M/ball_and_stick.swc --out $O/a.png --view back", "parameter --view: unknown view \"back\""),
                c(65, "render $M/ball_and_stick.swc --out $O/a.png --width 10", "parameter --width/--height: picture size must be between 64 and 16384 px"),
                c(65, "render $M/ball_and_stick.swc --out $O/a.png --height -5", "parameter --width/--height"),
                c(65, "render $M/ball_and_stick.swc --out $O/a.png --samples -1", "parameter --samples: must be 0 … 16, got -1"),
                c(65, "render $M/ball_and_stick.swc --out $O/a.png --vmin 0 --vmax -10", "parameter --vmin/--vmax: need vmin < vmax"),
                c(65, "render $M/ball_and_stick.swc --out $O/a.png --vmin NaN", "parameter --vmin: must be a finite value, got NaN"),
                c(65, "render $M/ball_and_stick.swc --out $O/a.png --vmax Infinity", "parameter --vmax: must be a finite value"),
                c(65, "render $M/ball_and_stick.swc --out $O/a.png --background mauve", "parameter --background: expected white, black or #RRGGBB"),
                c(65, "render $T/cell.h5 --out $O/a.png --time NaN", "parameter --time: must be a finite time [ms], got NaN"),
                c(65, "render $T/cell.h5 --out $O/a.png --time 500", "parameter --time: time 500.0 ms is outside the recording (0.0 … 5.0 ms)"),
                c(65, "render $T/cell.h5 --out $O/a.png --time -1", "parameter --time: time -1.0 ms is outside the recording"),
                c(65, "render $T/cell.h5 --frames $O/frames --every -1", "parameter --every: must be > 0 ms"),
                c(65, "render $T/cell.h5 --frames $O/frames --every Infinity", "parameter --every: must be a finite time"),
                c(65, "render $T/cell.h5 --frames $O/frames --from 4 --to 2", "parameter --from/--to: need from ≤ to"),
                c(65, "render $T/cell.h5 --frames $O/frames --at 500", "parameter --at: time 500.0 ms is outside the recording"),
                c(65, "render $M/ball_and_stick.swc --out $O/folder", "parameter --out: $O/folder is a folder"),
                c(65, "render $M/ball_and_stick.swc --out $T/plain.txt/a.png", "parameter --out: cannot create", "is a file, not a folder"),
                c(65, "render $T/same/ball.swc --out $T/same/ball.swc", "parameter --out: $T/same/ball.swc is also the input"),
                c(65, "render $M/ball_and_stick.swc --frames $O/kept.txt", "parameter --frames: $O/kept.txt is a file, not a folder"),
                c(65, "view $T/none.swc", "$T/none.swc: file not found"),
                c(65, "view $R/swc-missing-parent.swc", "$R/swc-missing-parent.swc:3:"),
                c(65, "view $M/ball_and_stick.swc --colormap jet", "parameter --colormap"),
                c(65, "view $M/ball_and_stick.swc --vmin NaN", "parameter --vmin")));

        // ---- demo, validate, bench
        all.addAll(List.of(
                c(65, "demo --threads 0 --out $O/demo", "parameter --threads: must be >= 1, got 0"),
                c(65, "demo --out $O/kept.txt", "parameter --out: $O/kept.txt is a file, not a folder"),
                c(65, "demo --out $T/plain.txt/demo", "parameter --out: cannot create", "is a file, not a folder"),
                c(65, "validate --refs $T/plain.txt", "parameter --refs: $T/plain.txt is not a folder"),
                c(65, "validate --refs $T/nowhere", "parameter --refs: $T/nowhere is not a folder"),
                c(65, "bench nope", "parameter WORKLOAD: unknown workload \"nope\" (known: ", "coba"),
                c(65, "bench coba --threads 0", "parameter --threads: must be >= 1, got 0"),
                c(65, "bench coba --repeat 0", "parameter --repeat: must be >= 1, got 0")));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void errorPathGivesItsCodeAndOneLine(Case k) throws IOException {
        Map<String, Long> before = tree(out);
        Result r = run(words(k.args()));
        assertEquals(k.code(), r.code(), r.err());
        String line = assertOneLine(r.err());
        for (String m : k.mentions()) {
            assertTrue(line.contains(resolve(m)), "expected \"" + resolve(m) + "\" in: " + line);
        }
        assertEquals(before, tree(out), "the output folder must be left as it was (no partial or temporary file)");
    }

    /** The single stderr line: starts with "neurite: ", no stack trace, no second line. */
    private static String assertOneLine(String err) {
        assertTrue(err.endsWith("\n") || err.endsWith("\r\n"), "stderr ends with a line break: " + err);
        String[] lines = err.strip().split("\\R");
        assertEquals(1, lines.length, "exactly one line on stderr, got:\n" + err);
        assertTrue(lines[0].startsWith("neurite: "), lines[0]);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
        return lines[0];
    }

    /** Every path below a folder (hidden ones too) with its size, to see that nothing was written. */
    private static Map<String, Long> tree(Path dir) throws IOException {
        Map<String, Long> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                m.put(dir.relativize(p).toString(), Files.isDirectory(p) ? -1L : Files.size(p));
            }
        }
        return m;
    }

    @Test
    void debugPrintsTheSameLineThenTheStackTrace() {
        for (String[] args : new String[][] {
            {"morphology", "info", res.resolve("swc-bad-number.swc").toString(), "--debug"},
            {"--debug", "morphology", "info", res.resolve("swc-bad-number.swc").toString()}}) {
            Result r = run(args);
            assertEquals(65, r.code(), r.err());
            String[] lines = r.err().split("\\R");
            assertEquals("neurite: " + res.resolve("swc-bad-number.swc") + ":3: y must be a number, found \"x\"", lines[0]);
            assertTrue(lines.length > 3 && lines[1].contains("BadInputException") && r.err().contains("\tat org.neurite."), r.err());
        }
    }

    @Test
    void theBaseInputsOfTheTableAreValid() {
        // each case above fails because of its one fault, not because its base input is broken
        // (network.json, cell.json, results.h5 and cell.h5 are checked where they are made, in fixtures())
        Path o = tmp.resolve("valid");
        Result r = run("network", "info", res.resolve("network.json").toString());
        assertEquals(0, r.code(), r.err());
        r = run("morphology", "info", resolve("$M/ball_and_stick.swc"), "--convention", "strict");
        assertEquals(0, r.code(), r.err());
        r = run("meanfield", "characterize", res.resolve("tf-cell.json").toString(), "--out", o.resolve("tf.h5").toString(),
                "--threads", "1", "--no-progress");
        assertEquals(0, r.code(), r.err());
        r = run("morphology", "convert", resolve("$M/ball_and_stick.swc"), "--out", o.resolve("deeper/ball.nml").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(o.resolve("deeper/ball.nml")), "missing parent folders of an output are created");
        // --time within the recording (up to one frame step past the last frame, like --at)
        r = run("render", tmp.resolve("cell.h5").toString(), "--out", o.resolve("a.png").toString(), "--time", "5.5",
                "--width", "64", "--height", "64", "--samples", "0");
        assertTrue(r.code() == 0 || r.err().startsWith("neurite: error: OpenGL"), r.err());
    }

    /**
     * The process's exit codes (System.exit in {@link Main#main}), with a separate JVM: 0, 2, 65, and
     * 1 for a failure that is not bad input (drawing without a display: DISPLAY removed).
     */
    @Test
    void theProcessExitCodesAre0_2_65_1() throws IOException, InterruptedException {
        Result ok = process(Map.of(), "plugins");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("neuron models"), ok.out());

        Result usage = process(Map.of(), "plugins", "--bogus");
        assertEquals(2, usage.code(), usage.err());
        assertEquals("neurite: Unknown option: '--bogus'; see 'neurite plugins --help'", assertOneLine(usage.err()));

        Result bad = process(Map.of(), "morphology", "info", res.resolve("swc-bad-number.swc").toString());
        assertEquals(65, bad.code(), bad.err());
        assertEquals("neurite: " + res.resolve("swc-bad-number.swc") + ":3: y must be a number, found \"x\"", assertOneLine(bad.err()));

        Path png = out.resolve("no-display.png");
        Map<String, Long> before = tree(out);
        Result other = process(Map.of("DISPLAY", ""), "render", resolve("$M/ball_and_stick.swc"), "--out", png.toString());
        assertEquals(1, other.code(), other.err());
        assertTrue(assertOneLine(other.err()).startsWith("neurite: error: OpenGL needs an X display"), other.err());
        assertEquals(before, tree(out));

        Result debug = process(Map.of(), "--debug", "morphology", "info", res.resolve("swc-bad-number.swc").toString());
        assertEquals(65, debug.code(), debug.err());
        assertTrue(debug.err().contains("\tat org.neurite."), debug.err());
    }

    /** Runs {@code java -cp <this class path> org.neurite.cli.Main ARGS}; an empty env value removes the variable. */
    private static Result process(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        for (Map.Entry<String, String> e : env.entrySet()) {
            if (e.getValue().isEmpty()) {
                pb.environment().remove(e.getKey());
            } else {
                pb.environment().put(e.getKey(), e.getValue());
            }
        }
        Path o = Files.createTempFile(tmp, "stdout", ".txt");
        Path e = Files.createTempFile(tmp, "stderr", ".txt");
        Process p = pb.redirectOutput(o.toFile()).redirectError(e.toFile()).start();
        int code = p.waitFor();
        return new Result(code, Files.readString(o), Files.readString(e));
    }
}
