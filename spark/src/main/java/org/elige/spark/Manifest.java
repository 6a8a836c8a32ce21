package org.elige.spark;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.elige.input.Json;
import org.elige.rules.RuleSet;
import picocli.CommandLine.Command;
import tools.jackson.databind.node.ObjectNode;

/** The run manifest written as {@code manifest.json} beside a job's tables. */
final class Manifest {
    private final ObjectNode root = Json.WRITER.createObjectNode();

    Manifest(String job, Instant started) {
        root.put("job", job);
        root.put("engine", org.elige.cli.Main.class.getAnnotation(Command.class).version()[0] + ", " + RuleSet.ENGINE);
        root.put("started", started.toString());
    }

    Manifest ruleSet(String role, RuleSet rules, String source) {
        ObjectNode r = root.putObject(role);
        r.put("id", rules.id());
        r.put("label", rules.label());
        r.put("source", source);
        return this;
    }

    Manifest input(JobOptions o, RegisterInput.Opened in) {
        ObjectNode i = root.putObject("input");
        i.put("format", o.format);
        if (o.jsonColumn != null) {
            i.put("json_column", o.jsonColumn);
        }
        var files = i.putArray("files");
        for (int k = 0; k < in.files().paths().size(); k++) {
            files.addObject()
                    .put("path", in.files().paths().get(k))
                    .put("bytes", in.files().sizes().get(k));
        }
        i.put("bytes", in.files().bytes());
        i.put("partitions", in.partitions());
        i.put("spread_over_cores", in.spread());
        return this;
    }

    Manifest settings(JobOptions o, Map<String, String> params, String sparkVersion, int cores) {
        root.put("as_of", o.asOf == null ? null : o.asOf.toString());
        root.set("params", Json.WRITER.valueToTree(params));
        root.put("spark", sparkVersion);
        root.put("default_parallelism", cores);
        return this;
    }

    Manifest counts(Map<String, Long> counts) {
        root.set("counts", Json.WRITER.valueToTree(counts));
        return this;
    }

    Manifest tables(String... names) {
        var t = root.putArray("tables");
        for (String n : names) {
            t.add(n);
        }
        return this;
    }

    String finish(Instant ended) {
        root.put("ended", ended.toString());
        root.put(
                "seconds",
                Duration.between(Instant.parse(root.path("started").asString()), ended)
                                .toMillis()
                        / 1000.0);
        return Json.PRETTY.writeValueAsString(root);
    }
}
